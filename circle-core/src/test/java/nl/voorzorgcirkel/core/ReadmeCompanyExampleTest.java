package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Invitation;
import nl.voorzorgcirkel.core.activity.Invitations;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.CircleLife;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.care.CareSignal;
import nl.voorzorgcirkel.core.care.MoveToCare;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.checkin.CheckInCall;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's example of company and omkijken, and checks the README shows this code. */
class ReadmeCompanyExampleTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/core/ReadmeCompanyExampleTest.java");

  @Test
  void theReadmeExampleRunsAndFindsHer() throws Exception {
    ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    Instant thursday = LocalDate.of(2026, 12, 3).atTime(17, 30).atZone(zone).toInstant();
    Clock clock = Clock.fixed(LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(zone).toInstant(), zone);
    Circle circle = Fixtures.circle(12).build();
    HelpLedger ledger = HelpLedger.empty();

    // README-BEGIN
    Activity meal = Activity.builder()
        .id(ActivityId.of("thursday-meal"))
        .title("Thursday meal")
        .organiser(MemberId.of("m-3"))
        .start(thursday)
        .duration(Duration.ofHours(2))
        .place(Place.of("Buurthuis De Schakel"))  // a place, never an address
        .recurrence(Recurrence.weekly())          // the occurrences of a weekly request
        .organiserEffort(Duration.ofHours(2))     // counted apart from help
        .build()
        .join(MemberId.of("m-10"));
    ActivityLog activities = ActivityLog.empty()
        .with(Attendance.of(meal, thursday, meal.participants()));
    List<Invitation> invite = Invitations.rank(circle, meal, activities, thursday.plus(Duration.ofDays(7)));

    // omkijken: m-10's buddy rings after 4 quiet days, a connector after 6, counted from the
    // day the agreement starts (never from before it, so an empty contact log is no alarm)
    LocalDate agreed = LocalDate.of(2026, 12, 1);
    CheckIns checkIns = CheckIns.of(List.of(
        CheckInAgreement.of(MemberId.of("m-10"), MemberId.of("m-9"), 4, 6, agreed)));
    ContactLog contacts = ContactLog.from(ledger, activities);
    List<CheckInCall> calls = checkIns.due(circle, contacts, clock); // whom to ring today, by whom
    contacts = contacts.with(ContactSignal.checkIn(MemberId.of("m-10"), clock.instant(), MemberId.of("m-9")));

    // the move to care, and the health of the circle's life
    List<CareSignal> care = MoveToCare.standard().signals(circle, ledger, LocalDate.now(clock), zone);
    HealthReport report = CircleHealthCheck.check(circle, CircleLife.empty().withLedger(ledger)
        .withActivities(activities).withCheckIns(checkIns), LocalDate.now(clock));
    // README-END

    assertEquals(1, calls.size());
    assertEquals(MemberId.of("m-10"), calls.get(0).member());
    assertEquals(List.of(MemberId.of("m-9")), calls.get(0).callers());
    assertEquals(4, calls.get(0).daysQuiet());
    assertEquals(List.of(), checkIns.due(circle, contacts, clock));
    assertEquals(List.of(), care);
    assertTrue(invite.size() > 5, invite.toString());
    assertEquals(List.of(), report.findings(HealthCode.CHECK_INS_OVERDUE), "the buddy's turn, not yet overdue");
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
