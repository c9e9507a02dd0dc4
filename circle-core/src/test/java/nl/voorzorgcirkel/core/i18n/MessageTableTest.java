package nl.voorzorgcirkel.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message table read from two small, known tables: lookup, fallback and placeholders. */
class MessageTableTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final String ENGLISH = String.join("\n",
      "both=hello {name}",
      "first={name} is here",
      "only.english=only in English",
      "plain=no placeholders",
      "count={n,choice,0#no items|1#one item|1<{n} items} in {place}",
      "twice={a} and {a}, not {b}",
      "leg={other,choice,0#no other leg|1#another leg}");
  private static final String NEDERLANDS = String.join("\n",
      "both=hallo {name}",
      "first={name} is er",
      "plain=zonder plaatshouders",
      "twice={a} en {a}, niet {b}",
      "count={n,choice,0#geen dingen|1#één ding|1<{n} dingen} in {place}",
      "only.dutch=alleen in het Nederlands",
      "leg={other,choice,0#geen ander deel|1#een ander deel}");

  private static MessageTable table() {
    return MessageTable.load(MessageTableTest.class, name -> stream(
        name.equals("messages.properties") ? ENGLISH : NEDERLANDS));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aKeyIsKnownOnlyWhenBothLanguagesHaveIt() {
    MessageTable table = table();
    assertTrue(table.has("both"));
    assertFalse(table.has("only.english"));
    assertFalse(table.has("only.dutch"));
    assertFalse(table.has("nowhere"));
  }

  @Test
  void dutchForDutchReadersAndEnglishForEveryOtherLocale() {
    MessageTable table = table();
    Map<String, String> anna = Map.of("name", "Anna");
    assertEquals("hallo Anna", table.format("both", DUTCH, anna));
    assertEquals("hallo Anna", table.format("both", Locale.forLanguageTag("nl-BE"), anna));
    assertEquals("hello Anna", table.format("both", Locale.ENGLISH, anna));
    assertEquals("hello Anna", table.format("both", Locale.GERMAN, anna));
    assertEquals("zonder plaatshouders", table.format("plain", DUTCH, Map.of()));
  }

  @Test
  void aMissingTextFallsBackToEnglishAndThenToTheKey() {
    MessageTable table = table();
    assertEquals("only in English", table.format("only.english", DUTCH, Map.of()));
    assertEquals("nowhere", table.format("nowhere", DUTCH, Map.of()));
  }

  @Test
  void everyPlaceholderIsFilledAndAnUnknownOneIsKept() {
    MessageTable table = table();
    assertEquals("Anna is here", table.format("first", Locale.ENGLISH, Map.of("name", "Anna")));
    assertEquals("1 and 1, not {b}", table.format("twice", Locale.ENGLISH, Map.of("a", 1)));
    assertEquals("{name} is er", table.format("first", DUTCH, Map.of()));
    // replacement text is taken literally, not as a regular expression's group reference
    assertEquals("$1 \\ is here", table.format("first", Locale.ENGLISH, Map.of("name", "$1 \\")));
  }

  @Test
  void aCountChoosesItsWordsAndTheChosenWordsGetTheirPlaceholders() {
    MessageTable table = table();
    assertEquals("no items in Tuin", table.format("count", Locale.ENGLISH, Map.of("n", 0, "place", "Tuin")));
    assertEquals("one item in Tuin", table.format("count", Locale.ENGLISH, Map.of("n", 1, "place", "Tuin")));
    assertEquals("7 items in Tuin", table.format("count", Locale.ENGLISH, Map.of("n", 7L, "place", "Tuin")));
    assertEquals("één ding in Tuin", table.format("count", DUTCH, Map.of("n", 1, "place", "Tuin")));
    assertEquals("2 dingen in Tuin", table.format("count", DUTCH, Map.of("n", 2, "place", "Tuin")));
    // without a number nothing is chosen: the choice stays as written, its placeholders filled
    assertEquals("{n,choice,0#no items|1#one item|1<many items} in Tuin",
        table.format("count", Locale.ENGLISH, Map.of("n", "many", "place", "Tuin")));
    assertEquals("{n,choice,0#no items|1#one item|1<{n} items} in Tuin",
        table.format("count", Locale.ENGLISH, Map.of("place", "Tuin")));
  }

  @Test
  void trueAndFalseChooseAsOneAndZero() {
    MessageTable table = table();
    assertEquals("another leg", table.format("leg", Locale.ENGLISH, Map.of("other", true)));
    assertEquals("no other leg", table.format("leg", Locale.ENGLISH, Map.of("other", false)));
    assertEquals("een ander deel", table.format("leg", DUTCH, Map.of("other", true)));
    assertEquals("geen ander deel", table.format("leg", DUTCH, Map.of("other", false)));
  }

  @Test
  void aMissingTableNamesItsFileAndOwner() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> MessageTable.load(MessageTableTest.class,
            name -> name.equals("messages.properties") ? stream(ENGLISH) : null));
    assertEquals("missing message table messages_nl.properties beside "
        + MessageTableTest.class.getName(), e.getMessage());
  }

  /**
   * User test 3, finding 19: Dutch sentences carried decimal points ("4.2 uur vorige week", "Gini
   * 0.212", "66.7% voldoet"). The table writes a fraction in the reader's notation; whole numbers
   * stay as they are (a year is no 1.948).
   */
  @Test
  void numbersAreWrittenInTheReadersNotation() {
    MessageTable table = MessageTable.load(MessageTableTest.class, name -> stream(
        "hours={hours} uur, {share,number,0.0}% voldoet, jaar {year}, {big,number,#,##0} tekens"));
    Map<String, Object> figures = Map.of("hours", 4.2, "share", 66.666, "year", 1948, "big", 20_000_000L);
    assertEquals("4,2 uur, 66,7% voldoet, jaar 1948, 20.000.000 tekens", table.format("hours", DUTCH, figures));
    assertEquals("4.2 uur, 66.7% voldoet, jaar 1948, 20,000,000 tekens", table.format("hours", Locale.ENGLISH,
        figures));
    assertEquals("0,366", MessageTable.number(0.3661, "0.000", DUTCH));
    assertEquals("0.366", MessageTable.number(0.3661, "0.000", Locale.GERMAN));
  }
}
