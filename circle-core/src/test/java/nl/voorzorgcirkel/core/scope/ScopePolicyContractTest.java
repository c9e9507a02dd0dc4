package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.voorzorgcirkel.core.Fixtures;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.RandomModel;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link ScopePolicy} contract, run against every policy we ship and their combinations. */
class ScopePolicyContractTest {

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("standard", ScopePolicies.standard()),
        Arguments.of("referring garden", ScopePolicies.referring(Capability.GARDEN,
            ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, "garden-service")),
        Arguments.of("standard or else garden", ScopePolicies.standard().orElse(
            ScopePolicies.referring(Capability.GARDEN, ReferralTarget.HOME_CARE, "garden-service"))),
        Arguments.of("first referral", ScopePolicies.firstReferral(List.of(
            ScopePolicies.referring(Capability.MEALS, ReferralTarget.FAMILY_CARER, "family"),
            ScopePolicies.standard()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void decidesEveryRequestDeterministicallyWithAReason(String name, ScopePolicy policy) {
    List<Capability> needs = new java.util.ArrayList<>(Capability.standard());
    for (nl.voorzorgcirkel.core.model.VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      needs.add(entry.capability());
    }
    Props.property("scope-contract " + name, 500)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomModel random = new RandomModel(seed);
          HelpRequest request = random.request(RequestId.of("r-1"), MemberId.of("m-1"), Fixtures.NOW)
              .toBuilder().capability(random.pick(needs)).description("Zwaantje ZZSECRET").build();
          ScopeDecision decision = policy.assess(request);
          assertNotNull(decision);
          assertEquals(decision, policy.assess(request), "deterministic");
          assertEquals(decision.isInScope(), decision.referral().isEmpty());
          for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String reason = decision.reason(locale);
            assertFalse(reason.isBlank() || reason.contains("{") || reason.contains("ZZSECRET"), reason);
          }
        });
  }
}
