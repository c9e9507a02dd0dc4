package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

class CandidateCsvTest {

  private static final String HEADER = "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;"
      + "Wil verbinder zijn;Graag met;Liever niet met";

  private static ImportResult<Candidate> read(String text, ImportMode mode) {
    return CandidateCsv.read(text.getBytes(StandardCharsets.UTF_8), mode);
  }

  /** Issue 16: CR-only line ends and quoted line breaks, in the candidate reader too. */
  @Test
  void readsOldMacLineEndsAndNotesOverTwoLines() {
    ImportResult<Candidate> result = read(String.join("\r", HEADER + ";Opmerking",
        "k-1;Anna;1948;52,379;5,223;01-03-2026;ja;;;\"fietst graag",
        "en wandelt; op zondag\"",
        "k-2;Bert;1950;52,379;5,223;01-03-2026;nee;k-1;;"), ImportMode.ALL_OR_NOTHING);
    assertEquals(List.of("k-1", "k-2"), result.values().stream().map(c -> c.id().value())
        .collect(Collectors.toList()));
    assertEquals(List.of(MemberId.of("k-1")), result.values().get(1).wantsWith());
    assertEquals(List.of("Opmerking"), result.ignoredColumns());
  }

  @Test
  void readsWillingnessPreferencesAndAvoidance() {
    ImportResult<Candidate> result = read(String.join("\n", HEADER,
        "k-1;Anna;1948;52,379;5,223;01-03-2026;ja;k-2, k-3;k-4",
        "k-2;Bert;1950;52,379;5,223;01-03-2026;;;",
        "k-3;Carla;1950;52,379;5,223;01-03-2026;misschien;k-3;",
        "k-4;Dirk;19x0;52,379;5,223;01-03-2026;nee;;"), ImportMode.VALID_ROWS);
    assertEquals(List.of("k-1", "k-2"), result.values().stream().map(c -> c.id().value()).collect(Collectors.toList()));
    Candidate anna = result.values().get(0);
    assertTrue(anna.willingToConnect());
    assertEquals(List.of(MemberId.of("k-2"), MemberId.of("k-3")), anna.wantsWith());
    assertEquals(List.of(MemberId.of("k-4")), anna.member().avoids());
    assertEquals(List.of("4:Wil verbinder zijn:choice", "4:Graag met:wants-self", "5:Geboortejaar:whole-number"),
        result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
            .collect(Collectors.toList()));
    assertEquals(List.of(), result.ignoredColumns());
    assertEquals(3, assertThrows(ImportException.class,
        () -> read(String.join("\n", HEADER, "k-3;Carla;1950;52,379;5,223;01-03-2026;misschien;k-3;",
            "k-4;Dirk;19x0;52,379;5,223;01-03-2026;nee;;"), ImportMode.ALL_OR_NOTHING)).errors().size());
  }

  @Test
  void junkInTheCandidateColumnsNeverBreaksTheReaderNorCostsAValidRow() {
    Props.property("candidate-csv-fuzz", 500)
        .forAll(longs().all(), integers().between(0, 30))
        .checkAssert((seed, count) -> {
          Random random = new Random(seed);
          StringBuilder file = new StringBuilder(HEADER).append('\n');
          Set<String> clean = new HashSet<>();
          String junk = "xj;\"|,k- 9?";
          for (int i = 0; i < count; i++) {
            boolean dirty = random.nextInt(3) == 0;
            String willing = dirty ? String.valueOf(junk.charAt(random.nextInt(junk.length())))
                : random.nextBoolean() ? "ja" : "nee";
            String wants = dirty ? "k-" + i + "|" + junk.substring(random.nextInt(junk.length()))
                : "k-" + ((i + 1) % Math.max(1, count + 1));
            file.append(String.join(";", "k-" + i, "Naam " + i, "1950", "52,379", "5,223", "01-03-2026",
                willing, wants, "")).append('\n');
            if (!dirty) {
              clean.add("k-" + i);
            }
          }
          ImportResult<Candidate> result;
          try {
            result = read(file.toString(), ImportMode.VALID_ROWS);
          } catch (ImportException e) {
            throw new AssertionError("VALID_ROWS refused the file", e);
          }
          Set<String> read = result.values().stream().map(c -> c.id().value()).collect(Collectors.toSet());
          assertTrue(read.containsAll(clean), "a valid row was lost");
        });
  }
}
