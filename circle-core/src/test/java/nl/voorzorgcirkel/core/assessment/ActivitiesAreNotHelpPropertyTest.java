package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.care.MoveToCare;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an activity never changes help loads or fairness. Over random circles, ledgers and
 * activity logs (organisers with hours of effort, many attendees), every help figure the library
 * reads is the same with and without the activities: the ledger's loads (which the fairness
 * measures read), the help findings of the health check, and the move-to-care signals; while the
 * contacts do count the activities.
 */
class ActivitiesAreNotHelpPropertyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final Set<HealthCode> HELP_CODES = EnumSet.of(HealthCode.HELPERS_OVER_CAPACITY,
      HealthCode.MEMBERS_NEVER_ASKED, HealthCode.MEMBERS_NEVER_ASK, HealthCode.MEMBERS_OFFER_NOTHING,
      HealthCode.SINGLE_POINT_OF_FAILURE, HealthCode.CONNECTOR_LOAD);

  @Test
  void activitiesNeverChangeHelpLoadsFindingsOrCareSignals() {
    Props.property("activities-are-not-help", 300)
        .forAll(longs().all(), integers().between(0, 60), integers().between(1, 12))
        .checkAssert((seed, helpCount, activityCount) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = random.circle(8);
          LocalDate day = LocalDate.of(2026, 12, 16);
          Instant from = day.minusDays(56).atStartOfDay(ZONE).toInstant();
          Instant to = day.plusDays(1).atStartOfDay(ZONE).toInstant();
          HelpLedger ledger = HelpLedger.empty();
          for (int i = 0; i < helpCount; i++) {
            ledger = ledger.append(random.record(8, from, Duration.ofDays(57)));
          }
          ActivityLog activities = ActivityLog.empty();
          int attendances = 0;
          for (int i = 0; i < activityCount; i++) {
            Activity activity = Activity.builder().id(ActivityId.of("a-" + i)).title("Activity")
                .organiser(random.memberId(8)).place(Place.of("Buurthuis"))
                .start(from.plusSeconds(random.between(0, 50 * 86_400)))
                .duration(Duration.ofHours(random.between(1, 8)))
                .recurrence(random.chance(0.5) ? Recurrence.weekly() : Recurrence.oneOff())
                .organiserEffort(Duration.ofHours(random.between(0, 24))).build();
            for (Instant occurrence : activity.occurrences(from, to)) {
              List<MemberId> attendees = new ArrayList<>();
              for (int m = 0; m < 8; m++) {
                if (random.chance(0.6)) {
                  attendees.add(MemberId.of("m-" + m));
                }
              }
              Attendance attendance = Attendance.of(activity, occurrence, attendees);
              attendances += attendance.attendees().size();
              activities = activities.with(attendance);
            }
          }
          CircleLife without = CircleLife.empty().withLedger(ledger).withRequests(List.of());
          CircleLife with = without.withActivities(activities);

          assertEquals(without.ledger().orElseThrow().loads(from, to),
              with.ledger().orElseThrow().loads(from, to));
          for (HelpRecord r : ledger.records()) {
            assertEquals(ledger.givenBy(r.helper(), from, to),
                with.ledger().orElseThrow().givenBy(r.helper(), from, to));
          }
          assertEquals(helpFindings(circle, without, day), helpFindings(circle, with, day));
          assertEquals(MoveToCare.standard().signals(circle, without.ledger().orElseThrow(), day, ZONE),
              MoveToCare.standard().signals(circle, with.ledger().orElseThrow(), day, ZONE));
          // the activities were read: they are contacts
          assertEquals(without.contacts().size() + attendances, with.contacts().size());
        });
  }

  private static List<HealthFinding> helpFindings(Circle circle, CircleLife life, LocalDate day) {
    return CircleHealthCheck.check(circle, life, day).findings().stream()
        .filter(f -> HELP_CODES.contains(f.code())).collect(Collectors.toList());
  }
}
