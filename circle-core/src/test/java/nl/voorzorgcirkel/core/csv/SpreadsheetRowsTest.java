package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * User test 11, M3: errors named the file's line as its "row", so in an Excel CSV whose row 2 holds
 * a note over two lines (a quoted line break) every later person was one row off ("row 6" for the
 * person Excel shows in row 5). A row is now what a spreadsheet shows: the records counted from 1,
 * the header and blank lines included, a quoted line break staying in its cell. The row numbers
 * asserted here are the ones Excel and LibreOffice show when they open these files. Failed before
 * the fix.
 */
class SpreadsheetRowsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * A member list with notes, as Excel writes it with the given line end (the line end inside a
   * quoted note is Excel's LF, or the file's own): row 2 has a note over two lines, row 4 one over
   * three, row 3 is fine, row 5 has a birth year that is no number, row 6 is blank (an empty row),
   * row 7 is fine, row 8 repeats the id of row 2 and row 9 has a note over two lines and a bad date.
   */
  private static byte[] list(String end, String noteBreak) {
    String text = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Opmerking" + end
        + "1;Anna;1948;52,379;5,223;01-03-2025;\"belt liever" + noteBreak + "na tienen\"" + end
        + "2;Bert;1950;52,379;5,223;01-03-2025;" + end
        + "3;Cor;1951;52,379;5,223;01-03-2025;\"sleutel bij" + noteBreak + "de buren" + noteBreak + "(nr 5)\"" + end
        + "4;Dina;19x8;52,379;5,223;01-03-2025;" + end
        + end
        + "5;Eef;1949;52,379;5,223;01-03-2025;" + end
        + "1;Fien;1947;52,379;5,223;01-03-2025;" + end
        + "6;Gijs;1946;52,379;5,223;31-02-2025;\"rolstoel" + noteBreak + "in de gang\"" + end;
    byte[] rest = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + rest.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(rest, 0, all, BOM.length, rest.length);
    return all;
  }

  /** The line ends of the files: Windows, Unix and old Mac; each note breaks with LF or its own. */
  private static List<String[]> lineEnds() {
    List<String[]> ends = new ArrayList<>();
    for (String end : List.of("\r\n", "\n", "\r")) {
      ends.add(new String[] {end, "\n"});
      ends.add(new String[] {end, end});
    }
    return ends;
  }

  private static String shown(String[] ends) {
    return ends[0].replace("\r", "CR").replace("\n", "LF") + " with notes broken by "
        + ends[1].replace("\r", "CR").replace("\n", "LF");
  }

  @Test
  void errorsNameTheRowsASpreadsheetShows() {
    for (String[] ends : lineEnds()) {
      ImportResult<Member> result = MemberCsv.read(list(ends[0], ends[1]), ImportMode.VALID_ROWS);
      assertEquals(List.of("5:Geboortejaar:whole-number", "8:Nr:duplicate-id", "9:Aangemeld op:date"),
          problems(result.errors()), shown(ends));
      assertEquals(List.of(2, 3, 4, 7), result.rows().stream().map(ImportResult.Row::row).collect(Collectors.toList()),
          shown(ends));
      assertEquals("row 5, column Geboortejaar: must be a whole number", result.errors().get(0).message(Locale.ENGLISH));
      assertEquals("rij 5, kolom Geboortejaar: moet een geheel getal zijn", result.errors().get(0).message(DUTCH));
      assertEquals("row 8, column Nr: this id was already used on row 2", result.errors().get(1).message(Locale.ENGLISH));
    }
  }

  @Test
  void theLineOfTheFileIsKeptForATextEditor() {
    for (String[] ends : lineEnds()) {
      CsvTable table = CsvTable.parse(list(ends[0], ends[1]));
      assertEquals(1, table.headerRow());
      List<String> rowsAndLines = table.lines().stream().map(l -> l.row() + "@" + l.line()).collect(Collectors.toList());
      // the blank row 6 is left out; each quoted line break moves the lines after it one further
      assertEquals(List.of("2@2", "3@4", "4@5", "5@8", "7@10", "8@11", "9@12"), rowsAndLines, shown(ends));
      assertEquals("Line{row=5, line=8, fields=7}", table.lines().get(3).toString());
    }
  }

  @Test
  void aStreamedFileNumbersItsRowsAsAParsedOne() {
    for (String[] ends : lineEnds()) {
      List<Integer> rows = new ArrayList<>();
      ImportResult<Member> result = MemberCsv.read(new ByteArrayInputStream(list(ends[0], ends[1])),
          row -> rows.add(row.row()));
      assertEquals(List.of(2, 3, 4, 7), rows, shown(ends));
      assertEquals(List.of("5:Geboortejaar:whole-number", "8:Nr:duplicate-id", "9:Aangemeld op:date"),
          problems(result.errors()), shown(ends));
    }
  }

  /** Blank lines before the header are empty rows: the header is where the spreadsheet shows it. */
  @Test
  void blankLinesAreEmptyRows() {
    String file = "\r\n;;\r\nNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Opmerking\r\n"
        + "1;Anna;1948;52,379;5,223;01-03-2025;\"twee\nregels\"\r\n"
        + "\r\n"
        + "2;Bert;19x0;52,379;5,223;01-03-2025;\r\n";
    CsvTable table = CsvTable.parse(file.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, table.headerRow());
    assertEquals(List.of("6:Geboortejaar:whole-number"),
        problems(MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS).errors()));
  }

  /**
   * A quote opened and never closed is reported on its row, and reading goes on with the line
   * after its first line, the next row: the rows after it keep their numbers.
   */
  @Test
  void aBrokenQuoteCostsOneRowAndTheRowsAfterItKeepTheirNumbers() {
    String file = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Opmerking\r\n"
        + "1;Anna;1948;52,379;5,223;01-03-2025;\"twee\r\nregels\"\r\n"
        + "2;Bert;1948;52,379;5,223;01-03-2025;\"nooit dicht\r\n"
        + "3;Cor;19x0;52,379;5,223;01-03-2025;\r\n"
        + "4;Dina;1948;52,379;5,223;01-03-2025;\r\n";
    ImportResult<Member> result = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of("3:-:unterminated-quote", "4:Geboortejaar:whole-number"), problems(result.errors()));
    assertEquals(List.of(2, 5), result.rows().stream().map(ImportResult.Row::row).collect(Collectors.toList()));
  }

  /** Every reader reports rows by the one mechanism: the table of postcode centres too. */
  @Test
  void theOtherReadersNameTheSameRows() {
    String file = "postcode;breedtegraad;lengtegraad;buurt;opmerking\r\n"
        + "1318 AB;52,379;5,223;Centrum;\"twee\r\nregels\"\r\n"
        + "1318 AC;52,38;x;Centrum;\r\n";
    ImportException e = assertThrows(ImportException.class,
        () -> PostcodeCentroids.read(file.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("3:lengtegraad:number"), problems(e.errors()));
  }
}
