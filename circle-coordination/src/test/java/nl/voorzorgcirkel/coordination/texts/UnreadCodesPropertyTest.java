package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import org.junit.jupiter.api.Test;

/**
 * User test 16, H1: a code the vocabulary cannot read as a kind of help ({@code chemo-rit}, {@code
 * dialyse}) was written raw into the group's ask ("Wie kan dinsdagochtend helpen met: chemo-rit?")
 * and every notice. No text of a request holds such a code, nor the kind of a care request, in
 * English or Dutch; a kind of circle help keeps its label.
 */
class UnreadCodesPropertyTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();

  /** Words of health a platform may put into a code of its own. */
  private static final List<String> HEALTH = List.of("chemo", "hiv", "oncologie", "oncoloog", "dialyse",
      "bestraling", "kanker", "dementie", "psychiater", "aids", "depressie", "radiotherapie", "chemotherapie",
      "cardioloog", "longarts", "methadon", "parkinson", "diabetes", "stoma", "cancer", "dialysis", "oncology");
  /** Words the vocabulary knows, to make codes that are nearly, but not wholly, read. */
  private static final List<String> KNOWN = List.of("rit", "ophalen", "medicatie", "naar", "het", "de",
      "ziekenhuis", "afspraak", "bezoek", "ride", "to", "the", "hospital", "medicijnen", "halen");

  private static RequestTexts texts(String code, CapabilityVocabulary vocabulary) {
    return RequestTexts.of(TestCircles.ride().capability(Capability.of(code)).build(),
        Optional.of(Area.of("Lindenlaan")), TestCircles.ZONE, vocabulary);
  }

  /** Every text of a request: the shared list, and the task, the time and the rest of the public texts. */
  static List<String> everyText(RequestTexts texts, Locale locale) {
    List<String> all = new ArrayList<>(EveryText.of(texts, locale));
    all.add(texts.task(locale));
    all.add(texts.when(locale));
    return all;
  }

  /** Whether texts name the help by a label: a kind of help of the vocabulary that is not care. */
  private static boolean named(String code, CapabilityVocabulary vocabulary) {
    Capability kind = vocabulary.canonical(Capability.of(code));
    return vocabulary.entry(kind).map(VocabularyEntry::category)
        .filter(c -> c == HelpCategory.CIRCLE_HELP || c == HelpCategory.HOUSEHOLD_HELP).isPresent();
  }

  @Test
  void noTextHoldsACodeTheVocabularyDoesNotReadNorAnyWordOfHealth() {
    int[] unread = {0};
    TestCircles.property("no-unread-code-in-texts", 2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<String> parts = new ArrayList<>();
      List<String> secret = new ArrayList<>();
      for (int n = 1 + random.nextInt(4); parts.size() < n; ) {
        int pick = random.nextInt(10);
        String word;
        if (pick < 5) {
          word = HEALTH.get(random.nextInt(HEALTH.size()));
          secret.add(word);
        } else if (pick < 8) {
          word = KNOWN.get(random.nextInt(KNOWN.size()));
        } else {
          StringBuilder token = new StringBuilder("qz");
          for (int i = 0; i < 4; i++) {
            token.append((char) ('a' + random.nextInt(26)));
          }
          word = token.toString();
          secret.add(word);
        }
        parts.add(word);
      }
      if (secret.isEmpty()) { // a code of everyday words only ("het") may well be in a text
        secret.add(HEALTH.get(random.nextInt(HEALTH.size())));
        parts.add(random.nextInt(parts.size() + 1), secret.get(0));
      }
      String code = String.join("-", parts);
      RequestTexts texts = texts(code, STANDARD);
      boolean read = named(code, STANDARD);
      if (!read) {
        unread[0]++;
      }
      for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
        for (String text : everyText(texts, locale)) {
          String lower = text.toLowerCase(Locale.ROOT);
          if (!read) {
            assertFalse(lower.contains(code), () -> "the code " + code + " in: " + text);
          }
          for (String word : secret) {
            assertFalse(lower.contains(word), () -> "'" + word + "' of " + code + " in: " + text);
          }
        }
      }
    });
    assertTrue(unread[0] > 1_000, "most generated codes are not read as a kind: " + unread[0]);
  }

  @Test
  void theUserTestsCodesAskForHelpNeutrally() {
    for (String code : List.of("chemo-rit", "hiv-medicatie-ophalen", "naar-het-ziekenhuis-oncologie", "oncoloog-rit",
        "dialyse", "bestraling", "knitting")) {
      RequestTexts texts = texts(code, STANDARD);
      assertEquals("Wie kan donderdagochtend iemand helpen? Omgeving: Lindenlaan. Reageer hier in de groep.",
          texts.groupAsk(DUTCH), code);
      assertEquals("Who can help someone on Thursday morning? Area: Lindenlaan. Reply here in the group.",
          texts.groupAsk(Locale.ENGLISH), code);
      assertEquals("Goed nieuws: er is iemand gevonden die u helpt (hulp, donderdagochtend).",
          texts.foundForRequester(DUTCH), code);
      assertEquals("Did request r-ride (help, on Thursday morning) take place? Record that it was given, or that it"
          + " did not happen.", texts.feedbackForConnector(Locale.ENGLISH), code);
      assertTrue(texts.escalationForConnector(0, NobodyAsked.NOBODY_OFFERS, Locale.ENGLISH)
          .startsWith("Nobody in the circle can take request r-ride (help, on Thursday morning)"), code);
    }
  }

  @Test
  void aKindOfCareIsNeverNamedButAKindOfCircleHelpIs() {
    for (String code : List.of("douchen", "moeder-douchen", "medicatie", "wondzorg", "dokter")) {
      for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
        String label = STANDARD.label(Capability.of(code), locale);
        for (String text : everyText(texts(code, STANDARD), locale)) {
          assertFalse(text.contains(label), code + ": " + text);
          assertFalse(text.contains(code), code + ": " + text);
        }
      }
    }
    assertEquals("Wie kan donderdagochtend iemand met de auto rijden? Omgeving: Lindenlaan. Reageer hier in de groep.",
        texts("naar-de-oncoloog", STANDARD).groupAsk(DUTCH));
    assertTrue(texts("insuline-ophalen", STANDARD).foundForRequester(DUTCH)
        .contains("(boodschappen en klusjes buiten de deur, donderdagochtend)"));
  }
}
