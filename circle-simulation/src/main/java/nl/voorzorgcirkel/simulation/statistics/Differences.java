package nl.voorzorgcirkel.simulation.statistics;

import java.util.Objects;
import java.util.Optional;

/**
 * Differences between two alternatives observed in the same replications, after SSJ's common
 * random numbers: the paired interval (on the replication-by-replication differences) and, to
 * show what pairing gains, the unpaired Welch interval (on the two tallies alone). Stateless.
 *
 * @since 0.1.0
 */
public final class Differences {

  private Differences() {}

  /**
   * The paired confidence interval of {@code treatment - baseline}: a Student's t interval on the
   * differences of the replications where both exist.
   *
   * @param baseline one observation per replication (NaN where it does not exist), not null
   * @param treatment the same replications under the other alternative, not null, same length
   * @param level the confidence level, above 0 and below 1
   * @return the interval, or empty with fewer than two replications where both exist
   */
  public static Optional<Interval> paired(double[] baseline, double[] treatment, double level) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(treatment, "treatment");
    if (baseline.length != treatment.length) {
      throw new IllegalArgumentException("paired observations need the same replications");
    }
    Tally differences = new Tally();
    for (int i = 0; i < baseline.length; i++) {
      differences.add(treatment[i] - baseline[i]);
    }
    return differences.interval(level);
  }

  /**
   * The unpaired (Welch) confidence interval of {@code mean(treatment) - mean(baseline)}, with the
   * Welch-Satterthwaite degrees of freedom: what the interval would be without common random
   * numbers.
   *
   * @param baseline the baseline's observations, not null
   * @param treatment the other alternative's, not null
   * @param level the confidence level, above 0 and below 1
   * @return the interval, or empty if either tally has fewer than two observations
   */
  public static Optional<Interval> unpaired(Tally baseline, Tally treatment, double level) {
    Tally.checkLevel(level);
    long n1 = baseline.count();
    long n2 = treatment.count();
    if (n1 < 2 || n2 < 2) {
      return Optional.empty();
    }
    double v1 = baseline.variance() / n1;
    double v2 = treatment.variance() / n2;
    double estimate = treatment.mean() - baseline.mean();
    double se = Math.sqrt(v1 + v2);
    if (se == 0) {
      return Optional.of(new Interval(estimate, estimate, estimate, level, n1 + n2));
    }
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    double half = Tally.quantile(level, df) * se;
    return Optional.of(new Interval(estimate, estimate - half, estimate + half, level, n1 + n2));
  }
}
