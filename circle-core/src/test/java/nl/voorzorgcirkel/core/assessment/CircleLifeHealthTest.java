package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

/** Issue 13: each check of a circle's life fires on the life that calls for it, and only then. */
class CircleLifeHealthTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** Wednesday 16 December 2026. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);
  private static final Circle CIRCLE = Fixtures.circle(10).build();
  private static final Set<HealthCode> LIFE_CODES = EnumSet.range(HealthCode.HELPERS_OVER_CAPACITY,
      HealthCode.CHECK_INS_OVERDUE);

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZONE).toInstant();
  }

  private static MemberId m(int i) {
    return MemberId.of("m-" + i);
  }

  private static Map<HealthCode, HealthFinding> life(CircleLife life) {
    return CircleHealthCheck.check(CIRCLE, life, DAY).findings().stream()
        .filter(f -> LIFE_CODES.contains(f.code()))
        .collect(Collectors.toMap(HealthFinding::code, f -> f));
  }

  private static RequestLifecycle request(String id, int requester, Instant created) {
    return RequestLifecycle.open(Fixtures.request(id, "m-" + requester).createdAt(created)
        .window(TimeWindow.flexible(created, created.plus(Duration.ofDays(3)))).build());
  }

  @Test
  void withoutALifeTheReportIsTheStructuralOne() {
    assertEquals(CircleHealthCheck.check(CIRCLE, DAY), CircleHealthCheck.check(CIRCLE,
        CircleLife.empty(), DAY));
    assertEquals(Map.of(), life(CircleLife.empty()));
  }

  @Test
  void aHelperOverCapacityForThreeWeeksCountingThisWeeksPromises() {
    HelpLedger ledger = HelpLedger.empty();
    for (LocalDate day : List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7))) {
      ledger = ledger.append(HelpRecord.of(m(2), m(3), Capability.MEALS, at(day, 10),
          Duration.ofHours(3)));
    }
    Commitment promised = Commitment.builder().request(RequestId.of("r-9")).helper(m(2))
        .recipient(m(3)).capability(Capability.MEALS)
        .window(TimeWindow.fixed(at(DAY.plusDays(1), 10), at(DAY.plusDays(1), 13)))
        .duration(Duration.ofHours(3)).build();
    CircleLife withLedger = CircleLife.empty().withLedger(ledger);
    assertFalse(life(withLedger).containsKey(HealthCode.HELPERS_OVER_CAPACITY),
        "nothing given or promised this week yet");
    HealthFinding over = life(withLedger.withCommitments(CommitmentBook.of(List.of(promised))))
        .get(HealthCode.HELPERS_OVER_CAPACITY);
    assertEquals(List.of(m(2)), over.members());
    assertEquals(Severity.WARNING, over.severity());
    assertEquals("1 member helped more than they offered in each of the last 3 weeks",
        over.message(Locale.ENGLISH));
    assertFalse(life(withLedger.withCommitments(CommitmentBook.of(List.of(promised)))
        .withThresholds(LifeThresholds.builder().weeksOverCapacity(4).build()))
        .containsKey(HealthCode.HELPERS_OVER_CAPACITY));
  }

  @Test
  void membersNeverAskedAndMembersWhoNeverAskAreGentlePromptsNamingWhoForTheConnector() {
    Instant lastWeek = at(DAY.minusDays(7), 9);
    RequestLifecycle asked = request("r-1", 3, lastWeek).ask(lastWeek, m(0), List.of(m(4), m(5)));
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.of(m(6), m(7), Capability.MEALS,
        lastWeek, Duration.ofHours(1)));
    Map<HealthCode, HealthFinding> found = life(CircleLife.empty().withLedger(ledger)
        .withRequests(List.of(asked)));
    assertEquals(List.of(m(0), m(1), m(2), m(3), m(7), m(8), m(9)),
        found.get(HealthCode.MEMBERS_NEVER_ASKED).members(), "4, 5 asked; 6 helped");
    assertEquals(List.of(m(0), m(1), m(2), m(4), m(5), m(6), m(8), m(9)),
        found.get(HealthCode.MEMBERS_NEVER_ASK).members(), "3 asked; 7 was helped");
    assertEquals(Severity.INFO, found.get(HealthCode.MEMBERS_NEVER_ASK).severity());
    assertEquals("8 deelnemers vroegen in 12 weken nergens om: vragen is moeilijk, een verbinder"
        + " kan eens vragen hoe het gaat",
        found.get(HealthCode.MEMBERS_NEVER_ASK).message(Locale.forLanguageTag("nl")));
  }

  @Test
  void expiriesRisingAgainstThePeriodBefore() {
    List<RequestLifecycle> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Instant created = at(DAY.minusDays(10 + i), 9);
      requests.add(request("r-" + i, 3, created).expire(created.plus(Duration.ofDays(3))));
    }
    requests.add(request("r-old", 3, at(DAY.minusDays(40), 9))
        .expire(at(DAY.minusDays(37), 9)));
    HealthFinding rising = life(CircleLife.empty().withRequests(requests))
        .get(HealthCode.RISING_EXPIRIES);
    assertEquals(Map.of("previous", 1, "recent", 3, "weeks", 4), rising.figures());
    assertFalse(life(CircleLife.empty().withRequests(requests.subList(2, 4)))
        .containsKey(HealthCode.RISING_EXPIRIES), "1 against 1 is not rising");
  }

  @Test
  void aConnectorWhoMakesMoreThanTenCallsAWeek() {
    List<ContactSignal> calls = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      calls.add(ContactSignal.call(m(2 + i % 8), at(DAY.minusDays(i % 27), 10), m(0)));
    }
    CircleLife life = CircleLife.empty().withRequests(List.of()).withCalls(ContactLog.of(calls));
    HealthFinding load = life(life).get(HealthCode.CONNECTOR_LOAD);
    assertEquals(List.of(m(0)), load.members());
    assertEquals(10.3, load.figures().get("tasksPerWeek"));
    assertFalse(life(life.withCalls(ContactLog.of(calls.subList(0, 40))))
        .containsKey(HealthCode.CONNECTOR_LOAD), "exactly 10 a week is bearable");
  }

  @Test
  void noSharedActivityForFourWeeks() {
    Activity meal = Activity.builder().id(ActivityId.of("meal")).title("Meal").organiser(m(2))
        .start(at(DAY.minusDays(29), 17)).duration(Duration.ofHours(2))
        .place(Place.of("Buurthuis")).recurrence(nl.voorzorgcirkel.core.model.Recurrence.weekly())
        .build();
    ActivityLog old = ActivityLog.of(List.of(Attendance.of(meal, meal.start(), List.of(m(3)))));
    assertEquals("no shared activity in the last 4 weeks", life(CircleLife.empty()
        .withActivities(old)).get(HealthCode.NO_SHARED_ACTIVITY).message(Locale.ENGLISH));
    ActivityLog recent = old.with(Attendance.of(meal, meal.start().plus(Duration.ofDays(7)),
        List.of()));
    assertFalse(life(CircleLife.empty().withActivities(recent))
        .containsKey(HealthCode.NO_SHARED_ACTIVITY));
  }

  @Test
  void overdueCheckInsAreCountedAndNobodyIsNamed() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(m(5), m(6), 3, 5),
        CheckInAgreement.of(m(7), m(8), 3, 5)));
    ContactLog calls = ContactLog.of(List.of(ContactSignal.call(m(7), at(DAY.minusDays(4), 10), m(9)),
        ContactSignal.call(m(5), at(DAY.minusDays(6), 10), m(9))));
    HealthFinding overdue = life(CircleLife.empty().withCheckIns(checkIns).withCalls(calls))
        .get(HealthCode.CHECK_INS_OVERDUE);
    assertEquals(List.of(), overdue.members());
    assertEquals(Map.of("overdue", 1), overdue.figures());
    assertEquals("1 keer omkijken ging naar de verbinders: het maatje bereikte de deelnemer niet"
        + " op tijd", overdue.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void everyLifeFindingReadsWellInBothLanguages() {
    for (HealthCode code : LIFE_CODES) {
      HealthFinding finding = new HealthFinding(Severity.WARNING, code, null, List.of(m(1)),
          Map.of("weeks", 4, "recent", 3, "previous", 1, "max", 10, "tasksPerWeek", 12.5,
              "overdue", 2));
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String text = finding.message(locale);
        assertFalse(text.contains("{") || text.startsWith("health."), text);
      }
      assertTrue(!finding.message(Locale.ENGLISH).equals(finding.message(Locale.forLanguageTag("nl"))));
    }
  }
}
