package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * Defects found by the tenth user test in the member import, each as a test that failed before its
 * fix: a file of only a byte-order mark (finding 2; every entry point of both readers is in {@code
 * EmptyCsvFilesTest} of circle-matching) and coordinates kept at full precision (finding 6).
 */
class UserTest10DefectsTest {

  private static final String HEADER = "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n";

  /** Finding 2: Excel's "CSV UTF-8" of an empty sheet threw StringIndexOutOfBoundsException. */
  @Test
  void aFileOfOnlyAByteOrderMarkHasNoHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (ImportMode mode : ImportMode.values()) {
      assertEquals(List.of("1:-:no-header"), problems(assertThrows(ImportException.class,
          () -> MemberCsv.read(bom, mode)).errors()));
    }
    assertEquals(List.of("1:-:no-header"), problems(assertThrows(ImportException.class,
        () -> MemberCsv.read(new ByteArrayInputStream(bom), row -> { })).errors()));
    assertEquals(List.of("1:-:no-header"), problems(assertThrows(ImportException.class,
        () -> CsvTable.parse(bom)).errors()));
  }

  /** A line of invisible characters only (a non-breaking space, a zero-width space) is blank. */
  @Test
  void aLineOfInvisibleCharactersIsBlank() {
    CsvTable table = CsvTable.parse(bytes("\u00A0\r\n\u200B;\u2003\r\na;b\r\n\u00A0;\u00A0\r\n1;2\r\n"));
    assertEquals(3, table.headerRow());
    assertEquals(List.of("a", "b"), table.header());
    assertEquals(';', table.delimiter());
    assertEquals(List.of(5), table.lines().stream().map(CsvTable.Line::row).collect(Collectors.toList()));
  }

  /** Finding 6: 52,379123;5,223456 was kept as 52.379123,5.223456; the README promises about 100 m. */
  @Test
  void coordinatesAreKeptCoarse() {
    String file = HEADER
        + "1;Anna;1950;52,379123;5,223456;1-3-2025\r\n"
        + "2;Bert;1950;52,3796;-5,2236;1-3-2025\r\n"
        + "3;Cor;1950;52.379;5.223;1-3-2025\r\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of(GeoPoint.coarse(52.379, 5.223), GeoPoint.coarse(52.38, -5.224), GeoPoint.coarse(52.379, 5.223)),
        result.values().stream().map(Member::home).collect(Collectors.toList()));
    assertEquals(52.379, result.values().get(0).home().latitude());
    assertEquals(5.223, result.values().get(0).home().longitude());
    List<Member> streamed = new ArrayList<>();
    MemberCsv.read(new ByteArrayInputStream(bytes(file)), row -> streamed.add(row.value()));
    assertEquals(result.values(), streamed);
  }

  /** Rounding does not make a coordinate out of range acceptable: it is checked as written. */
  @Test
  void aCoordinateOutOfRangeIsRefusedBeforeItIsRounded() {
    ImportResult<Member> result = MemberCsv.read(bytes(HEADER
        + "1;Anna;1950;90,0004;5,223;1-3-2025\r\n"
        + "2;Bert;1950;52,379;-180,0004;1-3-2025\r\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of(), result.values());
    assertEquals(List.of("2:Breedtegraad:number-range", "3:Lengtegraad:number-range"), problems(result.errors()));
  }

  /** A home reader's home is kept coarse too, whatever it returned. */
  @Test
  void aHomeFromAHomeReaderIsKeptCoarse() {
    String file = "Nr;Naam;Geboortejaar;Postcode;Aangemeld op\r\n1;Anna;1950;1318 AB;1-3-2025\r\n";
    ImportOptions options = ImportOptions.standard().withHomes((line, errors) -> GeoPoint.of(52.379123, 5.223456));
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.ALL_OR_NOTHING, options);
    assertEquals(GeoPoint.coarse(52.379, 5.223), result.values().get(0).home());
  }
}
