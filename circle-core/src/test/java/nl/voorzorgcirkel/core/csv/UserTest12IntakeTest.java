package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.address.Buildings;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * User test 12, M3, L5 and L7, each failed before its fix. M3: a cell of 5 MB or 10.5 MB (quoted
 * or not) was refused as {@code unterminated-quote}, "a quoted field opened on this line is not
 * closed", without its column, where a cell of 20,000 to 1,000,000 characters was {@code
 * field-too-long} with its column. L5: a row with a cell missing got errors of its shifted cells
 * ("item 1 of 1 is not a kind of help" for a {@code 3}) and nothing said it had fewer fields than
 * the header. L7: {@code 2,5e1} in {@code Uren per week} was read as 25 hours.
 */
class UserTest12IntakeTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String LONG_HEADER = "Nr;Naam;Geboortejaar;Aangemeld op;Breedtegraad;Lengtegraad;Opmerking\n";

  @Test
  void aFieldOfMegabytesIsTooLongInItsColumnAndCostsOnlyItsRow() {
    for (int length : new int[] {20_000, 1_000_000, 5_000_000, 10_500_000}) {
      String cell = "c".repeat(length);
      for (String written : List.of(cell, "\"" + cell + "\"")) {
        String file = LONG_HEADER + "1;Ann;1948;1-3-2025;52,379;5,223;" + written + "\n2;Bert;1948;1-3-2025;52,379;5,223;\n";
        ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
        String what = length + (written == cell ? " unquoted" : " quoted");
        assertEquals(List.of("2:Opmerking:field-too-long"), problems(result.errors()), what);
        assertEquals(List.of(3), result.rows().stream().map(r -> r.row()).toList(), what);
        assertEquals("row 2, column Opmerking: a field is longer than 10,000 characters",
            result.errors().get(0).message(Locale.ENGLISH), what);
        assertEquals("rij 2, kolom Opmerking: een veld is langer dan 10.000 tekens", result.errors().get(0).message(DUTCH),
            what);
      }
    }
  }

  @Test
  void aFieldOfMegabytesIsReadInBoundedMemory() {
    String file = LONG_HEADER + "1;Ann;1948;1-3-2025;52,379;5,223;\"" + "c".repeat(10_500_000) + "\"\n"
        + "2;Bert;1948;1-3-2025;52,379;5,223;\n";
    try (CsvStream stream = CsvStream.open(new ByteArrayInputStream(bytes(file)))) {
      CsvTable.Line first = stream.next();
      assertEquals("field-too-long", first.problem());
      assertEquals("Opmerking", first.column());
      assertTrue(stream.keptCharacters() <= 1 << 17, "kept " + stream.keptCharacters());
      assertEquals(3, stream.next().row());
      assertFalse(stream.hasNext());
    }
  }

  private static final String SHIFT_HEADER = "\uFEFFNr;Naam;Geboortejaar;Aangemeld op;Breedtegraad;Lengtegraad;Telefoon;"
      + "Wil helpen met;Uren per week;Rol;Opmerking\n";

  @Test
  void aRowWithAFieldMissingSaysSoAloneAndTheNextRowIsRead() {
    // the tester's shift.csv: row 2 lacks its phone cell
    String file = SHIFT_HEADER + "1;Geertruida Zwanenburg;1948;1-3-2025;52,379;5,223;boodschappen;3;;\n"
        + "2;Bert de Vries;1950;01-03-2025;52,380;5,224;+31 6 12345678;klusjes;2;deelnemer;\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:field-count"), problems(result.errors()));
    assertEquals(List.of(3), result.rows().stream().map(r -> r.row()).toList());
    assertEquals("row 2: the row has 10 fields where the header row has 11: a cell is missing or one too many (a"
        + " separator too few or too many), which puts the cells after it in the wrong columns, so the row is not read",
        result.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 2: de rij heeft 10 velden waar de kopregel er 11 heeft: er ontbreekt een cel of er is er een te"
        + " veel (een scheidingsteken te weinig of te veel), waardoor de cellen erna in de verkeerde kolommen staan,"
        + " dus de rij is niet gelezen", result.errors().get(0).message(DUTCH));
    assertFalse(result.errors().get(0).message(Locale.ENGLISH).contains("Geertruida"));
  }

  /** Changed by user test 16, M2: a short row was read with its missing cells empty (defaults). */
  @Test
  void aShortRowWithoutErrorsIsRefusedToo() {
    String file = SHIFT_HEADER + "1;Anna;1948;1-3-2025;52,379;5,223;;boodschappen;3\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:field-count"), problems(result.errors()));
    assertEquals(List.of(), result.rows());
  }

  @Test
  void aRowWithAFieldTooManySaysSoButEmptyFieldsAtTheEndChangeNoColumn() {
    String file = SHIFT_HEADER + "1;Geertruida;Zwanenburg;1948;1-3-2025;52,379;5,223;;boodschappen;3;;\n"
        + "2;Bert;1950;1-3-2025;52,380;5,224;;klusjes;2;;;;\n" + "3;Cor;1950;1-3-2025;52,380;5,224;;klusjes;2;;\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:field-count"), problems(result.errors()));
    assertTrue(result.errors().get(0).message(Locale.ENGLISH).startsWith("row 2: the row has 12 fields where the"
        + " header row has 11"), result.errors().get(0).message(Locale.ENGLISH));
    assertEquals(List.of(3, 4), result.rows().stream().map(r -> r.row()).toList());
  }

  @Test
  void theOtherReadersRefuseAShiftedRowTheSameWay() {
    ImportException centres = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(
        "postcode;breedtegraad;lengtegraad\r\n1318 AB;52,3\r\n1318 AC;52,3;5,2;x\r\n1318 AD;52,3;5,2;\r\n")));
    // row 3 reads well, but its value beyond the header is refused too (user test 16, M2)
    assertEquals(List.of("2:-:field-count", "3:-:field-count"), problems(centres.errors()));
    assertTrue(centres.errors().get(0).message(DUTCH).startsWith("rij 2: de rij heeft 2 velden waar de kopregel er 3"
        + " heeft"), centres.errors().get(0).message(DUTCH));
    ImportException buildings = assertThrows(ImportException.class, () -> Buildings.read(bytes(
        "gebouw;postcode;van;tot\r\nb-1;1318 AB;x\r\n")));
    assertEquals(List.of("2:-:field-count"), problems(buildings.errors()));
  }

  @Test
  void numbersWithAnExponentAreRefusedInEveryNumberColumn() {
    String header = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Uren per week\r\n";
    for (String hours : List.of("2,5e1", "2.5E1", "1E+3", "1e308", "1e999999999999", "4e-1")) {
      List<RowError> errors = MemberCsv.read(bytes(header + "1;Anna;1948;52,379;5,223;01-03-2025;" + hours + "\r\n"),
          ImportMode.VALID_ROWS).errors();
      assertEquals(List.of("2:Uren per week:number-exponent"), problems(errors), hours);
      assertEquals("row 2, column Uren per week: must be a number written out in digits, without an exponent (an E,"
          + " such as 2,5E1 for 25)", errors.get(0).message(Locale.ENGLISH));
      assertEquals("rij 2, kolom Uren per week: moet een getal zijn dat voluit in cijfers staat, zonder exponent (een E,"
          + " zoals 2,5E1 voor 25)", errors.get(0).message(DUTCH));
    }
    assertEquals(List.of("2:Geboortejaar:number-exponent", "2:Breedtegraad:number-exponent"), problems(MemberCsv.read(
        bytes(header + "1;Anna;1.948e3;5.2e1;5,223;01-03-2025;2\r\n"), ImportMode.VALID_ROWS).errors()));
    ImportException centres = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(
        "postcode;breedtegraad;lengtegraad\r\n1318 AB;5.23e1;5,2\r\n")));
    assertEquals(List.of("2:breedtegraad:number-exponent"), problems(centres.errors()));
    // the decimal comma and point stay as they were
    assertEquals(List.of(Duration.ofMinutes(150), Duration.ofMinutes(150)), MemberCsv.read(bytes(header
        + "1;Anna;1948;52,379;5,223;01-03-2025;2,5\r\n2;Bert;1948;52.379;5.223;01-03-2025;2.5\r\n"),
        ImportMode.ALL_OR_NOTHING).values().stream().map(Member::capacityPerWeek).toList());
  }
}
