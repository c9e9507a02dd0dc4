package nl.voorzorgcirkel.examples.simulation;

import java.util.Locale;

/**
 * A benchmark main (not a test): one simulated year of the land-van-cuijk behaviour for growing
 * numbers of circles, from about a thousand members to about 3.5 million (the national scale),
 * after a warm-up run, reporting wall time, members and requests simulated per second. Run it with
 * the command in BENCHMARKS.md.
 */
public final class SimulationScaling {

  private SimulationScaling() {}

  public static void main(String[] args) {
    java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    int threads = Runtime.getRuntime().availableProcessors();
    Scenario base = Scenario.landVanCuijk().withHorizon(365, 1);
    Simulation.run(base.withCircles(200), threads); // warm-up
    System.out.println("circles,members,requests_after_warmup,seconds,members_per_second,requests_per_second");
    System.out.println("# threads " + threads + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    for (int circles : new int[] {80, 800, 8_000, 80_000, 280_000}) {
      long start = System.nanoTime();
      SimulationReport report = Simulation.run(base.withCircles(circles), threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      long members = Math.round(report.replications().get(0).meanFinalSize() * circles);
      long requests = report.replications().get(0).created();
      System.out.println(String.format(Locale.ROOT, "%d,%d,%d,%.2f,%.0f,%.0f", circles, members,
          requests, seconds, members / seconds, requests / seconds));
    }
  }
}
