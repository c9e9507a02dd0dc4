package nl.voorzorgcirkel.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

class ContactLogPropertyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;

  /** Every query agrees with a count over the signals, each signal counting for both people. */
  @Test
  void queriesAgreeWithTheSignalsCountedOneByOne() {
    Props.property("contact-log-queries", 500)
        .forAll(longs().all(), integers().between(0, 80))
        .checkAssert((seed, count) -> {
          RandomModel random = new RandomModel(seed);
          List<ContactSignal> signals = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            MemberId member = random.memberId(6);
            MemberId other = random.memberId(6);
            Instant at = Fixtures.NOW.plusSeconds(random.between(0, 40 * 86_400));
            signals.add(other.equals(member) ? ContactSignal.of(member, at, ContactKind.CALL)
                : ContactSignal.call(member, at, other));
          }
          ContactLog log = ContactLog.of(signals);
          Instant from = Fixtures.NOW.plusSeconds(random.between(0, 20 * 86_400));
          Instant to = from.plusSeconds(random.between(0, 20 * 86_400));
          LocalDate day = LocalDate.ofInstant(to, ZONE);
          Circle circle = Fixtures.circle(6).build();
          SortedMap<MemberId, Integer> days = log.daysSinceLastContact(circle, day, ZONE);
          for (Member member : circle.members()) {
            MemberId m = member.id();
            int between = 0;
            Optional<Instant> last = Optional.empty();
            Optional<LocalDate> lastDay = Optional.empty();
            for (ContactSignal s : signals) {
              boolean mine = s.member().equals(m) || s.with().equals(Optional.of(m));
              if (!mine) {
                continue;
              }
              if (!s.at().isBefore(from) && s.at().isBefore(to)) {
                between++;
              }
              if (s.at().isBefore(to) && last.map(l -> s.at().isAfter(l)).orElse(true)) {
                last = Optional.of(s.at());
              }
              LocalDate d = LocalDate.ofInstant(s.at(), ZONE);
              if (!d.isAfter(day) && lastDay.map(l -> d.isAfter(l)).orElse(true)) {
                lastDay = Optional.of(d);
              }
            }
            assertEquals(between, log.contactsBetween(m, from, to), "between for " + m);
            assertEquals(last, log.lastContact(m, to), "last for " + m);
            assertEquals(lastDay, log.lastContactDay(m, day, ZONE));
            assertEquals((int) ChronoUnit.DAYS.between(lastDay.orElse(member.joined()), day),
                days.get(m));
          }
          assertEquals(log, ContactLog.of(new ArrayList<>(log.signals())));
        });
  }

  @Test
  void helpAndActivitiesAreContactsForBothPeopleAndAnEmptyOccurrenceIsNone() {
    MemberId a = MemberId.of("m-0");
    MemberId b = MemberId.of("m-1");
    MemberId c = MemberId.of("m-2");
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.of(a, b, Capability.MEALS,
        Fixtures.NOW, Duration.ofHours(1)));
    Activity walk = Activity.builder().id(ActivityId.of("walk")).title("Walk").organiser(c)
        .start(Fixtures.NOW.plus(Duration.ofDays(2))).duration(Duration.ofHours(1))
        .place(Place.of("Het park")).build();
    ActivityLog activities = ActivityLog.of(List.of(Attendance.of(walk, walk.start(), List.of(a))));
    ContactLog log = ContactLog.from(ledger, activities);
    assertEquals(2, log.size());
    Instant end = Fixtures.NOW.plus(Duration.ofDays(10));
    assertEquals(2, log.contactsBetween(a, Fixtures.NOW, end));
    assertEquals(1, log.contactsBetween(b, Fixtures.NOW, end));
    assertEquals(1, log.contactsBetween(c, Fixtures.NOW, end));
    assertEquals(Optional.of(walk.start()), log.lastContact(a, end));
    ActivityLog alone = ActivityLog.of(List.of(Attendance.of(walk, walk.start(), List.of())));
    assertEquals(0, ContactLog.from(HelpLedger.empty(), alone).size());
    assertThrows(IllegalArgumentException.class, () -> ContactSignal.call(a, Fixtures.NOW, a));
    assertThrows(IllegalArgumentException.class, () -> log.contactsBetween(a, end, Fixtures.NOW));
    assertEquals("ContactLog{signals=2}", log.toString());
  }
}
