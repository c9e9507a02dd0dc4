package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
    assertEquals("rij 2, kolom Wil verbinder zijn: is geen van de toegestane woorden (0, 1, false, ja, nee, no,"
        + " onwaar, true, waar, x, yes)", result.errors().get(0).message(Locale.forLanguageTag("nl")));
  }
}
