package nl.voorzorgcirkel.simulation.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
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
    assertTrue(nl[2].contains("population.circles: moet minstens 1 zijn"), nl[2]);
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
   * User test 7: --circle-runs and --no-circle-runs together ran, the second silently winning, and
   * picocli's own usage errors came in English with the whole usage. They are now refused as one
   * line in the language of --lang, as every usage error of 'simulate' is.
   */
  @Test
  void usageErrorsAreOneLineInTheChosenLanguageAndTheCircleRunsOptionsExcludeEachOther() {
    String[][] cases = {
      {"run", "muziekwijk", "--circle-runs", "rows", "--no-circle-runs"},
      {"run", "muziekwijk", "--no-circle-runs", "--circle-runs=rows", "--lang", "nl"},
      {"run", "muziekwijk", "--tasks", "veel", "--lang", "nl"},
      {"run", "muziekwijk", "--out"},
      {"run", "muziekwijk", "--lang", "nl", "--bogus"},
      {"run", "muziekwijk", "--lang", "xx"},
      // user test 8, L4 and L5: a range from an option as a usage error of its command; a command alone
      {"run", "muziekwijk", "--days", "0", "--lang", "nl"},
      {"run", "muziekwijk", "--set", "population.circles=0"},
      {"bogus-cmd", "--lang", "nl"},
    };
    String[] expected = {
      "simulate-spark run: --circle-runs, --no-circle-runs exclude each other: give one of them"
          + " (see simulate-spark run --help)",
      "simulate-spark run: --circle-runs, --no-circle-runs sluiten elkaar uit: geef er één van"
          + " (zie simulate-spark run --help)",
      "simulate-spark run: ongeldige waarde voor optie --tasks: moet een geheel getal zijn"
          + " (zie simulate-spark run --help)",
      "simulate-spark run: option --out needs a value (DIR) (see simulate-spark run --help)",
      "simulate-spark run: onbekende optie of onbekend argument: --bogus (zie simulate-spark run --help)",
      "simulate-spark run: invalid value for option --lang: the reports are in en or nl only"
          + " (see simulate-spark run --help) / simulate-spark run: ongeldige waarde voor optie --lang: de"
          + " rapporten zijn er alleen in en of nl (zie simulate-spark run --help)",
      "simulate-spark run: --days 0: experiment.days: moet minstens 1 zijn (zie simulate-spark run --help)",
      "simulate-spark run: --set population.circles=0: population.circles: must be at least 1"
          + " (see simulate-spark run --help)",
      "simulate-spark: onbekend commando: bogus-cmd; de commando's zijn run (zie simulate-spark --help)",
    };
    for (int i = 0; i < cases.length; i++) {
      String[] r = run(cases[i]);
      assertEquals("2", r[0], String.join(" ", cases[i]) + ": " + r[2]);
      assertEquals("", r[1]);
      assertEquals(expected[i], r[2].strip(), String.join(" ", cases[i]));
    }
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

  /**
   * User test 11: {@code simulate-spark --version} printed the constant {@code
   * circle-simulation-spark 0.1.0} for a 0.1.0-SNAPSHOT jar. It prints the build's version, read
   * as {@code simulate --version} reads its own.
   */
  @Test
  void versionIsTheBuildsOwn() throws Exception {
    nl.voorzorgcirkel.simulation.VersionOption.assertBuildsOwn("circle-simulation-spark", SparkCommandTest::run, "run");
  }

  /**
   * User test 11: {@code simulate-spark run --out} wrote into a folder that held files, beside
   * them, where {@code simulate run} refuses it. It follows the same rule, before Spark starts: a
   * new or empty folder, or {@code --overwrite} for the files of an earlier run, listed in the
   * manifest; and {@code --overwrite} needs {@code --out}.
   */
  @Test
  void anOutFolderHoldingFilesIsRefusedBeforeSparkStarts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    String[] r = run("run", "muziekwijk", "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    assertEquals("", r[1], "nothing run");
    assertTrue(r[2].strip().startsWith("simulate-spark run: --out " + out + " already holds files (1, such as"
        + " notes.txt)"), r[2]);
    String[] nl = run("run", "muziekwijk", "--out", out.toString(), "--lang", "nl");
    assertTrue(nl[2].strip().startsWith("simulate-spark run: --out " + out + " bevat al bestanden"), nl[2]);
    String[] overwrite = run("run", "muziekwijk", "--out", out.toString(), "--overwrite");
    assertEquals("2", overwrite[0], overwrite[2]);
    assertTrue(overwrite[2].contains("has no " + OutputFolder.MANIFEST), overwrite[2]);
    assertEquals(List.of("notes.txt"), files(out), "nothing removed");
    String[] alone = run("run", "muziekwijk", "--overwrite");
    assertEquals("2", alone[0], alone[2]);
    assertEquals("simulate-spark run: --overwrite needs --out: the folder whose earlier results it replaces"
        + " (see simulate-spark run --help)", alone[2].strip());
  }

  /**
   * User test 12, L8: an {@code --out} folder that cannot be created exited with code 1, which the
   * README does not list. It is a bad option value, found before Spark starts: code 2, with the
   * reason in the chosen language.
   */
  @Test
  void anOutFolderThatCannotBeCreatedIsAUsageErrorBeforeSparkStarts(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    String[] r = run("run", "muziekwijk", "--out", file.toString());
    assertEquals("2", r[0], r[2]);
    assertEquals("", r[1], "nothing run");
    assertEquals("simulate-spark run: cannot write the results to " + file + ": it is a file, not a folder",
        r[2].strip());
    String[] nl = run("run", "muziekwijk", "--out", file.resolve("results").toString(), "--lang", "nl");
    assertEquals("2", nl[0], nl[2]);
    assertEquals("simulate-spark run: kan de resultaten niet schrijven naar " + file.resolve("results")
        + ": een deel van het pad is een bestand, geen map", nl[2].strip());
  }

  /**
   * A run with {@code --out} lists every file it wrote in the manifest, the Parquet parts of its
   * circle runs too, so that {@code --overwrite} replaces them and only them.
   */
  @Test
  void overwriteReplacesTheFilesOfTheManifestAndOnlyThose(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    String[] args = {"run", "muziekwijk", "--set", "population.circles=1", "--days", "10", "--replications", "2",
        "--out", out.toString()};
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.ui.enabled", "false");
    try {
      String[] first = run(args);
      assertEquals("0", first[0], first[2]);
      List<String> written = files(out);
      List<String> listed = Files.readAllLines(out.resolve(OutputFolder.MANIFEST)).stream()
          .filter(l -> !l.startsWith("#")).toList();
      assertEquals(written.stream().filter(f -> !f.equals(OutputFolder.MANIFEST)).toList(), listed,
          "the manifest lists every file written, the circle runs' too");
      assertTrue(listed.stream().anyMatch(f -> f.startsWith("circle-runs/") && f.endsWith(".parquet")), listed.toString());
      assertEquals("2", run(args)[0], "a second run into the folder is refused");

      String[] again = run(Stream.concat(Stream.of(args), Stream.of("--overwrite")).toArray(String[]::new));
      assertEquals("0", again[0], again[2]);
      assertTrue(Files.exists(out.resolve("summary.csv")));

      Files.writeString(out.resolve("notes.txt"), "mine");
      String[] mixed = run(Stream.concat(Stream.of(args), Stream.of("--overwrite")).toArray(String[]::new));
      assertEquals("2", mixed[0], mixed[2]);
      assertTrue(mixed[2].contains("also holds files simulate did not write (notes.txt)"), mixed[2]);
      assertTrue(Files.exists(out.resolve("summary.csv")), "nothing removed");
    } finally {
      System.clearProperty("spark.master");
      System.clearProperty("spark.ui.enabled");
    }
  }

  /** The files under a folder, relative with {@code /}, sorted. */
  private static List<String> files(Path dir) throws java.io.IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }
}
