package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.OfferReading;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Tasks whose words hold a word of care ("washing", "wassen") are what they are: washing a person
 * is personal care, washing windows, a car, the dishes or the laundry is not. Since user test 4's
 * G6 a care word counts inside a longer code, so before this fix {@code dish-washing}, {@code
 * washing-windows}, {@code car-wash}, {@code kleren-wassen} and {@code wassen-en-strijken} were
 * personal care (referred to district nursing, refused as an offer), and {@code afwassen}, {@code
 * de was doen} and {@code ramenwassen} were not understood as offers. The rule: a term of the
 * vocabulary (the whole code, or the longest term at each word, also written as one word) comes
 * before the words inside it; the property tests hold it for every term of the standard
 * vocabulary in both directions: care stays care, everything else is never read as care.
 */
class CareWordsInTasksTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static HelpCategory category(String code) {
    return VOCABULARY.category(Capability.of(code));
  }

  private static boolean isCare(HelpCategory category) {
    return category == HelpCategory.PERSONAL_CARE || category == HelpCategory.NURSING_CARE;
  }

  @Test
  void householdTasksWithACareWordAreWhatTheyAreAndWashingAPersonStaysPersonalCare() {
    Map<String, HelpCategory> expected = new java.util.LinkedHashMap<>();
    for (String circleHelp : List.of("window-washing", "washing-windows", "window-cleaning", "car-washing", "car-wash",
        "dish-washing", "washing-dishes", "washing-the-dishes", "ramen-wassen", "ramenwassen", "glazen-wassen",
        "auto-wassen", "autowassen", "afwassen", "afwas", "de-vaat-doen")) {
      expected.put(circleHelp, HelpCategory.CIRCLE_HELP);
    }
    for (String laundry : List.of("was-doen", "de-was", "de-was-doen", "laundry", "doing-the-laundry",
        "washing-clothes", "kleren-wassen", "kledingwassen", "wassen-en-strijken", "strijken", "ironing")) {
      expected.put(laundry, HelpCategory.HOUSEHOLD_HELP);
    }
    for (String care : List.of("washing", "wassen", "douchen", "personal-care", "hair-washing", "haren-wassen",
        "haarwassen", "moeder-douchen", "wassen-en-aankleden", "washing-someone", "hulp-bij-wassen")) {
      expected.put(care, HelpCategory.PERSONAL_CARE);
    }
    expected.put("wond-zorg", HelpCategory.NURSING_CARE); // a term with its words split otherwise: the whole code first
    expected.put("householdcleaning", HelpCategory.HOUSEHOLD_HELP);
    expected.forEach((code, category) -> assertEquals(category, category(code), code));
  }

  /** Every term of every entry, as a code and in people's words, also written as one word. */
  @Test
  void everyTermIsItsEntrysKindOfHelpAsACodeAndInPeoplesWordsAlsoWrittenAsOneWord() {
    int checked = 0;
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      for (String term : entry.terms()) {
        String words = CapabilityVocabulary.normalise(term);
        List<String> forms = new ArrayList<>(List.of(words));
        if (words.indexOf(' ') >= 0 && VOCABULARY.resolve(words.replace(" ", "")).isEmpty()) {
          forms.add(words.replace(" ", ""));
        }
        for (String form : forms) {
          String code = form.replace(' ', '-');
          if (code.chars().allMatch(c -> c < 128)) {
            assertEquals(entry.category(), category(code), code);
          }
          OfferReading reading = VOCABULARY.readOffers(form);
          assertEquals(List.of(entry.capability()), reading.found(), form);
          assertEquals(0, reading.corrected(), form + " is read as written, not as a typing error");
          checked++;
        }
      }
    }
    assertTrue(checked > 400, "forms checked: " + checked);
  }

  private static final List<String> AROUND = List.of("wekelijks", "graag", "weekly", "extra", "thuis");

  /**
   * A term with another word before or after it: care stays that care, and no other term becomes
   * personal or nursing care, as a code or in an offer (where the other word is not understood, or
   * a small word, and never turns the term into another kind of help).
   */
  @Test
  void aTermWithAnotherWordOnEitherSideKeepsItsCareOrStaysOutOfCare() {
    List<VocabularyEntry> entries = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      for (String term : entry.terms()) {
        String words = CapabilityVocabulary.normalise(term);
        if (words.chars().allMatch(c -> c < 128)) {
          entries.add(entry);
          terms.add(words);
        }
      }
    }
    Props.property("term-with-a-word-either-side", 3_000)
        .forAll(integers().between(0, terms.size() - 1), integers().between(0, AROUND.size() - 1),
            integers().between(0, 1))
        .checkAssert((which, other, before) -> {
          VocabularyEntry entry = entries.get(which);
          String phrase = before == 1 ? AROUND.get(other) + " " + terms.get(which)
              : terms.get(which) + " " + AROUND.get(other);
          HelpCategory read = category(phrase.replace(' ', '-'));
          if (isCare(entry.category())) {
            assertEquals(entry.category(), read, phrase);
          } else {
            assertFalse(isCare(read), phrase + " is read as " + read);
          }
          assertEquals(List.of(entry.capability()), VOCABULARY.readOffers(phrase).found(), phrase);
        });
  }

  private static ImportResult<Member> offering(String... offers) {
    StringBuilder csv = new StringBuilder("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wat ik kan\r\n");
    for (int i = 0; i < offers.length; i++) {
      csv.append("m-").append(i + 1).append(";Lid;1950;52,37;5,22;1-3-2025;").append(offers[i]).append("\r\n");
    }
    return MemberCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
  }

  @Test
  void throughTheSignUpListWindowWashingIsAcceptedTheLaundryIsHouseholdHelpAndShoweringIsPersonalCare() {
    ImportResult<Member> result = offering("Ramen wassen", "window washing, washing the car", "afwassen en koken",
        "washing dishes", "ramenwassen", "de was doen", "douchen", "wassen en strijken");
    assertEquals(List.of(List.of(Capability.SMALL_JOBS), List.of(Capability.SMALL_JOBS),
        List.of(Capability.MEALS), List.of(Capability.MEALS), List.of(Capability.SMALL_JOBS)),
        result.values().stream().map(m -> m.capabilities().stream().map(o -> o.capability())
            .collect(Collectors.toList())).collect(Collectors.toList()));
    assertEquals(List.of(), result.reviews());
    assertEquals(List.of("7:offer-out-of-scope", "8:offer-out-of-scope", "9:offer-out-of-scope"),
        result.errors().stream().map(e -> e.row() + ":" + e.rule()).collect(Collectors.toList()));
    assertEquals("row 7, column Wat ik kan: household cleaning cannot be offered in a circle: regular household"
        + " help is arranged through the municipal social support desk",
        result.errors().get(0).message(Locale.ENGLISH));
    assertTrue(result.errors().get(1).message(DUTCH).contains("dit hoort bij de wijkverpleging"),
        result.errors().get(1).message(DUTCH));
    assertFalse(result.errors().get(2).message(Locale.ENGLISH).contains("district nursing"),
        result.errors().get(2).message(Locale.ENGLISH));
  }

  /** Every term offered in a sign-up list: taken if it is circle help, else refused as its own category. */
  @Test
  void everyTermOfferedInASignUpListIsTakenOrRefusedAsWhatItIs() {
    List<String> offers = new ArrayList<>();
    List<VocabularyEntry> of = new ArrayList<>();
    for (VocabularyEntry entry : VOCABULARY.entries()) {
      for (String term : entry.terms()) {
        offers.add(term);
        of.add(entry);
      }
    }
    ImportResult<Member> result = offering(offers.toArray(new String[0]));
    Map<Integer, RowError> refused = result.errors().stream().collect(Collectors.toMap(RowError::row, e -> e));
    Map<Integer, Member> taken = result.rows().stream().collect(Collectors.toMap(r -> r.row(), r -> r.value()));
    for (int i = 0; i < offers.size(); i++) {
      VocabularyEntry entry = of.get(i);
      int row = i + 2;
      if (entry.category().isCircleHelp()) {
        assertTrue(taken.containsKey(row), offers.get(i) + ": " + refused.get(row));
        assertEquals(List.of(entry.capability()), taken.get(row).capabilities().stream().map(o -> o.capability())
            .collect(Collectors.toList()), offers.get(i));
      } else {
        assertEquals("offer-out-of-scope", refused.get(row).rule(), offers.get(i));
        assertTrue(refused.get(row).message(Locale.ENGLISH).contains(": " + entry.englishLabel() + " cannot be"),
            offers.get(i) + ": " + refused.get(row).message(Locale.ENGLISH));
      }
    }
  }
}
