package nl.voorzorgcirkel.matching.assignment;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.voorzorgcirkel.matching.benchmarks.timefold.WeekConstraints;
import nl.voorzorgcirkel.matching.benchmarks.timefold.WeekHelper;
import nl.voorzorgcirkel.matching.benchmarks.timefold.WeekPlan;
import nl.voorzorgcirkel.matching.benchmarks.timefold.WeekTask;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A week of requests at set times ({@code BatchInstances.week}): our exact batch (ranking every
 * request, the flow, and the branch and bound on overlapping times), against Timefold Solver on
 * the same problem (same eligible helpers and pair costs from our rankings, same capacities, load
 * penalty and travel buffer): its construction heuristic timed here, and its local search with
 * time budgets reported in the set-up (their time is the budget).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimedBatchBenchmark {

  @Param({"100x15", "400x60"})
  public String size;

  private BatchInstances.Instance instance;
  private BatchAssignment batch;
  private AssignmentPlan plan;

  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x");
    instance = BatchInstances.week(7, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    // 400 x 60 is not solved to proven optimality in reasonable time: it runs with a time limit
    batch = parts[0].equals("100") ? BatchAssignment.standard()
        : BatchAssignment.builder().timeLimit(Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    plan = batch.plan(instance.requests(), instance.snapshot());
    System.out.printf("%n%s at set times: %d placed, %d unplaced, objective %.4f, %s, %d search nodes,"
        + " %.1f ms (first run)%n", size, plan.assignments().size(), plan.unplaced().size(), plan.objective(),
        plan.isProvenOptimal() ? "proven optimal" : String.format("gap at most %.4f", plan.optimalityGap()),
        plan.searchNodes(), (System.nanoTime() - start) / 1e6);
    for (long budget : new long[] {50, 500, 5_000}) {
      WeekPlan timefold = SolverFactory.<WeekPlan>create(config().withTerminationSpentLimit(Duration.ofMillis(budget)))
          .buildSolver().solve(problem());
      report("Timefold " + budget + " ms", timefold);
    }
    report("Timefold construction heuristic", timefoldConstruction());
  }

  private void report(String who, WeekPlan solved) {
    HardMediumSoftLongScore score = solved.getScore();
    System.out.printf("%s: hard %d, unassigned %d, soft %d; ours: unassigned %d, soft %d%n", who,
        score.hardScore(), -score.mediumScore(), score.softScore(), plan.unplaced().size(),
        -Math.round(1000 * ourSoft()));
  }

  /** Our plan's pair costs and load penalty as Timefold counts them (in thousandths, rounded). */
  private double ourSoft() {
    Batch b = plan.batch();
    double total = 0;
    for (int u = 0; u < b.units(); u++) {
      int node = plan.solution().assignedTo[u];
      if (node >= 0) {
        total += Math.round(1000 * plan.root().costOf(u, node)) / 1000.0;
      }
    }
    for (int k = 0; k < b.nodes(); k++) {
      double h = b.baseHours[k];
      int n = plan.solution().load[k];
      total += Math.round(1000 * WeekPlan.PENALTY * ((h + n) * (h + n) - h * h)) / 1000.0;
    }
    return total;
  }

  private static SolverConfig config() {
    return new SolverConfig().withSolutionClass(WeekPlan.class).withEntityClasses(WeekTask.class)
        .withConstraintProviderClass(WeekConstraints.class).withRandomSeed(7L);
  }

  /** The same problem for Timefold: helpers are our member-weeks, tasks our units. */
  private WeekPlan problem() {
    Batch b = plan.batch();
    int[] capacity = plan.root().capacity;
    List<WeekHelper> helpers = new ArrayList<>();
    for (int k = 0; k < b.nodes(); k++) {
      helpers.add(new WeekHelper("n" + k, capacity[k], b.baseHours[k]));
    }
    List<WeekTask> tasks = new ArrayList<>();
    for (int u = 0; u < b.units(); u++) {
      Map<String, Integer> costs = new HashMap<>();
      for (int i = 0; i < b.eligible[u].length; i++) {
        costs.put("n" + b.eligible[u][i], (int) Math.round(1000 * b.cost[u][i]));
      }
      long from = b.fixedFrom[u].length == 0 ? 0 : b.fixedFrom[u][0];
      long to = b.fixedFrom[u].length == 0 ? 0 : b.fixedTo[u][0];
      tasks.add(new WeekTask("u" + u, from, to, costs));
    }
    return new WeekPlan(helpers, tasks);
  }

  /** Our whole plan: ranking each request, the flow, the branch and bound. */
  @Benchmark
  public AssignmentPlan oursExactPlan() {
    return batch.plan(instance.requests(), instance.snapshot());
  }

  /** Timefold's construction heuristic (first fit decreasing), without local search. */
  @Benchmark
  public WeekPlan timefoldConstruction() {
    return SolverFactory.<WeekPlan>create(config().withPhases(new ConstructionHeuristicPhaseConfig()))
        .buildSolver().solve(problem());
  }
}
