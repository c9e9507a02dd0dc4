package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A trip whose way back falls in the next calendar week counts there too: with one driver of
 * three hours a week, a trip out on Sunday 29 November 2026 and back on Monday 30 November (an
 * hour each) and a ride of 90 minutes on Tuesday 1 December fit her weeks (1 h, then 1 h + 1.5 h),
 * unless she promised an hour that Wednesday: then the second week would hold 3.5 h, and only one
 * of the two fits. The ride is the cheaper to place (one leg, not two), so it is placed and the
 * trip is not. The trip's node is her first week, so only the check across weeks sees this.
 */
class TripAcrossWeeksTest {

  private static final MemberId DRIVER = MemberId.of("m-1");
  private static final TripId TRIP = TripId.of("t-1");

  /** The requester m-0 and the driver, with or without her promise of Wednesday 2 December. */
  static CircleSnapshot snapshot(boolean promised) {
    CircleSnapshot snapshot = CircleSnapshot.at(Fixtures.circle(0).addMembers(Fixtures.member("m-0").build())
        .addMembers(Fixtures.member(DRIVER.value()).capacityPerWeek(Duration.ofHours(3))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build())
        .build(), HelpLedger.empty(), Fixtures.NOW);
    if (!promised) {
      return snapshot;
    }
    Instant wednesday = at(2, 10);
    return snapshot.withCommitments(CommitmentBook.of(List.of(Commitment.builder().request(RequestId.of("c-1"))
        .helper(DRIVER).recipient(MemberId.of("m-0")).capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(wednesday, wednesday.plus(Duration.ofHours(1))))
        .duration(Duration.ofHours(1)).build())));
  }

  /** The given day of December 2026 (0 is 30 November, -1 is 29 November) at the hour, Dutch time. */
  static Instant at(int december, int hour) {
    return LocalDateTime.of(2026, 12, 1, hour, 0).plusDays(december - 1L)
        .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  static HelpRequest ride(String id, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of("m-0"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(Fixtures.NOW).build();
  }

  /** The trip (out on Sunday, back on Monday) and the ride on Tuesday. */
  static List<HelpRequest> requests() {
    return List.of(ride("r-out", at(-1, 10), 60).toBuilder().trip(TRIP).build(),
        ride("r-back", at(0, 10), 60).toBuilder().trip(TRIP).build(),
        ride("r-ride", at(1, 10), 90));
  }

  static Batch tripAndSecondWeekRide(boolean promised) {
    return BatchAssignment.standard().plan(requests(), snapshot(promised)).batch();
  }

  private static List<String> placed(AssignmentPlan plan) {
    return plan.assignments().stream().map(a -> a.request() + ">" + a.member()).sorted().collect(Collectors.toList());
  }

  private static List<String> unplaced(AssignmentPlan plan) {
    return plan.unplaced().stream().map(u -> u.request() + ":" + u.code()).sorted().collect(Collectors.toList());
  }

  @Test
  void theWayBackCountsInItsOwnWeekWithTheHelpPromisedThere() {
    AssignmentPlan free = BatchAssignment.standard().plan(requests(), snapshot(false));
    assertEquals(List.of("r-back>m-1", "r-out>m-1", "r-ride>m-1"), placed(free));
    AssignmentPlan promised = BatchAssignment.standard().plan(requests(), snapshot(true));
    assertEquals(List.of("r-ride>m-1"), placed(promised));
    assertEquals(List.of("r-back:" + Unplaced.CAPACITY, "r-out:" + Unplaced.CAPACITY), unplaced(promised));
    assertTrue(promised.isProvenOptimal());
  }

  @Test
  void theBatchKnowsEachLegsWeekAndWhatWasPromisedThere() {
    Batch batch = tripAndSecondWeekRide(true);
    Instant firstWeek = at(-7, 0);
    Instant secondWeek = at(0, 0);
    assertEquals(List.of(firstWeek, secondWeek), batch.nodeWeek, "the trip's node is the week it starts");
    assertTrue(batch.spansWeeks());
    assertArrayEquals(new Instant[] {firstWeek, secondWeek}, batch.legWeek[0][0]);
    assertNull(batch.legWeek[1][0], "a ride of one leg is in its node's week");
    assertEquals(3600, batch.baseSeconds(0, secondWeek));
    assertEquals(0, batch.baseSeconds(0, firstWeek));
    assertArrayEquals(new double[] {0, 1}, batch.baseHours);
    // a trip out and back on the Monday stays in one week
    Batch oneWeek = BatchAssignment.standard().plan(List.of(ride("r-out", at(0, 10), 60).toBuilder().trip(TRIP).build(),
        ride("r-back", at(0, 14), 60).toBuilder().trip(TRIP).build()), snapshot(true)).batch();
    assertFalse(oneWeek.spansWeeks());
    assertNull(oneWeek.legWeek[0][0]);
  }

  @Test
  void theSearchBranchesOnceOnTheSecondWeek() {
    Batch batch = tripAndSecondWeekRide(true);
    ConflictSearchKnownRunsTest.Run run = ConflictSearchKnownRunsTest.run(batch);
    ConflictSearch search = run.search();
    Network root = search.root();
    // the flow gives the driver both (its nodes do not see the second week); the repair keeps
    // the trip, first in time, and cannot put the ride back
    assertArrayEquals(new int[] {0, 1}, root.assignedTo);
    assertArrayEquals(new int[] {0, UNPLACED}, search.repaired(root.assignedTo));
    assertFalse(search.feasible(root.assignedTo), "the second week past her capacity");
    double trip = batch.cost[0][0] + root.marginal(0, 1);
    double ride = batch.cost[1][0] + root.marginal(1, 1);
    assertEquals(root.unplacedCost + trip, search.firstCost(), 1e-12);
    // the root's subproblems are the flow (no unit wanted twice, nothing at one time): one step,
    // its bound the flow's cost; it branches on the second week: "not the trip", "not the ride"
    assertEquals(trip + ride, search.rootBound(), 1e-12);
    assertEquals(root.totalCost(), search.rootBound(), 1e-12);
    // each child is solved by its first step: the first finds the ride's plan, the second cannot
    // beat it
    assertEquals(3, run.result().nodes);
    assertEquals(3, search.steps());
    assertTrue(run.result().optimal);
    assertArrayEquals(new int[] {UNPLACED, 1}, run.result().assignedTo);
    assertArrayEquals(new int[] {0, 1}, run.result().load);
    assertEquals(root.unplacedCost + ride, run.result().cost, 1e-12);
    assertTrue(ride < trip);
  }

  @Test
  void aSearchAllowedOneNodeReturnsTheRepairedPlanAndTheRootsBound() {
    Batch batch = tripAndSecondWeekRide(true);
    assertStoppedAfterTheRoot(batch, ConflictSearchKnownRunsTest.run(batch, 1, 0, () -> 0L));
    // two nodes: the root is expanded, and both its children bounded
    ConflictSearchKnownRunsTest.Run two = ConflictSearchKnownRunsTest.run(batch, 2, 0, () -> 0L);
    assertTrue(two.result().optimal);
    assertEquals(3, two.result().nodes);
  }

  /** Stopped before the root's children: the repaired flow's plan, the root's bound as the bound. */
  static void assertStoppedAfterTheRoot(Batch batch, ConflictSearchKnownRunsTest.Run run) {
    ConflictSearch.Result result = run.result();
    Network root = run.search().root();
    assertFalse(result.optimal);
    assertEquals(1, result.nodes);
    assertEquals(1, run.search().steps());
    assertArrayEquals(new int[] {0, UNPLACED}, result.assignedTo);
    assertArrayEquals(new int[] {1, 0}, result.load);
    assertEquals(run.search().firstCost(), result.cost, 1e-12);
    assertEquals(root.totalCost(), result.bound, 1e-12);
    assertEquals(root.unplacedCost + batch.cost[0][0] + root.marginal(0, 1), result.cost, 1e-12);
  }

  private static final int UNPLACED = Network.UNPLACED;
}
