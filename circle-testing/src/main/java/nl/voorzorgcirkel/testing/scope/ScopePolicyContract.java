package nl.voorzorgcirkel.testing.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link ScopePolicy}: extend this class, list your policies in {@link
 * #policies()}, and JUnit checks each against the interface's specification on 500 random
 * requests (every standard capability and every entry of the standard vocabulary, out-of-scope needs
 * included): a decision for every request,
 * never null, the same every time, a referral exactly when out of scope, and a readable reason in
 * English and Dutch that never quotes the request's free text. A text is planted in every
 * request's description, sometimes as a sentence, sometimes shaped like a code; it must appear in
 * no reason, no {@link ScopeDecision#reasonCode()} and no {@code toString()} of a decision, in any
 * letter case. (A policy that passes the description on as a reason code fails, either here or
 * because {@link ScopeDecision#refer} refuses text that is not code-shaped.)
 *
 * <p>A circle never takes on personal or nursing care ("we don't shower each other; we don't
 * replace district nursing"): every word of the standard vocabulary for personal or nursing care,
 * as a request's capability code (its code, English and Dutch labels, synonyms and things:
 * {@code personal-care}, {@code showering}, {@code douchen}, {@code dressing}, {@code toiletgang},
 * {@code medication}, {@code wondzorg}, ...), must be referred, wherever to. A policy that judges
 * one in scope fails, with the codes and the rule.
 *
 * <pre>{@code
 * class MyPolicyTest extends ScopePolicyContract {
 *   protected List<Named<ScopePolicy>> policies() {
 *     return List.of(Named.of("garden to the municipality", myPolicy));
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScopePolicyContract {

  /**
   * Texts planted in the requests' descriptions, a sentence and one that is code-shaped; no reason,
   * reason code or {@code toString()} may repeat the marker {@code zzsecret}, in any letter case.
   */
  private static final List<String> SECRETS = List.of("Zwaantje ZZSECRET", "zzsecret-zwaantje");
  private static final String MARKER = "zzsecret";

  /** For subclasses. */
  protected ScopePolicyContract() {}

  /**
   * The policies to check, each with the name shown in the test report.
   *
   * @return the policies, not empty
   */
  protected abstract List<Named<ScopePolicy>> policies();

  /**
   * Every request gets a deterministic decision with a reason in both languages.
   *
   * @param policy the policy under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  public void decidesEveryRequestDeterministicallyWithAReason(ScopePolicy policy, TestInfo test) {
    List<Capability> needs = new ArrayList<>(Capability.standard());
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      needs.add(entry.capability());
    }
    Props.property("scope-contract " + test.getDisplayName(), 500)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomModel random = new RandomModel(seed);
          HelpRequest request = random.request(RequestId.of("r-1"), MemberId.of("m-1"), Fixtures.NOW)
              .toBuilder().capability(random.pick(needs)).description(random.pick(SECRETS)).build();
          ScopeDecision decision = policy.assess(request);
          String at = " (a request for " + request.capability().code() + ", request seed " + seed + ")";
          assertNotNull(decision, "expected a decision, but the policy returned null" + at);
          assertEquals(decision, policy.assess(request),
              "expected the same decision when the same request is assessed again (deterministic)" + at);
          assertEquals(decision.isInScope(), decision.referral().isEmpty(),
              "expected a referral exactly when the request is out of scope" + at);
          assertFalse(quotes(decision.reasonCode()),
              "expected a reason code that never repeats the request's description (free text, personal"
                  + " data), but reason code " + (decision.reasonCode().length() > 60 ? "(longer than 60)"
                  : "of " + decision.reasonCode().length() + " characters") + " does (not repeated here)" + at);
          assertFalse(quotes(decision.toString()),
              "expected a toString() that never repeats the request's description (free text, personal"
                  + " data), but the decision's does (not repeated here)" + at);
          for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String reason = decision.reason(locale);
            assertFalse(reason.isBlank() || reason.contains("{"), "expected a readable reason in " + locale
                + ", but it is blank or has an unfilled {placeholder}" + at);
            assertFalse(quotes(reason), "expected a reason in " + locale + " that never repeats the request's"
                + " description (free text, personal data), but it does (not repeated here)" + at);
          }
        });
  }

  /**
   * Personal and nursing care are never circle help: a request for any word of the standard
   * vocabulary's personal or nursing care, as its capability code, is referred. Every such code is
   * checked, in the vocabulary's order (no random input, so no seed).
   *
   * @param policy the policy under test
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  public void refersEveryKindOfPersonalAndNursingCare(ScopePolicy policy) {
    List<String> taken = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Capability, HelpCategory> care : careCodes().entrySet()) {
      HelpRequest request = Fixtures.request("r-care", "m-1").capability(care.getKey()).build();
      ScopeDecision decision = policy.assess(request);
      checked++;
      if (decision != null && decision.isInScope()) {
        taken.add(care.getKey().code() + " (" + care.getValue().code() + ")");
      }
    }
    if (!taken.isEmpty()) {
      fail("expected every request for personal or nursing care to be referred (a circle never takes on"
          + " personal or nursing care: \"we don't shower each other; we don't replace district nursing\"),"
          + " but the policy judged " + taken.size() + " of the " + checked + " standard care codes in scope: "
          + String.join(", ", taken.subList(0, Math.min(12, taken.size())))
          + (taken.size() > 12 ? ", ..." : "")
          + "; refer them, for example with ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, \"personal-care\")"
          + " or by ending the policy with ScopePolicies.standard()");
    }
  }

  /**
   * Every word of the standard vocabulary for personal or nursing care, as a capability code, with
   * its category; in the vocabulary's order, without repeats.
   */
  static Map<Capability, HelpCategory> careCodes() {
    Map<Capability, HelpCategory> codes = new LinkedHashMap<>();
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      if (entry.category() != HelpCategory.PERSONAL_CARE && entry.category() != HelpCategory.NURSING_CARE) {
        continue;
      }
      for (String term : entry.terms()) {
        String code = CapabilityVocabulary.normalise(term).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
        if (!code.isEmpty() && code.length() <= 64) {
          codes.putIfAbsent(Capability.of(code), entry.category());
        }
      }
    }
    return codes;
  }

  private static boolean quotes(String text) {
    return text.toLowerCase(Locale.ROOT).contains(MARKER);
  }
}
