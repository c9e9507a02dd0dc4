package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.formation.FormedCircle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormationExampleTest {

  @Test
  void everyCircleGetsItsListsAndTheConnectorsAreOnTheWelcomeSheet(@TempDir Path dir) throws IOException {
    LocalDate on = LocalDate.of(2026, 11, 26);
    FormationResult result = FormationExample.run(on, Locale.ENGLISH,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<Path> files = FormationExample.writeLists(result, on, dir);
    assertEquals(5 * result.circles().size(), files.size());
    for (FormedCircle circle : result.circles()) {
      String welcome = Files.readString(dir.resolve(circle.circle().id() + "-welcome.html"));
      for (Member connector : circle.circle().connectorsOn(on)) {
        assertTrue(welcome.contains("<td>" + connector.displayName() + "</td>"), welcome);
      }
      assertTrue(welcome.contains("Welzijn Muziekwijk"), welcome);
    }
  }

  @Test
  void theCoffeeMorningBecomesCirclesWithTheirHealthReports() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormationResult result = FormationExample.run(LocalDate.of(2026, 11, 26), Locale.forLanguageTag("nl"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("32 kandidaten gelezen; rijen geweigerd: 1"), out);
    assertTrue(out.contains("rij 34, kolom Geboortejaar: moet een geheel getal zijn"), out);
    int placed = result.circles().stream().mapToInt(c -> c.circle().members().size()).sum();
    assertEquals(32, placed + result.notPlaced().size());
    // 32 candidates: three balanced circles (not 12, 12 and 8), the five willing connectors spread
    assertEquals(List.of(10, 11, 11), result.circles().stream().map(c -> c.circle().members().size())
        .sorted().collect(Collectors.toList()), out);
    for (FormedCircle circle : result.circles()) {
      assertTrue(circle.circle().connectorsOn(LocalDate.of(2026, 11, 26)).size() >= 1, out);
    }
    // named after the neighbourhood in the list's Buurt column, not "Circle 1" in "unknown"
    assertEquals(List.of("Muziekwijk 1", "Muziekwijk 2", "Muziekwijk 3"), result.circles().stream()
        .map(c -> c.circle().name()).sorted().collect(Collectors.toList()), out);
    assertEquals(List.of("muziekwijk-1", "muziekwijk-2", "muziekwijk-3"), result.circles().stream()
        .map(c -> c.circle().id().value()).sorted().collect(Collectors.toList()), out);
    for (FormedCircle circle : result.circles()) {
      assertEquals("Muziekwijk", circle.circle().neighbourhood());
    }
    assertTrue(out.contains("compacte groei: geplaatst 100,0%, 3 cirkels van 8 tot 12"), out);
    for (FormedCircle circle : result.circles()) {
      assertTrue(out.contains(circle.circle().id() + " (" + circle.circle().name() + "): "), out);
      assertTrue(out.contains("Gezondheid van cirkel " + circle.circle().id()), out);
    }
  }
}
