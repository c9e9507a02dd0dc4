package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.util.Locale;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;

/**
 * The researcher's example: does leximin fairness spread helpers' load better than least-loaded?
 * Both strategies run on the same circles and needs (common random numbers) over a grid of circle
 * sizes and acceptance rates (the built-in {@code fairness-grid} scenario, made smaller here so it
 * runs in seconds), and the paired difference in the load's Gini coefficient is printed with its
 * 95 % interval for each grid point.
 */
public final class FairnessStudyExample {

  private FairnessStudyExample() {}

  /**
   * Runs the study and prints one line per grid point.
   *
   * @param out where to print, not null
   * @return the result
   */
  public static ExperimentResult run(PrintStream out) {
    Scenario study = ScenarioFiles.builtIn("fairness-grid")
        .with("population.circles", 8)
        .with("experiment.days", 120)
        .with("experiment.replications", 4);
    ExperimentResult result = Simulation.run(study);
    out.println("Gini of helpers' loads, leximin minus least-loaded (95% interval, paired):");
    for (PairedDifference d : result.differences()) {
      if (d.output() == Output.LOAD_GINI) {
        out.println(String.format(Locale.ROOT, "  %-70s %s", d.baseline().label(),
            d.paired().map(i -> i.format(4)).orElse("n/a")));
      }
    }
    return result;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
