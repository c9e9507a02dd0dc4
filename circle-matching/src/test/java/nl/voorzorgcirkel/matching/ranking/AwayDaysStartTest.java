package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 7, K11: a member away on Monday was given a flexible request of Monday to Wednesday
 * on Monday. The ranking's start and the plan's skip the days a member is away or paused.
 */
class AwayDaysStartTest {

  // Thursday 26 November 2026 10:00 in Amsterdam; the request is for Monday 30 November to
  // Wednesday 2 December, every day 09:00 to 18:00 for the helper
  private static final Instant NOW = at(26, 10, 0);
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final MemberId ANNA = MemberId.of("m-anna");

  private static Instant at(int day, int hour, int minute) {
    LocalDateTime local = day >= 26 ? LocalDateTime.of(2026, 11, day, hour, minute)
        : LocalDateTime.of(2026, 12, day, hour, minute);
    return local.atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  /** The requester and Anna, who alone drives. */
  private static Circle circle(Member.Builder anna) {
    return Fixtures.circle(0).addMembers(Fixtures.member("m-0").build(),
        anna.addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build()).build();
  }

  private static HelpRequest mondayToWednesday(String id) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of("m-0"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.flexibleWithinDays(MONDAY, 3, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofHours(1)).createdAt(NOW).build();
  }

  private static Instant rankedStart(Circle circle, HelpRequest request, CommitmentBook book) {
    Ranking ranking = MatchingStrategies.standard().rank(request,
        CircleSnapshot.at(circle, HelpLedger.empty(), NOW).withCommitments(book));
    assertEquals(List.of(ANNA), ranking.candidates().stream().map(RankedCandidate::member).toList(),
        ranking.exclusions().toString());
    return ranking.candidates().get(0).earliestStart().orElseThrow();
  }

  private static Instant plannedStart(Circle circle, List<HelpRequest> requests, String id) {
    AssignmentPlan plan = BatchAssignment.builder().build()
        .plan(requests, CircleSnapshot.at(circle, HelpLedger.empty(), NOW));
    return plan.assignments().stream().filter(a -> a.request().equals(RequestId.of(id)))
        .map(Assignment::start).findFirst().orElseThrow();
  }

  @Test
  void aMemberAwayOnMondayStartsOnTuesday() {
    Circle circle = circle(Fixtures.member(ANNA.value()).addAbsences(Absence.of(MONDAY, MONDAY)));
    HelpRequest request = mondayToWednesday("r-1");
    Instant tuesdayMorning = at(1, 9, 0);
    assertEquals(tuesdayMorning, rankedStart(circle, request, CommitmentBook.empty()));
    assertEquals(tuesdayMorning, plannedStart(circle, List.of(request), "r-1"));
    MatchContext context = MatchContext.of(request, CircleSnapshot.at(circle, HelpLedger.empty(), NOW),
        Duration.ofDays(28));
    Member anna = circle.member(ANNA).orElseThrow();
    assertEquals(tuesdayMorning, context.earliestStart(anna).orElseThrow());
    assertEquals(tuesdayMorning, context.helpStart(anna).orElseThrow());
  }

  @Test
  void aMemberPausedUntilMondayStartsOnTuesday() {
    Circle circle = circle(Fixtures.member(ANNA.value()).status(MemberStatus.PAUSED).pausedUntil(MONDAY));
    HelpRequest request = mondayToWednesday("r-1");
    assertEquals(at(1, 9, 0), rankedStart(circle, request, CommitmentBook.empty()));
    assertEquals(at(1, 9, 0), plannedStart(circle, List.of(request), "r-1"));
  }

  @Test
  void movingPastAPromiseSkipsTheDaysAwayToo() {
    // Anna promised Monday 09:00-17:00 and is away on Tuesday: after the promise and the travel
    // buffer an hour no longer fits on Monday, and Tuesday is no day either: Wednesday 09:00
    Circle circle = circle(Fixtures.member(ANNA.value()).capacityPerWeek(Duration.ofHours(20))
        .addAbsences(Absence.of(MONDAY.plusDays(1), MONDAY.plusDays(1))));
    HelpRequest promised = HelpRequest.builder().id(RequestId.of("r-0")).requester(MemberId.of("m-0"))
        .capability(Capability.RIDE_BY_CAR).window(TimeWindow.fixed(at(30, 9, 0), at(30, 17, 0)))
        .expectedDuration(Duration.ofHours(8)).createdAt(NOW).build();
    CommitmentBook book = CommitmentBook.of(List.of(
        Commitment.from(RequestLifecycle.open(promised).accept(NOW, ANNA)).orElseThrow()));
    assertEquals(at(2, 9, 0), rankedStart(circle, mondayToWednesday("r-1"), book));
  }

  @Test
  void aPlansSecondFlexibleRequestSkipsTheDaysAway() {
    // two flexible requests for Anna, away on Tuesday: the first on Monday at 09:00, the second
    // after it on Monday (10:15), and a third, once Monday is full, on Wednesday, never Tuesday
    Circle circle = circle(Fixtures.member(ANNA.value()).capacityPerWeek(Duration.ofHours(20))
        .addAbsences(Absence.of(MONDAY.plusDays(1), MONDAY.plusDays(1))));
    List<HelpRequest> requests = List.of(mondayToWednesday("r-1"),
        mondayToWednesday("r-2").toBuilder().expectedDuration(Duration.ofHours(7)).build(),
        mondayToWednesday("r-3"));
    AssignmentPlan plan = BatchAssignment.builder().build()
        .plan(requests, CircleSnapshot.at(circle, HelpLedger.empty(), NOW));
    assertEquals(3, plan.assignments().size(), plan.unplaced().toString());
    for (Assignment a : plan.assignments()) {
      LocalDate day = LocalDate.ofInstant(a.start(), WeeklyAvailability.DEFAULT_ZONE);
      assertTrue(!day.equals(MONDAY.plusDays(1)), a + " on the day Anna is away");
    }
    assertTrue(plan.startsToAgree().isEmpty(), plan.startsToAgree().toString());
  }
}
