package nl.voorzorgcirkel.simulation.statistics;

import java.util.Optional;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A tally of observations (one per replication, typically) with their mean, standard deviation and
 * Student's t confidence interval, after SSJ's {@code Tally}. Observations that do not exist (NaN:
 * a mean wait when nothing was helped) are counted apart and left out. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class Tally {

  private final DoubleStatistics statistics = DoubleStatistics.of(Statistic.MEAN, Statistic.VARIANCE);
  private long missing;

  /** An empty tally. */
  public Tally() {}

  /**
   * A tally of the given observations.
   *
   * @param values the observations, in order; NaN for one that does not exist; not null
   * @return the tally
   */
  public static Tally of(double... values) {
    Tally tally = new Tally();
    for (double v : values) {
      tally.add(v);
    }
    return tally;
  }

  /**
   * Adds an observation.
   *
   * @param value the observation; NaN for one that does not exist; not infinite
   * @throws IllegalArgumentException for an infinite value
   */
  public void add(double value) {
    if (Double.isNaN(value)) {
      missing++;
    } else if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("an observation must be finite");
    } else {
      statistics.accept(value);
    }
  }

  /**
   * The observations that exist.
   *
   * @return 0 or more
   */
  public long count() {
    return statistics.getCount();
  }

  /**
   * The observations that did not exist (NaN).
   *
   * @return 0 or more
   */
  public long missing() {
    return missing;
  }

  /**
   * The mean.
   *
   * @return the mean, or NaN without observations
   */
  public double mean() {
    return count() == 0 ? Double.NaN : statistics.getAsDouble(Statistic.MEAN);
  }

  /**
   * The sample standard deviation ({@code n - 1} in the denominator).
   *
   * @return 0 or more, or NaN with fewer than two observations
   */
  public double standardDeviation() {
    return count() < 2 ? Double.NaN : Math.sqrt(statistics.getAsDouble(Statistic.VARIANCE));
  }

  /**
   * The sample variance.
   *
   * @return 0 or more, or NaN with fewer than two observations
   */
  public double variance() {
    return count() < 2 ? Double.NaN : statistics.getAsDouble(Statistic.VARIANCE);
  }

  /**
   * The Student's t confidence interval of the mean: {@code mean ± t(level, n-1) s / sqrt(n)}.
   *
   * @param level the confidence level, above 0 and below 1, such as 0.95
   * @return the interval, or empty with fewer than two observations (one replication has no
   *     interval)
   */
  public Optional<Interval> interval(double level) {
    checkLevel(level);
    long n = count();
    if (n < 2) {
      return Optional.empty();
    }
    double half = quantile(level, n - 1) * standardDeviation() / Math.sqrt(n);
    double mean = mean();
    return Optional.of(new Interval(mean, mean - half, mean + half, level, n));
  }

  /** The two-sided Student's t quantile for a level and degrees of freedom. */
  static double quantile(double level, double degreesOfFreedom) {
    return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2);
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be above 0 and below 1");
    }
  }

  @Override
  public String toString() {
    return "Tally{n=" + count() + ", mean=" + mean() + ", sd=" + standardDeviation() + "}";
  }
}
