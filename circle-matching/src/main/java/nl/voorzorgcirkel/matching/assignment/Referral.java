package nl.voorzorgcirkel.matching.assignment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;

/**
 * A request a plan did not place because it is not for the circle: where it belongs and why.
 *
 * @param request the request, not null
 * @param decision the scope policy's decision, a referral, not null
 * @since 0.1.0
 */
public record Referral(RequestId request, ScopeDecision decision) {
  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param decision see the record description
   * @throws IllegalArgumentException if the decision is in scope
   */
  public Referral {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(decision, "decision");
    if (decision.isInScope()) {
      throw Arguments.invalid("Referral", "decision", "referral", Map.of());
    }
  }

  /**
   * Where the request belongs, for example district nursing.
   *
   * @return the target, never null
   */
  public ReferralTarget target() {
    return decision.referral().orElseThrow();
  }

  /**
   * Why, in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "persoonlijke verzorging doet de cirkel niet: dit hoort bij de
   *     wijkverpleging"
   */
  public String reason(Locale locale) {
    return decision.reason(locale);
  }
}
