package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import org.junit.jupiter.api.Test;

/**
 * Every rule a sign-up list's reader gives ({@link RowError#rule()}) is a stable, lower-case,
 * hyphenated code that the README's table of rules lists: never the name of a Java class or a
 * constraint annotation ({@code Pattern}, {@code Text.name}, {@code Member.doesNotAvoidThemselves}),
 * as a name cell that looks like a formula and a bad phone number gave before (user test 17, M1).
 * Fed one bad value per column (and the few pairs of cells that break a rule together) of both
 * readers, the member list and the candidate list.
 */
class RuleCodesTest {

  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

  /** The import's day, so that a join date in the future is checked too. */
  private static final ImportOptions OPTIONS = ImportOptions.standard()
      .withClock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

  private static final List<String> MEMBER_HEADER = List.of("Nr", "Naam", "Geboortejaar", "Breedtegraad",
      "Lengtegraad", "Aangemeld op", "Wil helpen met", "Uren per week", "Vitaliteit", "Rol", "Contactkanaal",
      "Telefoon", "Woont alleen", "Status", "Pauze tot", "Liever niet met");
  private static final List<String> MEMBER_ROW = List.of("m-1", "Jan", "1948", "52,37", "5,22", "1-3-2025",
      "koken", "2", "vitaal", "deelnemer", "appgroep", "06-12345678", "ja", "actief", "", "m-2");
  private static final List<String> OTHER_ROW = List.of("m-2", "Piet", "1950", "52,37", "5,22", "1-3-2025",
      "", "", "", "", "", "", "", "", "", "");

  /** The member columns and the candidate list's own: a pool with coordinates. */
  private static final List<String> CANDIDATE_HEADER = concat(MEMBER_HEADER,
      List.of("Wil verbinder zijn", "Graag met", "Buurt", "Gebouw"));
  private static final List<String> CANDIDATE_ROW = concat(MEMBER_ROW, List.of("nee", "m-2", "Muziekwijk", "De Hofstede"));
  private static final List<String> CANDIDATE_OTHER = concat(OTHER_ROW, List.of("", "", "", ""));

  /** A pool with addresses instead of coordinates, read without a geocoder. */
  private static final List<String> ADDRESS_HEADER = List.of("Nr", "Naam", "Geboortejaar", "Aangemeld op",
      "Adres", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Woonplaats");
  private static final List<String> ADDRESS_ROW = List.of("m-1", "Jan", "1948", "1-3-2025", "", "Kerkstraat", "12",
      "A", "1318 AB", "Almere");

  /** One bad value per column, and the pairs of cells that break a rule together. */
  private static List<Map<String, String>> memberCases() {
    List<Map<String, String>> cases = new ArrayList<>();
    // 06-12345678: a phone number's shape, refused as an id (user test 17b, M3: its rule was not in the table)
    for (String bad : List.of("", "Karel Geheim", "-x", "x".repeat(65), "m-2", "06-12345678")) {
      cases.add(Map.of("Nr", bad));
    }
    for (String bad : List.of("", "=HYPERLINK(\"http://x\";\"x\")", "x".repeat(101), "Jan\u202Eabc", "Jan\nJansen")) {
      cases.add(Map.of("Naam", bad));
    }
    for (String bad : List.of("", "twee", "1948,5", "19500", "2020", "1800", "-1948", "1e3", "0")) {
      cases.add(Map.of("Geboortejaar", bad));
    }
    for (String bad : List.of("", "95", "noord", "NaN")) {
      cases.add(Map.of("Breedtegraad", bad));
    }
    cases.add(Map.of("Lengtegraad", "200"));
    for (String bad : List.of("", "31-02-2025", "gisteren", "1-3-2099")) {
      cases.add(Map.of("Aangemeld op", bad));
    }
    for (String bad : List.of("vliegen", "douchen", "koken, koken")) {
      cases.add(Map.of("Wil helpen met", bad));
    }
    for (String bad : List.of("50", "-1", "veel", "2,5e1")) {
      cases.add(Map.of("Uren per week", bad));
    }
    cases.add(Map.of("Vitaliteit", "fit"));
    cases.add(Map.of("Rol", "baas"));
    cases.add(Map.of("Contactkanaal", "duif"));
    cases.add(Map.of("Contactkanaal", "telefoon", "Telefoon", ""));
    for (String bad : List.of("-612345678", "bel mij", "06 1234 5678 9012 3456 789")) {
      cases.add(Map.of("Telefoon", bad));
    }
    cases.add(Map.of("Woont alleen", "misschien"));
    cases.add(Map.of("Status", "weg"));
    cases.add(Map.of("Status", "pauze"));
    cases.add(Map.of("Pauze tot", "morgen"));
    cases.add(Map.of("Pauze tot", "1-6-2026"));
    for (String bad : List.of("Karel Geheim", "m-1", "m-99", "-x")) {
      cases.add(Map.of("Liever niet met", bad));
    }
    return cases;
  }

  private static List<Map<String, String>> candidateCases() {
    List<Map<String, String>> cases = new ArrayList<>(memberCases());
    cases.add(Map.of("Wil verbinder zijn", "misschien"));
    for (String bad : List.of("Karel Geheim", "m-1", "m-99")) {
      cases.add(Map.of("Graag met", bad));
    }
    for (String bad : List.of("=1+1", "x".repeat(101))) {
      cases.add(Map.of("Buurt", bad));
    }
    cases.add(Map.of("Gebouw", "???"));
    return cases;
  }

  private static List<Map<String, String>> addressCases() {
    List<Map<String, String>> cases = new ArrayList<>();
    cases.add(Map.of("Straat", "", "Huisnummer", "", "Toevoeging", "", "Adres", "Kerkstraat"));
    cases.add(Map.of("Straat", "", "Huisnummer", "", "Toevoeging", "", "Adres", "Kerkstraat 12"));
    cases.add(Map.of("Huisnummer", "twaalf"));
    cases.add(Map.of("Toevoeging", "!!"));
    cases.add(Map.of("Postcode", "xx"));
    cases.add(Map.of("Postcode", "", "Woonplaats", ""));
    cases.add(Map.of("Straat", "", "Huisnummer", "", "Toevoeging", "", "Postcode", "", "Woonplaats", ""));
    return cases;
  }

  @Test
  void everyRuleOfBothReadersIsALowerCaseHyphenatedCodeTheReadmeLists() throws IOException {
    Set<String> documented = readmeRules();
    Map<String, String> reached = new TreeMap<>(); // rule -> the case that reached it
    Function<byte[], List<RowError>> members = bytes -> problems(() -> MemberCsv.read(bytes, ImportMode.VALID_ROWS, OPTIONS));
    Function<byte[], List<RowError>> candidates = bytes -> problems(
        () -> CandidateCsv.reader().withOptions(OPTIONS).read(bytes, ImportMode.VALID_ROWS));
    for (Map<String, String> change : memberCases()) {
      collect(reached, "members " + change, members.apply(file(MEMBER_HEADER, MEMBER_ROW, OTHER_ROW, change)));
    }
    for (Map<String, String> change : candidateCases()) {
      collect(reached, "candidates " + change,
          candidates.apply(file(CANDIDATE_HEADER, CANDIDATE_ROW, CANDIDATE_OTHER, change)));
    }
    for (Map<String, String> change : addressCases()) {
      collect(reached, "addresses " + change, candidates.apply(file(ADDRESS_HEADER, ADDRESS_ROW, null, change)));
    }
    // the rows and headers as a whole: a missing cell, a value without a column name, a missing
    // or repeated column, a quote never closed
    collect(reached, "short row", members.apply(text("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n"
        + "m-1;Jan;19500;52,37;5,22\r\n")));
    collect(reached, "unnamed column", members.apply(text("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;\r\n"
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;x\r\n")));
    collect(reached, "missing column", members.apply(text("Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n")));
    collect(reached, "repeated column", members.apply(text("Nr;Nummer;Naam;Geboortejaar;Breedtegraad;Lengtegraad;"
        + "Aangemeld op\r\n")));
    collect(reached, "open quote", members.apply(text("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n"
        + "m-1;\"Jan;1948;52,37;5,22;1-3-2025\r\n")));

    List<String> wrong = new ArrayList<>();
    reached.forEach((rule, example) -> {
      if (!CODE.matcher(rule).matches() || !documented.contains(rule)) {
        wrong.add(rule + " (" + example + ")");
      }
    });
    assertEquals(List.of(), wrong, "rules that are no code of the README's table " + documented + "; reached: " + reached.keySet());
    // the cases reach the rules that were class and annotation names
    for (String rule : List.of("name-format", "phone-format", "id-format", "id-list", "avoids-self", "paused-until",
        "length", "required", "birth-year", "number-range", "offer-out-of-scope", "address-incomplete",
        "not-phone-number")) {
      assertTrue(reached.containsKey(rule), () -> "no case reached " + rule + ": " + reached.keySet());
    }
  }

  private interface Read {
    ImportResult<?> read();
  }

  private static List<RowError> problems(Read read) {
    try {
      ImportResult<?> result = read.read();
      return concat(result.errors(), result.reviews());
    } catch (ImportException e) {
      return e.errors();
    }
  }

  private static void collect(Map<String, String> reached, String example, List<RowError> errors) {
    errors.forEach(e -> reached.putIfAbsent(e.rule(), example.replaceAll("\\p{Cntrl}|\\u202E", "?")));
  }

  private static byte[] file(List<String> header, List<String> row, List<String> other, Map<String, String> change) {
    List<String> changed = new ArrayList<>(row);
    change.forEach((column, value) -> {
      int i = header.indexOf(column);
      assertTrue(i >= 0, column);
      changed.set(i, value);
    });
    StringBuilder out = new StringBuilder(line(header));
    out.append(line(changed));
    if (other != null) {
      out.append(line(other));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(cell.matches(".*[;\"\\r\\n].*") || cell.contains("\n")
          ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    return String.join(";", quoted) + "\r\n";
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The codes in the first column of the README's table of rules, in the section "The columns of
   * a sign-up list": the table headed {@code | rule |}, each row naming its code or codes in
   * backquotes in its first cell.
   */
  static Set<String> readmeRules() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = lines.indexOf("### The columns of a sign-up list");
    assertTrue(section >= 0, "README.md has the section on the columns of a sign-up list");
    int header = section;
    while (header < lines.size() && !lines.get(header).startsWith("| rule |")) {
      header++;
    }
    assertTrue(header < lines.size(), "the section has a table headed | rule |");
    Set<String> rules = new TreeSet<>();
    Pattern code = Pattern.compile("`([^`]+)`");
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String first = lines.get(i).split("\\|")[1];
      Matcher found = code.matcher(first);
      while (found.find()) {
        rules.add(found.group(1));
      }
    }
    return rules;
  }

  private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
