package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import org.junit.jupiter.api.Test;

class FairnessStudyExampleTest {

  @Test
  void theStudyPrintsOnePairedDifferencePerGridPoint() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExperimentResult result = FairnessStudyExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(18, result.points().size());
    assertEquals(9, result.differences().stream().filter(d -> d.output() == Output.LOAD_GINI).count());
    assertEquals(10, out.lines().count(), out);
    assertTrue(out.contains("policy.fairness.strategy=least-loaded"), out);
  }
}
