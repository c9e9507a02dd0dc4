package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Forming circles from a city-wide pool of 30,000 candidates in 60 neighbourhoods. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class FormationBenchmark {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private List<Candidate> pool;

  @Setup(Level.Trial)
  public void setUp() {
    pool = RandomPools.pool(30_000, 30_000, 60);
    FormationPolicy policy = FormationPolicy.standard();
    System.out.printf("%ncompact growth: %s%nbaseline:       %s%n",
        FormationAlgorithms.compactGrowth(policy, 1).form(pool, ON).quality(),
        FormationAlgorithms.nearestNeighbourBaseline(policy).form(pool, ON).quality());
  }

  @Benchmark
  public FormationResult compactGrowth() {
    return FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(pool, ON);
  }

  @Benchmark
  public FormationResult nearestNeighbourBaseline() {
    return FormationAlgorithms.nearestNeighbourBaseline(FormationPolicy.standard()).form(pool, ON);
  }
}
