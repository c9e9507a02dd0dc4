package nl.voorzorgcirkel.core.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the move-to-care signal fires on every synthetic history of help received that crosses
 * the thresholds (every one of the last {@code weeksInRow} complete weeks heavy by hours or by
 * kinds) and on none that does not. Weeks are laid out here with {@code LocalDate} Mondays, not
 * with the library's week arithmetic; histories straddle the clock changes of 2027.
 */
class MoveToCarePropertyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final MemberId HELPED = MemberId.of("m-2");

  @Test
  void theSignalFiresExactlyWhenEveryRecentWeekCrossesAThreshold() {
    Props.property("move-to-care-thresholds", 1_000)
        .forAll(longs().all(), integers().between(1, 5), integers().between(0, 300))
        .checkAssert((seed, weeksInRow, dayOfYear) -> {
          RandomModel random = new RandomModel(seed);
          CareThresholds thresholds = CareThresholds.builder()
              .hoursPerWeek(Duration.ofMinutes(random.between(30, 600)))
              .kindsPerWeek(random.between(1, 4)).weeksInRow(weeksInRow).build();
          LocalDate day = LocalDate.of(2027, 1, 1).plusDays(dayOfYear);
          LocalDate thisMonday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          List<HelpRecord> records = new ArrayList<>();
          boolean[] heavy = new boolean[weeksInRow + 2];
          Set<CareReason> reasons = EnumSet.noneOf(CareReason.class);
          // weeks k = 1 .. weeksInRow + 1 before this one; the oldest must not count
          for (int k = 1; k <= weeksInRow + 1; k++) {
            LocalDate monday = thisMonday.minusWeeks(k);
            Duration hours = Duration.ZERO;
            Set<Capability> kinds = new HashSet<>();
            int n = random.chance(0.3) ? 0 : random.between(1, 5);
            for (int i = 0; i < n; i++) {
              Instant start = monday.plusDays(random.between(0, 6))
                  .atTime(random.between(0, 23), random.between(0, 59)).atZone(ZONE).toInstant();
              Capability kind = random.pick(Capability.standard());
              Duration effort = Duration.ofMinutes(random.between(10, 240));
              records.add(HelpRecord.of(MemberId.of("m-" + random.between(3, 5)), HELPED, kind,
                  start, effort));
              hours = hours.plus(effort);
              kinds.add(kind);
            }
            boolean byHours = hours.compareTo(thresholds.hoursPerWeek()) >= 0;
            boolean byKinds = kinds.size() >= thresholds.kindsPerWeek();
            heavy[k] = byHours || byKinds;
            if (k <= weeksInRow && byHours) {
              reasons.add(CareReason.HOURS_PER_WEEK);
            }
            if (k <= weeksInRow && byKinds) {
              reasons.add(CareReason.KINDS_OF_HELP);
            }
          }
          // help this week, and help older than the weeks read, never count
          for (int i = 0; i < random.between(0, 3); i++) {
            Instant start = thisMonday.atStartOfDay(ZONE).toInstant()
                .plusSeconds(random.between(0, 6 * 86_400));
            records.add(HelpRecord.of(MemberId.of("m-3"), HELPED, random.pick(Capability.standard()),
                start, Duration.ofHours(10)));
            records.add(HelpRecord.of(HELPED, MemberId.of("m-4"), Capability.MEALS,
                start.minus(Duration.ofDays(7L * (weeksInRow + 2))), Duration.ofHours(10)));
          }
          boolean crosses = true;
          for (int k = 1; k <= weeksInRow; k++) {
            crosses &= heavy[k];
          }
          Circle circle = Fixtures.circle(6).build();
          List<CareSignal> signals = MoveToCare.of(thresholds)
              .signals(circle, HelpLedger.of(records), day, ZONE);
          List<CareSignal> forHelped = signals.stream().filter(s -> s.member().equals(HELPED))
              .collect(java.util.stream.Collectors.toList());
          assertEquals(crosses ? 1 : 0, forHelped.size(), "heavy weeks " + java.util.Arrays.toString(heavy));
          if (crosses) {
            assertEquals(new ArrayList<>(reasons), forHelped.get(0).reasons());
            assertEquals(weeksInRow, forHelped.get(0).figures().get("weeks"));
          }
          assertTrue(signals.stream().allMatch(s -> s.member().equals(HELPED)),
              "only the member who received help in the weeks read: " + signals);
        });
  }
}
