package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/** The CSV defects of issue 16, each as a test that failed before its fix. */
class MemberCsvDefectsTest {

  private static final String HEADER = "id,name,birth year,latitude,longitude,joined,notes";

  private static ImportResult<Member> read(String text, ImportMode mode) {
    return MemberCsv.read(text.getBytes(StandardCharsets.UTF_8), mode);
  }

  private static List<String> ids(ImportResult<Member> result) {
    return result.values().stream().map(m -> m.id().value()).collect(Collectors.toList());
  }

  private static List<String> problems(ImportResult<?> result) {
    return result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  @Test
  void crOnlyLineEndsOfOldMacExportsAreLines() {
    String file = String.join("\r", HEADER,
        "m-1,Anna,1948,52.379,5.223,2025-03-01,",
        "m-2,Bert,1950,52.379,5.223,2025-03-01,", "");
    ImportResult<Member> all = read(file, ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of("m-1", "m-2"), ids(all));
    assertEquals(3, all.rows().get(1).row());
    // CR, LF and CR LF mixed in one file
    assertEquals(List.of("m-1", "m-2", "m-3"), ids(read(HEADER + "\r\n"
        + "m-1,Anna,1948,52.379,5.223,2025-03-01,\n"
        + "m-2,Bert,1950,52.379,5.223,2025-03-01,\r"
        + "m-3,Cor,1950,52.379,5.223,2025-03-01,", ImportMode.ALL_OR_NOTHING)));
  }

  @Test
  void aQuotedCellMaySpanLinesAndInjectsNoRow() {
    String file = String.join("\n", HEADER,
        "m-1,Anna,1948,52.379,5.223,2025-03-01,\"likes walks",
        "m-9, on Sundays, with Bert\"",
        "m-2,Bert,1950,52.379,5.223,2025-03-01,\"two\r\nlines\"");
    ImportResult<Member> result = read(file, ImportMode.VALID_ROWS);
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("m-1", "m-2"), ids(result));
    // rows as a spreadsheet shows them: the note over two lines stays in row 2 (user test 11, M3)
    assertEquals(List.of(2, 3), result.rows().stream().map(ImportResult.Row::row).collect(Collectors.toList()));
  }

  /**
   * A quoted cell whose later lines look like rows of the file is a quote opened by mistake that
   * swallowed them, or text made to look like rows: either way it is reported, and no row comes of
   * the text inside it.
   */
  @Test
  void aQuotedCellThatHoldsRowsIsReportedNotRead() {
    String file = String.join("\n", HEADER,
        "m-1,Anna,1948,52.379,5.223,2025-03-01,\"note",
        "m-9,Injected,1950,52.379,5.223,2025-03-01,\"",
        "m-2,Bert,1950,52.379,5.223,2025-03-01,");
    ImportResult<Member> result = read(file, ImportMode.VALID_ROWS);
    assertEquals(List.of("m-2"), ids(result));
    assertEquals(List.of("2:-:unterminated-quote", "3:-:unterminated-quote"), problems(result));
  }

  @Test
  void aDayThatDoesNotExistIsNoDate() {
    ImportResult<Member> result = read(String.join("\n", HEADER,
        "m-1,Anna,1948,52.379,5.223,31-02-2025,",
        "m-2,Bert,1950,52.379,5.223,29-02-2024,"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:joined:date"), problems(result));
    assertEquals(LocalDate.of(2024, 2, 29), result.values().get(0).joined());
  }

  @Test
  void onlyPlainDecimalsAreNumbers() {
    for (String bad : List.of("52.3d", "52.3f", "0x1.8p5", "NaN", "Infinity", "52.3.1", "٥٢")) {
      ImportResult<Member> result = read(HEADER + "\nm-1,Anna,1948," + bad + ",5.223,2025-03-01,",
          ImportMode.VALID_ROWS);
      assertEquals(List.of("2:latitude:number"), problems(result), bad);
    }
    for (String bad : List.of("١٩٤٨", "0x7AC", "1948.5")) {
      assertEquals(List.of("2:birth year:whole-number"), problems(read(HEADER + "\nm-1,Anna," + bad
          + ",52.379,5.223,2025-03-01,", ImportMode.VALID_ROWS)), bad);
    }
    assertEquals(52.379, read(HEADER + "\nm-1,Anna,1948,\"52,379\",5.223,2025-03-01,",
        ImportMode.ALL_OR_NOTHING).values().get(0).home().latitude());
    // 1948.0 is a whole number (user test 11, L1); an exponent is refused (user test 12, L7)
    Member read = read(HEADER + "\nm-1,Anna,1948.0,52.3,5.223,2025-03-01,", ImportMode.ALL_OR_NOTHING).values().get(0);
    assertEquals(52.3, read.home().latitude());
    assertEquals(1948, read.birthYear());
  }

  @Test
  void aLineNeverShowsItsCells() {
    CsvTable table = CsvTable.parse((HEADER + "\nm-1,Zwaantje Zonderland,1931,52.379,5.223,2025-03-01,")
        .getBytes(StandardCharsets.UTF_8));
    String shown = table.lines().get(0).toString();
    assertFalse(shown.contains("Zwaantje") || shown.contains("1931"), shown);
    assertEquals("Line{row=2, line=2, fields=7}", shown);
  }

  @Test
  void aRepeatedIdNamesTheRowThatHadItFirstButNeverTheId() {
    ImportResult<Member> result = read(String.join("\n", HEADER,
        "m-1,Anna,1948,52.379,5.223,2025-03-01,",
        "m-2,Bert,1950,52.379,5.223,2025-03-01,",
        "m-1,Zwaantje,1950,52.379,5.223,2025-03-01,"), ImportMode.VALID_ROWS);
    assertEquals(List.of("4:id:duplicate-id"), problems(result));
    assertEquals("row 4, column id: this id was already used on row 2",
        result.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 4, kolom id: deze id is al gebruikt op rij 2",
        result.errors().get(0).message(Locale.forLanguageTag("nl")));
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")),
        result.values().stream().map(Member::id).collect(Collectors.toList()));
  }
}
