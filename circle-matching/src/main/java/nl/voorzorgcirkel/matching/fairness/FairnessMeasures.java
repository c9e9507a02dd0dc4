package nl.voorzorgcirkel.matching.fairness;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Spread;

/**
 * How evenly a circle's load is spread, over a vector of loads (one per member, any unit, each 0
 * or more).
 *
 * <p>The measures answer different questions and can disagree. On the schedules (5,5,2,2,1) and
 * (6,3,3,2,1), the sum of squared deviations (so also the coefficient of variation), Jain's index
 * and the Gini coefficient all tie, while max/mean and leximin prefer the first: its busiest members
 * carry 5, not 6. Conversely two schedules with the same maximum tie on max/mean but may differ on
 * all others. Leximin is the finest: it only ties on schedules that are permutations of each
 * other. Use Gini or Jain to report spread, max/mean or leximin to protect the busiest helper.
 *
 * <p>All methods are pure, thread-safe and O(n) except leximin and Gini, which sort: O(n log n).
 * An empty vector or an all-zero vector counts as perfectly fair.
 *
 * @since 0.1.0
 */
public final class FairnessMeasures {

  private FairnessMeasures() {}

  /**
   * The Gini coefficient: mean absolute difference between all pairs divided by twice the mean.
   *
   * @param loads the loads, not null, each 0 or more
   * @return 0 (all equal) to {@code (n-1)/n} (one member carries everything)
   */
  public static double gini(double[] loads) {
    return Spread.gini(checked(loads));
  }

  /**
   * Jain's fairness index {@code (sum x)^2 / (n * sum x^2)}.
   *
   * @param loads the loads, not null, each 0 or more
   * @return {@code 1/n} (one member carries everything) to 1 (all equal)
   */
  public static double jain(double[] loads) {
    checked(loads);
    double sum = 0;
    double squares = 0;
    for (double x : loads) {
      sum += x;
      squares += x * x;
    }
    return squares == 0 ? 1.0 : sum * sum / (loads.length * squares);
  }

  /**
   * The largest load divided by the mean load.
   *
   * @param loads the loads, not null, each 0 or more
   * @return 1 (all equal) to n
   */
  public static double maxOverMean(double[] loads) {
    return Spread.maxOverMean(checked(loads));
  }

  /**
   * The coefficient of variation: population standard deviation over mean.
   *
   * @param loads the loads, not null, each 0 or more
   * @return 0 (all equal) or more
   */
  public static double coefficientOfVariation(double[] loads) {
    checked(loads);
    double mean = mean(loads);
    return mean == 0 ? 0.0 : Math.sqrt(sumOfSquaredDeviations(loads) / loads.length) / mean;
  }

  /**
   * The square root of the summed squared deviations from the mean.
   *
   * @param loads the loads, not null, each 0 or more
   * @return 0 (all equal) or more, in the loads' unit
   */
  public static double rootSumSquaredDeviations(double[] loads) {
    checked(loads);
    return Math.sqrt(sumOfSquaredDeviations(loads));
  }

  /**
   * Compares two schedules by leximin: the one whose largest load is smaller is fairer; on a tie,
   * the next largest, and so on.
   *
   * @param a a schedule, not null
   * @param b another schedule of the same length, not null
   * @return negative if {@code a} is fairer, positive if {@code b} is, 0 if their sorted loads are
   *     equal
   * @throws IllegalArgumentException if the lengths differ
   */
  public static int compareLeximin(double[] a, double[] b) {
    checked(a);
    checked(b);
    if (a.length != b.length) {
      throw Arguments.invalid("FairnessMeasures", "b", "sameLength", Map.of("length", a.length));
    }
    double[] sa = a.clone();
    double[] sb = b.clone();
    Arrays.sort(sa);
    Arrays.sort(sb);
    for (int i = sa.length - 1; i >= 0; i--) {
      int c = Double.compare(sa[i], sb[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static double mean(double[] loads) {
    double sum = 0;
    for (double x : loads) {
      sum += x;
    }
    return loads.length == 0 ? 0.0 : sum / loads.length;
  }

  private static double sumOfSquaredDeviations(double[] loads) {
    double mean = mean(loads);
    double sum = 0;
    for (double x : loads) {
      sum += (x - mean) * (x - mean);
    }
    return sum;
  }

  private static double[] checked(double[] loads) {
    Objects.requireNonNull(loads, "loads");
    for (int i = 0; i < loads.length; i++) {
      Arguments.finiteNotNegative(loads[i], "FairnessMeasures", "loads[" + i + "]");
    }
    return loads;
  }
}
