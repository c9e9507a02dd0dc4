package nl.voorzorgcirkel.core.scope;

import java.util.Objects;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
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
   * The vocabulary by which this policy reads a request's kind of help, and by which matching with
   * this policy reads members' offers ({@link CapabilityVocabulary#canonical}), so that a request
   * the policy finds in scope because it names circle help in other words ({@code boodschappen},
   * {@code naar-de-kapper}) finds the members who offer that help. The policies of {@link
   * ScopePolicies#byVocabulary} return theirs; this default returns the {@linkplain
   * CapabilityVocabulary#standard() standard vocabulary}.
   *
   * @return the vocabulary, never null
   * @since 0.1.0
   */
  default CapabilityVocabulary vocabulary() {
    return CapabilityVocabulary.standard();
  }

  /**
   * A policy that asks this one first and, only when this one finds the request in scope, asks
   * {@code next}: the first referral wins. It reads requests by this policy's {@link
   * #vocabulary()}.
   *
   * @param next the next policy, not null
   * @return the combined policy
   */
  default ScopePolicy orElse(ScopePolicy next) {
    Objects.requireNonNull(next, "next");
    ScopePolicy first = this;
    return new ScopePolicy() {
      @Override
      public ScopeDecision assess(HelpRequest request) {
        ScopeDecision decision = first.assess(request);
        return decision.isInScope() ? next.assess(request) : decision;
      }

      @Override
      public CapabilityVocabulary vocabulary() {
        return first.vocabulary();
      }
    };
  }
}
