package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The CSV findings of the third user test that were still open (F12 and the postcode table), each
 * a test that failed before its fix. The files are those of the test ({@code ut3-files}).
 */
class UserTest3RemainingTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER =
      "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wil helpen met;Telefoon;Liever niet met\r\n";

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  private static String both(RowError error) {
    return error.message(Locale.ENGLISH) + " | " + error.message(DUTCH);
  }

  /** F12: "Liever niet met" naming a number nobody in the file has was taken without a word. */
  @Test
  void anAvoidedIdThatNoRowHasIsAReviewNamingRowColumnAndItemButNotTheId() {
    String file = HEADER
        + "m-1;Jansen 1;1948;52,3728;5,2210;1-3-2025;boodschappen;06-12345678;m-999\r\n"
        + "m-2;Jansen 2;1948;52,3728;5,2210;1-3-2025;boodschappen;06-12345678;m-4\r\n"
        + "m-3;Jansen 3;1948;52,3728;5,2210;1-3-2025;boodschappen;06-12345678;m-1, m-77| m-2\r\n"
        // a bad row still has its number: naming it is no typing error
        + "m-4;Jansen 4;19x8;52,3728;5,2210;1-3-2025;boodschappen;06-12345678;\r\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
    assertEquals(3, result.values().size(), "the rows are kept: the number may be in another list");
    assertEquals(List.of("5:Geboortejaar:whole-number"), problems(result.errors()));
    assertEquals(List.of("2:Liever niet met:unknown-id", "4:Liever niet met:unknown-id"), problems(result.reviews()));
    assertEquals("row 2, column Liever niet met: item 1 of 1 is not the number of anyone in this file; check it for"
        + " a typing error (the wish is kept, but does nothing while nobody in the list has that number)",
        result.reviews().get(0).message(Locale.ENGLISH));
    assertTrue(result.reviews().get(1).message(Locale.ENGLISH).contains("item 2 of 3 is not the number"),
        both(result.reviews().get(1)));
    assertTrue(result.reviews().get(1).message(DUTCH).startsWith(
        "rij 4, kolom Liever niet met: onderdeel 2 van 3 is niet het nummer van iemand in dit bestand"),
        both(result.reviews().get(1)));
    for (RowError review : result.reviews()) {
      assertFalse(both(review).contains("999") || both(review).contains("77"), both(review));
    }
    assertEquals(List.of(MemberId.of("m-999")), result.values().get(0).avoids(), "the wish is kept as it was");
    // the same when streamed, and a review costs nothing in all-or-nothing mode
    List<Member> streamed = new ArrayList<>();
    ImportResult<Member> stream = MemberCsv.read(new ByteArrayInputStream(bytes(file)), row -> streamed.add(row.value()));
    assertEquals(problems(result.reviews()), problems(stream.reviews()));
    // without the row of m-4, the wish of row 3 names nobody either
    assertEquals(List.of("2:Liever niet met:unknown-id", "3:Liever niet met:unknown-id", "4:Liever niet met:unknown-id"),
        problems(MemberCsv.read(bytes(file.substring(0, file.lastIndexOf("m-4;"))), ImportMode.ALL_OR_NOTHING)
            .reviews()));
  }

  /** F12: a value under an empty header cell (Excel's trailing ones) was dropped without a word. */
  @Test
  void aValueInAColumnWithoutANameIsAReviewByPositionAndUnnamedColumnsAreNotListedAsIgnored() {
    // ut3-files/csv4/trailing-empty-header.csv
    String file = "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;;;\r\n"
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;;;\r\n"
        + "m-2;Piet;1949;52,37;5,22;1-3-2025;;;x\r\n"
        + "m-3;Kees;1949;52,37;5,22;1-3-2025;;;y\r\n";
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.ALL_OR_NOTHING);
    assertEquals(3, result.values().size());
    assertEquals(List.of(), result.ignoredColumns(), "an empty header cell is no column name");
    assertEquals(List.of("3:-:unnamed-column"), problems(result.reviews()), "once per column");
    assertEquals("row 3: column 9 (I) has a value but no name in the header row, so nobody reads it; give the"
        + " column one of the names the list knows, or remove it (its other values are not reported again)",
        result.reviews().get(0).message(Locale.ENGLISH));
    assertTrue(result.reviews().get(0).message(DUTCH).startsWith("rij 3: kolom 9 (I) heeft een waarde maar geen naam"),
        both(result.reviews().get(0)));
    assertFalse(both(result.reviews().get(0)).contains("x;") || both(result.reviews().get(0)).contains("'x'"));
    // an empty column between named ones is reported by its own position
    ImportResult<Member> middle = MemberCsv.read(bytes(
        "Nr;;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Notities\n"
        + "m-1;;Jan;1948;52,37;5,22;1-3-2025;\nm-2;?;Piet;1949;52,37;5,22;1-3-2025;n\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("Notities"), middle.ignoredColumns());
    assertTrue(middle.reviews().get(0).message(Locale.ENGLISH).startsWith("row 3: column 2 (B) "),
        both(middle.reviews().get(0)));
  }

  @Test
  void spreadsheetLettersCountAsExcelDoes() {
    assertEquals(List.of("A", "I", "Z", "AA", "AZ", "BA", "ZZ", "AAA"), List.of(0, 8, 25, 26, 51, 52, 701, 702)
        .stream().map(RowError::spreadsheetLetter).collect(Collectors.toList()));
  }

  /** F12: a Windows-1252 file failed row by row with no word of what to do. */
  @Test
  void aFileInWindows1252SaysOnceToSaveItAsCsvUtf8AndKeepsItsPlainRows() {
    String text = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n"
        + "m-1;Renée Müller;1948;52,3728;5,2210;1-3-2025\r\n"
        + "m-2;Jan Jansen;1948;52,3728;5,2210;1-3-2025\r\n"
        + "m-3;Zoë Çelik;1948;52,3728;5,2210;1-3-2025\r\n";
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
    ImportResult<Member> result = MemberCsv.read(cp1252, ImportMode.VALID_ROWS);
    assertEquals(List.of(MemberId.of("m-2")), result.values().stream().map(Member::id).collect(Collectors.toList()),
        "a line of plain letters is read as it is");
    assertEquals(List.of("2:-:encoding", "4:-:encoding"), problems(result.errors()));
    String first = both(result.errors().get(0));
    assertTrue(first.contains("save it as \"CSV UTF-8\" (in Excel: \"CSV UTF-8 (comma delimited)\")"), first);
    assertTrue(first.contains("sla het op als \"CSV UTF-8\" (in Excel: \"CSV UTF-8 (door komma's gescheiden)\")"),
        first);
    assertEquals("row 4: the line is not valid UTF-8", result.errors().get(1).message(Locale.ENGLISH), "once");
    assertFalse(first.contains("ller") || first.contains("elik"), first);
    // a header that is not UTF-8 says the same, not "no readable header row"
    ImportException header = assertThrows(ImportException.class, () -> MemberCsv.read(
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Opmerkingen bij één\r\n"
            .getBytes(Charset.forName("windows-1252")), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:-:encoding"), problems(header.errors()));
    assertTrue(header.errors().get(0).message(Locale.ENGLISH).contains("CSV UTF-8"), header.getMessage());
    // tables read whole say it too
    ImportException table = assertThrows(ImportException.class, () -> PostcodeCentroids.read(
        "postcode;breedtegraad;lengtegraad;buurt\n1318AB;52,37;5,22;Eén\n1318AC;52,37;5,22;Twee\n1318AD;52,37;5,22;Tréé\n"
            .getBytes(Charset.forName("windows-1252"))));
    assertEquals(List.of("2:-:encoding", "4:-:encoding"), problems(table.errors()));
    assertTrue(table.errors().get(0).message(DUTCH).contains("CSV UTF-8"), table.getMessage());
    assertFalse(table.errors().get(1).message(DUTCH).contains("CSV UTF-8"), table.getMessage());
  }

  /** F12: the phone rule took -1234567, which a spreadsheet shows as a negative number. */
  @Test
  void aPhoneNumberStartingWithAHyphenIsRefusedWithTheRuleNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> member().phoneNumber("-1234567").build());
    assertEquals(List.of("Pattern"), e.violations().stream().map(v -> v.rule()).collect(Collectors.toList()));
    assertTrue(e.getMessage().contains("starting with a digit, + or ( (a phone number never starts with -)"),
        e.getMessage());
    assertTrue(e.message(DUTCH).contains("beginnend met een cijfer, + of ("), e.message(DUTCH));
    assertFalse(e.getMessage().contains("1234567") || e.message(DUTCH).contains("1234567"));
    for (String phone : List.of("06-12345678", "+31 6 12345678", "0031 6 12345678", "(020) 123 4567", "020-1234567")) {
      assertEquals(phone, member().phoneNumber(phone).build().phoneNumber().orElseThrow());
    }
    ImportResult<Member> csv = MemberCsv.read(bytes(HEADER
        + "m-1;Jansen 1;1948;52,3728;5,2210;1-3-2025;boodschappen;-1234567;\r\n"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Telefoon:phone-format"), problems(csv.errors()));
  }

  /** The postcode table cut a name longer than 100 characters without a word. */
  @Test
  void aPostcodeTableRefusesANameLongerThan100CharactersInsteadOfCuttingIt() {
    String longName = "B".repeat(101);
    String file = "postcode;breedtegraad;lengtegraad;buurt;wijk;gemeente\n"
        + "1318AB;52,379;5,223;" + longName + ";Muziekwijk;Almere\n"
        + "1318AC;52,379;5,224;Noord;Muziekwijk;" + "G".repeat(150) + "\n"
        + "1318AD;52,379;5,225;" + "C".repeat(100) + ";Muziekwijk;Almere\n";
    ImportException e = assertThrows(ImportException.class, () -> PostcodeCentroids.read(bytes(file)));
    assertEquals(List.of("2:buurt:name-too-long", "3:gemeente:name-too-long"), problems(e.errors()));
    assertEquals("row 2, column buurt: a name is at most 100 characters", e.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 2, kolom buurt: een naam is hoogstens 100 tekens", e.errors().get(0).message(DUTCH));
    assertFalse(e.getMessage().contains("BBBB"));
  }

  private static Member.Builder member() {
    return Fixtures.member("m-1");
  }
}
