package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertEquals("1", r[0], r[2]);
    assertEquals("simulate run: cannot write the results to " + file + ": it is a file, not a folder", r[2].strip());
    assertEquals("", r[1], "no summary: nothing was run");
    assertFalse(r[2].contains("circle runs"), "no run: " + r[2]);
    String[] nl = run("run", "fairness-grid", "--days", "30", "--replications", "1", "--no-progress",
        "--lang", "nl", "--out", file.toString());
    assertEquals("1", nl[0], nl[2]);
    assertEquals("simulate run: kan de resultaten niet schrijven naar " + file + ": het is een bestand, geen map",
        nl[2].strip());
  }

  @Test
  void aFileInThePathIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    String[] r = run("run", "fairness-grid", "--days", "30", "--replications", "1", "--no-progress",
        "--out", file.resolve("results").toString());
    assertEquals("1", r[0], r[2]);
    assertTrue(r[2].contains("a part of the path is a file, not a folder"), r[2]);
  }

  @Test
  void aFolderThatDoesNotExistYetIsCreatedWithItsParents(@TempDir Path dir) throws IOException {
    Path nested = dir.resolve("a").resolve("b");
    OutputFolder.prepare(nested);
    assertTrue(Files.isDirectory(nested));
    try (var list = Files.list(nested)) {
      assertEquals(0, list.count(), "the probe file is gone");
    }
  }
}
