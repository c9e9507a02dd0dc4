package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * User test 11: the header errors ("did you mean the column ...", a column named twice) quote
 * header cells, and a file without a header row makes its first data row the header, so a name
 * or a phone number could appear in a message. A header cell is quoted only when the header row
 * names columns (no cell of it is a number, a date or a phone number, as a data row's are); else
 * it is named by its position, in English and Dutch. Failed before the fix.
 */
class HeaderCellPrivacyTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * A member list without its header row. Its personal values are near known column names (Ida
   * to id, Latif to lat, Lange to lng) or are one (the surname Rol, twice, is the role column's
   * Dutch name), which is what made them header names worth quoting.
   */
  private static final String HEADERLESS = "Ida;Rol;Latif;Lange;1948;52,1;5,1;01-03-2025;06-12345678;Rol\n"
      + "Bram;Jansen;Bram;Jansen;1950;52,2;5,2;01-03-2025;06-87654321;Jansen\n";

  private static final List<String> PLANTED = List.of("Ida", "Rol", "Latif", "Lange", "06-12345678", "1948");

  private static List<String> everything(ImportException e) {
    List<String> said = new ArrayList<>();
    said.add(e.getMessage());
    said.add(e.message(DUTCH));
    for (RowError error : e.errors()) {
      said.add(error.message(Locale.ENGLISH));
      said.add(error.message(DUTCH));
      said.add(error.toString());
      error.column().ifPresent(said::add);
    }
    return said;
  }

  private static void saysNoPlantedValue(List<String> said) {
    for (String value : PLANTED) {
      Pattern word = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(value) + "(?![\\p{L}\\d-])");
      for (String text : said) {
        assertFalse(word.matcher(text).find(), value + " in: " + text);
      }
    }
  }

  @Test
  void aFileWithoutAHeaderRowQuotesNoneOfItsValues() {
    byte[] file = HEADERLESS.getBytes(StandardCharsets.UTF_8);
    for (ImportMode mode : ImportMode.values()) {
      ImportException e = assertThrows(ImportException.class, () -> MemberCsv.read(file, mode));
      saysNoPlantedValue(everything(e));
      List<String> rules = e.errors().stream().map(RowError::rule).toList();
      assertTrue(rules.contains("duplicate-column") && rules.contains("missing-column"), rules.toString());
    }
  }

  @Test
  void theHeaderErrorsNameSuchACellByItsPosition() {
    ImportException e = assertThrows(ImportException.class,
        () -> MemberCsv.read(HEADERLESS.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS));
    List<String> english = e.errors().stream().map(r -> r.message(Locale.ENGLISH)).toList();
    List<String> dutch = e.errors().stream().map(r -> r.message(DUTCH)).toList();
    assertTrue(english.contains("row 1, column 10 (J): this column means the same as column 2 (B) before it: which"
        + " of the two holds the values cannot be told; rename or remove one"), english.toString());
    assertTrue(dutch.contains("rij 1, kolom 10 (J): deze kolom betekent hetzelfde als kolom 2 (B) ervoor: welke van"
        + " de twee de waarden bevat is niet te zeggen; geef een van beide een andere naam of haal er een weg"),
        dutch.toString());
    assertTrue(english.contains("row 1, column latitude: this required column is missing from the header; did you"
        + " mean column 3 (C)?"), english.toString());
    assertTrue(dutch.contains("rij 1, kolom Breedtegraad: deze verplichte kolom ontbreekt in de kopregel; bedoelt u"
        + " kolom 3 (C)?"), dutch.toString());
  }

  @Test
  void aTableReadByAnotherReaderQuotesNoneOfItsValuesEither() {
    CsvTable table = CsvTable.parse(HEADERLESS.getBytes(StandardCharsets.UTF_8));
    ImportException e = assertThrows(ImportException.class, () -> table.column(List.of("rol")));
    saysNoPlantedValue(everything(e));
    assertEquals("row 1, column 10 (J): this column means the same as column 2 (B) before it: which of the two"
        + " holds the values cannot be told; rename or remove one", e.errors().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aRealHeaderIsStillQuoted() {
    String csv = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegrad;Aangemeld op;Rol;rol\n";
    ImportException e = assertThrows(ImportException.class,
        () -> MemberCsv.read(csv.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS));
    List<String> english = e.errors().stream().map(r -> r.message(Locale.ENGLISH)).toList();
    assertTrue(english.contains("row 1, column rol: this column means the same as the column 'Rol' before it: which"
        + " of the two holds the values cannot be told; rename or remove one"), english.toString());
    assertTrue(english.contains("row 1, column longitude: this required column is missing from the header; did you"
        + " mean the column 'Lengtegrad'?"), english.toString());
    assertTrue(e.errors().stream().map(r -> r.message(DUTCH)).toList().contains("rij 1, kolom Lengtegraad: deze"
        + " verplichte kolom ontbreekt in de kopregel; bedoelt u de kolom 'Lengtegrad'?"));
  }
}
