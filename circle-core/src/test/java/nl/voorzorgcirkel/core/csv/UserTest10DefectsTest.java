package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Defects found by the tenth user test in the member import, each as a test that failed before its
 * fix: a file of only a byte-order mark (finding 2; every entry point of both readers is in {@code
 * EmptyCsvFilesTest} of circle-matching).
 */
class UserTest10DefectsTest {

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
}
