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

  @Test
  void theReadmesSlurmArrayJobRunsShardsThatMergeIntoTheSameFilesAsOneRun(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf("<!-- slurm-array-job");
    assertTrue(marker > 0, "no array job in the README");
    int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
    String script = readme.substring(start, readme.indexOf("```", start));
    int mergeStart = readme.indexOf("```sh\n", start + script.length() + 3) + "```sh\n".length();
    String merge = readme.substring(mergeStart, readme.indexOf("```", mergeStart)).strip();
    assertTrue(script.contains("#SBATCH --array=1-16"), script);
    Files.writeString(dir.resolve("study.sh"), script);
    Files.createSymbolicLink(dir.resolve("circle-simulation-0.1.0-SNAPSHOT-app.jar"), Path.of(System.getProperty("app.jar")));
    String[] example = javaJar(dir, "example", "fairness-grid");
    Files.writeString(dir.resolve("my-study.json"), example[1].replace("\"circles\": 40", "\"circles\": 3")
        .replace("\"days\": 365", "\"days\": 30").replace("\"replications\": 10", "\"replications\": 2"));
    // the array's tasks, as SLURM starts them (three here, not sixteen)
    for (int task = 1; task <= 3; task++) {
      ProcessBuilder sbatch = new ProcessBuilder("bash", "study.sh").directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(dir.resolve("task-" + task + ".txt").toFile());
      sbatch.environment().putAll(java.util.Map.of("SLURM_ARRAY_TASK_ID", String.valueOf(task),
          "SLURM_ARRAY_TASK_COUNT", "3", "SLURM_CPUS_PER_TASK", "1"));
      assertEquals(0, sbatch.start().waitFor(), Files.readString(dir.resolve("task-" + task + ".txt")));
    }
    assertTrue(Files.exists(dir.resolve("shards/shard-2-of-3.shard")));
    assertEquals(0, new ProcessBuilder("bash", "-c", merge).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("merge.txt").toFile()).start().waitFor(), Files.readString(dir.resolve("merge.txt")));
    String[] one = javaJar(dir, "run", "my-study.json", "--no-progress", "--out", "one-run");
    assertEquals("0", one[0], one[2]);
    nl.voorzorgcirkel.simulation.SameFiles.assertSameFiles(dir.resolve("one-run"), dir.resolve("results"));
  }
}
