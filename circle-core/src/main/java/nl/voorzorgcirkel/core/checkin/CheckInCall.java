package nl.voorzorgcirkel.core.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A member who should be rung today, by whom, and for how long they have been quiet. One call per
 * quiet spell per day: the spell is known by its member and {@link #quietSince()}, and ends with
 * the next contact.
 *
 * <p>For the callers named only; never shown to the group. Immutable and thread-safe.
 *
 * @param member the member to ring, not null
 * @param escalation who is asked, not null
 * @param callers who should ring: the buddy, or the connectors available today (all connectors
 *     if none is); sorted by id, possibly empty if the circle has no connector
 * @param quietSince the day counting began: the last contact, the return from an absence, or
 *     joining; not null
 * @param daysQuiet whole days since {@code quietSince}, 1 or more
 * @param reachedOn the first day of the current run of this escalation in the spell, after
 *     {@code quietSince}, not after today; not null
 * @since 0.1.0
 */
public record CheckInCall(MemberId member, Escalation escalation, List<MemberId> callers,
    LocalDate quietSince, int daysQuiet, LocalDate reachedOn) {

  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param escalation see the record description
   * @param callers see the record description
   * @param quietSince see the record description
   * @param daysQuiet see the record description
   * @param reachedOn see the record description
   * @throws IllegalArgumentException if {@code daysQuiet} is below 1
   */
  public CheckInCall {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(escalation, "escalation");
    callers = List.copyOf(Objects.requireNonNull(callers, "callers"));
    Objects.requireNonNull(quietSince, "quietSince");
    Objects.requireNonNull(reachedOn, "reachedOn");
    if (daysQuiet < 1) {
      throw new IllegalArgumentException("daysQuiet must be 1 or more, was " + daysQuiet);
    }
  }

  /**
   * Whether today is the first day of this escalation: the day to send a notice, for a platform
   * that notifies once per step.
   *
   * @return true if {@code reachedOn} is today, {@code quietSince + daysQuiet}
   */
  public boolean isNewToday() {
    return reachedOn.equals(quietSince.plusDays(daysQuiet));
  }

  /**
   * The request to the caller, naming the member by id only.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "m-4 has not been seen for 4 days: please ring (buddy)"
   */
  public String message(Locale locale) {
    return Messages.format("checkin." + escalation.name(), locale,
        Map.of("member", member, "days", daysQuiet));
  }
}
