package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

class CapabilityVocabularyTest {

  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void canonicalReadsACodeAsTheKindOfHelpItsWordsNameAsItsJavadocSays() {
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    // a synonym, a trip to a place, and a code of one's own whose words name one kind of help
    assertEquals(Capability.GROCERIES_AND_ERRANDS, vocabulary.canonical(Capability.of("boodschappen")));
    assertEquals(Capability.RIDE_BY_CAR, vocabulary.canonical(Capability.of("naar-de-kapper")));
    assertEquals(Capability.SMALL_JOBS, vocabulary.canonical(Capability.of("bike-repair")));
    // words the vocabulary does not know, or words of two kinds of help: the code itself
    assertEquals(Capability.of("knitting"), vocabulary.canonical(Capability.of("knitting")));
    assertEquals(Capability.of("boodschappen-en-koken"),
        vocabulary.canonical(Capability.of("boodschappen-en-koken")));
    // the answer read is its own answer again
    assertEquals(Capability.SMALL_JOBS, vocabulary.canonical(Capability.SMALL_JOBS));
  }

  @Test
  void everyStandardCapabilityIsCircleHelpWithEnglishAndDutchLabels() {
    for (Capability capability : Capability.standard()) {
      VocabularyEntry entry = STANDARD.entry(capability).orElseThrow();
      assertEquals(HelpCategory.CIRCLE_HELP, entry.category(), capability.code());
      assertFalse(entry.englishLabel().equals(entry.dutchLabel()), capability.code());
    }
    assertEquals("ride by car", Capability.RIDE_BY_CAR.label(Locale.ENGLISH));
    assertEquals("autorit", Capability.RIDE_BY_CAR.label(DUTCH));
    assertEquals("knitting", Capability.of("knitting").label(DUTCH), "a code of its own");
    // a code read as a kind of help is named by its kind (before: "bike-repair", "naar-de-kapper")
    assertEquals("kleine klussen in huis", Capability.of("bike-repair").label(DUTCH), "a code read as small jobs");
    assertEquals("ride by car", Capability.of("naar-de-kapper").label(Locale.ENGLISH), "a code read as a ride");
    assertEquals("wassen of douchen", Capability.of("douchen").label(DUTCH), "a synonym's label");
    // every entry that is not circle help has a label too, and the categories are all used
    Set<HelpCategory> used = new HashSet<>();
    STANDARD.entries().forEach(e -> used.add(e.category()));
    assertEquals(Set.of(HelpCategory.values()), used);
  }

  @Test
  void wordsAreComparedWithoutCaseAccentsSpacesOrPunctuation() {
    assertEquals("wond zorg", CapabilityVocabulary.normalise(" Wond-Zorg! "));
    assertEquals("creme brulee", CapabilityVocabulary.normalise("Crème  brûlée"));
    assertEquals("ij", CapabilityVocabulary.normalise("\u0133"), "the Dutch ij ligature");
    assertEquals("", CapabilityVocabulary.normalise("?! -"));
    Capability washing = Capability.of("washing");
    for (String word : List.of("Douchen", "DOUCHEN", "d\u00f3uchen", "  wassen ", "showering",
        "Wassen of douchen", "washing or showering", "wasbeurt")) {
      assertEquals(Optional.of(washing), STANDARD.resolve(word), word);
    }
    assertEquals(Optional.of(Capability.of("wound-care")), STANDARD.resolve("Wondzorg"));
    assertEquals(Optional.of(Capability.of("wound-care")), STANDARD.resolve("wound care"));
    assertEquals(Optional.of(Capability.GROCERIES_AND_ERRANDS), STANDARD.resolve("Boodschappen"));
    assertEquals(Optional.of(Capability.GROCERIES_AND_ERRANDS), STANDARD.resolve("medicijnen ophalen"),
        "picking up medicine is an errand");
    assertEquals(Optional.of(Capability.of("medication")), STANDARD.resolve("medicatie"));
    assertEquals(Optional.of(Capability.MEALS), STANDARD.resolve("afwassen"), "the dishes are part of meals, not washing");
    assertEquals(Optional.empty(), STANDARD.resolve("wondzo"), "whole words only");
  }

  /** Every word of every entry, in any case, with accents and stray punctuation, names its entry. */
  @Test
  void everyTermResolvesToItsEntryHoweverItIsWritten() {
    List<String[]> terms = new ArrayList<>();
    for (VocabularyEntry entry : STANDARD.entries()) {
      for (String term : entry.terms()) {
        terms.add(new String[] {term, entry.capability().code()});
      }
    }
    Props.property("vocabulary-resolves-every-term", 2_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          String[] pick = terms.get(random.nextInt(terms.size()));
          String written = scramble(pick[0], random);
          assertEquals(Optional.of(Capability.of(pick[1])), STANDARD.resolve(written), written);
          // and a capability code made of the word names the same entry
          Capability asCode = Capability.of(CapabilityVocabulary.normalise(pick[0]).replace(' ', '-'));
          assertEquals(pick[1], STANDARD.entry(asCode).orElseThrow().capability().code(), pick[0]);
        });
  }

  /** Random case, accents on vowels, and punctuation or extra spaces between and around words. */
  private static String scramble(String term, SplittableRandom random) {
    StringBuilder out = new StringBuilder(random.nextBoolean() ? " " : "");
    for (char c : term.toCharArray()) {
      if (c == ' ' || c == '-') {
        out.append(new String[] {" ", "  ", "-", " / ", "_"}[random.nextInt(5)]);
        continue;
      }
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      if ("aeiou".indexOf(Character.toLowerCase(c)) >= 0 && random.nextInt(4) == 0) {
        out.append(new char[] {'\u0301', '\u0300', '\u0308', '\u0302'}[random.nextInt(4)]);
      }
    }
    return out.append(random.nextBoolean() ? "!" : "").toString();
  }

  @Test
  void organisationsAddWordsAndKindsOfHelpButAWordNamesOneKind() {
    Capability haircut = Capability.of("haircut");
    CapabilityVocabulary ours = STANDARD
        .withSynonyms(Capability.GROCERIES_AND_ERRANDS, "markt", "weekmarkt")
        .with(VocabularyEntry.builder().capability(haircut).category(HelpCategory.PERSONAL_CARE)
            .englishLabel("haircut").dutchLabel("knippen").addSynonyms("kapper").build());
    assertEquals(Optional.of(Capability.GROCERIES_AND_ERRANDS), ours.resolve("Weekmarkt"));
    assertEquals(Optional.of(haircut), ours.resolve("Kapper"));
    assertEquals(HelpCategory.PERSONAL_CARE, ours.category(Capability.of("kapper")));
    assertEquals(HelpCategory.CIRCLE_HELP, STANDARD.category(Capability.of("kapper")), "the standard one is unchanged");
    assertEquals(STANDARD.entries().size() + 1, ours.entries().size());
    InvalidValueException clash = assertThrows(InvalidValueException.class,
        () -> STANDARD.withSynonyms(Capability.MEALS, "Douchen"));
    assertEquals("invalid value (1): CapabilityVocabulary.entries: the word 'douchen' names both meals and washing",
        clash.getMessage());
    assertEquals("ongeldige waarde (1): CapabilityVocabulary.entries: het woord 'douchen' noemt zowel meals als"
        + " washing", clash.message(Locale.forLanguageTag("nl")));
    assertThrows(IllegalArgumentException.class, () -> STANDARD.withSynonyms(haircut, "x"));
    assertThrows(IllegalArgumentException.class, () -> CapabilityVocabulary.of(List.of(
        VocabularyEntry.of(haircut, "a", "b"), VocabularyEntry.of(haircut, "c", "d"))));
    // replacing an entry keeps its place
    CapabilityVocabulary relabelled = STANDARD.with(VocabularyEntry.of(Capability.MEALS, "food", "eten"));
    assertEquals(STANDARD.entries().indexOf(STANDARD.entry(Capability.MEALS).orElseThrow()),
        relabelled.entries().indexOf(relabelled.entry(Capability.MEALS).orElseThrow()));
    assertFalse(relabelled.terms().containsKey("koken"), "the old synonyms went with the old entry");
    // resolve reads words not known as the code is read, one typing error included: "koken" is then "kopen"
    assertNotEquals(Optional.of(Capability.MEALS), relabelled.resolve("koken"), "the old synonyms went with the old entry");
    assertEquals("CapabilityVocabulary{entries=" + STANDARD.entries().size() + "}", STANDARD.toString());
    assertTrue(STANDARD.terms().containsKey("douchen"));
    assertEquals(STANDARD, CapabilityVocabulary.of(STANDARD.entries()));
  }
}
