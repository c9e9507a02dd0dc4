package nl.voorzorgcirkel.matching.ranking;

import java.util.Optional;
import nl.voorzorgcirkel.core.model.Member;

/**
 * A rule that can rule a member out for a request, whatever their score: not the requester, offers
 * the capability, available, within the limits they set. Ready-made rules are in {@link HardRules}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic, must decide on the given member alone (not on list position),
 * must return an exclusion naming that member with a stable code, and must not put personal data
 * (names, places, descriptions) into the exclusion's figures. An implementation that overrides
 * {@link #excludes} must answer exactly as {@code check(context, candidate).isPresent()}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HardRule {

  /**
   * Checks one member.
   *
   * @param context the request in its circle, not null
   * @param candidate the member, not null
   * @return why the member is ruled out, or empty if this rule lets them through
   */
  Optional<Exclusion> check(MatchContext context, Member candidate);

  /**
   * Whether this rule rules a member out: the same answer as {@code check(context,
   * candidate).isPresent()}, without building the exclusion and its figures. {@link
   * MatchingStrategy#order}, which needs no explanations, asks this; a simulation asks it for every
   * member of every request. The standard rules answer it without allocating.
   *
   * @param context the request in its circle, not null
   * @param candidate the member, not null
   * @return true if the member is ruled out
   * @since 0.1.0
   */
  default boolean excludes(MatchContext context, Member candidate) {
    return check(context, candidate).isPresent();
  }
}
