package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/**
 * The batch with time conflicts is exact: on every instance small enough to enumerate, its plan
 * costs what the best of all plans costs, found by trying every one.
 */
class ConflictExactnessTest {

  private static final long BUFFER = 15 * 60;

  /**
   * The least cost over every plan: each unit (request, or trip) with one of the members its
   * rankings allow, or unplaced; a plan counts only if no member is at two set times at once
   * (travel time between) and no member passes their capacity in hours in any week. Reads the
   * requests themselves for times, weeks and hours; it knows nothing of the solver's count of
   * units per member-week.
   */
  static double exhaustive(AssignmentPlan plan) {
    Batch batch = plan.batch();
    Network prices = plan.root();
    int units = batch.units();
    int[] choice = new int[units];
    double[] best = {Double.POSITIVE_INFINITY};
    enumerate(plan, prices, choice, 0, best);
    return units == 0 ? 0 : best[0];
  }

  private static void enumerate(AssignmentPlan plan, Network prices, int[] choice, int unit, double[] best) {
    Batch batch = plan.batch();
    if (unit == batch.units()) {
      int[] assignment = new int[choice.length];
      int[] load = new int[batch.nodes()];
      for (int u = 0; u < choice.length; u++) {
        assignment[u] = choice[u] < 0 ? Network.UNPLACED : batch.eligible[u][choice[u]];
        if (assignment[u] >= 0) {
          load[assignment[u]]++;
        }
      }
      double cost = prices.costOf(assignment, load);
      if (cost < best[0] && keepsTimesAndWeeks(plan, assignment)) {
        best[0] = cost;
      }
      return;
    }
    for (int i = -1; i < batch.eligible[unit].length; i++) {
      choice[unit] = i;
      enumerate(plan, prices, choice, unit + 1, best);
    }
  }

  /**
   * No member at two set times at once, no member past capacity in any week, and every member's
   * flexible help with starts that keep the rules ({@link #flexibleFits}).
   */
  static boolean keepsTimesAndWeeks(AssignmentPlan plan, int[] assignment) {
    Batch batch = plan.batch();
    CircleSnapshot snapshot = plan.snapshot();
    Map<MemberId, List<long[]>> times = new HashMap<>();
    Map<MemberId, Map<Instant, Long>> weeks = new HashMap<>();
    Map<MemberId, List<Integer>> helpOf = new TreeMap<>();
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] < 0) {
        continue;
      }
      MemberId member = batch.nodeMember.get(assignment[u]);
      for (int r : batch.legs[u]) {
        HelpRequest request = batch.requests.get(r);
        Instant start = plan.rankings().get(r).candidates().stream()
            .filter(c -> c.member().equals(member)).findFirst().orElseThrow()
            .earliestStart().orElseThrow();
        helpOf.computeIfAbsent(member, k -> new ArrayList<>()).add(r);
        weeks.computeIfAbsent(member, k -> new HashMap<>())
            .merge(CalendarWeeks.startOf(start, snapshot.zone()), request.expectedDuration().toSeconds(), Long::sum);
        if (!request.window().flexible()) {
          long from = request.window().start().getEpochSecond();
          times.computeIfAbsent(member, k -> new ArrayList<>())
              .add(new long[] {from, from + request.expectedDuration().toSeconds(), u});
        }
      }
    }
    for (List<long[]> list : times.values()) {
      for (int a = 0; a < list.size(); a++) {
        for (int b = a + 1; b < list.size(); b++) {
          long[] x = list.get(a);
          long[] y = list.get(b);
          if (x[2] != y[2] && x[0] < y[1] + BUFFER && y[0] < x[1] + BUFFER) {
            return false;
          }
        }
      }
    }
    for (Map.Entry<MemberId, Map<Instant, Long>> byMember : weeks.entrySet()) {
      Member member = snapshot.circle().member(byMember.getKey()).orElseThrow();
      for (Map.Entry<Instant, Long> week : byMember.getValue().entrySet()) {
        long given = snapshot.load(byMember.getKey(), week.getKey(),
            CalendarWeeks.endOf(week.getKey(), snapshot.zone())).toSeconds();
        if (given + week.getValue() > member.capacityPerWeek().toSeconds()) {
          return false;
        }
      }
    }
    for (Map.Entry<MemberId, List<Integer>> own : helpOf.entrySet()) {
      if (!flexibleFits(plan, own.getKey(), own.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The grid of starts {@link #flexibleFits} tries, in seconds. */
  private static final long GRID = 5 * 60;

  /**
   * Whether one member's flexible help has starts that keep the rules, by trying every start on a
   * five-minute grid, sharing no code with the search: each start no earlier than the ranked
   * earliest start, in the request's window and the local week of that start, in one of the
   * member's weekly slots on a day they take part, and with the buffer (none between legs of one
   * trip) clear of the member's promises, of their help at set times and of each other. Every
   * time these instances draw is on the quarter hour, so the grid holds a start wherever one
   * exists (the earliest start after other help ends a buffer later is on it too).
   */
  static boolean flexibleFits(AssignmentPlan plan, MemberId id, List<Integer> requests) {
    Batch batch = plan.batch();
    CircleSnapshot snapshot = plan.snapshot();
    Member member = snapshot.circle().member(id).orElseThrow();
    List<long[]> busy = new ArrayList<>(); // from, to, trip hash (0: none)
    List<HelpRequest> flexible = new ArrayList<>();
    List<Instant> earliest = new ArrayList<>();
    for (int r : requests) {
      HelpRequest request = batch.requests.get(r);
      Instant at = plan.rankings().get(r).candidates().stream().filter(c -> c.member().equals(id)).findFirst()
          .orElseThrow().earliestStart().orElseThrow();
      if (request.window().flexible()) {
        flexible.add(request);
        earliest.add(at);
      } else {
        busy.add(new long[] {at.getEpochSecond(), at.getEpochSecond() + request.expectedDuration().toSeconds(),
            trip(request)});
      }
    }
    if (flexible.isEmpty()) {
      return true;
    }
    List<nl.voorzorgcirkel.core.commitment.Commitment> promised = snapshot.commitments().hasCommitments(id)
        ? snapshot.commitments().commitmentsOf(id) : List.of();
    List<List<Long>> options = new ArrayList<>();
    for (int i = 0; i < flexible.size(); i++) {
      HelpRequest request = flexible.get(i);
      long length = request.expectedDuration().toSeconds();
      long weekEnd = CalendarWeeks.endOf(earliest.get(i), snapshot.zone()).getEpochSecond();
      List<Long> starts = new ArrayList<>();
      for (long s = earliest.get(i).getEpochSecond(); s + length <= request.window().end().getEpochSecond()
          && s < weekEnd; s += GRID) {
        Instant from = Instant.ofEpochSecond(s);
        Instant to = from.plusSeconds(length);
        if (!member.earliestStartWithin(TimeWindow.fixed(from, to), request.expectedDuration())
            .equals(java.util.Optional.of(from))) {
          continue; // not in a slot, or on a day away
        }
        boolean clear = true;
        for (nl.voorzorgcirkel.core.commitment.Commitment c : promised) {
          Duration gap = request.trip().isPresent() && c.trip().equals(request.trip())
              ? Duration.ZERO : Duration.ofSeconds(BUFFER);
          clear &= c.request().equals(request.id()) || !c.overlaps(from, to, gap);
        }
        for (long[] b : busy) {
          clear &= !meets(s, s + length, trip(request), b);
        }
        if (clear) {
          starts.add(s);
        }
      }
      options.add(starts);
    }
    return place(flexible, options, 0, new ArrayList<>());
  }

  private static boolean place(List<HelpRequest> flexible, List<List<Long>> options, int i, List<long[]> placed) {
    if (i == flexible.size()) {
      return true;
    }
    HelpRequest request = flexible.get(i);
    long length = request.expectedDuration().toSeconds();
    for (long s : options.get(i)) {
      boolean clear = true;
      for (long[] b : placed) {
        clear &= !meets(s, s + length, trip(request), b);
      }
      if (clear) {
        placed.add(new long[] {s, s + length, trip(request)});
        if (place(flexible, options, i + 1, placed)) {
          return true;
        }
        placed.remove(placed.size() - 1);
      }
    }
    return false;
  }

  /** Whether help from {@code from} to {@code to} meets a busy period, with the buffer unless one trip. */
  private static boolean meets(long from, long to, long trip, long[] busy) {
    long gap = trip != 0 && trip == busy[2] ? 0 : BUFFER;
    return from < busy[1] + gap && busy[0] < to + gap;
  }

  private static long trip(HelpRequest request) {
    return request.trip().map(t -> (long) t.value().hashCode() | 1L << 40).orElse(0L);
  }

  /**
   * The batch's plan of an instance at load penalty 0, 0.05 or 0.5 ({@code penalty} 0 to 2): proven,
   * at the exhaustive search's optimum, and keeping every rule that search counts.
   */
  private static AssignmentPlan equalsExhaustive(BatchInstances.Instance instance, int penalty, long seed) {
    BatchAssignment batch = BatchAssignment.builder().loadPenalty(new double[] {0, 0.05, 0.5}[penalty]).build();
    AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
    double optimum = exhaustive(plan);
    assertTrue(plan.isProvenOptimal());
    assertEquals(optimum, plan.networkCost(), 1e-9 * Math.max(1, optimum), "seed " + seed);
    assertTrue(keepsTimesAndWeeks(plan, plan.solution().assignedTo), "the plan breaks a constraint, seed " + seed);
    return plan;
  }

  @Test
  void theBatchWithTimeConflictsEqualsAnExhaustiveSearch() {
    long[] seen = {0, 0, 0, 0};
    Props.property("batch-with-conflicts-equals-exhaustive-search", 1_000)
        .forAll(longs().all(), integers().between(2, 4), integers().between(1, 7), integers().between(0, 2))
        .checkAssert((seed, members, requests, penalty) -> {
          AssignmentPlan plan = equalsExhaustive(BatchInstances.withTimes(seed, members, requests), penalty, seed);
          assertEquals(plan, plan, "a plan equals itself");
          seen[0] += plan.searchNodes() > 0 ? 1 : 0;
          seen[1] += plan.assignments().size();
          seen[2] += plan.unplaced().size();
          seen[3] += plan.unplaced().stream().filter(x -> x.trip().isPresent()).count();
        });
    System.out.printf("batch with conflicts: %d of 1,000 plans needed the search; %d placed, %d unplaced"
        + " (%d legs of trips)%n", seen[0], seen[1], seen[2], seen[3]);
    assertTrue(seen[0] > 150, "too few instances with overlapping requests: " + seen[0]);
    assertTrue(seen[1] > 1_000 && seen[2] > 300, "instances too easy or too hard");
  }

  /**
   * The same with flexible help that has to find room (user test 10: the search counted flexible
   * help as taking no time, and its optimum could give a member flexible help with no start left
   * beside their other help): the batch equals an exhaustive search whose plans count only where
   * every member's flexible help has starts ({@link #flexibleFits}, on a grid, sharing no code with
   * the search), and the plan gives every flexible request such a start.
   */
  @Test
  void theBatchWithFlexibleHelpThatNeedsRoomEqualsAnExhaustiveSearch() {
    long[] seen = {0, 0, 0};
    Props.property("batch-with-narrow-flexible-help-equals-exhaustive-search", 500)
        .forAll(longs().all(), integers().between(2, 3), integers().between(2, 7), integers().between(0, 2))
        .checkAssert((seed, members, requests, penalty) -> {
          BatchInstances.Instance instance = BatchInstances.withNarrowFlexible(seed, members, requests);
          AssignmentPlan plan = equalsExhaustive(instance, penalty, seed);
          assertEquals(java.util.Set.of(), plan.startsToAgree(), "seed " + seed);
          seen[0] += plan.searchNodes() > 0 ? 1 : 0;
          seen[1] += plan.assignments().stream().filter(a -> instance.requests().stream()
              .anyMatch(r -> r.id().equals(a.request()) && r.window().flexible())).count();
          seen[2] += plan.unplaced().size();
        });
    System.out.printf("batch with flexible help that needs room: %d of 500 plans needed the search; %d flexible"
        + " placed, %d unplaced%n", seen[0], seen[1], seen[2]);
    assertTrue(seen[0] > 50 && seen[1] > 300, "instances too easy: " + java.util.Arrays.toString(seen));
  }

  @Test
  void theRepairKeepsEveryConstraintAndLeavesAnOptimalPlanAsItIs() {
    int[] searched = {0};
    Props.property("batch-repair-feasible-and-keeps-the-optimum", 300)
        .forAll(longs().all(), integers().between(2, 4), integers().between(2, 7))
        .checkAssert((seed, members, requests) -> {
          BatchInstances.Instance instance = BatchInstances.withTimes(seed, members, requests);
          Batch batch = BatchAssignment.standard().plan(instance.requests(), instance.snapshot()).batch();
          ConflictSearchKnownRunsTest.Run run = ConflictSearchKnownRunsTest.run(batch);
          ConflictSearch search = run.search();
          ConflictSearch.Result optimum = run.result();
          double tolerance = 1e-9 * Math.max(1, optimum.cost);
          // an optimal plan has no unit left out that could still be placed: the repair keeps it
          assertArrayEquals(optimum.assignedTo, search.repaired(optimum.assignedTo), "seed " + seed);
          // any proposal, however bad, comes out as a plan that keeps every constraint
          RandomModel random = new RandomModel(seed);
          int[] proposal = new int[batch.units()];
          for (int u = 0; u < proposal.length; u++) {
            int options = batch.eligible[u].length;
            int pick = random.between(-1, options - 1);
            proposal[u] = pick < 0 ? Network.UNPLACED : batch.eligible[u][pick];
          }
          int[] repaired = search.repaired(proposal);
          assertTrue(search.feasible(repaired), "seed " + seed);
          int[] load = new int[batch.nodes()];
          for (int u = 0; u < repaired.length; u++) {
            if (repaired[u] >= 0) {
              load[repaired[u]]++;
              assertTrue(load[repaired[u]] <= search.root().capacity[repaired[u]], "seed " + seed);
              assertTrue(proposal[u] < 0 || proposal[u] == repaired[u] || proposalConflicts(batch, proposal, u)
                  || search.root().capacity[proposal[u]] == 0 || tooLong(batch, u, proposal[u]),
                  "a unit moved though nothing was in its way, seed " + seed);
            }
          }
          // the search's own figures: the first plan no better than the optimum, the root's bound
          // between the flow's cost and the optimum
          assertTrue(search.firstCost() >= optimum.cost - tolerance, "seed " + seed);
          assertTrue(search.rootBound() <= optimum.cost + tolerance, "seed " + seed);
          assertTrue(search.rootBound() >= search.root().totalCost() - tolerance, "seed " + seed);
          searched[0] += optimum.nodes > 0 ? 1 : 0;
        });
    assertTrue(searched[0] > 30, "too few instances needed the search: " + searched[0]);
  }

  /** Whether a unit is longer than the hours its proposed member-week has left. */
  private static boolean tooLong(Batch batch, int unit, int node) {
    int i = java.util.Arrays.binarySearch(batch.eligible[unit], node);
    return batch.nodeSeconds[unit][i] > batch.remainingSeconds[node];
  }

  /** Whether the member proposed for a unit was proposed other units too (so the repair may move it). */
  private static boolean proposalConflicts(Batch batch, int[] proposal, int unit) {
    for (int u = 0; u < proposal.length; u++) {
      if (u != unit && proposal[u] >= 0 && batch.memberIndex[proposal[u]] == batch.memberIndex[proposal[unit]]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSearchStoppedEarlySaysSoAndBoundsTheGap() {
    int[] stopped = {0};
    int[] unproven = {0};
    Props.property("batch-stopped-early-reports-the-gap", 200)
        .forAll(longs().all(), integers().between(3, 8), integers().between(8, 25))
        .checkAssert((seed, members, requests) -> {
          BatchInstances.Instance instance = BatchInstances.withTimes(seed, members, requests);
          AssignmentPlan full = BatchAssignment.standard().plan(instance.requests(), instance.snapshot());
          AtomicLong clock = new AtomicLong();
          // a clock that moves on a second each time it is read: the limit of 2.5 s allows two nodes
          AssignmentPlan early = BatchAssignment.builder().timeLimit(Duration.ofMillis(2_500))
              .ticker(() -> clock.getAndAdd(1_000_000_000L)).build()
              .plan(instance.requests(), instance.snapshot());
          AssignmentPlan byNodes = BatchAssignment.builder().nodeLimit(1).build()
              .plan(instance.requests(), instance.snapshot());
          for (AssignmentPlan plan : List.of(early, byNodes)) {
            assertTrue(keepsTimesAndWeeks(plan, plan.solution().assignedTo), "feasible even when stopped");
            double optimum = full.networkCost();
            assertTrue(plan.networkCost() >= optimum - 1e-9, "better than the optimum?");
            assertTrue(plan.networkCost() - plan.optimalityGap() <= optimum + 1e-9 * Math.max(1, optimum),
                "the bound is above the optimum");
            if (!plan.isProvenOptimal()) {
              stopped[0]++;
              assertTrue(plan.optimalityGap() > 0);
              assertTrue(plan.optimalityGap() <= plan.networkCost() + 1e-9,
                  "no cost, so no bound, is below zero: the gap is at most the plan's cost");
              assertTrue(plan.toString().contains("gap="), plan.toString());
            } else {
              assertEquals(0.0, plan.optimalityGap());
              assertEquals(optimum, plan.networkCost(), 1e-9 * Math.max(1, optimum));
            }
          }
          // where hours bind for requests of many lengths even the standard node limit may stop it
          assertEquals(!full.isProvenOptimal(), full.toString().contains("gap="));
          unproven[0] += full.isProvenOptimal() ? 0 : 1;
        });
    assertTrue(stopped[0] > 10, "too few searches stopped early: " + stopped[0]);
    System.out.printf("searches stopped early: %d of 400; %d of 200 not proven optimal at the standard"
        + " node limit%n", stopped[0], unproven[0]);
  }
}
