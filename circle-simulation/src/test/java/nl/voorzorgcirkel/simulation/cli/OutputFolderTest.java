package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} is checked before the run (user test 3, F4): a folder that cannot take the results
 * is refused at once, naming it and why, in the language of {@code --lang}; no experiment is run.
 */
class OutputFolderTest {

  private static String[] run(String... args) {
    return SimulateCommandTest.run(args);
  }

  @Test
  void aFileWhereTheFolderBelongsIsRefusedBeforeTheRunInEnglishAndDutch(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    String[] r = run("run", "fairness-grid", "--days", "30", "--replications", "1", "--no-progress",
        "--out", file.toString());
    assertEquals("2", r[0], r[2]);
    assertEquals("simulate run: cannot write the results to " + file + ": it is a file, not a folder", r[2].strip());
    assertEquals("", r[1], "no summary: nothing was run");
    assertFalse(r[2].contains("circle runs"), "no run: " + r[2]);
    String[] nl = run("run", "fairness-grid", "--days", "30", "--replications", "1", "--no-progress",
        "--lang", "nl", "--out", file.toString());
    assertEquals("2", nl[0], nl[2]);
    assertEquals("simulate run: kan de resultaten niet schrijven naar " + file + ": het is een bestand, geen map",
        nl[2].strip());
  }

  @Test
  void aFileInThePathIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    String[] r = run("run", "fairness-grid", "--days", "30", "--replications", "1", "--no-progress",
        "--out", file.resolve("results").toString());
    assertEquals("2", r[0], r[2]);
    assertTrue(r[2].contains("a part of the path is a file, not a folder"), r[2]);
  }

  private static final String[] SMALL = {"muziekwijk", "--days", "20", "--replications", "1", "--no-progress"};

  private static String[] runInto(Path dir, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run"));
    args.addAll(List.of(SMALL));
    args.addAll(List.of(extra));
    args.addAll(List.of("--out", dir.toString()));
    return run(args.toArray(String[]::new));
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  /**
   * User test 10, 4: a grid run into a folder, then a plain run into the same folder, left the
   * grid's differences.csv and charts beside the new summary.csv. A folder that holds files is
   * now a usage error naming it (exit 2, nothing run), unless --overwrite, which removes the files
   * the earlier run listed in its manifest, and those only.
   */
  @Test
  void aFolderWithAnEarlierRunsFilesIsRefusedAndOverwriteReplacesThem(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("mix");
    String[] grid = run("run", "fairness-grid", "--set", "population.circles=1", "--days", "10", "--replications", "2",
        "--no-progress", "--out", out.toString());
    assertEquals("0", grid[0], grid[2]);
    assertTrue(Files.exists(out.resolve("differences.csv")));
    assertTrue(Files.readAllLines(out.resolve(OutputFolder.MANIFEST)).contains("differences.csv"));
    List<String> before = files(out);

    String[] again = runInto(out);
    assertEquals("2", again[0], again[2]);
    assertEquals("", again[1], "nothing run");
    assertTrue(again[2].strip().startsWith("simulate run: --out " + out + " already holds files (" ), again[2]);
    assertTrue(again[2].strip().endsWith("choose a new folder, or add --overwrite to replace the files of the earlier"
        + " run (see simulate run --help)"), again[2]);
    assertEquals(before, files(out), "nothing touched");
    String[] nl = runInto(out, "--lang", "nl");
    assertEquals("2", nl[0], nl[2]);
    assertTrue(nl[2].strip().startsWith("simulate run: --out " + out + " bevat al bestanden ("), nl[2]);
    assertTrue(nl[2].contains("voeg --overwrite toe"), nl[2]);

    String[] replaced = runInto(out, "--overwrite", "--records");
    assertEquals("0", replaced[0], replaced[2]);
    List<String> after = files(out);
    assertTrue(after.contains("records/impact-point-1.csv"), after.toString());
    assertFalse(after.contains("differences.csv"), "the grid's differences are gone: " + after);
    assertTrue(after.stream().noneMatch(f -> f.contains("-vs-")), "the grid's charts are gone: " + after);
    List<String> listed = Files.readAllLines(out.resolve(OutputFolder.MANIFEST)).stream()
        .filter(l -> !l.startsWith("#")).toList();
    assertEquals(after.stream().filter(f -> !f.equals(OutputFolder.MANIFEST)).toList(), listed,
        "the manifest lists every file written, and nothing else is there");
  }

  /**
   * User test 11, L3: a folder that held only the {@code .DS_Store} a file manager leaves was
   * refused as holding files, and after a run was looked at in the Finder, {@code --overwrite}
   * refused its {@code .DS_Store} files as files simulate did not write. Such files hold no
   * results: they do not make a folder occupied, and {@code --overwrite} removes them with the run.
   */
  @Test
  void filesAFileManagerLeavesDoNotOccupyTheFolder(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("looked-at"));
    Files.writeString(out.resolve(".DS_Store"), "x");
    Files.writeString(out.resolve("Thumbs.db"), "x");
    String[] first = runInto(out);
    assertEquals("0", first[0], first[2]);
    Files.writeString(out.resolve("charts").resolve(".DS_Store"), "x");
    Files.writeString(out.resolve("._summary.txt"), "x");
    Files.writeString(out.resolve("desktop.ini"), "x");
    assertEquals("2", runInto(out)[0], "the run's own files still occupy it");
    String[] again = runInto(out, "--overwrite");
    assertEquals("0", again[0], again[2]);
    assertFalse(files(out).contains("charts/.DS_Store"), files(out).toString());
  }

  @Test
  void overwriteRemovesNothingFromAFolderWithOtherFiles(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("results");
    assertEquals("0", runInto(out)[0]);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve("charts/old"));
    List<String> before = files(out);
    String[] r = runInto(out, "--overwrite");
    assertEquals("2", r[0], r[2]);
    assertEquals("simulate run: --out " + out + " also holds files simulate did not write (charts/old, notes.txt),"
        + " so --overwrite removes nothing from it; move them, or choose a new folder (see simulate run --help)",
        r[2].strip());
    assertEquals(before, files(out));

    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("thesis.tex"), "mine");
    String[] nl = runInto(foreign, "--overwrite", "--lang", "nl");
    assertEquals("2", nl[0], nl[2]);
    assertEquals("simulate run: --out " + foreign + " heeft geen simulate-manifest.txt, de lijst van de bestanden die"
        + " simulate er schreef, dus --overwrite verwijdert er niets uit (er staat thesis.tex in); kies een nieuwe"
        + " map, of maak deze zelf leeg (zie simulate run --help)", nl[2].strip());
    assertEquals("mine", Files.readString(foreign.resolve("thesis.tex")));
  }

  @Test
  void mergeRefusesAFolderWithFilesAndReplacesItsOwnWithOverwrite(@TempDir Path dir) throws IOException {
    Path shards = dir.resolve("shards");
    for (int i = 1; i <= 2; i++) {
      String[] r = runInto(shards, "--shard", i + "/2");
      assertEquals("0", r[0], r[2]);
    }
    Path out = Files.createDirectories(dir.resolve("results"));
    Files.writeString(out.resolve("old.csv"), "x");
    String[] r = run("merge", shards.toString(), "--out", out.toString());
    assertEquals("2", r[0], r[2]);
    assertTrue(r[2].startsWith("simulate merge: --out " + out + " already holds files (1, such as old.csv)"), r[2]);
    Files.delete(out.resolve("old.csv"));
    assertEquals("0", run("merge", shards.toString(), "--out", out.toString())[0]);
    assertEquals("2", run("merge", shards.toString(), "--out", out.toString())[0]);
    String[] again = run("merge", shards.toString(), "--out", out.toString(), "--overwrite");
    assertEquals("0", again[0], again[2]);
    String[] noOut = run("merge", shards.toString(), "--overwrite");
    assertEquals("2", noOut[0]);
    assertTrue(noOut[2].contains("--overwrite needs --out"), noOut[2]);
  }

  /** Shards of one run share a folder; the same shard twice, or a folder of reports, is refused. */
  @Test
  void aShardGoesIntoAFolderOfShardsAndReplacesItsOwnFileOnlyWithOverwrite(@TempDir Path dir) throws IOException {
    Path shards = dir.resolve("shards");
    assertEquals("0", runInto(shards, "--shard", "1/2")[0]);
    assertEquals("0", runInto(shards, "--shard", "2/2")[0], "another shard of the run: the same folder");
    String[] twice = runInto(shards, "--shard", "2/2");
    assertEquals("2", twice[0], twice[2]);
    assertEquals("simulate run: --out " + shards + " already holds shard-2-of-2.shard (this shard was run before):"
        + " add --overwrite to replace it, or choose another folder (see simulate run --help)", twice[2].strip());
    assertEquals("0", runInto(shards, "--shard", "2/2", "--overwrite")[0]);
    Path reports = dir.resolve("reports");
    assertEquals("0", runInto(reports)[0]);
    String[] mixed = runInto(reports, "--shard", "1/2", "--lang", "nl");
    assertEquals("2", mixed[0], mixed[2]);
    assertTrue(mixed[2].startsWith("simulate run: --out " + reports + " bevat bestanden die geen shards zijn ("),
        mixed[2]);
  }

  /**
   * User test 12, L8: an {@code --out} folder that cannot be made exited with code 1, which the
   * README does not list; it is a bad option value, found before the run: code 2, as for an
   * occupied folder. User test 10, 13: {@code --out /proc/forbidden} said "the folder cannot be created
   * (NoSuchFileException)". The reason is now told in words, in English and Dutch.
   */
  @Test
  void aFolderTheFileSystemRefusesIsExplainedInWords() {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")) && !Files.exists(Path.of("/proc/forbidden")));
    String[] r = run(concatenated(SMALL, "--out", "/proc/forbidden"));
    assertEquals("2", r[0], r[2]);
    assertFalse(r[2].contains("Exception"), r[2]);
    assertTrue(r[2].startsWith("simulate run: cannot write the results to /proc/forbidden: "), r[2]);
  }

  private static String[] concatenated(String[] first, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of("run"));
    all.addAll(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
