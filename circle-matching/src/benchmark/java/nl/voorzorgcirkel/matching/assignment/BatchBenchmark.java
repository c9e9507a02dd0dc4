package nl.voorzorgcirkel.matching.assignment;

import java.util.concurrent.TimeUnit;
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
 * Batch assignment of R requests over M members: our solver on the flow network, our whole plan
 * (ranking every request included), and JGraphT's capacity-scaling minimum-cost flow on the same
 * network expanded (graph building included: a user has to build it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {

  @Param({"100x15", "400x60"})
  public String size;

  private BatchInstances.Instance instance;
  private Network solved;
  private BatchAssignment batch;

  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x");
    // a stress week (a real circle gets a handful of requests a week): capacity 1 to 20 hours,
    // requests of 30 to 90 minutes, about one in ten members left, each offering about half of
    // four kinds of help
    instance = BatchInstances.instance(7, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]), 20, 3);
    batch = BatchAssignment.standard();
    AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
    solved = plan.root();
    double reference = BatchAssignmentOracleTest.jgraphtCost(solved);
    if (Math.abs(reference - plan.networkCost()) > 1e-6 * Math.max(1, reference)) {
      throw new IllegalStateException("optimum differs from JGraphT: " + plan.networkCost() + " vs " + reference);
    }
    System.out.printf("%n%s: %d placed, %d unplaced, objective %.4f, same optimum as JGraphT%n",
        size, plan.assignments().size(), plan.unplaced().size(), plan.objective());
  }

  /** Our solver alone, on the same network JGraphT gets. */
  @Benchmark
  public Network oursSolve() {
    Network network = new Network(solved.eligible, solved.cost, solved.baseLoad, solved.capacity, solved.penalty);
    for (int r = 0; r < network.requests; r++) {
      network.addNext();
    }
    return network;
  }

  /** Our whole plan: ranking each request, building the network, solving. */
  @Benchmark
  public AssignmentPlan oursPlanWithRanking() {
    return batch.plan(instance.requests(), instance.snapshot());
  }

  /** JGraphT: build the expanded network and solve it. */
  @Benchmark
  public double jgraphtMinCostFlow() {
    return BatchAssignmentOracleTest.jgraphtCost(solved);
  }
}
