package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
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

  /** User test 7, K5: a sign-up date after the import's day, and an age that no member has. */
  @Test
  void aSignUpInTheFutureAndABirthYearOfAChildAreRefusedWithTheOptionsClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    String file = "\uFEFF" + String.join("\r\n", HEADER,
        "k-1;Anna;1948;52,379;5,223;01-03-2026;ja;;",
        "k-2;Bert;1950;52,379;5,223;01-03-2030;nee;;",
        "k-3;Carla;2015;52,379;5,223;01-03-2026;nee;;") + "\r\n";
    ImportResult<Candidate> result = CandidateCsv.reader().withOptions(ImportOptions.standard().withClock(clock))
        .read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of("k-1"), result.values().stream().map(c -> c.id().value()).collect(Collectors.toList()));
    assertEquals(List.of("3:Lid sinds:joined-future", "4:Geboortejaar:birth-year"),
        result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
            .collect(Collectors.toList()));
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
    assertEquals("Candidate{k-1}", anna.toString(), "the id only: no name, birth year or address");
    assertEquals(List.of("4:Wil verbinder zijn:choice", "4:Graag met:wants-self", "5:Geboortejaar:whole-number"),
        result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
            .collect(Collectors.toList()));
    assertEquals(List.of(), result.ignoredColumns());
    assertEquals(3, assertThrows(ImportException.class,
        () -> read(String.join("\n", HEADER, "k-3;Carla;1950;52,379;5,223;01-03-2026;misschien;k-3;",
            "k-4;Dirk;19x0;52,379;5,223;01-03-2026;nee;;"), ImportMode.ALL_OR_NOTHING)).errors().size());
  }

  /** The candidate columns may come first; a row that stops before the last of them is refused. */
  @Test
  void readsTheCandidateColumnsInAnyPlaceAndShortRows() {
    ImportResult<Candidate> willingFirst = read(String.join("\n",
        "Wil verbinder zijn;Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Graag met",
        "ja;k-1;Anna;1948;52,379;5,223;01-03-2026;k-2",
        "wellicht;k-2;Bert;1950;52,379;5,223;01-03-2026;"), ImportMode.VALID_ROWS);
    assertEquals(List.of("k-1"), willingFirst.values().stream().map(c -> c.id().value()).collect(Collectors.toList()));
    assertTrue(willingFirst.values().get(0).willingToConnect());
    assertEquals(List.of("3:Wil verbinder zijn:choice"), willingFirst.errors().stream()
        .map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
    ImportResult<Candidate> wantsFirst = read(String.join("\n",
        "Graag met;Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Wil verbinder zijn",
        "k-2;k-1;Anna;1948;52,379;5,223;01-03-2026;ja",
        "_k;k-2;Bert;1950;52,379;5,223;01-03-2026;nee"), ImportMode.VALID_ROWS);
    assertEquals(List.of(MemberId.of("k-2")), wantsFirst.values().get(0).wantsWith());
    assertEquals(List.of("3:Graag met"), wantsFirst.errors().stream()
        .map(e -> e.row() + ":" + e.column().orElse("-")).collect(Collectors.toList()));
    // the last column, wants with, left off: refused as short, not read as no wishes (user test 16, M2)
    ImportException shortRow = assertThrows(ImportException.class, () -> read(String.join("\n",
        "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Wil verbinder zijn;Graag met",
        "k-1;Anna;1948;52,379;5,223;01-03-2026;ja",
        "k-2;Bert;1950;52,379;5,223;01-03-2026;nee;"), ImportMode.ALL_OR_NOTHING));
    assertEquals(List.of("2:-:field-count"), shortRow.errors().stream()
        .map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
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
