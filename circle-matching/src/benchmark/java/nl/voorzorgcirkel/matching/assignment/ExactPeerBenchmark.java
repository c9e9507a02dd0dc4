package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.voorzorgcirkel.matching.benchmarks.ortools.CpSatModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.MipModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.PeerResult;
import nl.voorzorgcirkel.matching.benchmarks.ortools.WeekProblem;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The week at set times ({@code BatchInstances.week(7, ...)}, as {@link TimedBatchBenchmark}, and
 * the same week with every request at a set time)
 * solved exactly by ours and by general solvers through Google OR-Tools on the same problem
 * ({@link OrToolsWeeks}): SCIP and CBC as a mixed-integer programme ({@link MipModel}, one
 * thread), CP-SAT with 1 and 2 workers ({@link CpSatModel}). Each peer's call starts where ours
 * does, from the requests and the snapshot: it ranks them and reads the batch ({@link
 * #rankAndBatch} alone, to take apart), builds its model and solves it to the proven optimum;
 * 400 x 60 with the 2-second time limit ours gets. The set-up prints what each returned. With
 * {@code budget} a number, every solver gets that time limit instead, and the tear-down prints
 * what the measured calls' plans were worth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExactPeerBenchmark {

  @Param({"100x15", "400x60"})
  public String size;

  /**
   * {@code some-flexible}: the week as {@code BatchInstances.week} draws it, one request in ten
   * flexible within its day; {@code set-times}: the same week with every request at a set time,
   * the week issue 9's budget names ("fixed times and conflicts").
   */
  @Param({"some-flexible", "set-times"})
  public String week;

  /**
   * {@code default}: ours with the default limits on 100 x 15 and every solver with none (each to
   * the proven optimum), on 400 x 60 every solver with 2 s; a number: every solver with that time
   * limit in milliseconds (ours {@link BatchAssignment.Builder#timeLimit}, whose clock starts after
   * the ranking and the batch; a peer's from its solve, after the ranking, batch and model), what a
   * user gets within that budget. The tear-down prints, for each call measured, the plans' placed
   * count, reported gap and gap to the optimum of the set-up's plan without a budget.
   */
  @Param({"default"})
  public String budget;

  private BatchInstances.Instance instance;
  private BatchAssignment batch;
  /** The time limit of every solver, in milliseconds (0: none). */
  private long limit;
  /** The optimum's total cost (unplaced penalties included) and the problem, for the tear-down. */
  private double optimum;
  private WeekProblem problem;
  private int calls;
  private int unproven;
  private int fewer;
  private int optimumPlaced;
  private int noPlan;
  private int noBound;
  private double reportedSum;
  private double trueSum;
  private double trueMax;

  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x");
    instance = BatchInstances.week(7, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]),
        week.equals("some-flexible"));
    limit = parts[0].equals("100") ? 0 : 2_000;
    batch = limit == 0 ? BatchAssignment.standard() : BatchAssignment.builder().timeLimit(Duration.ofMillis(limit)).build();
    AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
    problem = OrToolsWeeks.of(plan.batch());
    optimum = plan.networkCost();
    optimumPlaced = plan.assignments().size();
    if (!budget.equals("default")) {
      limit = Long.parseLong(budget);
      batch = BatchAssignment.builder().timeLimit(Duration.ofMillis(limit)).build();
      System.out.printf("%nbudget %d ms for every solver; the optimum's cost %.6f (%s)%n", limit, optimum,
          plan.isProvenOptimal() ? "proven" : "not proven");
      return; // the peers' plans without a budget are printed by the default run
    }
    System.out.printf("%n%s, %s: %d units, %d member-weeks, %d arcs, %d cliques; ours: objective %.6f, %d placed, %s%n",
        size, week, problem.units, problem.nodes, problem.arcs(), problem.cliques.size(), plan.objective(),
        plan.assignments().size(), plan.isProvenOptimal() ? "proven" : String.format("gap at most %.6f",
            plan.optimalityGap()));
    for (PeerResult r : new PeerResult[] {scip(), cbc(), cpSat1(), cpSat2()}) {
      double objective = r.cost() - problem.unplacedCost * (problem.units - r.placed());
      double bound = r.bound() - problem.unplacedCost * (problem.units - r.placed());
      System.out.printf("%s: objective %.6f, %d placed, %s, %s, %.1f ms (build %.1f)%n", r.solver(), objective,
          r.placed(), r.status(), r.proven() ? "proven" : String.format("gap at most %.6f", objective - bound),
          r.millis(), r.buildNanos() / 1e6);
    }
  }

  /** Our whole plan: ranking each request, the flow, the branch and bound. */
  @Benchmark
  public AssignmentPlan ours() {
    AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
    count(plan.networkCost(), plan.assignments().size(), plan.isProvenOptimal(), plan.optimalityGap());
    return plan;
  }

  /** Counts one call's plan (its total cost and placed count); a few additions against a call of milliseconds. */
  private void count(double cost, int placed, boolean proven, double reported) {
    calls++;
    unproven += proven ? 0 : 1;
    fewer += placed < optimumPlaced ? 1 : 0;
    reportedSum += reported;
    trueSum += cost - optimum;
    trueMax = Math.max(trueMax, cost - optimum);
  }

  private PeerResult count(PeerResult r) {
    if (!r.status().equals("OPTIMAL") && !r.status().equals("FEASIBLE")) {
      calls++;
      unproven++;
      noPlan++;
      return r;
    }
    boolean bounded = Math.abs(r.bound()) < 1e19;
    noBound += bounded ? 0 : 1;
    count(r.cost(), r.placed(), r.proven(), bounded ? Math.max(0, r.objective() - r.bound()) : 0);
    return r;
  }

  /** What the calls of a trial returned (warm-up included). */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (calls > 0) {
      int plans = calls - noPlan;
      System.out.printf("%n%d calls: %d without a plan, %d not proven, %d placed fewer than the optimum (%d),"
          + " %d without a bound; over the plans, reported gap mean %.4g (those with a bound), true gap mean %.4g,"
          + " max %.4g%n", calls, noPlan, unproven, fewer, optimumPlaced, noBound, reportedSum / plans,
          trueSum / plans, trueMax);
    }
  }

  /** What every peer's call starts with: each request ranked, the batch read off the rankings. */
  @Benchmark
  public WeekProblem rankAndBatch() {
    return OrToolsWeeks.of(OrToolsWeeks.batchOf(instance.requests(), instance.snapshot()));
  }

  @Benchmark
  public PeerResult scip() {
    return count(MipModel.solve(rankAndBatch(), "SCIP", limit));
  }

  @Benchmark
  public PeerResult cbc() {
    return count(MipModel.solve(rankAndBatch(), "CBC", limit));
  }

  @Benchmark
  public PeerResult cpSat1() {
    return count(CpSatModel.solve(rankAndBatch(), 1, limit));
  }

  @Benchmark
  public PeerResult cpSat2() {
    return count(CpSatModel.solve(rankAndBatch(), 2, limit));
  }
}
