package nl.voorzorgcirkel.core.internal;

import java.util.Arrays;

/**
 * How evenly loads are spread: the Gini coefficient and largest over mean, shared by matching's
 * fairness measures and the core's impact report so that both compute the same figure. Inputs are
 * checked by the callers (finite, 0 or more). Not API.
 */
public final class Spread {

  private Spread() {}

  /**
   * The Gini coefficient.
   *
   * @param loads the loads, each finite and 0 or more
   * @return 0 (all equal, empty or all zero) to {@code (n-1)/n}
   */
  public static double gini(double[] loads) {
    double[] sorted = loads.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      sum += sorted[i];
      weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
    }
    return sum == 0 ? 0.0 : weighted / (n * sum);
  }

  /**
   * The largest load over the mean load.
   *
   * @param loads the loads, each finite and 0 or more
   * @return 1 (all equal, empty or all zero) to n
   */
  public static double maxOverMean(double[] loads) {
    double sum = 0;
    double max = 0;
    for (double x : loads) {
      sum += x;
      max = Math.max(max, x);
    }
    return sum == 0 ? 1.0 : max / (sum / loads.length);
  }
}
