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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The week at set times ({@code BatchInstances.week(7, ...)}, as {@link TimedBatchBenchmark}, and
 * the same week with every request at a set time)
 * solved exactly by ours and by general solvers through Google OR-Tools on the same problem
 * ({@link OrToolsWeeks}): SCIP and CBC as a mixed-integer programme ({@link MipModel}, one
 * thread), CP-SAT with 1 and 2 workers ({@link CpSatModel}). Each peer's call starts where ours
 * does, from the requests and the snapshot: it ranks them and reads the batch ({@link
 * #rankAndBatch} alone, to take apart), builds its model and solves it to the proven optimum;
 * 400 x 60 with the 2-second time limit ours gets. The set-up prints what each returned.
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

  private BatchInstances.Instance instance;
  private BatchAssignment batch;
  /** The time limit of every solver, in milliseconds (0: none). */
  private long limit;

  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x");
    instance = BatchInstances.week(7, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]),
        week.equals("some-flexible"));
    limit = parts[0].equals("100") ? 0 : 2_000;
    batch = limit == 0 ? BatchAssignment.standard() : BatchAssignment.builder().timeLimit(Duration.ofMillis(limit)).build();
    AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
    WeekProblem problem = OrToolsWeeks.of(plan.batch());
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
    return batch.plan(instance.requests(), instance.snapshot());
  }

  /** What every peer's call starts with: each request ranked, the batch read off the rankings. */
  @Benchmark
  public WeekProblem rankAndBatch() {
    return OrToolsWeeks.of(OrToolsWeeks.batchOf(instance.requests(), instance.snapshot()));
  }

  @Benchmark
  public PeerResult scip() {
    return MipModel.solve(rankAndBatch(), "SCIP", limit);
  }

  @Benchmark
  public PeerResult cbc() {
    return MipModel.solve(rankAndBatch(), "CBC", limit);
  }

  @Benchmark
  public PeerResult cpSat1() {
    return CpSatModel.solve(rankAndBatch(), 1, limit);
  }

  @Benchmark
  public PeerResult cpSat2() {
    return CpSatModel.solve(rankAndBatch(), 2, limit);
  }
}
