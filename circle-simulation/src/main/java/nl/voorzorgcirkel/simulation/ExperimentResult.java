package nl.voorzorgcirkel.simulation;

import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.statistics.Differences;
import nl.voorzorgcirkel.simulation.statistics.Tally;

/**
 * The result of an experiment: every design point's replications, with tallies and paired
 * differences built from them. Immutable and thread-safe.
 *
 * @param scenario the scenario run, not null
 * @param points the design points, in order, not null
 * @param months the measured calendar months, not null
 * @param replications per point (in the order of {@code points}), each replication's figures
 * @since 0.1.0
 */
public record ExperimentResult(Scenario scenario, List<DesignPoint> points, List<Month> months,
    List<List<ReplicationResult>> replications) {

  /** The confidence level of every interval in the reports. */
  public static final double LEVEL = 0.95;

  /**
   * A figure's observations at a point, one per replication (NaN where it does not exist).
   *
   * @param point the point's index
   * @param output the figure, not null
   * @return a new array
   */
  public double[] values(int point, Output output) {
    return replications.get(point).stream().mapToDouble(r -> r.value(output)).toArray();
  }

  /**
   * A figure's tally over the replications at a point.
   *
   * @param point the point's index
   * @param output the figure, not null
   * @return a new tally
   */
  public Tally tally(int point, Output output) {
    return Tally.of(values(point, output));
  }

  /**
   * A monthly figure's tally over the replications at a point.
   *
   * @param point the point's index
   * @param output the figure, not null
   * @param month the measured month, from 0
   * @return a new tally
   */
  public Tally tally(int point, MonthlyOutput output, int month) {
    return Tally.of(replications.get(point).stream().mapToDouble(r -> r.monthly(output, month)).toArray());
  }

  /**
   * The figures this experiment reports ({@link Output#reported}): without the contact figures
   * unless the scenario has a {@code contact} section.
   *
   * @return the figures, in declaration order
   */
  public List<Output> outputs() {
    return Output.reported(scenario);
  }

  /**
   * The monthly figures this experiment reports ({@link MonthlyOutput#reported}).
   *
   * @return the figures, in declaration order
   */
  public List<MonthlyOutput> monthlyOutputs() {
    return MonthlyOutput.reported(scenario);
  }

  /**
   * Whether the experiment compares values of a field.
   *
   * @return true if the scenario has {@code experiment.compare}
   */
  public boolean hasComparison() {
    return scenario.experiment().compare().isPresent();
  }

  /**
   * Every paired difference: for each design point, each compared value against the baseline, for
   * each figure. Empty without a comparison.
   *
   * @return the differences, by design point, value and figure
   */
  public List<PairedDifference> differences() {
    List<PairedDifference> out = new ArrayList<>();
    if (!hasComparison()) {
      return out;
    }
    for (DesignPoint baseline : points) {
      if (baseline.compared() != 0) {
        continue;
      }
      for (DesignPoint treatment : points) {
        if (treatment.design() != baseline.design() || treatment.compared() == 0) {
          continue;
        }
        for (Output output : outputs()) {
          double[] a = values(baseline.index(), output);
          double[] b = values(treatment.index(), output);
          out.add(new PairedDifference(baseline, treatment, output,
              Differences.paired(a, b, LEVEL), Differences.unpaired(Tally.of(a), Tally.of(b), LEVEL)));
        }
      }
    }
    return out;
  }
}
