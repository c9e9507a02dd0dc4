package nl.voorzorgcirkel.matching.fairness;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * One member's recent load, as a fairness strategy sees it: the help they gave over the load window
 * and the capacity they set for that window.
 *
 * @param member the member, not null
 * @param load help given in the load window, zero or more, not null
 * @param capacity the member's capacity over the same window (weekly capacity times the window's
 *     length in weeks), zero or more, not null
 * @since 0.1.0
 */
public record MemberLoad(MemberId member, Duration load, Duration capacity) {
  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param load see the record description
   * @param capacity see the record description
   */
  public MemberLoad {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(capacity, "capacity");
    if (load.isNegative() || capacity.isNegative()) {
      throw Arguments.invalid("MemberLoad", load.isNegative() ? "load" : "capacity", "atLeast",
          Map.of("min", 0));
    }
  }

  /**
   * The load as a share of capacity.
   *
   * @return load divided by capacity; {@code Double.POSITIVE_INFINITY} for a positive load and no
   *     capacity, 0 for no load
   */
  public double utilisation() {
    if (load.isZero()) {
      return 0.0;
    }
    return capacity.isZero() ? Double.POSITIVE_INFINITY : (double) load.toSeconds() / capacity.toSeconds();
  }
}
