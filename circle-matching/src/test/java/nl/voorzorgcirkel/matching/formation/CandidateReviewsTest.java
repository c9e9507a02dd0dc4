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

  /**
   * "Graag met" naming nobody in the list was kept without a word, where the same typing error in
   * "Liever niet met" was listed for review: now both columns go through one check.
   */
  @Test
  void aWantedNumberNobodyHasIsKeptAndListedForReviewLikeAnAvoidedOne() {
    ImportResult<Candidate> result = read("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Graag met\r\n"
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;m-2, m-77, m-3\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;m-1\r\n"
        + "m-3;Kees;1848;52,37;5,22;1-3-2025;m-1\r\n" // refused (birth year), but its number is in the list
        + "m-4;Ria;1950;52,37;5,22;1-3-2025;m-88\r\n");
    assertEquals(List.of("m-1", "m-2", "m-4"), result.values().stream().map(c -> c.id().value()).collect(Collectors.toList()));
    assertEquals(List.of("2:Graag met:unknown-id", "5:Graag met:unknown-id"), problems(result.reviews()));
    assertEquals("row 2, column Graag met: item 2 of 3 is not the number of anyone in this file; check it for a typing"
        + " error (the wish is kept, but does nothing while nobody in the list has that number)",
        result.reviews().get(0).message(Locale.ENGLISH));
    assertEquals("rij 5, kolom Graag met: onderdeel 1 van 1 is niet het nummer van iemand in dit bestand; controleer"
        + " het op een tikfout (de wens blijft bewaard, maar doet niets zolang niemand in de lijst dat nummer heeft)",
        result.reviews().get(1).message(Locale.forLanguageTag("nl")));
    assertEquals(List.of("m-2", "m-77", "m-3"), result.values().get(0).wantsWith().stream()
        .map(id -> id.value()).collect(Collectors.toList()), "kept, not dropped");
    String all = result.reviews().toString() + result.reviews().stream().map(e -> e.message(Locale.ENGLISH)
        + e.message(Locale.forLanguageTag("nl"))).collect(Collectors.joining());
    assertFalse(all.contains("77") || all.contains("88") || all.contains("Jan") || all.contains("Ria"), all);
  }
}
