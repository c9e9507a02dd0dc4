package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 4, G6: personal and nursing care is never circle help, however the code for it is
 * written. Every word of professional care in the standard vocabulary, alone and combined with a
 * verb (with a hyphen on either side, or a Dutch verb written as one word with it), is refused as an offer,
 * referred by the standard scope policy and never ranked; every word of circle help stays circle
 * help. Before the fix, {@code insuline-spuiten}, {@code stoma}, {@code in-bad-helpen}, {@code
 * ogen-druppelen}, {@code scheren}, {@code tillen}, {@code voeden}, {@code eten-geven} and {@code
 * feeding} were offered and ranked.
 */
class CareWordsPropertyTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();
  private static final List<String> VERBS = List.of("helpen", "geven", "doen", "verzorgen", "spuiten",
      "aantrekken", "help", "helping", "assist", "support");
  private static final List<String> FOUND_BY_USERS = List.of("insuline-spuiten", "stoma", "in-bad-helpen",
      "ogen-druppelen", "scheren", "tillen", "voeden", "eten-geven", "feeding", "insulinespuiten",
      "stomaverzorging", "oogdruppelen", "moeder-douchen", "wondzorg-thuis", "uit-bed-helpen", "shaving",
      "lifting", "help-with-eating", "eye-drops-putting-in", "bathing-help");
  /** Circle help, including codes that hold a care word but mean something else. */
  private static final List<String> CIRCLE_HELP = List.of("boodschappen", "koken", "maaltijd", "samen-eten",
      "eten-brengen", "eten-koken", "medicijnen-ophalen", "medicijnen-ophalen-apotheek", "medicijnenophalen",
      "picking-up-medication", "afwassen", "auto-wassen", "meubels-tillen", "heavy-lifting", "feeding-the-cat",
      "cat-feeding", "kat-voeren", "toiletpapier-halen", "badkamer-lamp-vervangen", "bezoek", "fietstocht",
      "samen-koken", "brengen-en-halen", "douchegordijn-ophangen", "eten", "rit-naar-dokter", "ride-to-doctor",
      "toilet-repareren", "ramen-wassen", "medicijnen-brengen", "tuin-verzorging", "bird-feeding", "huisarts-rit",
      "keuken-schoonmaken-na-samen-eten");

  /**
   * Every term of professional care as a capability code, with its category: of personal and
   * nursing care only, or of every category that is not circle help.
   */
  private static List<String[]> careCodes(boolean personalOrNursingOnly) {
    List<String[]> codes = new ArrayList<>();
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      HelpCategory category = entry.category();
      if (category.isCircleHelp() || (personalOrNursingOnly
          && category != HelpCategory.PERSONAL_CARE && category != HelpCategory.NURSING_CARE)) {
        continue;
      }
      for (String term : entry.terms()) {
        String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
        if (code.chars().allMatch(c -> c < 128)) {
          codes.add(new String[] {code, entry.category().code()});
        }
      }
    }
    return codes;
  }

  private static void assertNeverCircleHelp(String code, String why) {
    Capability capability = Capability.of(code);
    HelpCategory category = VOCABULARY.category(capability);
    assertFalse(category.isCircleHelp(), code + " (" + why + ") is read as circle help");
    ScopeDecision decision = ScopePolicies.standard().assess(Fixtures.request("r-1", "m-0").capability(capability).build());
    assertFalse(decision.isInScope(), code + " is not referred");
    assertEquals(category.code(), decision.reasonCode());
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(capability)).build(), code + " offered");
    assertTrue(refused.violations().stream().anyMatch(v -> v.rule().endsWith("offersOnlyCircleHelp")),
        code + ": " + refused.getMessage());
    Ranking ranking = MatchingStrategies.standard().rank(request(capability), snapshot(capability));
    assertTrue(ranking.isReferred(), code + " is ranked");
    assertEquals(List.of(), ranking.candidates());
  }

  private static HelpRequest request(Capability capability) {
    return Fixtures.request("r-1", "m-0").capability(capability).build();
  }

  /** The requester and a member who offers the capability, or everything standard if it is care. */
  private static CircleSnapshot snapshot(Capability capability) {
    Member requester = Fixtures.member("m-0").build();
    Member.Builder helper = Fixtures.member("m-1");
    if (VOCABULARY.category(capability).isCircleHelp()) {
      helper.addCapabilities(CapabilityOffer.of(capability));
    }
    Circle circle = Fixtures.circle(0).members(List.of(requester, helper.build())).build();
    return CircleSnapshot.at(circle, HelpLedger.empty(), Fixtures.NOW);
  }

  /** User test 11, H1 (and scope12's additions): care words the reader did not know. */
  private static final List<String> H1 = List.of("wound", "colostomy", "sonde", "pill-reminder", "pillendoos-vullen",
      "haren-kammen", "helpen-opstaan", "insmeren", "voetbad", "tillen-geven", "naar-de-wc", "naar-bed",
      "bloedprikken", "bed-verschonen");
  /** User test 11, H2 (and scope12's additions): errands, rides and jobs that hold a care word. */
  private static final List<String> H2 = List.of("insuline-ophalen", "steunkousen-kopen", "naar-pedicure",
      "hond-wassen", "douche-repareren", "medicijnen-ophalen", "boodschappen-voor-wondzorg", "hond-verzorgen",
      "sondevoeding-halen", "fixing-the-shower");

  /** Referred and never ranked, or ranked and never referred: the whole way through matching. */
  @Test
  void userTest11WordsAreReferredOrRankedEndToEnd() {
    for (String code : H1) {
      assertNeverCircleHelp(code, "user test 11, H1");
    }
    for (String code : H2) {
      Capability capability = Capability.of(code);
      assertTrue(ScopePolicies.standard().assess(request(capability)).isInScope(), code + " is referred");
      Ranking ranking = MatchingStrategies.standard().rank(request(capability), snapshot(capability));
      assertFalse(ranking.isReferred(), code);
      assertEquals(1, ranking.candidates().size(), code + ": the member who offers it is a candidate");
    }
  }

  @Test
  void whatUsersOfferedIsNeverCircleHelp() {
    for (String code : FOUND_BY_USERS) {
      assertNeverCircleHelp(code, "user test 4");
    }
  }

  @Test
  void everyCareWordAloneOrWithAVerbIsReferredAndNeverRanked() {
    for (String[] code : careCodes(false)) {
      assertNeverCircleHelp(code[0], "a word of " + code[1]);
      assertEquals(code[1], VOCABULARY.category(Capability.of(code[0])).code(), code[0]);
    }
    // words of personal and nursing care mark a code wherever they stand (household help and
    // medical questions only as the whole code: a ride to the doctor is circle help)
    List<String[]> codes = careCodes(true);
    assertTrue(codes.size() > 100, "care words: " + codes.size());
    Props.property("care-word-with-a-verb", 2_000)
        .forAll(integers().between(0, codes.size() - 1), integers().between(0, VERBS.size() - 1),
            integers().between(0, 2))
        .checkAssert((which, verb, how) -> {
          String[] care = codes.get(which);
          String word = care[0];
          String combined = how == 0 ? word + "-" + VERBS.get(verb)
              : how == 1 ? VERBS.get(verb) + "-" + word
              // a Dutch compound: one word made of the care word and a verb
              : word.indexOf('-') < 0 && word.length() >= 4 && VERBS.get(verb).endsWith("en")
                  ? word + VERBS.get(verb) : word + "-" + VERBS.get(verb);
          assertNeverCircleHelp(combined, care[0] + " and " + VERBS.get(verb));
          assertEquals(care[1], VOCABULARY.category(Capability.of(combined)).code(), combined);
        });
  }

  @Test
  void circleHelpStaysCircleHelpAndIsRanked() {
    List<String> codes = new ArrayList<>(CIRCLE_HELP);
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      if (entry.category().isCircleHelp()) {
        for (String term : entry.terms()) {
          String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
          codes.add(code);
          codes.add(code + "-samen");
          codes.add("wekelijks-" + code);
        }
      }
    }
    for (Capability standard : Capability.standard()) {
      codes.add(standard.code());
    }
    for (String code : codes) {
      Capability capability = Capability.of(code);
      assertTrue(VOCABULARY.category(capability).isCircleHelp(), code + " is no longer circle help");
      assertTrue(ScopePolicies.standard().assess(request(capability)).isInScope(), code);
      Ranking ranking = MatchingStrategies.standard().rank(request(capability), snapshot(capability));
      assertFalse(ranking.isReferred(), code);
      assertEquals(2, ranking.candidates().size() + ranking.exclusions().size(), code);
    }
  }
}
