package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, run with {@code java -jar} as the README tells a researcher to. */
class SimulateJarIT {

  /** Exit code, standard output, standard error. */
  private static String[] javaJar(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("app.jar")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    int code = p.waitFor();
    return new String[] {String.valueOf(code), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)};
  }

  @Test
  void aResearcherRunsAStudyFileAndGetsDifferencesChartsAndTheReport(@TempDir Path dir) throws Exception {
    String[] example = javaJar(dir, "example", "fairness-grid");
    assertEquals("0", example[0], example[2]);
    Files.writeString(dir.resolve("my-study.json"), example[1], StandardCharsets.UTF_8);
    String[] run = javaJar(dir, "run", "my-study.json", "--set", "population.circles=3", "--days", "60",
        "--replications", "3", "--out", "results", "--no-progress");
    assertEquals("0", run[0], run[2]);
    assertTrue(run[1].contains("Paired differences (value minus policy.fairness.strategy=least-loaded)"), run[1]);
    assertTrue(run[2].isBlank() || !run[2].contains("Exception"), run[2]);
    Path results = dir.resolve("results");
    for (String file : List.of("report.html", "summary.txt", "differences.csv", "replications.csv",
        "summary.csv", "monthly.csv", "scenario.json")) {
      assertTrue(Files.exists(results.resolve(file)), file);
    }
    assertTrue(Files.exists(results.resolve("charts/difference-load_gini.png")));
    assertTrue(Files.readString(results.resolve("report.html")).contains("data:image/png;base64,"));
  }

  @Test
  void aBadFileGetsEveryErrorAndExitCode2(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("bad.json"), ("\uFEFF{\"formatVersion\": 2,\r\n \"experiment\": {\"seed\": 1.5,"
        + " \"start\": \"1960-01-04\"}}").getBytes(StandardCharsets.UTF_8));
    String[] run = javaJar(dir, "run", "bad.json");
    assertEquals("2", run[0], run[1] + run[2]);
    assertTrue(run[2].contains("bad.json:2:") && run[2].contains("experiment.seed"), run[2]);
    assertTrue(run[2].contains("experiment.start") && run[2].contains("2000-01-01 to 2099-12-31"), run[2]);
    assertTrue(!run[2].contains("SLF4J") && !run[2].contains("HV000001"), "no logging noise: " + run[2]);
  }
}
