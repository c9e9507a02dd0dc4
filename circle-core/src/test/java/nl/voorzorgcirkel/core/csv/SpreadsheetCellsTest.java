package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void otherCellsAndTheEmptyMarkAreLeftAsTheyAre() {
    assertEquals("Anna", SpreadsheetCells.defused("Anna"));
    assertEquals("06 1234 5678", SpreadsheetCells.defused("06 1234 5678"));
    // user test 5, H10: the apostrophe showed before every international number in Excel; a +
    // followed by digits and single spaces holds no operator, reference or function
    assertEquals("+31 6 12345678", SpreadsheetCells.defused("+31 6 12345678"));
    assertEquals("+31612345678", SpreadsheetCells.defused("+31612345678"));
    assertEquals("-", SpreadsheetCells.defused("-"));
    assertEquals("", SpreadsheetCells.defused(""));
    assertEquals("a=b", SpreadsheetCells.defused("a=b"));
    assertThrows(NullPointerException.class, () -> SpreadsheetCells.defused(null));
  }
}
