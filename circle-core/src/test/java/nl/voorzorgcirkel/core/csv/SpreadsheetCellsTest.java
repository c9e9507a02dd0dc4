package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void otherCellsAndTheEmptyMarkAreLeftAsTheyAre() {
    assertEquals("Anna", SpreadsheetCells.defused("Anna"));
    assertEquals("06 1234 5678", SpreadsheetCells.defused("06 1234 5678"));
    assertEquals("-", SpreadsheetCells.defused("-"));
    assertEquals("", SpreadsheetCells.defused(""));
    assertEquals("a=b", SpreadsheetCells.defused("a=b"));
    assertThrows(NullPointerException.class, () -> SpreadsheetCells.defused(null));
  }
}
