package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.address.Buildings;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * User test 16, M2: row 12 of an Excel export ({@code d-10;Bob Kort;1953;52,388;5,232;01-03-2025},
 * 6 of 14 fields) was imported as a member with 2 hours a week, vital, group chat and no offers,
 * without an error or a review. A row with fewer fields than the header, or a value beyond it, is
 * refused by its row and both counts, in every read (streamed, whole, all or nothing) and in every
 * shape a spreadsheet writes (byte-order mark, CR LF, LF, CR, quoted line breaks); empty fields at
 * the end of a line are separators and lose nothing.
 */
class RowLengthTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wil helpen met;"
      + "Uren per week;Vitaliteit;Rol;Contactkanaal;Telefoon;Woont alleen;Liever niet met";

  /** The tester's file, cut down: a note over two lines in row 3, the short row 4, a good row 5. */
  private static String excelExport(String lineEnd) {
    return "\uFEFF" + String.join(lineEnd, HEADER,
        "d-01;Zoë Öztürk;1948;52,379;5,223;01-03-2025;boodschappen doen;2,5;vitaal;verbinder;appgroep;06-11122233;ja;",
        "d-03;\"Henk" + lineEnd + "Tweede regel\";1944;52,381;5,225;2025-03-01;klusjes;2;enige beperkingen;deelnemer;"
            + "appgroep;;nee;",
        "d-10;Bob Kort;1953;52,388;5,232;01-03-2025",
        "d-11;Ans;1953;52,389;5,233;01-03-2025;autorit;3;afhankelijk;deelnemer;telefoon;06-33344455;nee;") + lineEnd;
  }

  @Test
  void aTruncatedRowIsRefusedByItsRowAndCountsInEveryShapeAndEveryRead() {
    for (String lineEnd : List.of("\r\n", "\n", "\r")) {
      byte[] file = bytes(excelExport(lineEnd));
      String shape = lineEnd.replace("\r", "CR").replace("\n", "LF");
      // row 3 holds the quoted line break; "Henk\nTweede regel" is refused as a name (name-format)
      List<String> expected = List.of("3:Naam:name-format", "4:-:field-count");

      ImportResult<Member> whole = MemberCsv.read(file, ImportMode.VALID_ROWS);
      assertEquals(expected, problems(whole.errors()), shape);
      assertEquals(List.of(2, 5), whole.rows().stream().map(ImportResult.Row::row).toList(), shape);

      List<Integer> streamed = new ArrayList<>();
      ImportResult<Member> stream = MemberCsv.read(new ByteArrayInputStream(file), row -> streamed.add(row.row()));
      assertEquals(expected, problems(stream.errors()), shape);
      assertEquals(List.of(2, 5), streamed, shape);

      ImportResult<Member> table = MemberCsv.read(CsvTable.parse(file), ImportMode.VALID_ROWS);
      assertEquals(expected, problems(table.errors()), shape);

      ImportException refused = assertThrows(ImportException.class,
          () -> MemberCsv.read(file, ImportMode.ALL_OR_NOTHING), shape);
      assertEquals(expected, problems(refused.errors()), shape);

      RowError shortRow = whole.errors().get(1);
      assertEquals("row 4: the row has 6 fields where the header row has 14: a cell is missing or one too many (a"
          + " separator too few or too many), which puts the cells after it in the wrong columns, so the row is not"
          + " read", shortRow.message(Locale.ENGLISH), shape);
      assertEquals("rij 4: de rij heeft 6 velden waar de kopregel er 14 heeft: er ontbreekt een cel of er is er een te"
          + " veel (een scheidingsteken te weinig of te veel), waardoor de cellen erna in de verkeerde kolommen staan,"
          + " dus de rij is niet gelezen", shortRow.message(DUTCH), shape);
      for (RowError error : whole.errors()) {
        for (String value : List.of("Bob", "Kort", "1953", "d-10", "Henk")) {
          assertFalse(error.message(Locale.ENGLISH).contains(value) || error.message(DUTCH).contains(value), value);
        }
      }
    }
  }

  @Test
  void aTruncatedRowIsRefusedAlsoWhenItsCellsBreakNoRule() {
    // only the required columns, and nothing else: the old reader took the rest as defaults
    ImportResult<Member> result = MemberCsv.read(bytes(HEADER + "\r\nd-10;Bob Kort;1953;52,388;5,232;01-03-2025;"
        + "autorit;2;vitaal;deelnemer;appgroep\r\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:field-count"), problems(result.errors()));
    assertEquals(List.of(), result.rows());
    assertEquals("row 2: the row has 11 fields where the header row has 14", result.errors().get(0)
        .message(Locale.ENGLISH).substring(0, 56));
  }

  @Test
  void aValueBeyondTheHeaderIsRefusedEvenWhenTheCellsReadWell() {
    ImportResult<Member> result = MemberCsv.read(bytes(HEADER + "\nd-10;Bob;1953;52,388;5,232;01-03-2025;"
        + "autorit;2;vitaal;deelnemer;appgroep;;nee;;d-11\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:field-count"), problems(result.errors()));
  }

  /**
   * The decision about trailing separators: empty fields beyond the header (Excel and LibreOffice
   * end lines with separators up to the sheet's widest row) are read as absent, and a line that
   * stops where only columns without a name would follow misses nothing.
   */
  @Test
  void emptyFieldsAtTheEndOfALineAreSeparatorsAndTheRowIsRead() {
    String row = "d-10;Bob;1953;52,388;5,232;01-03-2025;autorit;2;vitaal;deelnemer;appgroep;;nee;";
    ImportResult<Member> longer = MemberCsv.read(bytes(HEADER + "\r\n" + row + ";;  ;\r\n"), ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of(2), longer.rows().stream().map(ImportResult.Row::row).toList());
    ImportResult<Member> unnamed = MemberCsv.read(bytes(HEADER + ";;\r\n" + row + "\r\n"), ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of(2), unnamed.rows().stream().map(ImportResult.Row::row).toList());
  }

  @Test
  void theTablesOfPostcodesAndBuildingsRefuseATruncatedRowThatBreaksNoRule() {
    ImportException buildings = assertThrows(ImportException.class, () -> Buildings.read(bytes(
        "gebouw;postcode;van;tot;zijde\r\nb-1;1318 AB;1;20;even\r\nb-2;1318 AC;1;20\r\n")));
    assertEquals(List.of("3:-:field-count"), problems(buildings.errors()));
    ImportException centres = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(
        "postcode;breedtegraad;lengtegraad;gemeente\r\n1318 AB;52,3;5,2;Almere\r\n1318 AC;52,3;5,2\r\n")));
    assertEquals(List.of("3:-:field-count"), problems(centres.errors()));
  }
}
