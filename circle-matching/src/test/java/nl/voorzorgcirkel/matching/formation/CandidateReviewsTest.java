package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.RowError;
import org.junit.jupiter.api.Test;

/**
 * The sign-up list of candidates lists for review what the member list does, as both read through
 * the one reading loop of {@code MemberCsv} (user test 3, F12 and F18).
 */
class CandidateReviewsTest {

  private static ImportResult<Candidate> read(String text) {
    return CandidateCsv.read(text.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
  }

  private static List<String> problems(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  /** F18 for candidates: ut3-files/csv6/phone-no-number.csv. */
  @Test
  void aCandidateReachedByPhoneWithoutANumberIsKeptAndListedForReview() {
    ImportResult<Candidate> result = read("\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;"
        + "Contactkanaal;Telefoon\r\n"
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;telefoon;\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;via verbinder;\r\n"
        + "m-3;Kees;1948;52,37;5,22;1-3-2025;telefoon;06-12345678\r\n");
    assertEquals(3, result.values().size());
    assertEquals(List.of(), result.errors());
    assertEquals(List.of("2:Telefoon:phone-missing", "3:Telefoon:phone-missing"), problems(result.reviews()));
    assertTrue(result.reviews().get(0).message(Locale.forLanguageTag("nl")).contains("heeft geen telefoonnummer"));
  }

  /** F12 for candidates: "Liever niet met" naming nobody in the list, and a value without a column name. */
  @Test
  void anAvoidedNumberNobodyHasAndAnUnnamedColumnAreListedForReview() {
    ImportResult<Candidate> result = read("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;"
        + "Liever niet met;Graag met;;\r\n"
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;m-999;m-2;;\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;m-1;;;zomaar\r\n");
    assertEquals(2, result.values().size());
    assertEquals(List.of("2:Liever niet met:unknown-id", "3:-:unnamed-column"), problems(result.reviews()));
    assertEquals(List.of(), result.ignoredColumns());
    assertFalse(result.reviews().toString().contains("999") || result.reviews().toString().contains("zomaar"));
  }
}
