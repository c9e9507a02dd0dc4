package nl.voorzorgcirkel.core.scope;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Whether a circle can take a request on, and if not, where it belongs and why.
 *
 * <p>A decision carries a stable {@link #reasonCode()} and a readable reason in English or Dutch.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScopeDecision {

  private static final ScopeDecision IN_SCOPE = new ScopeDecision(null, "in-scope");

  private final @Nullable ReferralTarget referral;
  private final String reasonCode;

  private ScopeDecision(@Nullable ReferralTarget referral, String reasonCode) {
    this.referral = referral;
    this.reasonCode = reasonCode;
  }

  /**
   * The request is something a circle does.
   *
   * @return the in-scope decision
   */
  public static ScopeDecision inScope() {
    return IN_SCOPE;
  }

  /**
   * The request belongs elsewhere.
   *
   * @param target where it belongs, not null
   * @param reasonCode a stable code such as {@code "personal-care"}: lower-case letters and digits
   *     in words joined by single hyphens or dots, 1 to 60 characters, never text taken from the
   *     request (it shows in {@link #toString()} and in the lifecycle's events); the library's own
   *     codes have English and Dutch texts, other codes read as a general sentence naming the
   *     target (see {@link #reason(Locale)}); not null
   * @return the referral decision
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code reasonCode}
   *     if the code is not of that form (blank, spaces, capitals, too long); the message does not
   *     quote it
   */
  public static ScopeDecision refer(ReferralTarget target, String reasonCode) {
    Objects.requireNonNull(target, "target");
    return new ScopeDecision(target, Arguments.reasonCode(reasonCode, "ScopeDecision", "reasonCode"));
  }

  /**
   * Whether the circle can take the request on.
   *
   * @return true if in scope
   */
  public boolean isInScope() {
    return referral == null;
  }

  /**
   * Where an out-of-scope request belongs.
   *
   * @return the target, empty when in scope
   */
  public Optional<ReferralTarget> referral() {
    return Optional.ofNullable(referral);
  }

  /**
   * A stable code of the reason, {@code "in-scope"} for an in-scope decision.
   *
   * @return the code, never null
   */
  public String reasonCode() {
    return reasonCode;
  }

  /**
   * The reason in the reader's language, for example "personal care is not something the circle
   * does: it belongs with district nursing". A code of the organisation's own (not one of the
   * library's) reads as "the circle does not take this on: it belongs with" its target, so that
   * members never read a code; {@link #reasonCode()} keeps the code for programs.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the reason, never null
   */
  public String reason(Locale locale) {
    String key = "scope." + reasonCode;
    String where = referral == null ? "" : referral.label(locale);
    return Messages.format(Messages.has(key) ? key : "scope.other", locale, Map.of("target", where));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScopeDecision scopeDecision
        && scopeDecision.referral == referral
        && scopeDecision.reasonCode.equals(reasonCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referral, reasonCode);
  }

  @Override
  public String toString() {
    return referral == null ? "ScopeDecision{in scope}" : "ScopeDecision{refer to " + referral + ", " + reasonCode + "}";
  }
}
