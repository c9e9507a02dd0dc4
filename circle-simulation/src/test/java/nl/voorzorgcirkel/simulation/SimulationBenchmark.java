package nl.voorzorgcirkel.simulation;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;

/**
 * A benchmark main (not a test): a warm-up run, then one year of the {@code netherlands} scenario
 * at a tenth, a quarter and half of its circles (cost against size) and whole (280,000 circles,
 * 3.5 million members), reporting wall time, requests a second, allocation per request (from the
 * collector's notifications: what each young collection found in the young generation) and the
 * heap after each run. Run it with the command in BENCHMARKS.md, which gives the heap. A second
 * argument names a file for the national year's summary, to compare two builds byte for byte.
 */
public final class SimulationBenchmark {

  private SimulationBenchmark() {}

  /** Bytes allocated so far: what the collections freed or promoted, plus the young generation now. */
  private static final AtomicLong COLLECTED = new AtomicLong();

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    java.util.logging.Logger validator = java.util.logging.Logger.getLogger("org.hibernate.validator");
    validator.setLevel(java.util.logging.Level.WARNING);
    listen();
    int threads = Runtime.getRuntime().availableProcessors();
    Scenario national = ScenarioFiles.builtIn("netherlands");
    System.out.println("# threads " + threads + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
        + " MiB, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    run("warm-up", national.with("population.circles", 4_000).with("experiment.days", 90), threads);
    String only = args.length > 0 ? args[0] : "all";
    if (!only.equals("national")) {
      for (int circles : new int[] {28_000, 70_000, 140_000}) {
        run("netherlands/" + 280_000 / circles, national.with("population.circles", circles), threads);
      }
    }
    ExperimentResult result = run("netherlands", national, threads);
    if (args.length > 1) {
      try {
        Files.writeString(Path.of(args[1]), Summary.of(result));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static ExperimentResult run(String name, Scenario scenario, int threads) {
    System.gc();
    long allocatedBefore = allocated();
    long start = System.nanoTime();
    ExperimentResult result = Simulation.run(scenario, threads, (done, total) -> { });
    double seconds = (System.nanoTime() - start) / 1e9;
    long allocated = allocated() - allocatedBefore;
    long requests = (long) result.values(0, Output.REQUESTS)[0];
    double members = result.values(0, Output.CIRCLE_SIZE_AT_END)[0] * scenario.population().circles();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.println(String.format(Locale.ROOT,
        "%-16s circles %,9d  members at the end %,11.0f  requests %,12d  %7.1f s  %,10.0f requests/s"
            + "  %,6.0f bytes allocated/request  heap in use after %,6d MiB  old generation peak %,6d MiB",
        name, scenario.population().circles(), members, requests, seconds, requests / seconds,
        (double) allocated / Math.max(1, requests), heap >> 20, oldPeak() >> 20));
    return result;
  }

  /** Sums, over young collections, the young generation's use before minus after: what was allocated. */
  private static void listen() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        Map<String, MemoryUsage> before = info.getGcInfo().getMemoryUsageBeforeGc();
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        long freed = 0;
        for (String pool : before.keySet()) {
          if (pool.contains("Eden")) {
            freed += before.get(pool).getUsed() - after.get(pool).getUsed();
          }
        }
        COLLECTED.addAndGet(freed);
      }, null, null);
    }
  }

  private static long allocated() {
    long eden = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().contains("Eden")) {
        eden += pool.getUsage().getUsed();
      }
    }
    return COLLECTED.get() + eden;
  }

  private static long oldPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().contains("Old")) {
        peak = Math.max(peak, pool.getPeakUsage().getUsed());
      }
    }
    return peak;
  }
}
