package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * Column names copied from Word or a web page hold non-breaking and other Unicode spaces (user
 * test 3, F11): they are spaces when header names are matched.
 */
class HeaderSpacesTest {

  @Test
  void unicodeSpacesAndDashesInAHeaderNameAreMatchedAsSpacesAndHyphens() {
    assertEquals("aangemeldop", CsvTable.normalName("Aangemeld\u00A0op"));
    assertEquals("geboortejaar", CsvTable.normalName("Geboorte\u2007jaar\u202F"));
    assertEquals("lievernietmet", CsvTable.normalName("Liever\u2009niet\u2011met"));
    assertEquals("aangemeldop", CsvTable.normalName("\u3000Aangemeld\u200Bop\u2060"));
    assertEquals("aangemeldop", CsvTable.normalName("Aangemeld \t_-op"));
  }

  @Test
  void aSignUpListWithNonBreakingSpacesInItsHeaderIsRead() {
    String file = "\uFEFFNr;Naam;Geboorte\u00A0jaar;Breedtegraad;Lengtegraad;Aangemeld\u00A0op\r\n"
        + "m-1;Jan;1948;52,379;5,223;1-3-2025\r\n";
    ImportResult<Member> result = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.ignoredColumns());
    assertEquals(1948, result.values().get(0).birthYear());
    assertEquals(LocalDate.of(2025, 3, 1), result.values().get(0).joined());
  }
}
