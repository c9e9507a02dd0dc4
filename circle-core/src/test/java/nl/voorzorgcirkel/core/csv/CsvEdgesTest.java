package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/** The CSV reader at its limits: separators, the header, field and line sizes, memory, errors. */
class CsvEdgesTest {

  private static final String HEADER = "id,name,birth year,latitude,longitude,joined";
  private static final String ROW = ",Anna,1948,52.379,5.223,2025-03-01";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(CsvTable table) {
    return table.lines().stream().map(l -> l.row() + ":" + l.problem()).collect(Collectors.toList());
  }

  @Test
  void theSeparatorIsTheOneTheHeaderUsesMoreOutsideQuotes() {
    assertEquals(';', CsvTable.parse(bytes("\"a,b,c\";d;e\n1;2;3")).delimiter());
    assertEquals(',', CsvTable.parse(bytes("\"a;b;c\",d,e\n1,2,3")).delimiter());
    assertEquals(',', CsvTable.parse(bytes("a;b,c\n1;2,3")).delimiter(), "a tie is a comma");
    assertEquals(';', CsvTable.parse(bytes("\r\n\n  \na;b\n1;2")).delimiter(), "after blank lines");
    assertEquals(4, CsvTable.parse(bytes("\r\n\n  \na;b\n1;2")).headerRow());
    CsvTable table = CsvTable.parse(bytes("\uFEFFId; Lid Sinds ;Liever_niet-met\n1;2;3"));
    assertEquals(List.of("Id", "Lid Sinds", "Liever_niet-met"), table.header());
    assertEquals(1, table.column(List.of("lidsinds")));
    assertEquals(2, table.column(List.of("x", "lievernietmet")));
    assertEquals(-1, table.column(List.of("naam")));
    assertEquals("[|,]", table.listSeparators());
    assertEquals("[|;]", CsvTable.parse(bytes("a,b\n1,2")).listSeparators());
    assertEquals("no-header", assertThrows(ImportException.class, () -> CsvTable.parse(bytes("\n \n")))
        .errors().get(0).rule());
    // a header that is not UTF-8 is one more line of a file in another encoding: say how to save it
    assertEquals("encoding", assertThrows(ImportException.class, () -> CsvTable.parse(new byte[] {'a', (byte) 0xFF,
        '\n', '1'})).errors().get(0).rule());
  }

  @Test
  void fieldsAndLinesAreLimited() {
    String longest = "x".repeat(CsvStream.MAX_FIELD);
    CsvTable table = CsvTable.parse(bytes("a,b\n" + longest + ",1\n" + longest + "x,1\n\"" + longest + "x\",1\nok,1"));
    assertEquals(List.of("2:null", "3:field-too-long", "4:field-too-long", "5:null"), problems(table));
    String widest = String.join(",", Collections.nCopies(CsvStream.MAX_FIELDS, "1"));
    CsvTable wide = CsvTable.parse(bytes("a,b\n" + widest + "\n" + widest + ",1\nok,1"));
    // the widest line is read, to be refused for its values beyond the header
    assertEquals(List.of("2:field-count", "3:too-many-fields", "4:null"), problems(wide));
    assertEquals(CsvStream.MAX_FIELDS, wide.lines().get(0).fields().size());
  }

  @Test
  void anImportStopsAfterAThousandProblemsAndSaysSo() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < MemberCsv.MAX_ERRORS + 20; i++) {
      file.append("\nm-").append(i).append(",,1948,52.379,5.223,2025-03-01");
    }
    file.append("\nm-last").append(ROW);
    ImportResult<Member> result = MemberCsv.read(bytes(file.toString()), ImportMode.VALID_ROWS);
    assertEquals(MemberCsv.MAX_ERRORS + 1, result.errors().size());
    RowError last = result.errors().get(MemberCsv.MAX_ERRORS);
    assertEquals("too-many-errors", last.rule());
    assertEquals(MemberCsv.MAX_ERRORS + 1, last.row());
    assertTrue(last.message(java.util.Locale.ENGLISH).contains("more than 1000 problems"), last.toString());
    assertEquals(List.of(), result.values());
  }

  @Test
  void streamingKeepsLittleTextAndStartsAgainAfterABrokenLineFarIn() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      rows.append("m-").append(i).append(ROW).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
    }
    String tail = "m-x,\"Anna,1948,52.379,5.223,2025-03-01\nm-y" + ROW + "\n";
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(bytes(HEADER + "\n" + rows)),
        new ByteArrayInputStream(bytes(tail)));
    int[] most = {0};
    List<String> last = new ArrayList<>();
    try (CsvStream stream = CsvStream.open(in)) {
      stream.forEachRemaining(line -> {
        most[0] = Math.max(most[0], stream.keptCharacters());
        if (line.row() > 60_001) {
          last.add(line.row() + ":" + line.problem() + ":" + (line.fields().isEmpty() ? "" : line.fields().get(0)));
        }
      });
    }
    assertEquals(List.of("60002:unterminated-quote:", "60003:null:m-y"), last);
    assertTrue(most[0] < 200_000, "kept " + most[0] + " characters of about 2.5 million");
  }

  @Test
  void aStreamedTableIsReadOnceAndClosesItsStream() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(bytes(HEADER + "\nm-1" + ROW)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    CsvTable table = CsvTable.open(in);
    assertEquals(1, table.headerRow());
    assertEquals(',', table.delimiter());
    assertThrows(IllegalStateException.class, table::lines);
    List<CsvTable.Line> lines = new ArrayList<>();
    table.forEachLine(lines::add);
    assertEquals(1, lines.size());
    assertThrows(IllegalStateException.class, () -> table.forEachLine(lines::add));
    table.close();
    assertTrue(closed.get());
    CsvTable parsed = CsvTable.parse(bytes(HEADER + "\nm-1" + ROW));
    List<CsvTable.Line> twice = new ArrayList<>();
    parsed.forEachLine(twice::add);
    parsed.forEachLine(twice::add);
    assertEquals(2, twice.size());
  }

  @Test
  void aLineShorterThanTheHeaderIsRefusedAndInvalidUtf8IsReported() {
    // a short line was read with its missing cells empty until user test 16, M2
    ImportResult<Member> result = MemberCsv.read(bytes("id,name,birth year,latitude,longitude,joined,hours per week,"
        + "vitality\nm-1" + ROW + "\nm-2,B\u00e9rt,1950,52.379,5.223,2025-03-01,2,vitaal"), ImportMode.VALID_ROWS);
    assertEquals(1, result.values().size(), result.errors().toString());
    assertTrue(result.errors().get(0).message(Locale.ENGLISH).startsWith(
        "row 2: the row has 6 fields where the header row has 8:"), result.errors().toString());
    byte[] broken = bytes(HEADER + "\nm-1,Anna,1948,52.379,5.223,2025-03-01\nm-2,Bxrt,1950,52.379,5.223,2025-03-01");
    broken[broken.length - 30] = (byte) 0xC3;
    ImportResult<Member> read = MemberCsv.read(broken, ImportMode.VALID_ROWS);
    assertEquals(List.of("3:-:encoding"), read.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-")
        + ":" + e.rule()).collect(Collectors.toList()));
  }

  @Test
  void aCellIsStrippedAndEmptyForAColumnTheLineOrTheFileLacks() {
    CsvTable table = CsvTable.parse(bytes("a,b,c\n x , y\n"));
    CsvTable.Line line = table.lines().get(0);
    assertEquals("x", line.cell(0));
    assertEquals("y", line.cell(1));
    assertEquals("", line.cell(2));
    assertEquals("", line.cell(table.column(List.of("missing"))));
  }

  @Test
  void readAllGivesEachLineItsOwnErrorsAndRefusesTheFileWithAllOfThemInFileOrder() {
    CsvTable table = CsvTable.parse(bytes("n\n1\nx\n\"a\"b\n"));
    List<String> kept = new ArrayList<>();
    ImportException e = assertThrows(ImportException.class, () -> table.readAll((line, errors) -> {
      assertTrue(errors.isEmpty(), "each line starts without errors");
      if (!line.cell(0).matches("[0-9]+")) {
        errors.add(RowError.of(line.row(), "n", "whole-number"));
      }
      if (errors.isEmpty()) {
        kept.add(line.cell(0));
      }
    }));
    assertEquals(List.of("1"), kept);
    assertEquals(List.of("3:whole-number", "4:text-after-quote"),
        e.errors().stream().map(r -> r.row() + ":" + r.rule()).collect(Collectors.toList()));
    CsvTable good = CsvTable.parse(bytes("n\n1\n2\n"));
    List<String> all = new ArrayList<>();
    good.readAll((line, errors) -> all.add(line.cell(0)));
    assertEquals(List.of("1", "2"), all);
  }
}
