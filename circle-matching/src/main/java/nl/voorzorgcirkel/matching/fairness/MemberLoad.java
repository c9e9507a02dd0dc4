package nl.voorzorgcirkel.matching.fairness;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * One member's recent load, as a fairness strategy sees it: the help they gave and promised over
 * the load window, the capacity they set for that window, and how often they were asked and said
 * no in it.
 *
 * <p>Asks and declines are the notification load a member carries (notification fatigue); they
 * are not help, and a strategy must never count them as help received or given. A decline is
 * never a penalty.
 *
 * @param member the member, not null
 * @param load help given in the load window plus help promised around it, zero or more, not null
 * @param capacity the member's capacity over the same window (weekly capacity times the window's
 *     length in weeks), zero or more, not null
 * @param timesAsked how often the member was asked to help in the load window, 0 or more
 * @param timesDeclined how often the member said no in the load window, 0 or more
 * @since 0.1.0
 */
public record MemberLoad(MemberId member, Duration load, Duration capacity, int timesAsked,
    int timesDeclined) {
  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param load see the record description
   * @param capacity see the record description
   * @param timesAsked see the record description
   * @param timesDeclined see the record description
   */
  public MemberLoad {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(capacity, "capacity");
    if (load.isNegative() || capacity.isNegative()) {
      throw Arguments.invalid("MemberLoad", load.isNegative() ? "load" : "capacity", "atLeast",
          Map.of("min", 0));
    }
    Arguments.atLeast(timesAsked, 0, "MemberLoad", "timesAsked");
    Arguments.atLeast(timesDeclined, 0, "MemberLoad", "timesDeclined");
  }

  /**
   * A member's load without asks or declines.
   *
   * @param member see the record description
   * @param load see the record description
   * @param capacity see the record description
   */
  public MemberLoad(MemberId member, Duration load, Duration capacity) {
    this(member, load, capacity, 0, 0);
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
