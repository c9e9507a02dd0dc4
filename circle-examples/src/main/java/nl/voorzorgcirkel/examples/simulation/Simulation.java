package nl.voorzorgcirkel.examples.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a scenario: every circle of every replication is an independent task with its own random
 * stream, derived from the master seed and the (replication, circle) pair alone, never from a
 * thread; results are combined in a fixed order. So the same scenario and seed give the same
 * report whatever the number of threads. Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Simulation {

  private Simulation() {}

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario, not null
   * @param threads how many circles run at once, 1 or more
   * @return the report
   */
  public static SimulationReport run(Scenario scenario, int threads) {
    return run(scenario, threads, (done, total) -> { });
  }

  /**
   * Runs a scenario and reports progress.
   *
   * @param scenario the scenario, not null
   * @param threads how many circles run at once, 1 or more
   * @param progress told after each circle's run, in a fixed order, with the number done and the
   *     total; called from the calling thread; not null
   * @return the report
   */
  public static SimulationReport run(Scenario scenario, int threads, Progress progress) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    List<List<CircleResult>> perReplication = results(scenario, threads, progress, false);
    List<SimulationReport.Replication> replications = new ArrayList<>();
    for (List<CircleResult> circles : perReplication) {
      replications.add(SimulationReport.Replication.of(circles));
    }
    return new SimulationReport(scenario, replications);
  }

  /** Every circle's result, by replication then circle. */
  /** Every circle's result with its requests and ledger kept, for checks. */
  static List<List<CircleResult>> results(Scenario scenario, int threads) {
    return results(scenario, threads, (done, total) -> { }, true);
  }

  /** Told how many circle runs are done out of how many. */
  @FunctionalInterface
  public interface Progress {
    /**
     * One more circle run is done.
     *
     * @param done circle runs done so far, 1 or more
     * @param total circle runs in all
     */
    void completed(int done, int total);
  }

  private static List<List<CircleResult>> results(Scenario scenario, int threads, Progress progress,
      boolean keepDetails) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<Future<CircleResult>>> futures = new ArrayList<>();
      for (int r = 0; r < scenario.replications(); r++) {
        List<Future<CircleResult>> circles = new ArrayList<>();
        for (int c = 0; c < scenario.circles(); c++) {
          SplittableRandom stream = new SplittableRandom(streamSeed(scenario.seed(), r, c));
          int circle = c;
          circles.add(pool.submit(() -> {
            // a large run keeps only the figures, not every request's history
            return new CircleRun(scenario, circle, stream, keepDetails).run();
          }));
        }
        futures.add(circles);
      }
      List<List<CircleResult>> results = new ArrayList<>();
      int total = scenario.replications() * scenario.circles();
      int finished = 0;
      for (List<Future<CircleResult>> circles : futures) {
        List<CircleResult> done = new ArrayList<>();
        for (Future<CircleResult> f : circles) {
          done.add(f.get());
          progress.completed(++finished, total);
        }
        results.add(done);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a circle's simulation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A seed for one (replication, circle) stream: SplitMix64 of the pair mixed into the master. */
  static long streamSeed(long master, int replication, int circle) {
    return mix(master ^ mix(0x9E3779B97F4A7C15L * (replication + 1L) + 0xC2B2AE3D27D4EB4FL * (circle + 1L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
