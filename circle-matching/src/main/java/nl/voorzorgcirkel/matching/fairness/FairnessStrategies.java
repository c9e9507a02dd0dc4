package nl.voorzorgcirkel.matching.fairness;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Ready-made {@link FairnessStrategy} implementations. All are stateless, immutable and
 * thread-safe: they read the load a member gave and promised over the load window from the ledger
 * and the commitments, so the same snapshot always gives the same order.
 *
 * <table>
 *   <caption>Strategies</caption>
 *   <tr><th>strategy</th><th>asks first</th><th>priority</th></tr>
 *   <tr><td>{@link #none()}</td><td>nobody in particular</td><td>1 for all</td></tr>
 *   <tr><td>{@link #leastLoaded()}</td><td>who gave least help</td>
 *       <td>{@code 1 - load / max load}</td></tr>
 *   <tr><td>{@link #relativeToCapacity()}</td><td>who used least of the capacity they set</td>
 *       <td>{@code 1 - utilisation / max utilisation}</td></tr>
 *   <tr><td>{@link #deficitRoundRobin()}</td><td>who is furthest below their capacity-weighted
 *       share of all help given</td><td>deficit scaled to {@code [0, 1]}</td></tr>
 *   <tr><td>{@link #leximin()}</td><td>whose load after this request would be lowest</td>
 *       <td>by rank, {@code 1} first to {@code 0} last</td></tr>
 *   <tr><td>{@link #notificationFatigue()}</td><td>who was asked least often, whatever they
 *       answered</td><td>{@code 1 - asked / max asked}</td></tr>
 * </table>
 *
 * <p>Only {@link #notificationFatigue()} reads how often members were asked, and none reads how
 * often they said no: a decline is never a penalty, and asks are never help.
 *
 * <p>Deficit round robin (Shreedhar and Varghese, SIGCOMM 1995) normally keeps a counter per
 * member that grows by a quantum each round and shrinks with service. Here the counters are
 * derived from the ledger instead of kept: each member's quantum is their share of the circle's
 * capacity, their entitlement that share of all help given in the window, and their deficit the
 * entitlement minus what they gave. The result is the same order DRR converges to, without mutable
 * state.
 *
 * <p>For one request, leximin (minimise the largest load, then the next) orders members like
 * least-loaded counting the request itself ({@code load + duration}); it differs in using ranks,
 * so a member just below another gets a clearly lower priority however small the gap. In batch
 * assignment the two differ more; see {@code nl.voorzorgcirkel.matching.assignment}.
 *
 * @since 0.1.0
 */
public final class FairnessStrategies {

  private FairnessStrategies() {}

  /**
   * No fairness: every candidate gets priority 1 and the other scores decide.
   *
   * @return the strategy
   */
  public static FairnessStrategy none() {
    return (candidates, duration) -> {
      double[] out = new double[candidates.size()];
      Arrays.fill(out, 1.0);
      return out;
    };
  }

  /**
   * Least-loaded first.
   *
   * @return the strategy
   */
  public static FairnessStrategy leastLoaded() {
    return (candidates, duration) -> {
      double[] loads = new double[candidates.size()];
      for (int i = 0; i < loads.length; i++) {
        loads[i] = candidates.get(i).load().toSeconds();
      }
      return invertScaled(loads);
    };
  }

  /**
   * Lowest load relative to the capacity the member set first. A member without capacity who
   * helped anyway counts as fully used.
   *
   * @return the strategy
   */
  public static FairnessStrategy relativeToCapacity() {
    return (candidates, duration) -> {
      double[] use = new double[candidates.size()];
      for (int i = 0; i < use.length; i++) {
        use[i] = Math.min(candidates.get(i).utilisation(), 1e6);
      }
      return invertScaled(use);
    };
  }

  /**
   * Deficit round robin over the load window, as described above.
   *
   * @return the strategy
   */
  public static FairnessStrategy deficitRoundRobin() {
    return (candidates, duration) -> {
      double totalLoad = 0;
      double totalCapacity = 0;
      for (MemberLoad c : candidates) {
        totalLoad += c.load().toSeconds();
        totalCapacity += c.capacity().toSeconds();
      }
      double[] deficit = new double[candidates.size()];
      for (int i = 0; i < deficit.length; i++) {
        MemberLoad c = candidates.get(i);
        double share = totalCapacity > 0
            ? c.capacity().toSeconds() / totalCapacity
            : 1.0 / candidates.size();
        deficit[i] = share * (totalLoad + duration.toSeconds()) - c.load().toSeconds();
      }
      return scaled(deficit);
    };
  }

  /**
   * Leximin: rank by the load each candidate would have after this request, lowest first; equal
   * loads share a rank.
   *
   * @return the strategy
   */
  public static FairnessStrategy leximin() {
    return (candidates, duration) -> {
      int n = candidates.size();
      double[] after = new double[n];
      for (int i = 0; i < n; i++) {
        after[i] = candidates.get(i).load().plus(duration).toSeconds();
      }
      double[] distinct = Arrays.stream(after).distinct().sorted().toArray();
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        int rank = Arrays.binarySearch(distinct, after[i]);
        out[i] = distinct.length == 1 ? 1.0 : 1.0 - (double) rank / (distinct.length - 1);
      }
      return out;
    };
  }

  /**
   * Spreads the asking: members asked least often over the load window first, so that the same
   * willing few are not asked again and again (notification fatigue; Manshadi and Rodilitz,
   * "Online volunteer notification", Management Science 2022). Combine it with a load-based
   * strategy by weight, or use it alone; it reads {@link MemberLoad#timesAsked()} only.
   *
   * @return the strategy
   */
  public static FairnessStrategy notificationFatigue() {
    return (candidates, duration) -> {
      double[] asked = new double[candidates.size()];
      for (int i = 0; i < asked.length; i++) {
        asked[i] = candidates.get(i).timesAsked();
      }
      return invertScaled(asked);
    };
  }

  /**
   * {@code 1 - x / max}; all zero gives all 1. In place: the callers' arrays are their own, and a
   * ranking asks for priorities for every request.
   */
  private static double[] invertScaled(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = max == 0 ? 1.0 : 1.0 - values[i] / max;
    }
    return values;
  }

  /** Linear map of {@code [min, max]} onto {@code [0, 1]}; all equal gives all 1. In place. */
  private static double[] scaled(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = max == min ? 1.0 : (values[i] - min) / (max - min);
    }
    return values;
  }

  /**
   * All strategies of this class, for contract tests and comparisons, with their names.
   *
   * @return an unmodifiable list of the six strategies, in the order of the table above
   */
  public static List<FairnessStrategy> all() {
    return List.of(none(), leastLoaded(), relativeToCapacity(), deficitRoundRobin(), leximin(),
        notificationFatigue());
  }
}
