package nl.voorzorgcirkel.simulation.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the README says about running on Spark is what the build does. */
class SparkReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theReadmeListsTheJvmOptionsThatTheBuildGivesSpark() throws IOException {
    String readme = readme();
    int marker = readme.indexOf("<!-- spark-java-options");
    assertTrue(marker > 0, "no spark-java-options block in the README");
    int start = readme.indexOf("```text\n", marker) + "```text\n".length();
    List<String> documented = List.of(readme.substring(start, readme.indexOf("```", start)).strip().split("\n"));
    List<String> build = List.of(System.getProperty("spark.java.options").strip().split("\\s+"));
    assertEquals(build, documented);
  }

  @Test
  void theReadmesSparkSubmitLinesNameTheJobJarsMainClass() throws IOException {
    String readme = readme();
    long lines = readme.lines().filter(l -> l.contains("--class " + Main.class.getName())).count();
    assertEquals(3, lines, "the cluster, laptop and JDK-only commands");
  }
}
