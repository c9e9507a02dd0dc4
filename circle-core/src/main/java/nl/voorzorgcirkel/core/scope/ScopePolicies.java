package nl.voorzorgcirkel.core.scope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;

/**
 * Ready-made {@link ScopePolicy} implementations.
 *
 * <p>The standard policy looks the request's capability up in the {@linkplain
 * CapabilityVocabulary#standard() standard vocabulary}, by code or synonym ({@code washing},
 * {@code showering}, {@code douchen}, {@code wondzorg}, ...), and refers what is not circle help:
 *
 * <table>
 *   <caption>Default referrals</caption>
 *   <tr><th>help category</th><th>for example</th><th>referred to</th><th>reason code</th></tr>
 *   <tr><td>personal care</td><td>washing, showering, dressing, toileting (the commode, the
 *       bedpan), grooming (shaving, make-up, hair brushing, tooth brushing, nail cutting), feeding,
 *       lifting; wassen, douchen, aankleden, toiletgang, po, ondersteek, scheren, eten geven,
 *       tillen</td><td>district nursing</td><td>personal-care</td></tr>
 *   <tr><td>nursing care</td><td>wound care, medication (eye drops, insulin), support stockings,
 *       catheter and stoma, blood sugar; wondzorg, medicatie, oogdruppels, steunkousen, katheter,
 *       bloedsuiker prikken</td><td>district nursing</td><td>nursing-care</td></tr>
 *   <tr><td>household help</td><td>household cleaning; schoonmaken</td><td>municipal social
 *       support</td><td>household-help</td></tr>
 *   <tr><td>medical</td><td>medical question; medische vraag</td><td>general
 *       practitioner</td><td>medical</td></tr>
 * </table>
 *
 * <p>Every other capability, including all of {@link Capability#standard()} and codes no
 * vocabulary entry names, is in scope. The policy decides on the capability alone: it never reads
 * the free-text description, which is personal data and too ambiguous to decide on ("afwassen" is
 * washing the dishes).
 *
 * <p><strong>A code the vocabulary does not read is in scope</strong>: the policy cannot know what
 * it means. The vocabulary reads a code's words with their word forms and at most one typing error
 * in a word of five letters or more ({@link CapabilityVocabulary#category}); a word further off
 * ({@code dusjen} or {@code dooshen} for {@code douchen}) or of a platform's own ({@code
 * mantelzorgtaak}) is not read and such a request is found in scope. The policy does not guess
 * further, because a guess would also refer everyday help. A platform that lets people type the
 * help they need should therefore make the code with {@link Capability#fromWords}, map its own
 * words to kinds of help with {@link CapabilityVocabulary#withSynonyms} (and pass that vocabulary
 * to {@link #byVocabulary}), or let a connector review a request whose code the vocabulary does not
 * know: {@link CapabilityVocabulary#resolve} is empty for such words (and {@link
 * CapabilityVocabulary#canonical} returns the code itself).
 *
 * <p>All policies returned here are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScopePolicies {

  private static final ScopePolicy STANDARD = byVocabulary(CapabilityVocabulary.standard());

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
   * The standard referrals, for the capabilities and words of a vocabulary of your own (for
   * example the standard one with your organisation's synonyms added). Its {@link
   * ScopePolicy#vocabulary()} is the vocabulary given, so matching with this policy reads offers by
   * the same words ({@code withSynonyms(MEALS, "soep")}: a request for {@code soep} goes to the
   * members who offer meals).
   *
   * <p>A vocabulary of one's own can add words for care, never take them away: what the {@linkplain
   * CapabilityVocabulary#standard() standard vocabulary} reads as personal care, nursing care or a
   * medical question is referred as the standard policy refers it whenever the vocabulary given
   * reads it as circle help, or does not know it (a vocabulary built from scratch, even an empty
   * one, still refers {@code douchen} and {@code medicatie}): a circle never takes personal or
   * nursing care. Each request costs one constant-time lookup, two when the vocabulary given reads
   * it as circle help.
   *
   * @param vocabulary the vocabulary, not null
   * @return the policy, immutable and thread-safe
   * @throws NullPointerException naming {@code vocabulary} if it is null
   */
  public static ScopePolicy byVocabulary(CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Map<HelpCategory, ScopeDecision> decisions = new EnumMap<>(HelpCategory.class);
    for (HelpCategory category : HelpCategory.values()) {
      decisions.put(category, decisionFor(category));
    }
    CapabilityVocabulary standard = CapabilityVocabulary.standard();
    boolean own = !vocabulary.equals(standard);
    return new ScopePolicy() {
      @Override
      public ScopeDecision assess(HelpRequest request) {
        HelpCategory category = vocabulary.category(request.capability());
        if (own && category.isCircleHelp()) {
          HelpCategory floor = standard.category(request.capability());
          if (floor == HelpCategory.PERSONAL_CARE || floor == HelpCategory.NURSING_CARE
              || floor == HelpCategory.MEDICAL) {
            category = floor; // care the standard vocabulary knows stays care
          }
        }
        return Objects.requireNonNull(decisions.get(category), "every category has a decision");
      }

      @Override
      public CapabilityVocabulary vocabulary() {
        return vocabulary;
      }
    };
  }

  /**
   * Where the standard policy refers a category of help.
   *
   * @param category the category, not null
   * @return in scope for circle help, otherwise the referral with the category's code as reason
   */
  public static ScopeDecision decisionFor(HelpCategory category) {
    switch (category) {
      case CIRCLE_HELP:
        return ScopeDecision.inScope();
      case PERSONAL_CARE:
      case NURSING_CARE:
        return ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, category.code());
      case HOUSEHOLD_HELP:
        return ScopeDecision.refer(ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, category.code());
      default:
        return ScopeDecision.refer(ReferralTarget.GENERAL_PRACTITIONER, category.code());
    }
  }

  /**
   * A policy that refers one kind of help and finds everything else in scope, personal and nursing
   * care included: a building block, not a policy on its own. Combine it with {@link
   * ScopePolicy#orElse(ScopePolicy)} and {@link #standard()}, as in {@code referring(GARDEN,
   * MUNICIPAL_SOCIAL_SUPPORT, "garden-service").orElse(standard())}. A request is of that kind
   * when the standard vocabulary reads its code as the same kind of help ({@link
   * CapabilityVocabulary#canonical}): referring {@link Capability#GARDEN} also refers a request
   * written {@code tuin}.
   *
   * @param capability the capability to refer, not null
   * @param target where it belongs, not null
   * @param reasonCode the reason code, not null or blank
   * @return the policy
   */
  public static ScopePolicy referring(Capability capability, ReferralTarget target, String reasonCode) {
    Objects.requireNonNull(capability, "capability");
    ScopeDecision referral = ScopeDecision.refer(target, reasonCode);
    CapabilityVocabulary words = CapabilityVocabulary.standard();
    Capability kind = words.canonical(capability);
    return request -> words.canonical(request.capability()).equals(kind) ? referral : ScopeDecision.inScope();
  }

  /**
   * A policy that asks each given policy in order; the first referral wins.
   *
   * @param policies the policies, not null, without null elements
   * @return the combined policy; in scope when every policy finds the request in scope; it reads
   *     requests by the first policy's {@link ScopePolicy#vocabulary()} (the standard one for none)
   */
  public static ScopePolicy firstReferral(List<ScopePolicy> policies) {
    List<ScopePolicy> copy = List.copyOf(policies);
    return new ScopePolicy() {
      @Override
      public ScopeDecision assess(HelpRequest request) {
        for (ScopePolicy policy : copy) {
          ScopeDecision decision = Objects.requireNonNull(policy.assess(request), "decision");
          if (!decision.isInScope()) {
            return decision;
          }
        }
        return ScopeDecision.inScope();
      }

      @Override
      public CapabilityVocabulary vocabulary() {
        return copy.isEmpty() ? CapabilityVocabulary.standard() : copy.get(0).vocabulary();
      }
    };
  }
}
