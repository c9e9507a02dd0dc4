package nl.voorzorgcirkel.core.scope;

import java.util.Objects;
import nl.voorzorgcirkel.core.model.HelpRequest;

/**
 * Decides whether a help request is something a circle does, or refers it elsewhere.
 *
 * <p>Build one from {@link ScopePolicies}, or write your own: an organisation that also refers
 * gardening to a municipal service adds a rule with {@link #orElse(ScopePolicy)}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its input, must be
 * thread-safe and deterministic (the same request gives the same decision), must not return null,
 * must refer every request for personal or nursing care (a circle never takes them on: "we don't
 * shower each other; we don't replace district nursing"), and must not log or put into a decision
 * the request's description or places (personal data). circle-testing's {@code
 * ScopePolicyContract} checks these, the care rule on every word of the standard vocabulary for
 * personal and nursing care.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ScopePolicy {

  /**
   * Decides on one request.
   *
   * @param request the request, not null
   * @return the decision, never null
   */
  ScopeDecision assess(HelpRequest request);

  /**
   * A policy that asks this one first and, only when this one finds the request in scope, asks
   * {@code next}: the first referral wins.
   *
   * @param next the next policy, not null
   * @return the combined policy
   */
  default ScopePolicy orElse(ScopePolicy next) {
    Objects.requireNonNull(next, "next");
    return request -> {
      ScopeDecision first = assess(request);
      return first.isInScope() ? next.assess(request) : first;
    };
  }
}
