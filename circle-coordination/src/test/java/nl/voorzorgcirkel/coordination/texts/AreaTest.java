package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  @ParameterizedTest
  @ValueSource(strings = {"Lindenlaan", " De Wartburg ", "1e Jacobsstraat", "2de Hugo de Grootstraat", "Muziekwijk",
      "Sint-Jansplein", "Van 't Hoffstraat", "Plein '40-'45", "Plein \u201940-\u201945"})
  void streetsBuildingsAndNeighbourhoodsAreAccepted(String name) {
    assertEquals(name.strip(), Area.of(name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lindenlaan 12", "Lindenlaan 12a", "Lindenlaan 12-2", "Lindenlaan12", "12 Lindenlaan",
      "Lindenlaan, nr. 4", "Flat 3 hoog", "1e Jacobsstraat 7", "Postbus 14", "Lindenlaan 1\u0663",
      "Plein '40-'45 3", "Plein '401", "Plein 1944", "Lindenlaan '12 4"})
  void anythingLikeAHouseNumberIsRefusedWithoutQuotingIt(String name) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Area.of(name));
    assertFalse(e.getMessage().contains(name.strip()), "the message quotes the value");
    assertFalse(e.message(DUTCH).contains(name.strip()), "the Dutch message quotes the value");
    assertEquals("invalid value (1): Area.name: must be a street, building or neighbourhood without a house"
        + " number: digits only in an ordinal that starts the name (such as 1e Jacobsstraat) or a year shortened with an"
        + " apostrophe (such as Plein '40-'45)", e.getMessage());
    assertEquals("ongeldige waarde (1): Area.name: moet een straat, gebouw of buurt zijn zonder huisnummer:"
        + " cijfers alleen in een rangtelwoord vooraan de naam (zoals 1e Jacobsstraat) of een jaartal met een"
        + " weglatingsteken (zoals Plein '40-'45)", e.message(DUTCH));
  }

  /** User test 14, L5: the refusals were English-only IllegalArgumentExceptions without a rule code. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|notBlank|must not be blank|mag niet leeg zijn",
      "'   '|notBlank|must not be blank|mag niet leeg zijn",
      "'Linden\\nlaan'|Text.name|must not hold control characters|mag geen stuurtekens",
      "'=Lindenlaan'|Text.name|must not hold control characters|mag geen stuurtekens",
      "'Lindenlaanlindenlaanlindenlaanlindenlaanlindenlaanlindenlaanlindenlaanlindenlaanx'|Size"
          + "|must be 1 to 80 characters long|moet 1 tot en met 80 tekens lang zijn"})
  void blankLongMultiLineAndFormulaNamesAreRefusedInEnglishAndDutchNamingTheFieldAndRule(String given,
      String rule, String english, String dutch) {
    String name = given.replace("\\n", "\n");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Area.of(name));
    assertEquals(List.of("Area|name|" + rule),
        e.violations().stream().map(v -> v.type() + "|" + v.path() + "|" + v.rule()).toList());
    assertTrue(e.getMessage().startsWith("invalid value (1): Area.name: " + english), e.getMessage());
    assertTrue(e.message(DUTCH).startsWith("ongeldige waarde (1): Area.name: " + dutch), e.message(DUTCH));
    if (!name.isBlank()) {
      assertFalse(e.getMessage().contains(name.strip()), "the message quotes the value");
    }
  }

  @org.junit.jupiter.api.Test
  void dayPartsSplitTheDayInFour() {
    assertEquals(DayPart.NIGHT, DayPart.of(LocalTime.of(5, 59)));
    assertEquals(DayPart.MORNING, DayPart.of(LocalTime.of(6, 0)));
    assertEquals(DayPart.AFTERNOON, DayPart.of(LocalTime.of(12, 0)));
    assertEquals(DayPart.EVENING, DayPart.of(LocalTime.of(23, 59)));
  }
}
