package nl.voorzorgcirkel.examples.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateTest {

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Simulate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void helpExplainsEveryOption() {
    String[] result = run("--help");
    assertEquals("0", result[0]);
    for (String option : List.of("--scenario", "--days", "--replications", "--seed", "--threads", "--out")) {
      assertTrue(result[1].contains(option), option);
    }
  }

  @Test
  void runsTheDefaultScenarioAndWritesTheResults(@TempDir Path dir) throws IOException {
    String[] result = run("--days", "60", "--replications", "2", "--out", dir.toString());
    assertEquals("0", result[0], result[2]);
    assertTrue(result[1].startsWith("Scenario muziekwijk: 2 circle(s), 60 day(s)"), result[1]);
    List<String> csv = Files.readAllLines(dir.resolve("replications.csv"));
    assertEquals(3, csv.size());
    assertTrue(csv.get(0).startsWith("replication,created,fulfilled_share"));
    assertEquals(result[1].lines().findFirst().orElseThrow(),
        Files.readAllLines(dir.resolve("summary.txt")).get(0));
    for (String chart : List.of("fulfilled.png", "circle-size.png", "help-hours.png", "coverage.png")) {
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve(chart).toFile());
      assertEquals(800, image.getWidth(), chart);
      assertEquals(450, image.getHeight(), chart);
    }
  }

  @Test
  void aSweepRunsOncePerValueAndWritesOneLineEach(@TempDir Path dir) throws IOException {
    String[] result = run("--days", "30", "--replications", "2", "--sweep", "acceptProbability=0.3,0.9",
        "--out", dir.toString());
    assertEquals("0", result[0], result[2]);
    List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals(3, csv.size());
    assertTrue(csv.get(1).startsWith("0.3,") && csv.get(2).startsWith("0.9,"), csv.toString());
    double low = Double.parseDouble(csv.get(1).split(",")[2]);
    double high = Double.parseDouble(csv.get(2).split(",")[2]);
    assertTrue(high > low, "more willing helpers should fulfil more: " + csv);
    assertEquals("2", run("--sweep", "colour=1,2")[0]);
    assertEquals("2", run("--sweep", "circles=two")[0]);
  }

  @Test
  void aScenarioFileWithErrorsIsRefusedNamingFileFieldAndRule(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"circles\": \"two\", \"acceptProbability\": true, \"colour\": 1, \"start\": \"soon\"}");
    String[] result = run("--scenario", file.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains(file + ": field circles: must be a whole number"), result[2]);
    assertTrue(result[2].contains(file + ": field acceptProbability: must be a number"), result[2]);
    assertTrue(result[2].contains(file + ": field colour: unknown field"), result[2]);
    assertTrue(result[2].contains(file + ": field start: must be a date"), result[2]);
    Path rule = dir.resolve("rule.json");
    Files.writeString(rule, "{\"circles\": 0}");
    assertTrue(run("--scenario", rule.toString())[2].contains(rule + ": circles must be at least 1"));
    Path good = dir.resolve("good.json");
    Files.writeString(good, "{\"name\": \"older\", \"youngest\": 75, \"oldest\": 95, \"days\": 30, \"replications\": 1}");
    String[] ok = run("--scenario", good.toString());
    assertEquals("0", ok[0], ok[2]);
    assertTrue(ok[1].startsWith("Scenario older: 2 circle(s), 30 day(s)"), ok[1]);
    assertEquals("2", run("--days", "0")[0]);
    assertEquals("2", run("--bogus", "1")[0]);
  }
}
