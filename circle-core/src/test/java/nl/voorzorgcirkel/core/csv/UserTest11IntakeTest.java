package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.address.Buildings;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * User test 11, L1 and L2, each failed before its fix. L1: in the hours column {@code -1} said
 * "must be at least 0 min" (minutes, in an hours column) and {@code 1e308} or {@code
 * 9999999999999999999999} "must be a number", though they are numbers: a number outside a column's
 * range now says the range in the column's unit, in every number column of every reader. L2: a
 * file without any cell that holds a value said it had "no readable header row": it says the file
 * is empty.
 */
class UserTest11IntakeTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Uren per week\r\n";

  private static List<RowError> errors(String row) {
    return MemberCsv.read(bytes(HEADER + row + "\r\n"), ImportMode.VALID_ROWS).errors();
  }

  @Test
  void hoursOutsideTheirRangeSayTheRangeInHours() {
    for (String hours : List.of("-1", "9999999999999999999999", "40,5", "-0,1", "1000")) {
      List<RowError> errors = errors("1;Anna;1948;52,379;5,223;01-03-2025;" + hours);
      assertEquals(List.of("2:Uren per week:number-range"), problems(errors), hours);
      assertEquals("row 2, column Uren per week: must be from 0 to 40 hours", errors.get(0).message(Locale.ENGLISH));
      assertEquals("rij 2, kolom Uren per week: moet van 0 tot en met 40 uur zijn", errors.get(0).message(DUTCH));
    }
  }

  @Test
  void hoursThatAreNoNumberAreOneErrorThatSaysSo() {
    for (String hours : List.of("NaN", "Infinity", "-Infinity", "0x1p4", "2d", "twee", "1e", "1,5,5")) {
      List<RowError> errors = errors("1;Anna;1948;52,379;5,223;01-03-2025;" + hours);
      assertEquals(List.of("2:Uren per week:number"), problems(errors), hours);
      assertEquals("rij 2, kolom Uren per week: moet een getal zijn", errors.get(0).message(DUTCH));
    }
  }

  @Test
  void hoursInRangeAreReadToTheMinute() {
    String file = HEADER + "1;Anna;1948;52,379;5,223;01-03-2025;1,5\r\n" + "2;Bert;1948;52,379;5,223;01-03-2025;40\r\n"
        + "3;Cor;1948;52,379;5,223;01-03-2025;0\r\n";
    assertEquals(List.of(Duration.ofMinutes(90), Duration.ofHours(40), Duration.ZERO),
        MemberCsv.read(bytes(file), ImportMode.ALL_OR_NOTHING).values().stream().map(Member::capacityPerWeek).toList());
  }

  @Test
  void coordinatesAndBirthYearsSayTheirRangesToo() {
    List<RowError> errors = errors("1;Anna;99999999999;100;-200;01-03-2025;");
    // a whole number that is no birth year breaks the birth year's rule (user test 17)
    assertEquals(List.of("2:Geboortejaar:birth-year", "2:Breedtegraad:number-range", "2:Lengtegraad:number-range"),
        problems(errors));
    assertEquals("row 2, column Geboortejaar: must be 18 to 125 years before the year of joining",
        errors.get(0).message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Breedtegraad: moet van -90 tot en met 90 graden zijn", errors.get(1).message(DUTCH));
    assertEquals("row 2, column Lengtegraad: must be from -180 to 180 degrees", errors.get(2).message(Locale.ENGLISH));
    assertEquals(List.of("2:Geboortejaar:whole-number", "2:Breedtegraad:number"),
        problems(errors("1;Anna;1948,5;NaN;5,223;01-03-2025;")));
  }

  @Test
  void theOtherReadersSayTheirRanges() {
    ImportException centres = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(
        "postcode;breedtegraad;lengtegraad\r\n1318 AB;100;5,2\r\n1318 AC;52,3;Infinity\r\n")));
    assertEquals(List.of("2:breedtegraad:number-range", "3:lengtegraad:number"), problems(centres.errors()));
    assertEquals("row 2, column breedtegraad: must be from -90 to 90 degrees", centres.errors().get(0).message(Locale.ENGLISH));
    ImportException buildings = assertThrows(ImportException.class, () -> Buildings.read(bytes(
        "gebouw;postcode;van;tot\r\nb-1;1318 AB;0;123456\r\nb-2;1318 AB;1,5;2\r\n")));
    assertEquals(List.of("2:van:number-range", "2:tot:number-range", "3:van:whole-number"), problems(buildings.errors()));
    assertEquals("rij 2, kolom van: moet van 1 tot en met 99999 zijn", buildings.errors().get(0).message(DUTCH));
  }

  @Test
  void aFileWithoutAnyValueIsEmpty() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (byte[] file : List.of(new byte[0], bom, bytes("\uFEFF\r\n"), bytes(";;;;"), bytes(";;;;\r\n;;;;\r\n"),
        bytes("\r\r\n \t\n"))) {
      ImportException e = assertThrows(ImportException.class, () -> MemberCsv.read(file, ImportMode.VALID_ROWS));
      assertEquals(List.of("1:-:no-header"), problems(e.errors()));
      assertEquals("row 1: the file is empty: it has no cell with a value", e.errors().get(0).message(Locale.ENGLISH));
      assertEquals("rij 1: het bestand is leeg: geen enkele cel heeft een waarde", e.errors().get(0).message(DUTCH));
    }
  }

  @Test
  void aFileWithContentButNoHeaderStillSaysSo() {
    ImportException e = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes("\"Nr\"x;Naam\r\n"), ImportMode.VALID_ROWS));
    assertEquals("row 1: the file has no readable header row", e.errors().get(0).message(Locale.ENGLISH));
  }
}
