package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 17 (H): care words the standard vocabulary did not know ({@code po-legen}, {@code
 * make-up}, the commode and the bedpan) were found in scope, and {@code denture-trip}, a trip with a
 * broken denture, was referred. Each care word below is referred to district nursing with its
 * category as reason code, as a code and, typed with spaces, through {@link
 * CapabilityVocabulary#resolve}; everyday circle help stays in scope.
 */
class UserTest17CareWordsTest {

  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();

  private static ScopeDecision assess(String code) {
    return ScopePolicies.standard().assess(Fixtures.request("r-1", "m-1").capability(Capability.of(code)).build());
  }

  private static Map<String, HelpCategory> careWords() {
    Map<String, HelpCategory> words = new LinkedHashMap<>();
    for (String code : List.of(
        // toileting and incontinence: the aids and emptying them
        "po", "po-legen", "po-stoel", "postoel", "postoel-legen", "toiletstoel", "toiletstoel-legen", "ondersteek",
        "ondersteek-legen", "urinaal", "urinaal-legen", "urinal", "commode", "commode-chair", "emptying-the-commode",
        "bedpan", "emptying-the-bedpan", "incontinentie", "incontinentiemateriaal", "incontinentieverband",
        "incontinence-pad", "verschonen", "luier", "luier-verschonen", "katheterzak-legen",
        // grooming
        "make-up", "makeup", "make-up-aanbrengen", "make-up-opdoen", "applying-make-up", "putting-on-make-up",
        "gezicht-opmaken", "hair-brushing", "brushing-hair", "haren-kammen", "haarverzorging", "scheren", "shaving",
        "shaving-someone", "iemand-scheren", "tanden-poetsen", "brushing-teeth", "nagels-knippen", "nail-cutting",
        // feeding and transfers
        "eten-geven", "spoon-feeding", "tillen", "hoist", "tillift", "uit-bed-helpen")) {
      words.put(code, HelpCategory.PERSONAL_CARE);
    }
    for (String code : List.of("katheter", "catheter", "blaaskatheter", "urinary-catheter",
        "stoma", "stomazak", "oogdruppels", "eye-drops", "insuline-spuiten", "injections", "bloedsuiker-prikken",
        "steunkousen", "compression-stockings")) {
      words.put(code, HelpCategory.NURSING_CARE);
    }
    return words;
  }

  @Test
  void everyCareWordIsReferredToDistrictNursingAsACodeAndTypedWithSpaces() {
    List<String> wrong = new ArrayList<>();
    careWords().forEach((code, category) -> {
      ScopeDecision decision = assess(code);
      if (!decision.referral().equals(Optional.of(ReferralTarget.DISTRICT_NURSING))
          || !category.code().equals(decision.reasonCode())) {
        wrong.add(code + " as a code: " + decision.referral() + " " + decision.reasonCode());
      }
      if (code.indexOf('-') >= 0) {
        String typed = code.replace('-', ' ');
        Optional<HelpCategory> read = STANDARD.resolve(typed).map(STANDARD::category);
        if (!read.equals(Optional.of(category))) {
          wrong.add(typed + " typed: " + STANDARD.resolve(typed) + " " + read);
        }
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void everydayCircleHelpStaysInScope() {
    List<String> referred = new ArrayList<>();
    for (String code : List.of("boodschappen", "boodschappen-doen", "afwassen", "de-afwas-doen", "gebit-ophalen",
        "kunstgebit-wegbrengen", "kunstgebit-naar-de-tandarts", "denture-trip", "apotheek", "medicijnen-ophalen",
        "medicijnen-ophalen-apotheek", "rit-naar-apotheek", "ride-to-the-pharmacy", "postoel-ophalen",
        "insuline-ophalen", "koken", "eten-koken", "eten-brengen", "samen-eten", "ramen-wassen", "auto-wassen",
        "hond-uitlaten", "kat-voeren", "tuin", "fietsen", "wandelen", "koffie-drinken", "naar-de-kapper",
        "post-wegbrengen", "po-box", "computerhulp", "klussen", "lamp-ophangen", "rit-naar-ziekenhuis",
        "meegaan-naar-de-huisarts", "bezoek", "make-an-appointment", "day-trip", "opmaken",
        "make-up-kopen", "po-kopen", "commode-ophalen", "commode-repareren", "commode-verplaatsen")) {
      ScopeDecision decision = assess(code);
      if (!decision.isInScope()) {
        referred.add(code + ": " + decision.reasonCode());
      }
    }
    assertEquals(List.of(), referred);
  }

  /** Making the bed is household help (the municipality), never personal care: "opmaken" alone is not make-up. */
  @Test
  void makingTheBedStaysHouseholdHelp() {
    for (String code : List.of("bed-opmaken", "bedden-opmaken", "make-the-bed", "make-up-the-bed", "making-up-the-bed")) {
      assertEquals(Optional.of(ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT), assess(code).referral(), code);
    }
  }

  /**
   * Words two or three typing errors from a care word are not read (a guess would refer everyday
   * help too): such a code is in scope, and {@code resolve} is empty for it, which is how a platform
   * finds the requests a connector should look at first.
   */
  @Test
  void wordsTheVocabularyDoesNotReadAreInScopeAndResolveToNothing() {
    for (String code : List.of("dooshen", "dusjen")) {
      assertTrue(assess(code).isInScope(), code);
      assertEquals(Optional.empty(), STANDARD.resolve(code), code);
      assertEquals(Capability.of(code), STANDARD.canonical(Capability.of(code)), code);
    }
    assertEquals(Optional.of(ReferralTarget.DISTRICT_NURSING), assess("douchen").referral());
    assertEquals(Optional.of(ReferralTarget.DISTRICT_NURSING), assess("douchne").referral(), "one typing error is read");
  }
}
