package nl.voorzorgcirkel.simulation.statistics;

import java.util.Locale;

/**
 * A confidence interval for a mean: the estimate and the interval around it. Immutable.
 *
 * @param estimate the point estimate (the mean)
 * @param low the lower end, at most {@code estimate}
 * @param high the upper end, at least {@code estimate}
 * @param level the confidence level, such as 0.95
 * @param observations the observations it rests on, 2 or more
 * @since 0.1.0
 */
public record Interval(double estimate, double low, double high, double level, long observations) {

  /**
   * Half the interval's width.
   *
   * @return {@code (high - low) / 2}, 0 or more
   */
  public double halfWidth() {
    return (high - low) / 2;
  }

  /**
   * Whether a value lies within the interval, ends included.
   *
   * @param value the value
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /**
   * Whether the interval leaves out 0: the difference it estimates is significant at its level.
   *
   * @return true if 0 lies outside
   */
  public boolean excludesZero() {
    return !contains(0);
  }

  /**
   * The interval as {@code estimate [low, high]} with a number of decimals.
   *
   * @param decimals decimals, 0 to 10
   * @return the text
   */
  public String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", estimate, low, high);
  }
}
