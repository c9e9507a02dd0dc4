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
   * The interval cut at the values the quantity can take: a mean of counts is never below 0, so
   * neither is the low end shown for it. The estimate, level and observations stay, and an end is
   * never cut past the estimate (a mean that rounding put a hair outside the range keeps its ends
   * at the estimate).
   *
   * @param lowest the lowest possible value, not NaN; may be negative infinity
   * @param highest the highest possible value, at least {@code lowest}; may be positive infinity
   * @return this interval if it lies within, else the cut interval
   * @throws IllegalArgumentException if a bound is NaN or {@code lowest > highest}
   */
  public Interval within(double lowest, double highest) {
    if (!(lowest <= highest)) {
      throw new IllegalArgumentException("lowest " + lowest + " must be at most highest " + highest);
    }
    double cutLow = Math.max(low, Math.min(lowest, estimate));
    double cutHigh = Math.min(high, Math.max(highest, estimate));
    return cutLow == low && cutHigh == high ? this
        : new Interval(estimate, cutLow, cutHigh, level, observations);
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
