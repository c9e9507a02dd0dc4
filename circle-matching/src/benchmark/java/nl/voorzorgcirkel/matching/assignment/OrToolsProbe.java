package nl.voorzorgcirkel.matching.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nl.voorzorgcirkel.matching.benchmarks.ortools.CpSatModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.MipModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.PeerResult;
import nl.voorzorgcirkel.matching.benchmarks.ortools.WeekProblem;
import nl.voorzorgcirkel.matching.ranking.HardRules;

/**
 * Not a benchmark: a probe that solves weeks with our batch ({@code BatchAssignment.standard()},
 * the whole plan) and with OR-Tools (SCIP, CBC, HiGHS through {@code MPSolver}; CP-SAT with 1 and 2
 * workers) on the same {@link WeekProblem}, checks that each plan keeps the other side's
 * constraints and that proven optima agree, and prints per seed each one's objective (the cost
 * without the unplaced penalties), units placed, whether proven, and time: ours the whole call,
 * the peers building the model and solving it (the ranking and batch they start from are timed
 * apart, "rank"). Times are the fewest of {@code runs} runs, wall clock.
 *
 * <p>Arguments: {@code week requests members firstSeed lastSeed runs limitMillis} for {@link
 * BatchInstances#week} (default {@code week 100 15 1 20 3 60000}; ours gets the same time limit
 * there, and the default work limit unless {@code -Dwork=} sets another; flexible help's starts on
 * the quarter hour unless {@code -Dstep=} sets another grid in seconds; {@code -Dfixed=true} every
 * request at a set time), or {@code times members
 * requests firstSeed lastSeed} for the small weeks with trips, flexible requests and week
 * boundaries of {@link BatchInstances#withTimes} (equivalence only; a week with a flexible leg of a
 * trip, which the peers' model does not hold, is skipped and counted).
 */
final class OrToolsProbe {

  /** The peers, by {@code -Dpeers=}: MPSolver ids and CP-SAT with 1 and 2 workers. */
  private static final List<String> PEERS = List.of(System.getProperty("peers", "SCIP,CBC,HIGHS,CPSAT1,CPSAT2")
      .split(","));

  /** The grid of flexible help's start options, seconds, by {@code -Dstep=} (the quarter hour; 60 checks the grid). */
  private static final long STEP = Long.getLong("step", OrToolsWeeks.GRID);

  private OrToolsProbe() {}

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "week";
    int a = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int b = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int from = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int to = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    long limit = args.length > 6 ? Long.parseLong(args[6]) : 60_000;
    boolean week = mode.equals("week");
    // our default work limit unless -Dwork= sets another
    BatchAssignment ours = BatchAssignment.builder().timeLimit(java.time.Duration.ofMillis(limit))
        .workLimit(Long.getLong("work", BatchAssignment.DEFAULT_WORK_LIMIT)).build();
    if (week) {
      // warm our Java code a little first (the peers are native)
      BatchInstances.Instance warm = BatchInstances.week(7, b, a);
      for (int i = 0; i < 5; i++) {
        BatchAssignment.standard().plan(warm.requests(), warm.snapshot());
      }
    }
    int mismatches = 0;
    int skipped = 0;
    int disagreements = 0;
    List<String> names = new ArrayList<>();
    System.out.println("seed solver objective placed proven ms status check");
    for (int seed = from; seed <= to; seed++) {
      BatchInstances.Instance instance = week ? BatchInstances.week(seed, b, a, !Boolean.getBoolean("fixed"))
          : BatchInstances.withTimes(seed, a, b);
      AssignmentPlan plan = null;
      long oursNanos = Long.MAX_VALUE;
      for (int r = 0; r < (week ? runs : 1); r++) {
        long start = System.nanoTime();
        plan = ours.plan(instance.requests(), instance.snapshot());
        oursNanos = Math.min(oursNanos, System.nanoTime() - start);
      }
      Batch batch = plan.batch();
      if (OrToolsWeeks.flexibleTrip(batch)) {
        skipped++;
        System.out.printf("%d skipped: a trip with a flexible leg (not modelled)%n", seed);
        continue;
      }
      long rankNanos = Long.MAX_VALUE;
      for (int r = 0; r < (week ? runs : 1); r++) {
        long start = System.nanoTime();
        Batch again = OrToolsWeeks.batchOf(instance.requests(), instance.snapshot());
        rankNanos = Math.min(rankNanos, System.nanoTime() - start);
        if (!Arrays.deepEquals(again.eligible, batch.eligible) || !Arrays.deepEquals(again.cost, batch.cost)) {
          throw new IllegalStateException("seed " + seed + ": the peers' batch differs from the plan's");
        }
      }
      WeekProblem problem = OrToolsWeeks.of(batch, STEP);
      long buffer = HardRules.DEFAULT_TRAVEL_BUFFER.toSeconds();
      ConflictSearch judge = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
          BatchAssignment.DEFAULT_LOAD_PENALTY, buffer, 1, 0, System::nanoTime);
      int[] oursPlan = plan.solution().assignedTo;
      double oursCost = plan.networkCost();
      String oursCheck = check(problem, judge, oursPlan);
      if (Math.abs(problem.totalCost(oursPlan) - oursCost) > 1e-9 * oursCost) {
        oursCheck += ", cost " + problem.totalCost(oursPlan) + " against " + oursCost;
      }
      int uncovered = OrToolsWeeks.uncovered(batch, problem, buffer);
      boolean trips = Arrays.stream(batch.legs).anyMatch(l -> l.length > 1);
      long flexible = Arrays.stream(batch.fixedFrom).filter(f -> f.length == 0).count();
      System.out.printf("%d model: %d units (trips: %s, without set time: %d), %d nodes, %d arcs, %d cliques"
          + " (pairs missed: %d), %d hours rows, across weeks: %s, U %.6f, rank+batch %.1f ms%n", seed,
          problem.units, trips, flexible, problem.nodes, problem.arcs(), problem.cliques.size(), uncovered,
          problem.hours.size(), batch.spansWeeks(), problem.unplacedCost, rankNanos / 1e6);
      System.out.printf("%d ours %.6f %d %s %.1f %s %s%n", seed, plan.objective(), WeekProblem.placed(oursPlan),
          plan.isProvenOptimal() ? "yes" : "no(gap " + String.format("%.6f", plan.optimalityGap()) + ")",
          oursNanos / 1e6, plan.searchNodes() + "nodes", oursCheck);
      List<Supplier<PeerResult>> peers = new ArrayList<>();
      for (String id : PEERS) {
        peers.add(id.startsWith("CPSAT") ? () -> CpSatModel.solve(problem, Integer.parseInt(id.substring(5)), limit)
            : () -> MipModel.solve(problem, id, limit));
      }
      List<PeerResult> proven = new ArrayList<>();
      for (Supplier<PeerResult> peer : peers) {
        PeerResult best = null;
        PeerResult first = null;
        for (int r = 0; r < (week ? runs : 1); r++) {
          PeerResult result = peer.get();
          if (result == null) {
            break;
          }
          first = first == null ? result : first;
          best = best == null || result.millis() < best.millis() ? result : best;
          if (!result.proven()) {
            break; // stopped by the limit: its time is the limit
          }
        }
        if (first == null) {
          continue;
        }
        double tolerance = first.solver().startsWith("CP-SAT") ? 2e-6 * problem.units : 0;
        String verdict = compare(plan, oursCost, first, problem, judge, tolerance);
        mismatches += verdict.contains("MISMATCH") ? 1 : 0;
        System.out.printf("%d %s %.6f %d %s %.1f (build %.1f) %s %s%n", seed, first.solver().replace(' ', '_'),
            objective(problem, first), first.placed(), first.proven() ? "yes" : "no(bound " + String.format("%.6f",
                first.bound() - problem.unplacedCost * (problem.units - first.placed())) + ")",
            best.millis(), best.buildNanos() / 1e6, first.status(), verdict);
        if (!names.contains(first.solver())) {
          names.add(first.solver());
        }
        if (first.proven()) {
          proven.add(first);
        }
      }
      // the peers that proved an optimum against one another (a solver's own tolerances)
      for (PeerResult p : proven) {
        for (PeerResult q : proven) {
          double slack = 2e-6 * problem.units + 1e-6 * Math.max(1.0, objective(problem, q));
          if (p.cost() > q.cost() + slack) {
            disagreements++;
            System.out.printf("%d PEERS DISAGREE: %s proves %.6f, %s %.6f (%d against %d placed)%n", seed,
                p.solver(), objective(problem, p), q.solver(), objective(problem, q), p.placed(), q.placed());
          }
        }
      }
    }
    System.out.println("peers: " + names + "; weeks skipped: " + skipped + "; mismatches with ours: " + mismatches
        + "; proven optima of two peers that differ: " + disagreements);
  }

  /** A plan's cost without its unplaced penalties (our {@link AssignmentPlan#objective()}). */
  private static double objective(WeekProblem problem, PeerResult result) {
    return result.cost() - problem.unplacedCost * (problem.units - result.placed());
  }

  /** Whether a plan keeps both sides' constraints: the problem's, and our search's. */
  private static String check(WeekProblem problem, ConflictSearch judge, int[] plan) {
    String broken = problem.violation(plan);
    if (broken != null) {
      return "MISMATCH: breaks the model: " + broken;
    }
    return judge.feasible(plan) ? "feasible" : "MISMATCH: our search calls it infeasible";
  }

  /**
   * The peer against ours. Where both are proven: the same number placed and objectives within
   * 10^-6 of ours, relative (MIP) or within {@code tolerance} (CP-SAT's rounding). Otherwise what
   * one side's proof says of the other's plan.
   */
  private static String compare(AssignmentPlan plan, double oursCost, PeerResult peer, WeekProblem problem,
      ConflictSearch judge, double tolerance) {
    String feasible = check(problem, judge, peer.plan());
    if (!feasible.equals("feasible")) {
      return feasible;
    }
    double slack = Math.max(tolerance, 1e-6 * Math.max(1.0, plan.objective()));
    double ours = oursCost;
    double theirs = peer.cost();
    double theirObjective = objective(problem, peer);
    if (plan.isProvenOptimal() && theirs < ours - slack) {
      return "MISMATCH: OURS NOT OPTIMAL: the peer's plan costs " + theirs + " < " + ours;
    }
    if (peer.proven() && ours < theirs - slack) {
      return "MISMATCH: the peer's proven plan costs " + theirs + " > ours " + ours;
    }
    if (plan.isProvenOptimal() && peer.proven()) {
      return WeekProblem.placed(peer.plan()) == WeekProblem.placed(plan.solution().assignedTo)
          ? String.format("= (difference %.2e)", theirs - ours) : "MISMATCH: placed differs";
    }
    if (peer.proven()) {
      double oursBound = plan.solution().bound;
      return theirs < oursBound - slack ? "MISMATCH: below our bound " + oursBound
          : String.format("peer proves %.6f, %.6f below ours, within our bound", theirObjective, ours - theirs);
    }
    if (plan.isProvenOptimal() && peer.bound() > ours + slack) {
      return "MISMATCH: the peer's bound " + peer.bound() + " is above our optimum " + ours;
    }
    return String.format("neither proven / peer stopped: %+.6f against ours", theirs - ours);
  }
}
