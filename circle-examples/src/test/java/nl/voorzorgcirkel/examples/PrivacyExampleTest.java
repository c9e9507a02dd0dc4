package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

class PrivacyExampleTest {

  @Test
  void consentErasureAndTheResearchExportOnTheSampleCircle() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrivacyExample.run(today, Locale.ENGLISH, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("members without consent to use their vitality"), out);
    assertTrue(out.matches("(?s).*erased: 1 member, help (\\d+) min before, \\1 min after.*"), out);
    assertTrue(out.contains("pseudonym,place,ageBand,role,vitality,livesAlone,minutesGiven,minutesReceived"), out);
    for (Member m : SampleCircles.muziekwijk(today).members()) {
      assertFalse(out.contains(m.displayName()), "a name in the output: " + m.displayName());
    }
    assertTrue(out.contains("ResearchTable[k=3"), out);
    assertEquals(out, run(today), "deterministic");
  }

  private static String run(LocalDate today) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrivacyExample.run(today, Locale.ENGLISH, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
