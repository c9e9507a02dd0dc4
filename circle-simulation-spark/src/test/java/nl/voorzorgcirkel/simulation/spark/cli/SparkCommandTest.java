package nl.voorzorgcirkel.simulation.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options and errors, which it handles before Spark starts. */
class SparkCommandTest {

  /** Exit code, standard output, standard error. */
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SparkCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void runTakesTheSameScenarioOptionsAsSimulateRunAndItsOwn() {
    String[] help = run("run", "--help");
    assertEquals("0", help[0]);
    for (String option : new String[] {"--set", "--replications", "--days", "--seed", "--lang", "--out", "--tasks",
        "--circle-runs", "--no-circle-runs"}) {
      assertTrue(help[1].contains(option), option);
    }
  }

  @Test
  void aBadScenarioOrBadOptionsExitWithCode2InTheChosenLanguage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"formatVersion\": 2,\n \"population\": {\"circles\": -1}}");
    String[] nl = run("run", file.toString(), "--lang", "nl");
    assertEquals("2", nl[0]);
    assertTrue(nl[2].contains(file + ":2:") && nl[2].contains("population.circles"), nl[2]);
    assertTrue(nl[2].contains("minimumwaarde"), nl[2]);
    String[] tasks = run("run", "muziekwijk", "--tasks", "0");
    assertEquals("2", tasks[0]);
    assertTrue(tasks[2].contains("--tasks must be 1 to 1000000, got 0"), tasks[2]);
    // user test 6, J7: in the language of --lang, one line and the hint, not the usage
    String[] dutchTasks = run("run", "muziekwijk", "--tasks", "0", "--lang", "nl");
    assertEquals("2", dutchTasks[0]);
    assertTrue(dutchTasks[2].contains("--tasks moet 1 tot en met 1000000 zijn, niet 0"), dutchTasks[2]);
    assertEquals(1, dutchTasks[2].strip().lines().count(), dutchTasks[2]);
    assertEquals("2", run("run", "atlantis")[0]);
  }

  /**
   * The command's own lines follow --lang as those of 'simulate run' do: the timing on the error
   * stream and where the circle runs went were English whatever the language.
   */
  @Test
  void theTimingAndTheCircleRunsLineFollowTheLanguage() {
    Locale dutch = Locale.forLanguageTag("nl");
    assertEquals("simulate-spark: 1234 cirkelruns in 3,5 s", SparkTexts.timing(1234, 3.46, dutch));
    assertEquals("simulate-spark: 1234 circle runs in 3.5 s", SparkTexts.timing(1234, 3.46, Locale.ENGLISH));
    assertEquals("cirkelruns als Parquet in uit/circle-runs (een map per ontwerppunt)",
        SparkTexts.circleRuns("uit/circle-runs", dutch));
    assertEquals("circle runs as Parquet in out/circle-runs (one folder per design point)",
        SparkTexts.circleRuns("out/circle-runs", Locale.ENGLISH));
    assertTrue(SparkTexts.has("cli.timing") && SparkTexts.has("cli.circleRuns"));
  }
}
