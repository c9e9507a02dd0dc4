package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.address.Location;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.address.Precision;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Defects found by the third user test (README only), each as a test that failed before its fix. */
class UserTest3DefectsTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  /** Finding 3: a second "Naam" column was ignored without a word, its values lost. */
  @Test
  void aHeaderThatNamesAColumnTwiceIsRefusedNamingBoth() {
    String file = "Nr;Naam;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds\r\n"
        + "m-1;Jan Echt;Fout Naam;1948;52,379;5,223;1-3-2025\r\n";
    ImportException e = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes(file), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:Naam:duplicate-column"), problems(e.errors()));
    RowError error = e.errors().get(0);
    assertTrue(error.message(Locale.ENGLISH).contains("the column 'Naam' before it"), error.message(Locale.ENGLISH));
    assertTrue(error.message(Locale.forLanguageTag("nl")).contains("de kolom 'Naam' ervoor"),
        error.message(Locale.forLanguageTag("nl")));
    assertFalse(e.getMessage().contains("Jan Echt"));
    // two spellings of one column are as ambiguous as one spelling twice
    ImportException spelled = assertThrows(ImportException.class, () -> MemberCsv.read(bytes(
        "id,name,naam,birth year,latitude,longitude,joined\nm-1,Jan,Jan,1948,52.379,5.223,2025-03-01\n"), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:naam:duplicate-column"), problems(spelled.errors()));
    // a column the reader does not know may appear twice: it is ignored either way
    ImportResult<Member> twiceUnknown = MemberCsv.read(bytes(
        "id,name,birth year,latitude,longitude,joined,notes,notes\nm-1,Jan,1948,52.379,5.223,2025-03-01,a,b\n"), ImportMode.VALID_ROWS);
    assertEquals(1, twiceUnknown.values().size());
    assertEquals(List.of("notes", "notes"), twiceUnknown.ignoredColumns());
  }

  @Test
  void aTableLooksUpAColumnOnlyWhenOneColumnMatches() {
    CsvTable table = CsvTable.parse(bytes("postcode;Buurt;buurt\n1318AB;a;b\n"));
    assertEquals(0, table.column(List.of("postcode")));
    ImportException e = assertThrows(ImportException.class, () -> table.column(List.of("buurt")));
    assertEquals(List.of("1:buurt:duplicate-column"), problems(e.errors()));
    assertEquals(-1, table.column(List.of("wijk")));
  }

  /** Finding 1 (through the geocoder): a formula as a neighbourhood's name went into candidates. */
  @Test
  void aPostcodeTableRefusesANameThatASpreadsheetWouldRun() {
    String file = "postcode;breedtegraad;lengtegraad;buurt;wijk\n"
        + "1318AB;52,379;5,223;=HYPERLINK(\"x\");Muziekwijk\n"
        + "1318AC;52,379;5,224;Noord\u202E;Muziekwijk\n"
        + "1318AD;52,379;5,225;Muziekwijk Noord;Muziekwijk\n";
    ImportException e = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(file)));
    assertEquals(List.of("2:buurt:name-format", "3:buurt:name-format"), problems(e.errors()));
    assertFalse(e.getMessage().contains("HYPERLINK"));
    PostcodeCentroids good = PostcodeCentroids.read(bytes(file.replace("=HYPERLINK(\"x\")", "Noord")
        .replace("Noord\u202E", "Noord")));
    assertEquals("Muziekwijk Noord", good.locate(Address.builder().postcode("1318 AD").houseNumber(1).build())
        .orElseThrow().neighbourhood().orElseThrow());
  }

  @Test
  void aLocationRefusesSuchNamesNamingTheField() {
    GeoPoint point = GeoPoint.of(52.379, 5.223);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Location(point,
        Precision.POSTCODE, java.util.Optional.of("+31 Noord"), java.util.Optional.empty(), java.util.Optional.empty()));
    assertEquals("Location.neighbourhood:Text.name",
        e.violations().get(0).type() + "." + e.violations().get(0).path() + ":" + e.violations().get(0).rule());
    assertThrows(InvalidValueException.class, () -> new Location(point, Precision.POSTCODE,
        java.util.Optional.empty(), java.util.Optional.of(" "), java.util.Optional.empty()));
  }

  /**
   * Finding 2: the error for a cell of more than 10,000 characters named no column. (That such a
   * cell in a column nobody reads kept its row was undone by user test 9, finding 7: the limit holds
   * for every field, so that no cell of any size is silently accepted.)
   */
  @Test
  void aTooLongCellCostsItsRowAndNamesItsColumn() {
    String header = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Opmerkingen\n";
    String remark = "o".repeat(12_000);
    ImportResult<Member> kept = MemberCsv.read(bytes(header
        + "m-1;Anna;1948;52,379;5,223;1-3-2025;" + remark + "\n"
        + "m-2;Bert;1950;52,379;5,223;1-3-2025;\"kort\"\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Opmerkingen:field-too-long"), problems(kept.errors()));
    assertEquals(List.of("m-2"), kept.values().stream().map(m -> m.id().value()).collect(Collectors.toList()));
    assertEquals(List.of("Opmerkingen"), kept.ignoredColumns());

    ImportResult<Member> named = MemberCsv.read(bytes(header
        + "m-1;" + "A".repeat(12_000) + ";1948;52,379;5,223;1-3-2025;\n"
        + "m-2;Bert;1950;52,379;5,223;1-3-2025;\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Naam:field-too-long"), problems(named.errors()));
    assertEquals(List.of("m-2"), named.values().stream().map(m -> m.id().value()).collect(Collectors.toList()));
    assertTrue(named.errors().get(0).message(Locale.forLanguageTag("nl")).contains("Naam"),
        named.errors().get(0).message(Locale.forLanguageTag("nl")));

    // a quoted remark over several lines and too long: its inner lines are not read as rows
    ImportResult<Member> spanning = MemberCsv.read(bytes(header
        + "m-1;Anna;1948;52,379;5,223;1-3-2025;\"" + "o".repeat(6_000) + "\n" + "o".repeat(6_000) + "\"\n"
        + "m-2;Bert;1950;52,379;5,223;1-3-2025;\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Opmerkingen:field-too-long"), problems(spanning.errors()));
    assertEquals(List.of("m-2"), spanning.values().stream().map(m -> m.id().value()).collect(Collectors.toList()));

    // a table read whole refuses such a row, naming the column
    ImportException e = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(
        "postcode;breedtegraad;lengtegraad;buurt\n1318AB;52,379;5,223;" + "b".repeat(10_001) + "\n")));
    assertEquals(List.of("2:buurt:field-too-long"), problems(e.errors()));
  }
}
