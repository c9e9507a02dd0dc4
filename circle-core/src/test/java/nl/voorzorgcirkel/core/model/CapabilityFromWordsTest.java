package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** User test 17 (M): a code made of what someone typed, by {@link Capability#fromWords}. */
class CapabilityFromWordsTest {

  @Test
  void typedWordsBecomeACode() {
    assertEquals("hulp-bij-douchen", Capability.fromWords("Hulp bij Douchen").code());
    assertEquals("douchen", Capability.fromWords("DOUCHEN").code());
    assertEquals("douchen", Capability.fromWords("dóuchen").code());
    assertEquals("naar-de-huisarts", Capability.fromWords("  naar de huisarts! ").code());
    assertEquals("brushing-someone-s-teeth", Capability.fromWords("brushing someone's teeth").code());
    assertEquals("make-up", Capability.fromWords("Make-up").code());
    assertEquals("stra-e", Capability.fromWords("Straße").code(), "a letter without a plain form separates");
    assertEquals("bus-12", Capability.fromWords("bus 12").code());
    assertEquals(Capability.RIDE_BY_CAR, Capability.fromWords("Ride by car"));
    String longest = "a".repeat(64);
    assertEquals(longest, Capability.fromWords(longest.toUpperCase(Locale.ROOT)).code());
  }

  /** The example of {@link Capability#fromWords}'s Javadoc, as it is written there. */
  @Test
  void theJavadocExample() {
    HelpRequest request = Fixtures.request("r-1", "m-1").capability(Capability.RIDE_BY_CAR).build();
    Capability typed = Capability.fromWords("Hulp bij het Douchen");
    assertEquals("hulp-bij-het-douchen", typed.code());
    assertEquals("personal-care",
        ScopePolicies.standard().assess(request.toBuilder().capability(typed).build()).reasonCode());
  }

  @Test
  void textWithoutLettersOrTooLongIsRefusedInBothLanguagesWithoutQuotingIt() {
    for (String text : List.of("", "   ", "06-12345678", "!!", "ßø")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Capability.fromWords(text), text);
      assertEquals("wordsForCode", e.violations().get(0).rule());
      assertEquals("invalid value (1): Capability.words: must contain a letter a to z (with or without accents)"
          + " to make a code of", e.message(Locale.ENGLISH));
      assertEquals("ongeldige waarde (1): Capability.words: moet een letter a tot z bevatten (met of zonder"
          + " accent) om er een code van te maken", e.message(Locale.forLanguageTag("nl")));
    }
    String secret = "mevrouw jansen " + "a".repeat(60);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Capability.fromWords(secret));
    assertEquals("invalid value (1): Capability.words: must make a code of at most 64 letters, digits and hyphens",
        e.message(Locale.ENGLISH));
    assertFalse(e.message(Locale.forLanguageTag("nl")).contains("jansen"));
    assertThrows(NullPointerException.class, () -> Capability.fromWords(null));
  }
}
