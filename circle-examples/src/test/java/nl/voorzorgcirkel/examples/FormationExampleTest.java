package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.formation.FormedCircle;
import org.junit.jupiter.api.Test;

class FormationExampleTest {

  @Test
  void theCoffeeMorningBecomesCirclesWithTheirHealthReports() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormationResult result = FormationExample.run(LocalDate.of(2026, 11, 26), Locale.forLanguageTag("nl"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("32 kandidaten gelezen, 1 rij(en) geweigerd:"), out);
    assertTrue(out.contains("rij 34, kolom Geboortejaar: moet een geheel getal zijn"), out);
    int placed = result.circles().stream().mapToInt(c -> c.circle().members().size()).sum();
    assertEquals(32, placed + result.notPlaced().size());
    assertTrue(result.circles().size() >= 2, out);
    for (FormedCircle circle : result.circles()) {
      assertTrue(out.contains(circle.circle().id() + ": "), out);
      assertTrue(out.contains("Gezondheid van cirkel " + circle.circle().id()), out);
    }
  }
}
