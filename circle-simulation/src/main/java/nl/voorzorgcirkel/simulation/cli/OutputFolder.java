package nl.voorzorgcirkel.simulation.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder {@code --out} names, made ready before any work is done: a run of hours must not find
 * at its end that its results cannot be written. Not API.
 */
final class OutputFolder {

  private OutputFolder() {}

  /**
   * Creates the folder (and its parents) if it does not exist, and checks that a file can be
   * written in it, by writing and deleting an empty one.
   *
   * @param dir the folder, not null
   * @throws Unwritable naming the folder and why, in English and Dutch
   */
  static void prepare(Path dir) throws Unwritable {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Unwritable(dir, "it is a file, not a folder", "het is een bestand, geen map");
    }
    for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new Unwritable(dir, "a part of the path is a file, not a folder",
            "een deel van het pad is een bestand, geen map");
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (AccessDeniedException e) {
      throw new Unwritable(dir, "no permission to create the folder", "geen toestemming om de map te maken");
    } catch (IOException e) {
      throw new Unwritable(dir, "the folder cannot be created (" + e.getClass().getSimpleName() + ")",
          "de map kan niet worden gemaakt (" + e.getClass().getSimpleName() + ")");
    }
    try {
      Path probe = Files.createTempFile(dir, ".simulate-", ".probe");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new Unwritable(dir, "no file can be written in the folder (" + e.getClass().getSimpleName() + ")",
          "in de map kan geen bestand worden geschreven (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The folder cannot take the results: why, in English and Dutch. */
  static final class Unwritable extends IOException {
    private static final long serialVersionUID = 1L;

    private final String dir;
    private final String dutch;

    Unwritable(Path dir, String english, String dutch) {
      super("cannot write the results to " + dir + ": " + english);
      this.dir = dir.toString();
      this.dutch = dutch;
    }

    /**
     * The message in a language.
     *
     * @param locale Dutch for {@code nl}, else English
     * @return the message, naming the folder
     */
    String message(Locale locale) {
      return "nl".equals(locale.getLanguage())
          ? "kan de resultaten niet schrijven naar " + dir + ": " + dutch : getMessage();
    }
  }
}
