package nl.voorzorgcirkel.matching.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.matching.formation.CandidateCsv;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's harness for both CSV readers ({@link MemberCsv}, {@link CandidateCsv}): hostile files
 * of valid rows (some with notes over two lines, some with whitespace around cells) and hostile
 * rows (Unicode whitespace and control characters, formula cells, NaN and infinity, impossible and
 * extreme dates, stray quotes, separators in the wrong place, invalid UTF-8), with LF, CR LF and CR
 * mixed, a byte-order mark or not, commas or semicolons. Whatever the file: the reader throws only
 * its own exception, reads every valid row exactly, builds no invalid member, and quotes no cell in
 * any message.
 */
class HostileCsvFuzzTest {

  private static final String SECRET = "Zwaantje";

  private record File(byte[] bytes, Map<String, String> valid) {}

  /** A file: the ids of its valid rows, with their names. */
  private static File file(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    char separator = random.nextBoolean() ? ',' : ';';
    String s = String.valueOf(separator);
    String[] ends = {"\n", "\r\n", "\r"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(String.join(s, "id", "naam", "geboortejaar", "breedtegraad", "lengtegraad", "lid sinds",
        "wil verbinder zijn", "notes").getBytes(StandardCharsets.UTF_8));
    Map<String, String> valid = new LinkedHashMap<>();
    for (int i = 0, n = random.nextInt(30); i < n; i++) {
      out.writeBytes(ends[random.nextInt(3)].getBytes(StandardCharsets.UTF_8));
      String id = "m-" + i;
      if (random.nextInt(3) > 0) {
        String name = "Deelnemer " + i + (random.nextBoolean() ? ", Almere" : "");
        String note = random.nextInt(4) == 0 ? "\"fietst graag" + ends[random.nextInt(3)] + "en wandelt\""
            : random.nextInt(5) == 0 ? "\"=SUM(A1)\"" : "";
        String pad = random.nextBoolean() ? " " : "";
        out.writeBytes(String.join(s, pad + id, "\"" + name + "\"", "19" + (30 + random.nextInt(60)),
            separator == ',' ? "52.3" + random.nextInt(10) : "52,3" + random.nextInt(10),
            separator == ',' ? "5.2" : "5,2", random.nextBoolean() ? "2025-03-01" : "01-03-2025",
            random.nextBoolean() ? "ja" : "nee", note + pad).getBytes(StandardCharsets.UTF_8));
        valid.put(id, name);
      } else {
        out.writeBytes(hostileRow(random, id, s).getBytes(StandardCharsets.UTF_8));
        if (random.nextInt(6) == 0) {
          out.write(0xC3); // invalid UTF-8
          out.write(0x28);
        }
      }
    }
    return new File(out.toByteArray(), valid);
  }

  private static String hostileRow(SplittableRandom random, String id, String s) {
    List<String> cells = new ArrayList<>(List.of(id, SECRET + " " + id, "1948", "52.3", "5.2", "2025-03-01",
        "nee", ""));
    int cell = random.nextInt(cells.size());
    String[] hostile = {"\u2003\u3000", SECRET + "\u0007", "=HYPERLINK(\"" + SECRET + "\")", "NaN",
        "Infinity", "52.3d", "0x1p4", "31-02-2025", "0000-01-01", "9999-13-40", "\"" + SECRET,
        SECRET + "\"x\"", SECRET + s + s + s, "\u0000", "+31 6 " + SECRET, "٥٢", "-0", "1e308",
        "\"" + SECRET + "\"\"", "@" + SECRET};
    cells.set(cell, hostile[random.nextInt(hostile.length)]);
    if (random.nextInt(5) == 0) {
      cells.set(1, SECRET + random.nextInt(10)); // the name is personal, and never quoted back
      cells.set(0, "m-dup");
    }
    return String.join(s, cells);
  }

  private static <T> void check(String reader, File file, Function<byte[], ImportResult<T>> read,
      Function<T, Member> member) {
    ImportResult<T> result;
    try {
      result = read.apply(file.bytes());
    } catch (ImportException e) {
      for (RowError error : e.errors()) {
        assertFalse(error.message(Locale.ENGLISH).contains(SECRET), error.message(Locale.ENGLISH));
      }
      assertEquals(List.of("no-header"), e.errors().stream().map(RowError::rule).distinct()
          .collect(Collectors.toList()), "only a file without a header is refused whole");
      return;
    } catch (RuntimeException e) {
      fail(reader + ": not the library's exception: " + e, e);
      return;
    }
    Map<String, String> readRows = new LinkedHashMap<>();
    for (T value : result.values()) {
      Member m = member.apply(value);
      readRows.put(m.id().value(), m.displayName());
      assertFalse(m.displayName().isBlank() || m.displayName().chars().anyMatch(Character::isISOControl),
          reader + " built a member with a bad name");
      assertTrue(Double.isFinite(m.home().latitude()) && Math.abs(m.home().latitude()) <= 90);
    }
    for (Map.Entry<String, String> row : file.valid().entrySet()) {
      assertEquals(row.getValue(), readRows.get(row.getKey()), () -> reader + " lost or changed valid row "
          + row.getKey() + "; errors " + result.errors());
    }
    for (RowError error : result.errors()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String message = error.message(locale);
        assertFalse(message.contains(SECRET), () -> reader + " quotes a cell: " + message);
      }
    }
  }

  @Test
  void bothReadersReadEveryValidRowOfHostileFilesAndNothingElse() {
    Props.property("hostile-csv-fuzz", 10_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          File file = file(seed);
          check("MemberCsv", file, bytes -> MemberCsv.read(bytes, ImportMode.VALID_ROWS), m -> m);
          check("CandidateCsv", file, bytes -> CandidateCsv.read(bytes, ImportMode.VALID_ROWS),
              Candidate::member);
        });
  }
}
