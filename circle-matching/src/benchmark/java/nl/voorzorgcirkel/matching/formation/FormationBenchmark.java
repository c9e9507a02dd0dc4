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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import nl.voorzorgcirkel.testing.matching.RandomPools;

/**
 * Forming circles from a city-wide pool of 30,000 candidates in 60 neighbourhoods: the pool of
 * earlier runs ({@code plain}: no names, no buildings), and the same city with named
 * neighbourhoods and 30 % of candidates in buildings ({@code named-buildings}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class FormationBenchmark {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  @Param({"plain", "named-buildings"})
  public String pool;

  private List<Candidate> candidates;

  @Setup(Level.Trial)
  public void setUp() {
    candidates = pool.equals("plain") ? RandomPools.pool(30_000, 30_000, 60) : RandomPools.city(30_000, 30_000, 60, true, 0.3);
    FormationPolicy policy = FormationPolicy.standard();
    System.out.printf("%n%s pool%nrecursive bisection: %s%ncompact growth:      %s%nbaseline:            %s%n",
        pool,
        FormationAlgorithms.recursiveBisection(policy, 1).form(candidates, ON).quality(),
        FormationAlgorithms.compactGrowth(policy, 1).form(candidates, ON).quality(),
        FormationAlgorithms.nearestNeighbourBaseline(policy).form(candidates, ON).quality());
  }

  @Benchmark
  public FormationResult recursiveBisection() {
    return FormationAlgorithms.recursiveBisection(FormationPolicy.standard(), 1).form(candidates, ON);
  }

  @Benchmark
  public FormationResult compactGrowth() {
    return FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(candidates, ON);
  }

  @Benchmark
  public FormationResult nearestNeighbourBaseline() {
    return FormationAlgorithms.nearestNeighbourBaseline(FormationPolicy.standard()).form(candidates, ON);
  }
}
