package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example of the simulation, run, and shown there verbatim. */
class ReadmeSimulationExampleTest {

  @Test
  void theReadmeExampleRunsAndIsShownVerbatim(@TempDir Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    // README-BEGIN
    Scenario study = ScenarioFiles.builtIn("fairness-grid")
        .with("population.circles", 4)
        .with("experiment.replications", 3);
    ExperimentResult result = Simulation.run(study);
    out.print(Summary.of(result));
    Reports.write(dir, result); // scenario.json, summary.txt, CSV files, charts/, report.html
    // README-END
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Paired differences"));
    assertTrue(Files.exists(dir.resolve("report.html")));
    ReadmeSnippets.assertReadmeShows(
        Path.of("src/test/java/nl/voorzorgcirkel/simulation/ReadmeSimulationExampleTest.java"));
  }
}
