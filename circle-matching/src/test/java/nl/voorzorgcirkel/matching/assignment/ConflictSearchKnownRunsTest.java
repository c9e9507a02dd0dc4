package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Searches small enough to follow by hand: what the repair of a plan keeps, which plan the
 * heuristics find before the first bound, the root's bound, and how many nodes and subgradient
 * steps the search takes. These change how fast the optimum is found, not which plan comes out,
 * so the exactness tests cannot see them.
 */
class ConflictSearchKnownRunsTest {

  private static final int UNPLACED = Network.UNPLACED;
  private static final long BUFFER = 15 * 60;

  /**
   * Requesters m-0 (far south) and m-9 (north), and {@code drivers} drivers m-1, m-2, ... with ten
   * hours a week, each 110 m further south than the one before: m-9's rides are cheapest with m-1,
   * m-0's with the last driver.
   */
  static CircleSnapshot drivers(int drivers) {
    Circle.Builder circle = Fixtures.circle(0)
        .addMembers(Fixtures.member("m-0").home(GeoPoint.of(52.379, 5.223)).build())
        .addMembers(Fixtures.member("m-9").home(GeoPoint.of(52.389, 5.223)).build());
    for (int d = 1; d <= drivers; d++) {
      circle.addMembers(Fixtures.member("m-" + d).home(GeoPoint.of(52.389 - d * 0.001, 5.223))
          .capacityPerWeek(Duration.ofHours(10)).addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
          .build());
    }
    return CircleSnapshot.at(circle.build(), HelpLedger.empty(), Fixtures.NOW);
  }

  /** Friday 27 November 2026 at the given time, Dutch time. */
  static Instant at(int hour, int minute) {
    return LocalDateTime.of(2026, 11, 27, hour, minute).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  static HelpRequest ride(String id, String requester, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of(requester))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(Fixtures.NOW).build();
  }

  /** The batch the standard batch assignment makes of these requests. */
  static Batch batch(List<HelpRequest> requests, CircleSnapshot snapshot) {
    return BatchAssignment.standard().plan(requests, snapshot).batch();
  }

  /** A search and its answer. */
  record Run(ConflictSearch search, ConflictSearch.Result result) {}

  /** A search with the standard settings and these limits, solved. */
  static Run run(Batch batch, long nodeLimit, long timeLimitNanos, LongSupplier ticker) {
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, BUFFER, nodeLimit, timeLimitNanos, ticker);
    return new Run(search, search.solve());
  }

  static Run run(Batch batch) {
    return run(batch, BatchAssignment.DEFAULT_NODE_LIMIT, 0, () -> 0L);
  }

  /** A search of a generated week's batch with the default limits of nodes and work, solved. */
  static Run atDefaultLimits(BatchInstances.Instance week) {
    Batch batch = batch(week.requests(), week.snapshot());
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, BUFFER, BatchAssignment.DEFAULT_NODE_LIMIT,
        BatchAssignment.DEFAULT_WORK_LIMIT, 0, () -> 0L);
    return new Run(search, search.solve());
  }

  static ConflictSearch solved(Batch batch) {
    return run(batch).search();
  }

  @Test
  void theRepairKeepsTheEarlierOfTwoOverlappingRidesWhateverTheirOrder() {
    // listed later first: the repair goes by time, not by the order of the units
    // (units go by request id: r-1-late is unit 0)
    Batch batch = batch(List.of(ride("r-1-late", "m-0", at(10, 30), 60), ride("r-2-early", "m-0", at(10, 0), 60)),
        drivers(1));
    ConflictSearch search = solved(batch);
    assertArrayEquals(new int[] {0, 0}, search.root().assignedTo, "the flow gives the driver both");
    assertArrayEquals(new int[] {UNPLACED, 0}, search.repaired(new int[] {0, 0}));
    // with both left out, the repair puts them back: the first that fits, in order of units
    // (equal costs), keeps the driver
    assertArrayEquals(new int[] {0, UNPLACED}, search.repaired(new int[] {UNPLACED, UNPLACED}));
  }

  @Test
  void theRepairPutsUnitsBackCheapestFirstEachWithItsCheapestMemberWhereItFits() {
    // three rides at the same time, two drivers: m-9's ride is cheapest with m-1, m-0's with m-2
    Batch batch = batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-0", at(10, 0), 60),
        ride("r-2", "m-9", at(10, 0), 60)), drivers(2));
    double[] far = batch.cost[0];
    double[] near = batch.cost[2];
    assertTrue(far[1] < far[0] && near[0] < near[1] && near[0] < far[1], "costs as the homes say");
    ConflictSearch search = solved(batch);
    // all three with m-1: r-0 stays (first in time, then in order); r-2, the cheapest to place,
    // goes back first, to m-1 where it is busy, then to m-2; r-1 finds both drivers busy
    assertArrayEquals(new int[] {0, UNPLACED, 1}, search.repaired(new int[] {0, 0, 0}));
    // nothing proposed: r-2 first, with its cheapest driver m-1; r-0 then with its cheapest, m-2
    assertArrayEquals(new int[] {1, UNPLACED, 0}, search.repaired(new int[] {UNPLACED, UNPLACED, UNPLACED}));
  }

  @Test
  void theRepairTriesEachMemberCheapestFirstAndPassesOnFromOneWhoIsFull() {
    // two of m-0's rides, both cheapest with m-2: at the same time, they go to m-2 and m-1
    Batch same = batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-0", at(10, 0), 60)),
        drivers(2));
    assertTrue(same.cost[0][1] < same.cost[0][0]);
    assertArrayEquals(new int[] {1, 0}, solved(same).repaired(new int[] {UNPLACED, UNPLACED}));
    // hours apart, with each driver taking one unit: r-1 finds m-2 full and goes to m-1
    Batch apart = batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-0", at(14, 0), 60)),
        drivers(2));
    ConflictSearch search = new ConflictSearch(apart, new int[] {1, 1}, BatchAssignment.DEFAULT_LOAD_PENALTY,
        BUFFER, 10, 0, () -> 0L);
    search.solve();
    assertArrayEquals(new int[] {1, 0}, search.repaired(new int[] {1, UNPLACED}));
  }

  @Test
  void theRepairKeepsEachMemberWithinTheirCountOfUnits() {
    // two rides hours apart fit one driver, but a count of one unit each week does not
    Batch batch = batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-0", at(14, 0), 60),
        ride("r-2", "m-0", at(10, 30), 60)), drivers(1));
    ConflictSearch search = new ConflictSearch(batch, new int[] {1}, BatchAssignment.DEFAULT_LOAD_PENALTY,
        BUFFER, 10, 0, () -> 0L);
    search.solve();
    assertArrayEquals(new int[] {0, UNPLACED, UNPLACED}, search.repaired(new int[] {0, 0, 0}));
    ConflictSearch two = new ConflictSearch(batch, new int[] {2}, BatchAssignment.DEFAULT_LOAD_PENALTY,
        BUFFER, 10, 0, () -> 0L);
    two.solve();
    assertArrayEquals(new int[] {0, 0, UNPLACED}, two.repaired(new int[] {0, 0, 0}));
  }

  @Test
  void keepingTwoOverlappingRidesApartLeavesTheDearerOutBeforeTheFirstBound() {
    // one driver; the earlier ride is the dearer (its requester lives further away)
    Batch batch = batch(List.of(ride("r-far", "m-0", at(10, 0), 60), ride("r-near", "m-9", at(10, 30), 60)),
        drivers(1));
    double far = batch.cost[0][0];
    double near = batch.cost[1][0];
    assertTrue(near < far);
    Run run = run(batch);
    ConflictSearch search = run.search();
    Network root = search.root();
    // the repair of the flow keeps the earlier, dearer ride; the flow without the dearer ride's
    // arc to the driver places the cheaper one: that plan is known before any bound
    assertArrayEquals(new int[] {0, UNPLACED}, search.repaired(root.assignedTo));
    assertFalse(search.feasible(root.assignedTo), "the driver at two places at once");
    assertTrue(search.feasible(new int[] {UNPLACED, 0}));
    double optimum = root.unplacedCost + near + root.marginal(0, 1);
    assertEquals(optimum, search.firstCost(), 1e-12);
    assertTrue(root.unplacedCost + far + root.marginal(0, 1) > search.firstCost());
    // the root's first Lagrangian value (all prices 0) is already the optimum: the driver's
    // best choice of the two overlapping rides is the cheaper one, the other counts as unplaced
    assertEquals(optimum, search.rootBound(), 1e-12);
    assertEquals(1, search.steps());
    ConflictSearch.Result result = run.result();
    assertEquals(1, result.nodes);
    assertTrue(result.optimal);
    assertArrayEquals(new int[] {UNPLACED, 0}, result.assignedTo);
    assertArrayEquals(new int[] {1}, result.load);
    assertEquals(optimum, result.cost, 1e-12);
  }

  @Test
  void aFlexibleRideTakesThePlaceTwoOverlappingRidesLeave() {
    // one driver who takes two units: two cheap rides at the same time, a dearer flexible one
    HelpRequest flexible = ride("r-flex", "m-0", at(10, 0), 60).toBuilder()
        .window(TimeWindow.flexible(at(9, 0), at(17, 0))).build();
    Batch batch = batch(List.of(ride("r-a", "m-9", at(10, 0), 60), ride("r-b", "m-9", at(10, 0), 60), flexible),
        drivers(1));
    ConflictSearch search = new ConflictSearch(batch, new int[] {2}, BatchAssignment.DEFAULT_LOAD_PENALTY,
        BUFFER, 10, 0, () -> 0L);
    ConflictSearch.Result result = search.solve();
    Network root = search.root();
    assertArrayEquals(new int[] {0, 0, UNPLACED}, root.assignedTo, "the flow takes the two cheap rides");
    // the repair keeps r-a, cannot put r-b back, and puts the flexible ride in the second place
    assertArrayEquals(new int[] {0, UNPLACED, 0}, search.repaired(root.assignedTo));
    double optimum = root.unplacedCost + batch.cost[0][0] + batch.cost[2][0] + root.marginal(0, 1)
        + root.marginal(0, 2);
    assertEquals(optimum, search.firstCost(), 1e-12);
    // with all prices 0 the driver's best choice is one of the rides at 10:00 and the flexible
    // ride: the first Lagrangian value is the optimum, and the root is done
    assertEquals(optimum, search.rootBound(), 1e-12);
    assertEquals(1, search.steps());
    assertEquals(1, result.nodes);
    assertArrayEquals(new int[] {0, UNPLACED, 0}, result.assignedTo);
    assertArrayEquals(new int[] {2}, result.load);
  }

  @Test
  void theSubproblemLetsARideStartExactlyTheTravelBufferAfterAnother() {
    // one driver: r-a 10:00-11:00 and r-b from 11:15 fit together; r-c at 10:30 overlaps both
    Batch batch = batch(List.of(ride("r-a", "m-9", at(10, 0), 60), ride("r-b", "m-9", at(11, 15), 60),
        ride("r-c", "m-0", at(10, 30), 60)), drivers(1));
    Run run = run(batch);
    ConflictSearch search = run.search();
    Network root = search.root();
    assertArrayEquals(new int[] {0, 0, 0}, root.assignedTo);
    assertArrayEquals(new int[] {0, 0, UNPLACED}, search.repaired(root.assignedTo));
    double optimum = root.unplacedCost + batch.cost[0][0] + batch.cost[1][0] + root.marginal(0, 1)
        + root.marginal(0, 2);
    assertEquals(optimum, search.firstCost(), 1e-12);
    // at prices 0 the driver's subproblem takes r-a and r-b (r-b may follow r-a): the optimum
    assertEquals(optimum, search.rootBound(), 1e-12);
    assertEquals(1, search.steps());
    assertEquals(1, run.result().nodes);
    assertArrayEquals(new int[] {0, 0, UNPLACED}, run.result().assignedTo);
  }

  @Test
  void aSearchWithinItsTimeLimitEndsOptimal() {
    Batch batch = TripAcrossWeeksTest.tripAndSecondWeekRide(true);
    AtomicLong clock = new AtomicLong(5_000_000_000L);
    // a second a read, ten seconds allowed: the two reads before the root and after it pass
    Run run = run(batch, BatchAssignment.DEFAULT_NODE_LIMIT, 10_000_000_000L,
        () -> clock.getAndAdd(1_000_000_000L));
    assertTrue(run.result().optimal);
    assertEquals(3, run.result().nodes);
  }

  @Test
  void theUnplacedCostIsAboveAnyPlacementAndFollowsFromTheBatchAlone() {
    // (R + 1) (max(1, largest cost) + lambda (2 (largest base load + R) - 1)) + 1
    Batch batch = batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-9", at(10, 30), 60)),
        drivers(1));
    assertEquals(3 * (1 + 0.1 * 3) + 1, solved(batch).root().unplacedCost, 1e-12);
    Network heavy = new Network(new int[][] {{0}, {0}, {0}}, new double[][] {{0.5}, {2.5}, {1}},
        new double[] {4, 1.5}, new int[] {3, 3}, 0.2, 2.5);
    assertEquals(4 * (2.5 + 0.2 * (2 * (4 + 3) - 1)) + 1, heavy.unplacedCost, 1e-12);
    Network free = new Network(new int[][] {{0}}, new double[][] {{0.5}}, new double[] {0}, new int[] {1}, 0, 0.5);
    assertEquals(2 * 1.0 + 1, free.unplacedCost, 1e-12);
  }

  @Test
  void aSearchStoppedByTimeAfterExactlyItsLimitReturnsThePlanItHas() {
    Batch batch = TripAcrossWeeksTest.tripAndSecondWeekRide(true);
    AtomicLong clock = new AtomicLong();
    // read when the search starts (0), after the root's first value (1 s, the limit exactly: the
    // root's steps stop there, as they stop at the work limit) and before the next node (2 s)
    Run run = run(batch, BatchAssignment.DEFAULT_NODE_LIMIT, 1_000_000_000L,
        () -> clock.getAndAdd(1_000_000_000L));
    TripAcrossWeeksTest.assertStoppedAfterTheRoot(batch, run);
    assertEquals(1, run.search().steps(), "the root stopped at its first value");
    assertEquals(3_000_000_000L, clock.get(), "read three times");
  }

  @Test
  void aWeekAtSetTimesIsProvenInItsKnownNodesAndStepsRecomputingOnlyRowsThatChanged() {
    // the benchmark's week (seed 7) and another (seed 3): the optimum, the nodes and volume
    // steps are those of the search that computes every row of every table at every step; only
    // the rows after a member's first changed unit are computed again. Counting capacity in
    // hours places all 100 of each (90 and 96 while it counted requests by the longest). With
    // plain subgradient steps from prices 0 the same optima took 29 and 3 nodes, 4,684 and 1,574
    // steps, 2,313,869 and 685,576 rows. Of those rows' cells, only those a choice can reach are
    // computed (465,945,847 and 47,847,991 when every cell was); the work counts every cell of
    // the rows, so it is what it was. Each node below the root starts its steps with the step
    // factor its parent's ended with (at least 0.1); when each started at 1 again, the same optima
    // took 23 and 3 nodes, 2,849 and 706 steps, 1,564,245 and 398,824 rows, 254,529,971 and
    // 24,975,693 cells, 467,634,432 and 48,432,146 work. Each new best plan is improved by a local
    // search (LocalSearch); without it the same optima took 5 and 5 nodes, 1,142 and 772 steps,
    // 633,230 and 433,689 rows, 104,578,823 and 26,211,324 cells, 190,707,328 and 50,537,038 work.
    // The Polyak steps aim 10^-7 of the best plan's cost above it; aimed at the cost itself (with
    // the local search) they took 19 and 7 nodes, 2,563 and 693 steps, 1,392,189 and 419,705 rows,
    // 203,659,829 and 18,573,910 cells, 335,847,738 and 32,318,225 work. The prices come from a
    // proximal bundle method whose master is solved exactly by an active set (BundleMaster); by the
    // volume algorithm the same optima took 5 and 11 nodes, 1,133 and 1,148 values, 619,370 and
    // 558,541 rows, 94,771,210 and 24,592,661 cells, 161,982,481 and 42,167,220 work. Since a plan
    // holds flexible help only where it has a start clear of the member's other help (user test
    // 10; the Lagrangian still counts flexible help as taking no time, so its bound is the same and
    // the branching on such plans does the rest), seed 7's optimum is 128.180347 in 563 nodes: its
    // former optimum, 128.170787 in 15 nodes, 204 steps, 110,790 rows, 10,436,501 cells and
    // 81,871,208 work, gave a member flexible help with no such start; seed 3's is unchanged. The
    // work counts the flexible-time tests since gap12 (32 per unit of theirs) and the local search
    // puts a unit back after a move that did not fit without checking it again: 582,878,618 and
    // 37,623,680 before, the same nodes, steps, rows and cells
    long[][] known = {{7, 563, 2642, 1_145_666, 100, 118_818_682, 604_122_902},
        {3, 1, 56, 34_208, 100, 1_645_126, 40_284_283}};
    double[] optimum = {128.180347, 120.179634};
    for (int i = 0; i < known.length; i++) {
      BatchInstances.Instance week = BatchInstances.week(known[i][0], 15, 100);
      Run run = run(batch(week.requests(), week.snapshot()));
      ConflictSearch.Result result = run.result();
      assertTrue(result.optimal);
      assertEquals(optimum[i], result.cost, 1e-6);
      assertEquals(known[i][1], result.nodes, "nodes");
      assertEquals(known[i][2], run.search().steps(), "steps");
      assertEquals(known[i][3], run.search().rows(), "rows");
      assertEquals(known[i][4], java.util.Arrays.stream(result.assignedTo).filter(a -> a >= 0).count(), "placed");
      assertEquals(known[i][5], run.search().cells(), "cells computed");
      assertEquals(known[i][6], run.search().work(), "work");
    }
  }

  @Test
  void theLocalSearchFindsThePlanWhoseCostTheBoundHasReached() {
    // seed 11 of the set-time weeks: the root's bound is the optimum, 121.342577, but the repaired
    // choices of the subproblems stay above it, and without the local search on each new best plan
    // the default work limit stopped the search at 121.741259 (36 nodes, gap 0.399)
    BatchInstances.Instance week = BatchInstances.week(11, 15, 100);
    Run run = run(batch(week.requests(), week.snapshot()));
    ConflictSearch.Result result = run.result();
    assertTrue(result.optimal, "proven within the default work limit");
    assertEquals(121.342577, result.cost, 1e-6);
    assertTrue(run.search().feasible(result.assignedTo));
    assertEquals(1, result.nodes,
        "nodes (29 by the volume algorithm, 57 while its steps aimed at the best plan's cost itself)");
  }

  @Test
  void theBundlesPricesProveAWeekTheVolumeAlgorithmLeftOpen() {
    // seed 2 of the set-time weeks: with the volume algorithm's prices the default work limit
    // stopped the search after 54 nodes at 115.184849 (gap 1.22); the proximal bundle, its master
    // solved exactly, proves the optimum at the root (BENCHMARKS.md, thirteenth attempt)
    BatchInstances.Instance week = BatchInstances.week(2, 15, 100);
    Batch batch = batch(week.requests(), week.snapshot());
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, BUFFER, BatchAssignment.DEFAULT_NODE_LIMIT,
        BatchAssignment.DEFAULT_WORK_LIMIT, 0, () -> 0L);
    ConflictSearch.Result result = search.solve();
    assertTrue(result.optimal, "proven within the default work limit");
    assertEquals(115.067157, result.cost, 1e-6);
    assertTrue(search.feasible(result.assignedTo));
    assertEquals(1, result.nodes, "nodes");
  }

  @Test
  void nodesWhoseBoundHasAlmostReachedTheBestPlanAreClosed() {
    // seeds 14 and 17: once the best plan is the optimum, a node whose bound lies within a few
    // 10^-7 of it was never closed while the Polyak steps aimed at that cost itself (the step
    // shrinks with the gap, and the pruning tolerance is 10^-9 of the cost): 14 stopped at the
    // work limit after 497 nodes with the optimum in hand, 17 with a gap of 1.4 * 10^-7. Aimed
    // 10^-7 of the cost above it, both are proven within the default work limit
    double[] optimum = {110.912044, 130.772768};
    long[] seeds = {14, 17};
    for (int i = 0; i < seeds.length; i++) {
      BatchInstances.Instance week = BatchInstances.week(seeds[i], 15, 100);
      Run run = run(batch(week.requests(), week.snapshot()));
      ConflictSearch.Result result = run.result();
      assertTrue(result.optimal, "seed " + seeds[i] + " proven within the default work limit");
      assertEquals(optimum[i], result.cost, 1e-6, "seed " + seeds[i]);
    }
  }

  @Test
  void tightWeeksAreBoundedByTheirCostsOnceTheCountIsAConstraint() {
    // seeds 1, 16 and 6 of the set-time weeks ask for more hours than their members offer: every
    // plan leaves 7, 6 and 8 of the 100 requests unplaced. The Lagrangian without the count row
    // places a fraction of a unit more than any plan can, so the bound was the count's (U n0, U =
    // 2,132.1) and the default work limit stopped at gaps of 126, 134 and 115: the number placed
    // proven, the costs not. With "at most 100 - n0 placed" as one more row of the bundle's master
    // the bound reaches the costs: 1 and 16 are proven (1 at the root) at the optima SCIP proves
    // (125.911118 and 129.913695 besides the unplaced costs), 6 ends within 0.05 of its optimum
    long[] seeds = {1, 16, 6};
    int[] unplaced = {7, 6, 8};
    double[] optimum = {125.911118, 129.913695, 114.458787};
    for (int i = 0; i < seeds.length; i++) {
      BatchInstances.Instance week = BatchInstances.week(seeds[i], 15, 100);
      Batch batch = batch(week.requests(), week.snapshot());
      ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
          BatchAssignment.DEFAULT_LOAD_PENALTY, BUFFER, BatchAssignment.DEFAULT_NODE_LIMIT,
          BatchAssignment.DEFAULT_WORK_LIMIT, 0, () -> 0L);
      ConflictSearch.Result result = search.solve();
      String seed = "seed " + seeds[i];
      double whole = search.root().unplacedCost * unplaced[i];
      assertTrue(search.feasible(result.assignedTo), seed);
      assertEquals(unplaced[i], java.util.Arrays.stream(result.assignedTo).filter(a -> a < 0).count(), seed);
      assertEquals(unplaced[i], search.leastUnplaced(), seed + ": the number placed proven");
      assertTrue(result.bound <= whole + optimum[i] + 1e-6, seed + ": the bound passes the optimum");
      if (i < 2) {
        assertTrue(result.optimal, seed + " proven within the default work limit");
        // seed 16 took 3 nodes since flexible help takes time (the root's plan gave a member
        // flexible help without room), 1 again since a node's dual is measured against the most a
        // plan leaving 6 unplaced can cost while the best plan leaves more (count13); the optimum
        // is the same
        assertEquals(1, result.nodes, seed + ": nodes");
        assertEquals(optimum[i], result.cost - whole, 1e-6, seed);
      } else {
        assertTrue(result.cost - result.bound < 0.06, seed + ": gap " + (result.cost - result.bound));
      }
      assertTrue(search.countRows(), seed + ": the count as a constraint");
    }
  }

  @Test
  void aNodeWhosePlansMayPlaceOneMoreUnitIsBoundedToTheCostsNotToTheUnplacedCost() {
    // seed 6 of the weeks with every request at a set time: every plan leaves 8 of the 100
    // requests unplaced (the count bound proves it at the root), but the first plans left 9. Each
    // node's dual stopped when the model promised less than 10^-3 of the gap to the best plan, a
    // whole unplaced cost (U = 2,132.1) while that plan left 9: about 2 short, where the root's
    // bound lies 1.3 below the optimum. Its prices never turned into a plan placing 92, and the
    // default work limit stopped after 147 nodes at 19,301.144093 (91 placed, gap 2,130). Measured
    // against the most a plan leaving 8 unplaced can cost, the root finds the optimum SCIP and a
    // longer search prove, 17,171.820956 (114.0 besides the unplaced costs), and the search proves
    // it in 3 nodes
    Run run = atDefaultLimits(BatchInstances.week(6, 15, 100, false));
    ConflictSearch search = run.search();
    ConflictSearch.Result result = run.result();
    assertTrue(search.feasible(result.assignedTo));
    assertEquals(92, java.util.Arrays.stream(result.assignedTo).filter(a -> a >= 0).count(), "placed");
    assertEquals(8, search.leastUnplaced(), "the number placed proven");
    assertTrue(result.optimal, "proven within the default work limit");
    assertEquals(17171.820956, result.cost, 1e-6);
    assertEquals(3, result.nodes, "nodes");
  }

  @Test
  void theRootsFirstStepAimsAtTheCostThatDecidesWhereThePlansLeaveOneUnitMore() {
    // seed 7 of the weeks with every request at a set time, the week issue 9's budget names: the
    // root's first plans leave 1 of the 100 requests unplaced and its bound proves none must be,
    // so the best plan's cost (2,260.5) is a whole unplaced cost above the dearest plan placing
    // all (576.4). The first Polyak step aimed at the best plan took 329 nodes; aimed at the cost
    // that decides ({@code goal}), the root ends at the same bound with a step 8 times longer for
    // its children, and the search takes 35. The optimum is SCIP's and CBC's (BENCHMARKS.md)
    Run run = atDefaultLimits(BatchInstances.week(7, 15, 100, false));
    ConflictSearch.Result result = run.result();
    assertTrue(run.search().feasible(result.assignedTo));
    assertTrue(result.optimal, "proven within the default work limit");
    assertEquals(128.561549, result.cost, 1e-6);
    assertEquals(35, result.nodes, "nodes");
  }

  @Test
  void theFirstEvaluationComputesEveryRowOfEachTable() {
    // one driver, two overlapping rides: one step, one row per ride worth more than the first
    // unit's penalty
    Batch batch = batch(List.of(ride("r-far", "m-0", at(10, 0), 60), ride("r-near", "m-9", at(10, 30), 60)),
        drivers(1));
    Run run = run(batch);
    assertEquals(1, run.search().steps());
    assertEquals(2, run.search().rows());
    // a feasible flow needs no table at all
    Run apart = run(batch(List.of(ride("r-0", "m-0", at(10, 0), 60), ride("r-1", "m-9", at(14, 0), 60)),
        drivers(1)));
    assertEquals(0, apart.search().rows());
  }
}
