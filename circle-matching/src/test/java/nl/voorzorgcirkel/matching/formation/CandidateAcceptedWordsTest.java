package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import org.junit.jupiter.api.Test;

/** A refused yes/no cell of the candidate list names the accepted words (user test 3, F12). */
class CandidateAcceptedWordsTest {

  @Test
  void aRefusedWillingCellListsTheAcceptedWords() {
    String file = String.join("\r\n",
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Woont alleen;Wil verbinder zijn",
        "m-1;Jan;1948;52,37;5,22;1-3-2025;ja;misschien", "");
    ImportResult<Candidate> result = CandidateCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(1, result.errors().size(), result.errors().toString());
    assertEquals("rij 2, kolom Wil verbinder zijn: is geen van de toegestane woorden (0, 1, false, j, ja, n, nee,"
        + " no, onwaar, true, waar, x, y, yes)", result.errors().get(0).message(Locale.forLanguageTag("nl")));
  }

  /**
   * The yes/no columns of the member and the candidate reader took different words ({@code j},
   * {@code y} and {@code n} only in {@code Woont alleen}), and their errors listed different
   * words: one list now, in one place, for both.
   */
  @Test
  void theMemberAndTheCandidateColumnsTakeTheSameYesNoWordsAndListTheSameInTheirErrors() {
    StringBuilder file = new StringBuilder(
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Woont alleen;Wil verbinder zijn\r\n");
    List<String> words = List.of("j", "y", "n", "J", "N", "WAAR", "Onwaar", "x", "X", "1", "0", "ja", "Nee", "yes",
        "no", "true", "FALSE");
    for (int i = 0; i < words.size(); i++) {
      file.append("m-").append(i + 1).append(";Jan;1948;52,37;5,22;1-3-2025;").append(words.get(i)).append(';')
          .append(words.get(i)).append("\r\n");
    }
    ImportResult<Candidate> result = CandidateCsv.read(file.toString().getBytes(StandardCharsets.UTF_8),
        ImportMode.VALID_ROWS);
    assertEquals(List.of(), result.errors());
    for (Candidate candidate : result.values()) {
      assertEquals(candidate.member().livesAlone(), candidate.willingToConnect(), candidate.toString());
    }
    assertEquals(List.of(true, true, false, true, false, true, false, true, true, true, false, true, false, true,
        false, true, false), result.values().stream().map(Candidate::willingToConnect).collect(Collectors.toList()));
    ImportResult<Candidate> refused = CandidateCsv.read(("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;"
        + "Aangemeld op;Woont alleen;Wil verbinder zijn\r\nm-1;Jan;1948;52,37;5,22;1-3-2025;misschien;ja\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;ja;misschien\r\n")
        .getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(2, refused.errors().size(), refused.errors().toString());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      String livesAlone = refused.errors().get(0).message(locale);
      String willing = refused.errors().get(1).message(locale);
      assertEquals(livesAlone.substring(livesAlone.indexOf('(')), willing.substring(willing.indexOf('(')));
    }
  }
}
