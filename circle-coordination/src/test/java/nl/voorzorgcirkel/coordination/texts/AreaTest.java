package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

  @ParameterizedTest
  @ValueSource(strings = {"Lindenlaan", " De Wartburg ", "1e Jacobsstraat", "2de Hugo de Grootstraat", "Muziekwijk",
      "Sint-Jansplein", "Van 't Hoffstraat"})
  void streetsBuildingsAndNeighbourhoodsAreAccepted(String name) {
    assertEquals(name.strip(), Area.of(name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lindenlaan 12", "Lindenlaan 12a", "Lindenlaan 12-2", "Lindenlaan12", "12 Lindenlaan",
      "Lindenlaan, nr. 4", "Flat 3 hoog", "1e Jacobsstraat 7", "Postbus 14", "Lindenlaan 1\u0663"})
  void anythingLikeAHouseNumberIsRefusedWithoutQuotingIt(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Area.of(name));
    assertFalse(e.getMessage().contains(name.strip()), "the message quotes the value");
    assertEquals("area: a street, building or neighbourhood without a house number (no number after the name)",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Linden\nlaan"})
  void blankAndMultiLineAreRefused(String name) {
    assertThrows(IllegalArgumentException.class, () -> Area.of(name));
  }

  @org.junit.jupiter.api.Test
  void dayPartsSplitTheDayInFour() {
    assertEquals(DayPart.NIGHT, DayPart.of(LocalTime.of(5, 59)));
    assertEquals(DayPart.MORNING, DayPart.of(LocalTime.of(6, 0)));
    assertEquals(DayPart.AFTERNOON, DayPart.of(LocalTime.of(12, 0)));
    assertEquals(DayPart.EVENING, DayPart.of(LocalTime.of(23, 59)));
  }
}
