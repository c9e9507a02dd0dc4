package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import org.junit.jupiter.api.Test;

/**
 * The candidate reader shares the member reader's records (user test 9): a record too wide or too
 * long is skipped whole and its quoted text never becomes candidates, the field limit holds in
 * columns nobody reads, and an id given twice is reported also when its first row was refused.
 * Each failed before its fix.
 */
class CandidateCsvRecordsTest {

  private static final String HEADER = "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;"
      + "Wil verbinder zijn;Graag met;Liever niet met;Opmerking";
  private static final String SPOOK = "k-99;Spook;1948;52,379;5,223;01-03-2026;ja;;;x";

  private static ImportResult<Candidate> read(String text) {
    return CandidateCsv.read(text.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
  }

  private static List<String> ids(ImportResult<Candidate> result) {
    return result.values().stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  private static List<String> problems(ImportResult<Candidate> result) {
    return result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  @Test
  void recordsTooWideOrTooLongAreSkippedWhole() {
    String wide = "k-1;Anna;1948;52,379;5,223;01-03-2026;ja;;;" + String.join(";", Collections.nCopies(995, ""))
        + ";\"x\n" + SPOOK + "\"";
    String tall = "k-2;Bert;1950;52,379;5,223;01-03-2026;nee;;;\"" + "n".repeat(50_000) + "\r\n" + SPOOK + "\nend\"";
    ImportResult<Candidate> result = read(String.join("\n", HEADER, wide, tall,
        "k-3;Carla;1950;52,379;5,223;01-03-2026;nee;;;" + "o".repeat(20_000),
        "k-4;Dirk;1950;52,379;5,223;01-03-2026;nee;;;ok"));
    assertEquals(List.of("k-4"), ids(result));
    // each record one row, as a spreadsheet shows them, whatever lines its cells span (user test 11, M3)
    assertEquals(List.of("2:-:too-many-fields", "3:Opmerking:field-too-long", "4:Opmerking:field-too-long"),
        problems(result));
  }

  @Test
  void anIdGivenTwiceIsReportedAlsoWhenItsFirstRowWasRefused() {
    ImportResult<Candidate> result = read(String.join("\n", HEADER,
        "k-7;Eerste;1850;52,379;5,223;01-03-2026;ja;;;",
        "k-7;Tweede;1948;52,379;5,223;01-03-2026;ja;;;"));
    assertEquals(List.of(), ids(result));
    assertEquals(List.of("2:Geboortejaar:birth-year", "3:Deelnemer-ID:duplicate-id"), problems(result));
  }
}
