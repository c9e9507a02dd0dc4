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
        Named.of("referring garden", ScopePolicies.referring(Capability.GARDEN,
            ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, "garden-service")),
        Named.of("standard or else garden", ScopePolicies.standard().orElse(
            ScopePolicies.referring(Capability.GARDEN, ReferralTarget.HOME_CARE, "garden-service"))),
        Named.of("first referral", ScopePolicies.firstReferral(List.of(
            ScopePolicies.referring(Capability.MEALS, ReferralTarget.FAMILY_CARER, "family"),
            ScopePolicies.standard()))));
  }
}
