package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 14, L6: a row with the date {@code 31-02-2025} and the birth year 1800 reported only the
 * date; the birth year's error came after the date was fixed, a second round. Every problem of a
 * row comes in one pass, as far as the reader can know it: a cell that cannot be read is not also
 * range-checked, but the other cells of its row are, and a date with a day its month lacks still
 * has its year, which is all the birth year's rule needs.
 */
class EveryProblemOfARowTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wil helpen met;"
      + "Uren per week;Rol;Contactkanaal;Telefoon;Woont alleen;Status;Pauze tot;Liever niet met";
  /** A good row: every cell readable and every rule kept. */
  private static final List<String> GOOD = List.of("m-1", "Anna", "1948", "52,379", "5,223", "1-3-2025", "koken",
      "2", "deelnemer", "telefoon", "0612345678", "ja", "pauze", "1-6-2027", "m-2");
  /**
   * Bad values per column, each breaking a rule whatever the other cells hold, as far as those can
   * be read: the join dates' years are near the good one's, so the birth years are bad against all.
   */
  private static final List<List<String>> BAD = List.of(
      List.of("", "-x"),
      List.of(""),
      List.of("1800", "abc", "2020", "1,5"),
      List.of("91", "x"),
      List.of("181", "1e3"),
      List.of("31-02-2025", "2025-02-30", "29-02-2026", "1-13-2025", "1-3-2030"),
      List.of("douchen", "zzyzx"),
      List.of("99", "x", "-1"),
      List.of("baas"),
      List.of("fax"),
      List.of("-0612345678", "12"),
      List.of("misschien"),
      List.of(),
      List.of("31-04-2027", "morgen"),
      List.of("-x"));

  private static ImportResult<Member> read(List<String> cells) {
    String file = HEADER + "\r\n" + String.join(";", cells) + "\r\n";
    return MemberCsv.read(bytes(file), ImportMode.VALID_ROWS, ImportOptions.standard()
        .withClock(Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneId.of("Europe/Amsterdam"))));
  }

  private static List<String> with(List<String> cells, int column, String value) {
    List<String> out = new ArrayList<>(cells);
    out.set(column, value);
    return out;
  }

  @Test
  void theTestersRowReportsTheBirthYearWithTheDateInOnePass() {
    List<String> row = with(with(GOOD, 2, "1800"), 5, "31-02-2025");
    ImportResult<Member> result = read(row);
    assertEquals(List.of("2:Aangemeld op:date", "2:Geboortejaar:birth-year"),
        problems(result.errors()).stream().sorted().toList());
    RowError year = result.errors().stream().filter(e -> e.rule().equals("birth-year")).findFirst().orElseThrow();
    assertEquals("row 2, column Geboortejaar: must be 18 to 125 years before the year of joining",
        year.message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Geboortejaar: moet 18 tot 125 jaar voor het jaar van aanmelding liggen",
        year.message(DUTCH));
    for (RowError error : result.errors()) {
      assertFalse(error.message(Locale.ENGLISH).contains("1800") || error.message(DUTCH).contains("1800"),
          error.message(Locale.ENGLISH));
      assertFalse(error.message(Locale.ENGLISH).contains("31-02"), error.message(Locale.ENGLISH));
    }
    // once the date is fixed, nothing new appears: the birth year was already reported
    assertEquals(List.of("2:Geboortejaar:birth-year"), problems(read(with(row, 5, "28-02-2025")).errors()));
  }

  /** A date that cannot be read at all has no year to check the birth year against: the date alone. */
  @Test
  void aDateWithoutAReadableYearCannotCheckTheBirthYear() {
    assertEquals(List.of("2:Aangemeld op:date"),
        problems(read(with(with(GOOD, 2, "1800"), 5, "gisteren")).errors()));
    // and the year of an impossible date is not checked against the import's day: one error a cell
    assertEquals(List.of("2:Aangemeld op:date"), problems(read(with(GOOD, 5, "31-02-2030")).errors()));
  }

  /**
   * The property: a row with several bad cells reports exactly the problems the rows with each of
   * those cells bad alone report, together; none waits for another to be fixed.
   */
  @Test
  void aRowReportsTheProblemsOfEachOfItsBadCellsTogether() {
    assertEquals(List.of(), read(GOOD).errors());
    assertEquals(List.of(), read(GOOD).reviews().stream().filter(r -> !r.rule().equals("unknown-id")).toList());
    Props.property("every-problem-of-a-row-in-one-pass", 400)
        .forAll(lists().of(integers().between(0, 1_000)).ofSize(GOOD.size()))
        .checkAssert(choices -> {
          List<String> row = new ArrayList<>(GOOD);
          TreeSet<String> union = new TreeSet<>();
          for (int column = 0; column < GOOD.size(); column++) {
            List<String> bad = BAD.get(column);
            int choice = choices.get(column);
            // about half of the cells bad
            if (!bad.isEmpty() && choice % 2 == 1) {
              String value = bad.get(choice / 2 % bad.size());
              row.set(column, value);
              union.addAll(problems(read(with(GOOD, column, value)).errors()));
            }
          }
          assertEquals(List.copyOf(union), problems(read(row).errors()).stream().sorted().distinct().toList(),
              String.join(";", row));
        });
  }
}
