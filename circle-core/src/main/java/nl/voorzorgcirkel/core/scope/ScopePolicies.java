package nl.voorzorgcirkel.core.scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.Capability;

/**
 * Ready-made {@link ScopePolicy} implementations.
 *
 * <p>The standard policy refers every {@link OutOfScopeNeed} by the capability code a request
 * carries:
 *
 * <table>
 *   <caption>Default referrals</caption>
 *   <tr><th>capability codes</th><th>referred to</th><th>reason code</th></tr>
 *   <tr><td>washing, dressing, toileting</td><td>district nursing</td><td>personal-care</td></tr>
 *   <tr><td>wound-care, medication, support-stockings, nursing</td><td>district nursing</td>
 *       <td>nursing-care</td></tr>
 *   <tr><td>household-cleaning</td><td>municipal social support</td><td>household-help</td></tr>
 *   <tr><td>medical-question</td><td>general practitioner</td><td>medical</td></tr>
 * </table>
 *
 * <p>Every other capability, including all of {@link Capability#standard()}, is in scope. The
 * policy decides on the capability alone: it never reads the free-text description, which is
 * personal data and too ambiguous to decide on ("afwassen" is washing the dishes).
 *
 * <p>All policies returned here are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScopePolicies {

  private static final ScopePolicy STANDARD = byCapability(standardReferrals());

  private ScopePolicies() {}

  /**
   * The standard policy described above.
   *
   * @return the policy
   */
  public static ScopePolicy standard() {
    return STANDARD;
  }

  /**
   * A policy that refers one capability and finds everything else in scope; combine it with
   * {@link ScopePolicy#orElse(ScopePolicy)}.
   *
   * @param capability the capability to refer, not null
   * @param target where it belongs, not null
   * @param reasonCode the reason code, not null or blank
   * @return the policy
   */
  public static ScopePolicy referring(Capability capability, ReferralTarget target, String reasonCode) {
    return byCapability(Map.of(capability, ScopeDecision.refer(target, reasonCode)));
  }

  /**
   * A policy that asks each given policy in order; the first referral wins.
   *
   * @param policies the policies, not null, without null elements
   * @return the combined policy; in scope when every policy finds the request in scope
   */
  public static ScopePolicy firstReferral(List<ScopePolicy> policies) {
    List<ScopePolicy> copy = List.copyOf(policies);
    return request -> {
      for (ScopePolicy policy : copy) {
        ScopeDecision decision = Objects.requireNonNull(policy.assess(request), "decision");
        if (!decision.isInScope()) {
          return decision;
        }
      }
      return ScopeDecision.inScope();
    };
  }

  private static Map<Capability, ScopeDecision> standardReferrals() {
    Map<Capability, ScopeDecision> byCapability = new HashMap<>();
    for (OutOfScopeNeed need : OutOfScopeNeed.values()) {
      byCapability.put(need.capability(), ScopeDecision.refer(need.target(), need.reasonCode()));
    }
    return byCapability;
  }

  private static ScopePolicy byCapability(Map<Capability, ScopeDecision> referrals) {
    Map<Capability, ScopeDecision> copy = Map.copyOf(referrals);
    return request -> copy.getOrDefault(request.capability(), ScopeDecision.inScope());
  }
}
