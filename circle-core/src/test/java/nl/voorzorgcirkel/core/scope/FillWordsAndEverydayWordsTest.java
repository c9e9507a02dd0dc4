package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 17, second round: care written with an article, possessive, pronoun or family word
 * ({@code "brush my teeth"}, {@code "hulp bij het eten"}) or with a Dutch verb first ({@code "knip
 * nagels"}) is referred exactly as the same care without them, and everyday help with a care word or
 * an unknown word reads as the kind of help it is.
 */
class FillWordsAndEverydayWordsTest {

  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();

  private static final List<String> PHRASINGS = List.of(
      "brush {} teeth", "hulp bij {} eten", "cut {} nails", "comb {} hair", "zalf op {} rug smeren",
      "was {} voeten", "kleed {} aan", "knip {} nagels", "put on {} stockings", "help {} out of bed",
      "help {} eating", "poets {} tanden", "kam {} haren", "wash {} hair", "{} tanden poetsen",
      "{} nagels knippen", "{} voeten wassen", "{} steunkousen aantrekken", "hulp bij {} douchen",
      "{} haren wassen", "{} wond verzorgen", "{} katheterzak legen");

  private static final List<String> FILL_WORDS = List.of("", "my", "mijn", "the", "het", "de", "me", "her", "haar",
      "his", "zijn", "mum's", "moeders");

  private static ScopeDecision assess(String text) {
    return ScopePolicies.standard().assess(
        Fixtures.request("r-1", "m-1").capability(Capability.fromWords(text)).build());
  }

  private static String fill(String phrasing, String word) {
    return phrasing.replace("{}", word).replaceAll(" +", " ").strip();
  }

  @Test
  void careWithAFillWordIsReferredAsWithoutIt() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String phrasing : PHRASINGS) {
      ScopeDecision bare = assess(fill(phrasing, ""));
      if (bare.referral().filter(ReferralTarget.DISTRICT_NURSING::equals).isEmpty()) {
        wrong.add(fill(phrasing, "") + ": " + bare.referral() + " " + bare.reasonCode());
        continue;
      }
      for (String word : FILL_WORDS) {
        String text = fill(phrasing, word);
        ScopeDecision decision = assess(text);
        checked++;
        if (!decision.referral().equals(bare.referral()) || !decision.reasonCode().equals(bare.reasonCode())) {
          wrong.add(text + ": " + decision.referral() + " " + decision.reasonCode());
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(22 * 13, checked);
  }

  @Test
  void everydayHelpReadsAsItsKind() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("wash the dishes", "meals");
    kinds.put("wash dishes", "meals");
    for (String lifting : List.of("kast tillen", "tafel tillen", "bed tillen", "boodschappen tillen",
        "bed naar boven tillen", "wc ontstoppen", "toilet ontstoppen", "douche ontkalken", "lamp ophangen",
        "fiets plakken")) {
      kinds.put(lifting, "small-jobs");
    }
    kinds.put("steunkousen wassen", "household-cleaning"); // laundry: household help, not nursing
    for (String errand : List.of("make-up winkel", "tandpasta kopen", "pick up my prescription")) {
      kinds.put(errand, "groceries-and-errands");
    }
    for (String garden : List.of("gras maaien", "tuin doen", "heg knippen")) {
      kinds.put(garden, "garden");
    }
    kinds.put("soep brengen", "meals");
    List<String> wrong = new ArrayList<>();
    kinds.forEach((text, kind) -> {
      Capability code = Capability.fromWords(text);
      Optional<String> resolved = STANDARD.resolve(text).map(Capability::code);
      if (!STANDARD.canonical(code).code().equals(kind) || !resolved.equals(Optional.of(kind))) {
        wrong.add(text + ": " + STANDARD.canonical(code) + " " + resolved);
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void careStaysCareAndLaundryStaysHouseholdHelp() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("moeder uit bed tillen", "personal-care");
    kinds.put("in bed tillen", "personal-care");
    kinds.put("haar kammen", "personal-care");
    kinds.put("de was doen", "household-cleaning");
    kinds.put("naar de kapper", "ride-by-car");
    kinds.put("to the hairdresser", "ride-by-car");
    List<String> wrong = new ArrayList<>();
    kinds.forEach((text, kind) -> {
      if (!STANDARD.canonical(Capability.fromWords(text)).code().equals(kind)) {
        wrong.add(text + ": " + STANDARD.canonical(Capability.fromWords(text)));
      }
    });
    assertEquals(List.of(), wrong);
  }

  /** Every term of personal or nursing care of two words or more, as words. */
  private static List<String> careTerms() {
    List<String> terms = new ArrayList<>();
    for (VocabularyEntry entry : STANDARD.entries()) {
      if (entry.category() == HelpCategory.PERSONAL_CARE || entry.category() == HelpCategory.NURSING_CARE) {
        for (String term : entry.terms()) {
          String words = CapabilityVocabulary.normalise(term);
          if (words.indexOf(' ') > 0 && words.chars().allMatch(c -> c < 128)) {
            terms.add(words);
          }
        }
      }
    }
    return terms;
  }

  @Test
  void aFillWordBetweenTheWordsOfAnyCareTermChangesNothing() {
    List<String> terms = careTerms();
    Props.property("fill-word-inside-care-term", 2_000)
        .forAll(integers().between(0, terms.size() - 1), integers().between(1, FILL_WORDS.size() - 1),
            integers().between(1, 20))
        .checkAssert((which, fillWord, where) -> {
          String[] words = terms.get(which).split(" ");
          int at = 1 + where % (words.length - 1);
          String text = String.join(" ", List.of(words).subList(0, at)) + " " + FILL_WORDS.get(fillWord) + " "
              + String.join(" ", List.of(words).subList(at, words.length));
          ScopeDecision bare = assess(terms.get(which));
          ScopeDecision filled = assess(text);
          assertEquals(bare.referral(), filled.referral(), text);
          assertEquals(bare.reasonCode(), filled.reasonCode(), text);
        });
  }
}
