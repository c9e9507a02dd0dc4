package nl.voorzorgcirkel.simulation.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.SameFiles;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar, submitted as the README shows: {@code org.apache.spark.deploy.SparkSubmit} (what the
 * {@code spark-submit} script runs) on Spark's jars, with the JVM options the build writes, and
 * {@code --master local[*]}.
 */
class SparkSubmitIT {

  private static final Path JOB_JAR = Path.of(System.getProperty("job.jar"));
  private static final Path SPARK_JARS = Path.of(System.getProperty("spark.jars"));
  private static final Path JAVA_OPTIONS = Path.of(System.getProperty("spark.java.options.file"));

  /** A study as a researcher writes it: a grid of two factors, two strategies compared. */
  private static final String STUDY = """
      {
        "formatVersion": 2,
        "name": "spark-submit-study",
        "population": { "circles": 5 },
        "experiment": {
          "days": 60,
          "replications": 2,
          "design": {
            "type": "grid",
            "factors": [
              { "field": "population.membersPerCircle", "values": [8, 14] },
              { "field": "behaviour.acceptance.probability", "values": [0.5, 0.7] }
            ]
          },
          "compare": { "field": "policy.fairness.strategy", "values": ["least-loaded", "leximin"] }
        }
      }
      """;

  /** Exit code, standard output, standard error of {@code spark-submit ARGS} in a folder. */
  private static String[] sparkSubmit(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + JAVA_OPTIONS, "-cp", SPARK_JARS + "/*", "org.apache.spark.deploy.SparkSubmit"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    int code = builder.start().waitFor();
    return new String[] {String.valueOf(code), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)};
  }

  @Test
  void theSameScenarioFileGivesTheSameBytesLocallyAndWithSparkSubmit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("study.json");
    Files.writeString(file, STUDY, StandardCharsets.UTF_8);
    // locally, as 'simulate run study.json --out local' does
    ExperimentResult local = Simulation.run(ScenarioFiles.read(file));
    Reports.write(dir.resolve("local"), local);
    String[] run = sparkSubmit(dir, "--master", "local[*]", "--conf", "spark.log.level=WARN",
        "--class", Main.class.getName(), JOB_JAR.toString(), "run", "study.json", "--out", "spark");
    assertEquals("0", run[0], run[2]);
    // the same reports; the Spark run also lists what it wrote (simulate run does too, Reports.write not)
    SameFiles.assertSameFiles(dir.resolve("local"), dir.resolve("spark"), "circle-runs", OutputFolder.MANIFEST);
    assertTrue(run[1].startsWith(Summary.of(local)), run[1]);
    assertTrue(run[1].contains("circle runs as Parquet in spark/circle-runs"), run[1]);
    try (Stream<Path> points = Files.list(dir.resolve("spark/circle-runs"))) {
      assertEquals(8, points.filter(p -> p.getFileName().toString().startsWith("point=")).count());
    }
  }

  @Test
  void aBadScenarioFileExitsWithCode2AndEveryError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 2, \"experiment\": {\"seed\": 1.5}}");
    String[] run = sparkSubmit(dir, "--master", "local[*]", "--class", Main.class.getName(), JOB_JAR.toString(),
        "run", "bad.json");
    assertEquals("2", run[0], run[1] + run[2]);
    assertTrue(run[2].contains("bad.json:1:") && run[2].contains("experiment.seed"), run[2]);
  }

  @Test
  void theJobJarCarriesNoClassThatSparksJarsHave() throws IOException {
    Set<String> ours = classes(JOB_JAR);
    assertTrue(ours.contains("nl/voorzorgcirkel/simulation/spark/shaded/jackson/databind/ObjectMapper.class"));
    assertTrue(ours.contains("nl/voorzorgcirkel/simulation/spark/shaded/validation/Validation.class"));
    Set<String> both = new TreeSet<>();
    try (Stream<Path> jars = Files.list(SPARK_JARS)) {
      for (Path jar : (Iterable<Path>) jars.filter(p -> p.toString().endsWith(".jar"))::iterator) {
        for (String c : classes(jar)) {
          if (ours.contains(c)) {
            both.add(jar.getFileName() + ": " + c);
          }
        }
      }
    }
    assertEquals(Set.of(), both, "classes the cluster's Spark would load instead of the job jar's");
  }

  private static Set<String> classes(Path jar) throws IOException {
    Set<String> classes = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().map(ZipEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
          .map(n -> n.replaceFirst("^META-INF/versions/\\d+/", ""))
          .forEach(classes::add);
    }
    return classes;
  }
}
