package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 10, finding 1: the scope check of a request took {@code douche}, {@code
 * hulp-bij-douche}, {@code tandenpoetsen}, {@code pillen-geven}, {@code bloeddruk-meten}, {@code
 * nagels-knippen}, ... on as circle help while the file reader refused the same words as offers.
 * There is now one reading of care words: for every word of personal and nursing care, written in
 * any case, with any separator, in a compound, in another word form or with one typing error, the
 * request is referred, the member's offer refused and the file's offer refused; for every word of
 * ordinary help, neither.
 */
class OneCareRecognitionPropertyTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();

  /** What the user test found taken on as circle help, and words of care added with it. */
  private static final List<String> FOUND = List.of("douche", "hulp-bij-douche", "onder-de-douche", "douche-hulp",
      "douchehulp", "tandenpoetsen", "tooth-brushing", "mondzorg", "pillen-geven", "bloeddruk-meten",
      "nagels-knippen", "pedicure", "voetverzorging", "douchen", "medicijnen-geven", "aankleden", "toiletgang",
      "wondzorg", "incontinentie", "stoma", "injecties", "oogdruppels", "steunkousen", "steunkous",
      "compressiekousen", "nagel-knippen", "tanden-poetsen", "pillen", "bloedsuiker-prikken", "luier-verschonen",
      "medicijnen-klaarzetten", "wonden-verzorgen", "eye-drops", "blood-pressure", "brushing-teeth", "nail-cutting");

  /** Ordinary help, also where it holds a word that is care elsewhere. */
  private static final List<String> ORDINARY = List.of("boodschappen", "boodschap", "tuin", "tuinen", "koken",
      "vervoer", "ziekenhuis-rit", "ziekenhuisrit", "rit-naar-het-ziekenhuis", "hospital-ride", "rit-naar-de-pedicure",
      "rit-naar-dokter", "kunstgebit-naar-de-tandarts", "bezoek", "bezoekje", "bezoekjes",
      "chauffeur", "klusjes", "auto-wassen", "ramen-wassen", "afwassen", "wandelen", "fietsen", "koffie-drinken",
      "hond-uitlaten", "kat-voeren", "eenden-voeren", "medicijnen-ophalen", "medicijnen-ophalen-apotheek",
      "meubels-tillen", "samen-eten", "computer", "rijden", "gezelschap", "douchegordijn-ophangen",
      "toilet-repareren", "brengen-en-halen", "maaltijd", "post-wegbrengen", "belastingaangifte");

  /** Every word of personal and nursing care in the vocabulary, as a code, and the words found. */
  private static List<String> careCodes() {
    List<String> codes = new ArrayList<>(FOUND);
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      if (entry.category() == HelpCategory.PERSONAL_CARE || entry.category() == HelpCategory.NURSING_CARE) {
        for (String term : entry.terms()) {
          String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
          if (code.chars().allMatch(c -> c < 128)) {
            codes.add(code);
          }
        }
      }
    }
    return codes;
  }

  /** A variant of a code: as is, compounded, in another word form or with one typing error. */
  private static String variant(String code, int how, int where) {
    String[] words = code.split("-");
    int last = words.length - 1;
    switch (how) {
      case 1: return "hulp-bij-" + code;
      case 2: return code + "-hulp";
      case 3: return "moeder-" + code;
      case 4: // a plural or infinitive: douche, douches; douchen, douche
        words[last] = words[last].endsWith("en") ? words[last].substring(0, words[last].length() - 1)
            : words[last].endsWith("s") ? words[last] : words[last] + "s";
        return String.join("-", words);
      case 5: { // one typing error in the longest word of 7 letters or more: a letter swapped with the next
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
          longest = words[i].length() > words[longest].length() ? i : longest;
        }
        String w = words[longest];
        if (w.length() < 7) {
          return code;
        }
        int at = 1 + where % (w.length() - 3);
        words[longest] = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        return String.join("-", words);
      }
      default: return code;
    }
  }

  private static boolean referred(String code) {
    return !ScopePolicies.standard().assess(Fixtures.request("r-1", "m-1").capability(Capability.of(code)).build())
        .isInScope();
  }

  /** The offer in a file, written with spaces, in upper case when asked; the rules of the errors. */
  private static List<String> fileErrors(String code, boolean upper) {
    String words = code.replace('-', ' ');
    List<String> rules = new ArrayList<>();
    CareChecks.fileErrors(upper ? words.toUpperCase(Locale.ROOT) : words).forEach(e -> rules.add(e.rule()));
    return rules;
  }

  @Test
  void everyCareWordInEveryFormIsReferredAsARequestAndRefusedAsAnOffer() {
    List<String> codes = careCodes();
    Props.property("care-word-variants-referred-and-refused", 1_500)
        .forAll(integers().between(0, codes.size() - 1), integers().between(0, 5), integers().between(0, 50),
            integers().between(0, 1))
        .checkAssert((which, how, where, upper) -> {
          String code = variant(codes.get(which), how, where);
          assertTrue(referred(code), code + " (" + which + ") is not referred");
          assertTrue(CareChecks.offerRefused(code), code + " is offered");
          assertTrue(fileErrors(code, upper == 1).contains("offer-out-of-scope"), code + " in a file");
        });
  }

  @Test
  void whatTheUserTestFoundIsReferredToDistrictNursing() {
    for (String code : FOUND) {
      ScopeDecision decision = ScopePolicies.standard()
          .assess(Fixtures.request("r-1", "m-1").capability(Capability.of(code)).build());
      assertEquals(java.util.Optional.of(ReferralTarget.DISTRICT_NURSING), decision.referral(), code);
      assertTrue(CareChecks.offerRefused(code), code);
      assertTrue(fileErrors(code, false).contains("offer-out-of-scope"), code);
    }
    assertEquals(HelpCategory.NURSING_CARE, VOCABULARY.category(Capability.of("pillen-geven")), "not lifting");
    assertEquals(HelpCategory.PERSONAL_CARE, VOCABULARY.category(Capability.of("douche")));
  }

  @Test
  void ordinaryHelpIsNeitherReferredNorRefused() {
    for (String code : ORDINARY) {
      assertFalse(referred(code), code + " is referred");
      assertFalse(CareChecks.offerRefused(code), code + " is refused as an offer");
      assertFalse(fileErrors(code, false).contains("offer-out-of-scope"), code + " is refused in a file");
    }
    Props.property("ordinary-help-variants-in-scope", 500)
        .forAll(integers().between(0, ORDINARY.size() - 1), integers().between(0, 1))
        .checkAssert((which, upper) -> {
          String code = ORDINARY.get(which);
          assertFalse(referred(code), code);
          assertFalse(fileErrors(code, upper == 1).contains("offer-out-of-scope"), code);
        });
  }

  @Test
  void pluralsAndSynonymsOfCircleHelpAreKnown() {
    assertEquals(List.of(Capability.VISITS_AND_COMPANY), VOCABULARY.readOffers("bezoekjes").found());
    assertEquals(List.of(Capability.VISITS_AND_COMPANY), VOCABULARY.readOffers("bezoekje").found());
    assertEquals(List.of(Capability.RIDE_BY_CAR), VOCABULARY.readOffers("chauffeur").found());
    assertEquals(List.of(Capability.GARDEN), VOCABULARY.readOffers("tuinen").found());
    assertEquals(List.of(Capability.RIDE_BY_CAR), VOCABULARY.readOffers("rit naar de pedicure").found());
  }
}
