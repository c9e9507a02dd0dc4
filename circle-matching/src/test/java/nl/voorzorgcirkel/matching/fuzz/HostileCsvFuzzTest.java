package nl.voorzorgcirkel.matching.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.OfferMode;
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
 * any message. A second property plants a recognisable value in every column of every row (user
 * test 10, finding 3: a repeated id was quoted back, a surname when the id and name columns were
 * swapped) and checks every error, review and exception message of both readers, in both languages.
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

  /**
   * What a planted file's cells hold, recognisably: the surname-like ids ({@code Fakestra3}, which
   * the id column accepts), the word in every text cell, and the numbers and dates of the other
   * cells in the forms they are written and could be shown.
   */
  private static final List<String> PLANTED = List.of("Fakestra", SECRET, "52,37913", "52.37913", "5,22346",
      "5.22346", "1937", "13-11-2019", "2019-11-13", "2,75", "2.75", "8765", "14-02-2031", "2031-02-14");

  /** Every column either reader knows, some that nobody reads, and one without a name. */
  private static final List<String> PLANTED_HEADER = List.of("Nr", "Naam", "Geboortejaar", "Breedtegraad",
      "Lengtegraad", "Lid sinds", "Wil helpen met", "Uren per week", "Vitaliteit", "Rol", "Contactkanaal",
      "Telefoon", "Woont alleen", "Status", "Pauze tot", "Liever niet met", "Wil verbinder zijn", "Graag met",
      "Buurt", "Gebouw", "Opmerking", "");

  /**
   * A file whose every cell holds a planted value, valid or not: ids that are surnames (and repeat,
   * also with the id and name columns swapped, user test 10's finding 3), names, numbers, dates,
   * words of the choice columns, offers, phone numbers, ids of others that repeat, name the row
   * itself or nobody, notes, and a value under a header cell left empty; rows broken by a stray
   * quote, a lost separator, a cell too long or invalid UTF-8.
   */
  private static byte[] plantedFile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> header = new ArrayList<>(PLANTED_HEADER);
    if (random.nextInt(3) == 0) {
      header.set(0, "Naam"); // the id and name columns swapped: Nr holds the names
      header.set(1, "Nr");
    }
    String[] ends = {"\n", "\r\n", "\r"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextBoolean()) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(String.join(";", header).getBytes(StandardCharsets.UTF_8));
    for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
      out.writeBytes(ends[random.nextInt(3)].getBytes(StandardCharsets.UTF_8));
      List<String> cells = plantedRow(random);
      String row = String.join(";", cells);
      switch (random.nextInt(8)) {
        case 0: // a stray quote
          int at = random.nextInt(row.length() + 1);
          row = row.substring(0, at) + "\"" + row.substring(at);
          break;
        case 1: // a separator lost: every cell after it one column to the left
          int lost = row.indexOf(';', random.nextInt(row.length()));
          row = lost < 0 ? row : row.substring(0, lost) + row.substring(lost + 1);
          break;
        case 2: // a cell too long
          row = row + ";" + SECRET.repeat(1_300);
          break;
        default:
          break;
      }
      out.writeBytes(row.getBytes(StandardCharsets.UTF_8));
      if (random.nextInt(10) == 0) {
        out.write(0xC3); // invalid UTF-8
        out.write(0x28);
      }
    }
    return out.toByteArray();
  }

  private static String pick(SplittableRandom random, String... values) {
    return values[random.nextInt(values.length)];
  }

  /** One row of {@link #PLANTED_HEADER}, each cell planted, about one in three of them not valid. */
  private static List<String> plantedRow(SplittableRandom random) {
    String id = "Fakestra" + random.nextInt(6); // few, so that they repeat
    String other = "Fakestra" + random.nextInt(8); // sometimes nobody's
    boolean bad = random.nextInt(3) == 0;
    List<String> cells = new ArrayList<>();
    cells.add(bad ? pick(random, id + " " + SECRET, id + "!", SECRET + "\u0007", "") : id);
    cells.add(bad ? pick(random, SECRET.repeat(20), SECRET + "\u0000", "\u2003") : pick(random, SECRET + " " + id, id));
    cells.add(bad ? pick(random, SECRET + "1937", "19370", "1937,5", "1,937") : "1937");
    cells.add(bad ? pick(random, "52,37913x", "152,37913", SECRET) : "52,37913");
    cells.add(bad ? pick(random, "5,22346.1", "185,22346", SECRET) : "5,22346");
    cells.add(bad ? pick(random, "31-02-2019", "13-13-2019", SECRET, "13-11-2019x") : pick(random, "13-11-2019",
        "2019-11-13"));
    cells.add(pick(random, "boodschappen", "boodschappen, " + SECRET + "klus", SECRET, "boodschapen", ""));
    cells.add(bad ? pick(random, SECRET, "2,75h", "2750,75") : pick(random, "2,75", ""));
    cells.add(bad ? SECRET + "vitaal" : pick(random, "vitaal", ""));
    cells.add(bad ? SECRET + "rol" : pick(random, "deelnemer", "verbinder", ""));
    cells.add(bad ? SECRET + "kanaal" : pick(random, "telefoon", "appgroep", "via verbinder", ""));
    cells.add(pick(random, "+31 6 8765 4321", "06 8765 " + SECRET, SECRET, ""));
    cells.add(bad ? SECRET + "ja" : pick(random, "ja", "nee", ""));
    boolean paused = random.nextBoolean();
    cells.add(bad ? SECRET + "status" : paused ? "pauze" : pick(random, "actief", ""));
    cells.add(pick(random, "14-02-2031", "2031-02-14", "", SECRET, "31-02-2031"));
    cells.add(pick(random, other, other + "|" + other, id, other + "|" + SECRET + " x", ""));
    cells.add(bad ? SECRET + "verbinder" : pick(random, "ja", "nee", ""));
    cells.add(pick(random, other, other + "|" + other, id, "", SECRET + " x"));
    cells.add(pick(random, SECRET + "buurt", SECRET.repeat(20), ""));
    cells.add(pick(random, SECRET + "gebouw", ""));
    cells.add(pick(random, SECRET + " belt graag", "\"" + SECRET + "\r\nnotitie\"", ""));
    cells.add(pick(random, SECRET + "leeg", ""));
    return cells;
  }

  /** Every message the readers give, in both languages: errors, reviews and the exception's. */
  private static List<String> messages(Function<byte[], ImportResult<?>> read, byte[] bytes) {
    List<String> messages = new ArrayList<>();
    List<Locale> locales = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));
    try {
      ImportResult<?> result = read.apply(bytes);
      messages.add(result.toString());
      for (RowError error : result.errors()) {
        locales.forEach(locale -> messages.add(error.message(locale)));
      }
      for (RowError review : result.reviews()) {
        locales.forEach(locale -> messages.add(review.message(locale)));
      }
      messages.addAll(result.ignoredColumns().stream().filter(c -> !PLANTED_HEADER.contains(c)).toList());
    } catch (ImportException e) {
      messages.add(e.getMessage());
      locales.forEach(locale -> messages.add(e.message(locale)));
    }
    return messages;
  }

  @Test
  void noMessageQuotesAPlantedValueOfAnyColumn() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    ImportOptions lenient = ImportOptions.standard().withClock(clock).withOffers(OfferMode.LENIENT);
    Map<String, Function<byte[], ImportResult<?>>> readers = new LinkedHashMap<>();
    for (ImportMode mode : ImportMode.values()) {
      readers.put("MemberCsv " + mode, bytes -> MemberCsv.read(bytes, mode));
      readers.put("MemberCsv lenient " + mode, bytes -> MemberCsv.read(bytes, mode, lenient));
      readers.put("CandidateCsv " + mode, bytes -> CandidateCsv.read(bytes, mode));
      readers.put("CandidateCsv lenient " + mode, bytes -> CandidateCsv.reader().withOptions(lenient).read(bytes, mode));
    }
    Map<String, Integer> rules = new java.util.TreeMap<>();
    Props.property("planted-values-never-quoted", 1_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          byte[] bytes = plantedFile(seed);
          readers.forEach((name, read) -> {
            for (String message : messages(read, bytes)) {
              for (String planted : PLANTED) {
                assertFalse(message.contains(planted), () -> name + " quotes a cell (" + planted + "): " + message
                    + "\nin\n" + new String(bytes, StandardCharsets.UTF_8));
              }
            }
          });
          for (ImportOptions options : List.of(ImportOptions.standard(), lenient)) {
            try {
              ImportResult<Member> result = MemberCsv.read(bytes, ImportMode.VALID_ROWS, options);
              result.errors().forEach(e -> rules.merge(e.rule(), 1, Integer::sum));
              result.reviews().forEach(e -> rules.merge("review " + e.rule(), 1, Integer::sum));
            } catch (ImportException e) {
              e.errors().forEach(r -> rules.merge(r.rule(), 1, Integer::sum));
            }
          }
        });
    // the files reach the rules that could quote a cell: a repeated id, every kind of cell error,
    // the reviews of ids nobody has and of a column without a name
    for (String rule : List.of("duplicate-id", "required", "whole-number", "number", "date", "choice",
        "offer-unknown", "id-format", "length", "avoids-self", "paused-until",
        "unterminated-quote", "text-after-quote", "field-too-long", "encoding", "review unknown-id",
        "review unnamed-column", "review offer-unknown", "review phone-missing")) {
      assertTrue(rules.containsKey(rule), () -> "no file reached " + rule + ": " + rules);
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
