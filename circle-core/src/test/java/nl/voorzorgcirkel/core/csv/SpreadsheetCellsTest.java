package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** Hostile cells in lists people open in a spreadsheet (user test 3, F12: a phone {@code -1234567}). */
class SpreadsheetCellsTest {

  @Test
  void everyCellThatASpreadsheetCouldRunAsAFormulaGetsAnApostrophe() {
    assertEquals("'=HYPERLINK(\"http://evil.example\";\"x\")", SpreadsheetCells.defused("=HYPERLINK(\"http://evil.example\";\"x\")"));
    assertEquals("'@SUM(1)", SpreadsheetCells.defused("@SUM(1)"));
    assertEquals("'+cmd|' /C calc'!A0", SpreadsheetCells.defused("+cmd|' /C calc'!A0"));
    assertEquals("'-1234567", SpreadsheetCells.defused("-1234567"));
    assertEquals("'-1+1", SpreadsheetCells.defused("-1+1"));
    assertEquals("'=1+1", SpreadsheetCells.defused("=1+1"));
    assertEquals("'+31-6-12345678", SpreadsheetCells.defused("+31-6-12345678"));
    assertEquals("'+1+1", SpreadsheetCells.defused("+1+1"));
    assertEquals("'+31 6  1234", SpreadsheetCells.defused("+31 6  1234"));
    assertEquals("'+31 6 1234 ", SpreadsheetCells.defused("+31 6 1234 "));
    assertEquals("'+ 31", SpreadsheetCells.defused("+ 31"));
    assertEquals("'+31 (0)6 1234", SpreadsheetCells.defused("+31 (0)6 1234"));
    assertEquals("'+", SpreadsheetCells.defused("+"));
    assertEquals("'\t=1", SpreadsheetCells.defused("\t=1"));
    assertEquals("'\r=1", SpreadsheetCells.defused("\r=1"));
  }

  @Test
  void aPhoneNumberInInternationalFormGetsAnApostropheToo() {
    // Excel opening a CSV computes both: the space of +31 6 12345678 is its intersection operator
    // (#NULL!), and +31612345678 becomes the number 3.16E+10 without its + (a wrong number to dial)
    assertEquals("'+31 6 12345678", SpreadsheetCells.defused("+31 6 12345678"));
    assertEquals("'+31612345678", SpreadsheetCells.defused("+31612345678"));
    assertEquals("'+31 36 123 4567", SpreadsheetCells.defused("+31 36 123 4567"));
  }

  @Test
  void everyCellStartingWithAFormulaCharacterGetsOneApostropheBeforeItsText() {
    // whatever follows the first character, the one exception is the lone "-" of the lists
    Props.property("SpreadsheetCells.defused: formula start", 2_000).forAll(
        integers().between(0, 5), strings().basicLatinAlphabet().ofLengthBetween(0, 20))
        .checkAssert((first, rest) -> {
          String cell = "=+-@\t\r".charAt(first) + rest;
          assertEquals(cell.equals("-") ? cell : "'" + cell, SpreadsheetCells.defused(cell));
        });
  }

  @Test
  void aPhoneNumberASpreadsheetWouldReadAsANumberOrADateIsKeptAsText() {
    // user test 6, J4: Excel and LibreOffice open 0612345678 as the number 612345678 (the 0 lost)
    assertEquals("'0612345678", SpreadsheetCells.asText("0612345678"));
    assertEquals("'(0201234567)", SpreadsheetCells.asText("(0201234567)")); // a negative number
    assertEquals("'12-10-2020", SpreadsheetCells.asText("12-10-2020")); // a date
    assertEquals("'06/12", SpreadsheetCells.asText("06/12"));
    assertEquals("'+31612345678", SpreadsheetCells.asText("+31612345678")); // defused, once
    assertEquals("'+31 6 12345678", SpreadsheetCells.asText("+31 6 12345678"));
    // what a spreadsheet keeps as text is written as it is
    assertEquals("06 12345678", SpreadsheetCells.asText("06 12345678"));
    assertEquals("020-1234567", SpreadsheetCells.asText("020-1234567"));
    assertEquals("06-12345678", SpreadsheetCells.asText("06-12345678"));
    assertEquals("(020) 1234567", SpreadsheetCells.asText("(020) 1234567"));
    assertEquals("geen nummer", SpreadsheetCells.asText("geen nummer"));
    assertEquals("", SpreadsheetCells.asText(""));
    assertThrows(NullPointerException.class, () -> SpreadsheetCells.asText(null));
  }

  @Test
  void asTextAddsAtMostOneApostropheAndAlwaysOneBeforeDigitsOnly() {
    Props.property("SpreadsheetCells.asText: digits only", 2_000).forAll(
        strings().betweenCodePoints('0', '9').ofLengthBetween(1, 20), strings().basicLatinAlphabet().ofLengthBetween(0, 20))
        .checkAssert((digits, any) -> {
          assertEquals("'" + digits, SpreadsheetCells.asText(digits));
          String written = SpreadsheetCells.asText(any);
          assertTrue(written.equals(any) || written.equals("'" + any), written);
          if (!SpreadsheetCells.defused(any).equals(any)) {
            assertEquals(SpreadsheetCells.defused(any), written, "a formula gets one apostrophe, not two");
          }
        });
  }

  @Test
  void otherCellsAndTheEmptyMarkAreLeftAsTheyAre() {
    assertEquals("Anna", SpreadsheetCells.defused("Anna"));
    assertEquals("06 1234 5678", SpreadsheetCells.defused("06 1234 5678"));
    assertEquals("-", SpreadsheetCells.defused("-"));
    assertEquals("", SpreadsheetCells.defused(""));
    assertEquals("a=b", SpreadsheetCells.defused("a=b"));
    assertThrows(NullPointerException.class, () -> SpreadsheetCells.defused(null));
  }
}
