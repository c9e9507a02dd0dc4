package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import org.junit.jupiter.api.Test;

class ScopePoliciesTest {

  private static HelpRequest needing(Capability capability) {
    return Fixtures.request("r-1", "m-1").capability(capability).build();
  }

  @Test
  void everyStandardCapabilityIsInScope() {
    for (Capability capability : Capability.standard()) {
      assertTrue(ScopePolicies.standard().assess(needing(capability)).isInScope(), capability.code());
    }
  }

  @Test
  void personalAndNursingCareAreReferredWithAReason() {
    for (OutOfScopeNeed need : OutOfScopeNeed.values()) {
      ScopeDecision decision = ScopePolicies.standard().assess(needing(need.capability()));
      assertEquals(need.target(), decision.referral().orElseThrow(), need.name());
      assertEquals(need.reasonCode(), decision.reasonCode());
    }
    ScopeDecision washing = ScopePolicies.standard().assess(needing(OutOfScopeNeed.WASHING.capability()));
    assertEquals(ReferralTarget.DISTRICT_NURSING, washing.referral().orElseThrow());
    assertEquals("personal care is not something the circle does: it belongs with district nursing",
        washing.reason(Locale.ENGLISH));
    assertEquals("persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging",
        washing.reason(Locale.forLanguageTag("nl")));
  }

  @Test
  void organisationsAddTheirOwnRulesAndTheFirstReferralWins() {
    ScopePolicy ours = ScopePolicies.standard()
        .orElse(ScopePolicies.referring(Capability.GARDEN, ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT,
            "garden-service"));
    assertEquals("garden-service", ours.assess(needing(Capability.GARDEN)).reasonCode());
    assertEquals("garden-service", ours.assess(needing(Capability.GARDEN)).reason(Locale.ENGLISH));
    assertEquals("personal-care", ours.assess(needing(Capability.of("washing"))).reasonCode());
    assertTrue(ours.assess(needing(Capability.MEALS)).isInScope());

    ScopePolicy combined = ScopePolicies.firstReferral(List.of(
        ScopePolicies.referring(Capability.MEALS, ReferralTarget.HOME_CARE, "first"),
        ScopePolicies.referring(Capability.MEALS, ReferralTarget.FAMILY_CARER, "second")));
    assertEquals("first", combined.assess(needing(Capability.MEALS)).reasonCode());
    assertTrue(combined.assess(needing(Capability.GARDEN)).isInScope());
  }
}
