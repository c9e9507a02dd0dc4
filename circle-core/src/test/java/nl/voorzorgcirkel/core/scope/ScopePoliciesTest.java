package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.testing.Fixtures;
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
  void personalAndNursingCareAreReferredWithAReasonByCodeAndSynonym() {
    Map<String, ReferralTarget> expected = Map.of("personal-care", ReferralTarget.DISTRICT_NURSING,
        "nursing-care", ReferralTarget.DISTRICT_NURSING,
        "household-help", ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT,
        "medical", ReferralTarget.GENERAL_PRACTITIONER);
    int referred = 0;
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      for (String term : entry.terms()) {
        Capability asCode = Capability.of(CapabilityVocabulary.normalise(term).replace(' ', '-'));
        ScopeDecision decision = ScopePolicies.standard().assess(needing(asCode));
        if (entry.category() == HelpCategory.CIRCLE_HELP) {
          assertTrue(decision.isInScope(), term);
        } else {
          assertEquals(entry.category().code(), decision.reasonCode(), term);
          assertEquals(expected.get(decision.reasonCode()), decision.referral().orElseThrow(), term);
          referred++;
        }
      }
    }
    assertTrue(referred > 100, "too few out-of-scope words: " + referred);
    for (String word : List.of("washing", "showering", "dressing", "toileting", "medication",
        "wound-care", "wassen", "douchen", "aankleden", "toiletgang", "medicatie", "wondzorg",
        "personal-care")) {
      assertFalse(ScopePolicies.standard().assess(needing(Capability.of(word))).isInScope(), word);
    }
    ScopeDecision washing = ScopePolicies.standard().assess(needing(Capability.of("douchen")));
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
    // members read a sentence with the target, not the organisation's code (user test 3, F10)
    assertEquals("the circle does not take this on: it belongs with "
        + ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT.label(Locale.ENGLISH),
        ours.assess(needing(Capability.GARDEN)).reason(Locale.ENGLISH));
    assertEquals("dit pakt de cirkel niet op: het hoort bij "
        + ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT.label(Locale.forLanguageTag("nl")),
        ours.assess(needing(Capability.GARDEN)).reason(Locale.forLanguageTag("nl")));
    assertEquals("personal-care", ours.assess(needing(Capability.of("washing"))).reasonCode());
    assertTrue(ours.assess(needing(Capability.MEALS)).isInScope());

    ScopePolicy combined = ScopePolicies.firstReferral(List.of(
        ScopePolicies.referring(Capability.MEALS, ReferralTarget.HOME_CARE, "first"),
        ScopePolicies.referring(Capability.MEALS, ReferralTarget.FAMILY_CARER, "second")));
    assertEquals("first", combined.assess(needing(Capability.MEALS)).reasonCode());
    assertTrue(combined.assess(needing(Capability.GARDEN)).isInScope());
  }

  @Test
  void aVocabularyOfOnesOwnAddsWordsForCareButNeverTakesThemAway() {
    // before (user test 16b, M2): byVocabulary(CapabilityVocabulary.of(List.of())) found douchen,
    // moeder-douchen and medicatie in scope, so they were asked of members instead of referred
    CapabilityVocabulary empty = CapabilityVocabulary.of(List.of());
    CapabilityVocabulary douchenAsASmallJob = CapabilityVocabulary.of(List.of(
        VocabularyEntry.of(Capability.SMALL_JOBS, "small jobs", "klusjes").withSynonyms("douchen", "wondzorg")));
    int care = 0;
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      HelpCategory category = entry.category();
      if (category != HelpCategory.PERSONAL_CARE && category != HelpCategory.NURSING_CARE
          && category != HelpCategory.MEDICAL) {
        continue;
      }
      for (String term : entry.terms()) {
        Capability asCode = Capability.of(CapabilityVocabulary.normalise(term).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", ""));
        ScopeDecision expected = ScopePolicies.standard().assess(needing(asCode));
        for (CapabilityVocabulary own : List.of(empty, douchenAsASmallJob)) {
          assertEquals(expected, ScopePolicies.byVocabulary(own).assess(needing(asCode)), term);
        }
        care++;
      }
    }
    assertTrue(care > 100, "too few words for care: " + care);
    for (String code : List.of("douchen", "moeder-douchen", "medicatie", "wondzorg")) {
      assertFalse(ScopePolicies.byVocabulary(empty).assess(needing(Capability.of(code))).isInScope(), code);
    }
    // what the standard vocabulary finds circle help stays the given vocabulary's to read
    assertTrue(ScopePolicies.byVocabulary(empty).assess(needing(Capability.of("autorit"))).isInScope());
    assertTrue(ScopePolicies.byVocabulary(douchenAsASmallJob).assess(needing(Capability.SMALL_JOBS)).isInScope());
  }
}
