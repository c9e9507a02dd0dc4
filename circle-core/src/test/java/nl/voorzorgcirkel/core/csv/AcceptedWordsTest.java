package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/** A word a column does not accept is answered with the words it does (user test 3, F12). */
class AcceptedWordsTest {

  @Test
  void aRefusedYesNoOrChoiceCellListsTheAcceptedWordsInEnglishAndDutch() {
    String file = String.join("\r\n", "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Woont alleen;Rol",
        "m-1;Jan;1948;52,37;5,22;1-3-2025;misschien;deelnemer",
        "m-2;Piet;1949;52,37;5,22;1-3-2025;ja;baas", "");
    ImportResult<Member> result = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    List<String> english = result.errors().stream().map(e -> e.message(Locale.ENGLISH)).collect(Collectors.toList());
    assertEquals(List.of("row 2, column Woont alleen: is not one of the accepted words (0, 1, false, j, ja, n, nee,"
        + " no, onwaar, true, waar, x, y, yes)",
        "row 3, column Rol: is not one of the accepted words (connector, deelnemer, lid, member, participant, verbinder)"), english);
    assertEquals("rij 3, kolom Rol: is geen van de toegestane woorden (connector, deelnemer, lid, member, participant, verbinder)",
        result.errors().get(1).message(Locale.forLanguageTag("nl")));
  }
}
