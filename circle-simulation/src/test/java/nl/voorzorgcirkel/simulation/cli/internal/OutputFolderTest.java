package nl.voorzorgcirkel.simulation.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder rule's parts that the command lines do not show one by one (their behaviour through
 * {@code simulate} is in the command line's {@code OutputFolderTest}).
 */
class OutputFolderTest {

  @Test
  void aFolderThatDoesNotExistYetIsCreatedWithItsParents(@TempDir Path dir) throws IOException {
    Path nested = dir.resolve("a").resolve("b");
    OutputFolder.prepare(nested);
    assertTrue(Files.isDirectory(nested));
    try (var list = Files.list(nested)) {
      assertEquals(0, list.count(), "the probe file is gone");
    }
  }

  @Test
  void theFilesAFileManagerLeavesAreKnownByName() {
    assertTrue(OutputFolder.isViewFile("charts/.DS_Store") && !OutputFolder.isViewFile("DS_Store")
        && !OutputFolder.isViewFile("thesis.tex"));
  }

  /** User test 10, 13: {@code /proc/forbidden} was "cannot be created (NoSuchFileException)". */
  @Test
  void aRefusalOfTheFileSystemIsToldInWords() {
    assertEquals("the file system does not allow a new folder or file there",
        OutputFolder.why(new NoSuchFileException("/proc/forbidden"), false));
    assertEquals("het bestandssysteem staat daar geen nieuwe map of nieuw bestand toe",
        OutputFolder.why(new NoSuchFileException("/proc/forbidden"), true));
    assertEquals("the system says: Read-only file system",
        OutputFolder.why(new FileSystemException("/x", null, "Read-only file system"), false));
  }
}
