package nl.voorzorgcirkel.core.scope;

import java.util.List;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.testing.scope.ScopePolicyContract;
import org.junit.jupiter.api.Named;

/** The {@link ScopePolicy} contract, run against every policy we ship and their combinations. */
class ScopePoliciesContractTest extends ScopePolicyContract {

  @Override
  protected List<Named<ScopePolicy>> policies() {
    return List.of(
        Named.of("standard", ScopePolicies.standard()),
        // referring(...) alone finds care in scope too, so it is only a policy with the standard after it
        Named.of("referring garden, or else standard", ScopePolicies.referring(Capability.GARDEN,
            ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, "garden-service").orElse(ScopePolicies.standard())),
        Named.of("standard or else garden", ScopePolicies.standard().orElse(
            ScopePolicies.referring(Capability.GARDEN, ReferralTarget.HOME_CARE, "garden-service"))),
        Named.of("first referral", ScopePolicies.firstReferral(List.of(
            ScopePolicies.referring(Capability.MEALS, ReferralTarget.FAMILY_CARER, "family"),
            ScopePolicies.standard()))));
  }
}
