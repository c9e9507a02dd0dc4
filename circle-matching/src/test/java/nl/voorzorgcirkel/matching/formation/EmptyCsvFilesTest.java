package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with nothing in it, as Excel and editors save one (user test 10, finding 2: a file of
 * only a UTF-8 byte-order mark threw {@code StringIndexOutOfBoundsException}), through every entry
 * point of both readers: the bytes, a stream, a stream from a file on disk, a stream that hands
 * over one byte per read (a network stream; it showed that the mark alone ended the first read of
 * any file), the table, and the candidate reader. Each is refused as a file without a header
 * ({@code no-header}, row 1), or, for the mark of UTF-16, as a file in another encoding, with the
 * library's exception and nothing else.
 */
class EmptyCsvFilesTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path directory;

  private static byte[] bytes(byte[] prefix, String text) {
    byte[] rest = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + rest.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }

  /** The files that hold nothing, each with the rule it is refused by. */
  private static Map<String, Map.Entry<byte[], String>> files() {
    Map<String, Map.Entry<byte[], String>> files = new LinkedHashMap<>();
    files.put("empty", Map.entry(new byte[0], "no-header"));
    files.put("BOM only", Map.entry(BOM, "no-header"));
    files.put("two BOMs", Map.entry(bytes(BOM, "\uFEFF"), "no-header"));
    for (String blank : List.of("\r\n", "\n", "\r", "\r\n\r\n\r\n", "\n\n\n", "\r\r", " ", "\t", " \t \r\n \n\t",
        "\u00A0", "\u2003\u3000\r\n", "\u200B\r\n\u00A0\r\n", ";;\r\n", ",,,\n", " ; ; \r\n\r\n", "\"\"\r\n",
        "\"\";\"\"\r\n")) {
      String shown = blank.replace("\r", "CR").replace("\n", "LF").replace("\t", "TAB");
      files.put(shown, Map.entry(bytes(new byte[0], blank), "no-header"));
      files.put("BOM " + shown, Map.entry(bytes(BOM, blank), "no-header"));
    }
    // UTF-16 is not read: its mark is two bytes that are no UTF-8, and the file is refused as one
    // saved in another encoding, which says to save it as CSV UTF-8
    files.put("UTF-16 BE BOM", Map.entry(new byte[] {(byte) 0xFE, (byte) 0xFF}, "encoding"));
    files.put("UTF-16 LE BOM", Map.entry(new byte[] {(byte) 0xFF, (byte) 0xFE}, "encoding"));
    files.put("UTF-16 LE BOM CR LF", Map.entry(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x0D, 0, 0x0A, 0}, "encoding"));
    files.put("half a BOM", Map.entry(new byte[] {(byte) 0xEF, (byte) 0xBB}, "encoding"));
    return files;
  }

  /** A stream that hands over one byte per read and says nothing is ready, as a slow network does. */
  private static InputStream trickle(byte[] bytes) {
    return new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < bytes.length ? bytes[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
          return 0;
        }
        int b = read();
        if (b < 0) {
          return -1;
        }
        buffer[offset] = (byte) b;
        return 1;
      }

      @Override
      public int available() {
        return 0;
      }
    };
  }

  /** Every way of reading a file's bytes, by name. */
  private Map<String, Function<byte[], Object>> entryPoints() {
    Map<String, Function<byte[], Object>> ways = new LinkedHashMap<>();
    Map<String, Function<byte[], InputStream>> streams = new LinkedHashMap<>();
    streams.put("stream", ByteArrayInputStream::new);
    streams.put("trickle", EmptyCsvFilesTest::trickle);
    streams.put("path", this::onDisk);
    ImportOptions options = ImportOptions.standard();
    for (ImportMode mode : ImportMode.values()) {
      ways.put("MemberCsv.read(bytes, " + mode + ")", b -> MemberCsv.read(b, mode));
      ways.put("MemberCsv.read(bytes, " + mode + ", options)", b -> MemberCsv.read(b, mode, options));
      ways.put("MemberCsv.read(CsvTable.parse, " + mode + ")", b -> MemberCsv.read(CsvTable.parse(b), mode));
      ways.put("CandidateCsv.read(bytes, " + mode + ")", b -> CandidateCsv.read(b, mode));
      ways.put("CandidateCsv.reader().read(bytes, " + mode + ")", b -> CandidateCsv.reader().read(b, mode));
      streams.forEach((name, stream) -> {
        ways.put("MemberCsv.read(" + name + ", " + mode + ")", b -> MemberCsv.read(stream.apply(b), mode));
        ways.put("MemberCsv.read(" + name + ", " + mode + ", options)",
            b -> MemberCsv.read(stream.apply(b), mode, options));
        ways.put("MemberCsv.read(CsvTable.open(" + name + "), " + mode + ")",
            b -> MemberCsv.read(CsvTable.open(stream.apply(b)), mode));
        ways.put("CandidateCsv.read(" + name + ", " + mode + ")", b -> CandidateCsv.read(stream.apply(b), mode));
        ways.put("CandidateCsv.reader().read(" + name + ", " + mode + ")",
            b -> CandidateCsv.reader().read(stream.apply(b), mode));
      });
    }
    streams.forEach((name, stream) -> {
      ways.put("MemberCsv.read(" + name + ", action)", b -> MemberCsv.read(stream.apply(b), row -> { }));
      ways.put("MemberCsv.read(" + name + ", options, action)",
          b -> MemberCsv.read(stream.apply(b), options, row -> { }));
      ways.put("CsvTable.open(" + name + ")", b -> CsvTable.open(stream.apply(b)));
    });
    ways.put("CsvTable.parse(bytes)", CsvTable::parse);
    return ways;
  }

  private InputStream onDisk(byte[] bytes) {
    try {
      Path file = Files.createTempFile(directory, "list", ".csv");
      Files.write(file, bytes);
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFileWithNothingInItIsRefusedAsOneWithoutAHeaderThroughEveryEntryPoint() {
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (Map.Entry<String, Map.Entry<byte[], String>> file : files().entrySet()) {
      for (Map.Entry<String, Function<byte[], Object>> way : entryPoints().entrySet()) {
        cases++;
        String label = file.getKey() + " (" + HexFormat.of().formatHex(file.getValue().getKey()) + ") through "
            + way.getKey();
        try {
          way.getValue().apply(file.getValue().getKey());
          wrong.add(label + ": read, not refused");
        } catch (ImportException e) {
          List<String> got = e.errors().stream().map(r -> r.row() + ":" + r.rule()).collect(Collectors.toList());
          if (!got.equals(List.of("1:" + file.getValue().getValue()))) {
            wrong.add(label + ": " + got);
          }
        } catch (RuntimeException e) {
          wrong.add(label + ": " + e);
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong:\n" + String.join("\n", wrong));
    assertTrue(cases > 1000, "every file through every entry point: " + cases);
  }

  @Test
  void theMessageIsTheOneOfAnEmptyFileInBothLanguages() {
    ImportException e = assertThrows(ImportException.class, () -> MemberCsv.read(BOM, ImportMode.VALID_ROWS));
    RowError error = e.errors().get(0);
    // the file is empty, not one without a header (user test 11, L2)
    assertEquals("row 1: the file is empty: it has no cell with a value", error.message(Locale.ENGLISH));
    assertEquals("rij 1: het bestand is leeg: geen enkele cel heeft een waarde",
        error.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void aMarkHandedOverAloneDoesNotCostTheHeaderOfAFileWithRows() {
    byte[] file = bytes(BOM, "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds\r\n"
        + "1;Anna;1948;52,379;5,223;01-03-2025\r\n");
    assertEquals(1, MemberCsv.read(trickle(file), ImportMode.ALL_OR_NOTHING).values().size());
    assertEquals(1, CandidateCsv.read(trickle(file), ImportMode.ALL_OR_NOTHING).values().size());
    assertFalse(CsvTable.open(trickle(file)).header().get(0).startsWith("\uFEFF"));
  }
}
