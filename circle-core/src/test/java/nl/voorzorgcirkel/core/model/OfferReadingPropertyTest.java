package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.internal.Spelling;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OfferReadingPropertyTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /** The labels people offer: English and Dutch, of every kind of circle help. */
  private static List<Map.Entry<String, Capability>> circleHelpLabels() {
    List<Map.Entry<String, Capability>> labels = new ArrayList<>();
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      if (entry.category().isCircleHelp()) {
        labels.add(Map.entry(entry.englishLabel(), entry.capability()));
        labels.add(Map.entry(entry.dutchLabel(), entry.capability()));
      }
    }
    return labels;
  }

  /** One typing error: a letter inserted, deleted or replaced, or two neighbours swapped. */
  private static Gen<String> oneTypo(String label) {
    String word = CapabilityVocabulary.normalise(label);
    return integers().between(0, 3).zip(integers().between(0, word.length() - 1),
        integers().between(0, LETTERS.length() - 1), (kind, at, letter) -> {
          char c = LETTERS.charAt(letter);
          switch (kind) {
            case 0:
              return word.substring(0, at) + c + word.substring(at);
            case 1:
              return word.substring(0, at) + word.substring(at + 1);
            case 2:
              return word.substring(0, at) + c + word.substring(at + 1);
            default:
              int i = Math.min(at, word.length() - 2);
              return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
          }
        });
  }

  @Test
  void everyLabelAndSynonymMapsToItsKindOfHelp() {
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      for (String term : entry.terms()) {
        assertEquals(List.of(entry.capability()), VOCABULARY.readOffers(term).found(), term);
        assertEquals(List.of(entry.capability()),
            VOCABULARY.readOffers(" " + term.toUpperCase(Locale.ROOT) + " ").found(), term);
      }
    }
  }

  @Test
  void aThousandOneTypoVariantsOfEveryLabelAreRecognisedOrAnsweredWithTheRightSuggestion() {
    for (Map.Entry<String, Capability> label : circleHelpLabels()) {
      Capability meant = label.getValue();
      Props.property("one-typo-" + CapabilityVocabulary.normalise(label.getKey()).replace(' ', '-'), 1000)
          .forAll(oneTypo(label.getKey()))
          .checkAssert(typo -> {
            OfferReading reading = VOCABULARY.readOffers(typo);
            Capability exactly = VOCABULARY.terms().get(CapabilityVocabulary.normalise(typo));
            if (exactly != null) {
              // the typo is itself a word of the vocabulary ("meal" from "meals")
              assertEquals(List.of(exactly), reading.found(), typo);
            } else if (reading.unknown().isEmpty()) {
              assertEquals(List.of(meant), reading.found(), typo);
            } else {
              assertEquals(List.of(), reading.found(), typo);
              assertEquals(1, reading.unknown().size(), typo);
              List<Capability> suggestions = reading.unknown().get(0).suggestions();
              assertTrue(suggestions.contains(meant), typo + " should suggest " + meant + ": " + suggestions);
              int distance = nearest(typo, meant);
              for (Capability before : suggestions.subList(0, suggestions.indexOf(meant))) {
                assertEquals(distance, nearest(typo, before), typo + ": " + before + " is put before " + meant);
              }
            }
          });
    }
  }

  @Test
  void unrelatedWordsAreNeverMatched() {
    Props.property("unrelated-words", 3000)
        .forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(5, 14))
        .assuming(word -> !word.equals("graag") && VOCABULARY.terms().keySet().stream().noneMatch(t -> Spelling.distance(word, t, 1) <= 1))
        .checkAssert(word -> {
          OfferReading reading = VOCABULARY.readOffers(word);
          assertEquals(List.of(), reading.found(), word);
          assertEquals(1, reading.unknown().size(), word);
        });
  }

  private static int nearest(String typo, Capability capability) {
    int best = Integer.MAX_VALUE;
    for (Map.Entry<String, Capability> term : VOCABULARY.terms().entrySet()) {
      if (term.getValue().equals(capability)) {
        best = Math.min(best, Spelling.distance(CapabilityVocabulary.normalise(typo), term.getKey(), 10));
      }
    }
    return best;
  }
}
