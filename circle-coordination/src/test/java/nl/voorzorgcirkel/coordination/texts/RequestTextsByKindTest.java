package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import org.junit.jupiter.api.Test;

/**
 * The texts name the help as the vocabulary reads the request's capability: its kind's task and
 * label in the text's language; never the code, where the vocabulary knows no kind of help for it.
 */
class RequestTextsByKindTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static RequestTexts texts(String code) {
    return RequestTexts.of(TestCircles.ride().capability(Capability.of(code)).build(), Optional.empty(),
        TestCircles.ZONE);
  }

  @Test
  void aCodeReadAsAKindIsNamedByTheKindsLabelNotByTheCode() {
    // before: "(naar-de-kapper, donderdagochtend)" and "help with: naar-de-kapper"
    RequestTexts texts = texts("naar-de-kapper");
    assertEquals("Goed nieuws: er is iemand gevonden die u helpt (autorit, donderdagochtend).", texts.foundForRequester(DUTCH));
    assertEquals("Good news: someone will help you (ride by car, on Thursday morning).",
        texts.foundForRequester(Locale.ENGLISH));
    assertEquals("iemand met de auto rijden", texts.task(DUTCH));
    assertFalse(texts.groupAsk(DUTCH).contains("kapper"), texts.groupAsk(DUTCH));
  }

  @Test
  void aSynonymAsksForTheTaskOfItsKind() {
    // before: "help with: groceries and errands", the phrase of a kind outside the catalogue
    assertEquals("do groceries or an errand for someone", texts("boodschappen").task(Locale.ENGLISH));
    assertEquals("give someone a lift by car", texts("autorit").task(Locale.ENGLISH));
  }

  @Test
  void aCodeOfNoKindIsNeverWrittenButAskedForNeutrally() {
    // before: "help with: knitting" and "(knitting, donderdagochtend)": the code as its own label
    assertEquals("help someone", texts("knitting").task(Locale.ENGLISH));
    assertEquals("iemand helpen", texts("knitting").task(DUTCH));
    assertTrue(texts("knitting").foundForRequester(DUTCH).contains("(hulp, donderdagochtend)"));
    assertFalse(String.join(" ", EveryText.of(texts("knitting"), Locale.ENGLISH)).contains("knitting"));
  }

  @Test
  void anOrganisationsVocabularyNamesItsOwnKindInBothLanguages() {
    CapabilityVocabulary own = CapabilityVocabulary.standard().with(VocabularyEntry.builder()
        .capability(Capability.of("knitting")).category(HelpCategory.CIRCLE_HELP)
        .englishLabel("knitting").dutchLabel("breien").addSynonyms("breiwerk").build());
    RequestTexts texts = RequestTexts.of(TestCircles.ride().capability(Capability.of("breiwerk")).build(),
        Optional.empty(), TestCircles.ZONE, own);
    assertEquals("helpen met: breien", texts.task(DUTCH));
    assertEquals("help with: knitting", texts.task(Locale.ENGLISH));
  }

  @Test
  void everyWordOfEveryKindGivesTheTextsOfItsKind() {
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      for (String term : entry.terms()) {
        String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
        if (code.length() > 64 || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          continue; // not a code
        }
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
          RequestTexts asKind = RequestTexts.of(TestCircles.ride().capability(entry.capability()).build(),
              Optional.of(Area.of("Lindenlaan")), TestCircles.ZONE);
          RequestTexts asWord = RequestTexts.of(TestCircles.ride().capability(Capability.of(code)).build(),
              Optional.of(Area.of("Lindenlaan")), TestCircles.ZONE);
          assertEquals(EveryText.of(asKind, locale), EveryText.of(asWord, locale),
              code + " as " + entry.capability() + " in " + locale);
        }
      }
    }
  }
}
