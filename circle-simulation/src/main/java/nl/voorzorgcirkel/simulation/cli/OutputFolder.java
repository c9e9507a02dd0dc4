package nl.voorzorgcirkel.simulation.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder {@code --out} names, made ready before any work is done: a run of hours must not find
 * at its end that its results cannot be written, and a run must not leave its files beside those
 * of an earlier one (user test 10, 4: a grid's {@code differences.csv} and 51 charts stayed beside
 * the next run's {@code summary.csv}, and a reader mixed two experiments).
 *
 * <p>The rule: reports go into a folder that is new or empty. {@code --overwrite} replaces the
 * files of an earlier run of this tool, recognised by the {@value #MANIFEST} it wrote beside them
 * (the list of every file it wrote); it removes those files only, and refuses a folder that holds
 * anything else. A shard goes into a folder of shards only, and replaces its own file only with
 * {@code --overwrite}.
 *
 * <p>Public for the command lines of this project ({@code simulate} and {@code simulate-spark},
 * which follow one rule and read each other's manifests); not meant for other programs. Stateless
 * and thread-safe, but two runs into one folder at once are not told apart.
 *
 * @since 0.1.0
 */
public final class OutputFolder {

  /** The list of the files a run or merge wrote, one path a line, relative to the folder. */
  public static final String MANIFEST = "simulate-manifest.txt";

  private static final String HEADER = "# written by circle-simulation's simulate or simulate-spark command;"
      + " 'run/merge --overwrite' removes these files (and only these) before it writes new ones";
  /** The first line of the manifests written before simulate-spark wrote them too; still read. */
  private static final String EARLIER_HEADER = "# written by circle-simulation's simulate command; 'simulate"
      + " run/merge --overwrite' removes these files (and only these) before it writes new ones";

  private static final String PROBE_PREFIX = ".simulate-";
  private static final String PROBE_SUFFIX = ".probe";

  /** How many names a refusal quotes. */
  private static final int NAMED = 3;

  private OutputFolder() {}

  /**
   * Makes the folder ready for a run's or a merge's reports: refuses a folder that holds files,
   * unless {@code overwrite} and every file in it is listed in its {@value #MANIFEST}, in which
   * case those files are removed; then creates the folder and checks that it can be written.
   *
   * @param dir the folder, not null; on the local file system
   * @param overwrite whether the files of an earlier run may be replaced
   * @throws Occupied if the folder holds files that must not be mixed or removed (a usage error)
   * @throws Unwritable if the folder cannot be made or written
   */
  public static void prepareForReports(Path dir, boolean overwrite) throws Occupied, Unwritable {
    checkPath(dir);
    List<String> present = contents(dir);
    if (!withoutViewFiles(present).isEmpty()) {
      if (!overwrite) {
        List<String> top = top(withoutViewFiles(present));
        throw new Occupied(dir, "already holds files (" + top.size() + ", such as " + named(top)
            + "): a run writes into a new or empty folder, so that the files of two runs are never mixed;"
            + " choose a new folder, or add --overwrite to replace the files of the earlier run",
            "bevat al bestanden (" + top.size() + ", zoals " + named(top) + "): een run schrijft in een"
            + " nieuwe of lege map, zodat de bestanden van twee runs nooit door elkaar raken; kies een nieuwe"
            + " map, of voeg --overwrite toe om de bestanden van de vorige run te vervangen");
      }
      Optional<Set<String>> manifest = manifest(dir);
      if (manifest.isEmpty()) {
        throw new Occupied(dir, "has no " + MANIFEST + ", the list of the files simulate wrote there, so"
            + " --overwrite removes nothing from it (it holds " + named(top(present)) + "); choose a new folder, or"
            + " empty this one yourself", "heeft geen " + MANIFEST + ", de lijst van de bestanden die"
            + " simulate er schreef, dus --overwrite verwijdert er niets uit (er staat " + named(top(present))
            + " in); kies een nieuwe map, of maak deze zelf leeg");
      }
      Set<String> listed = manifest.get();
      List<String> others = new ArrayList<>();
      for (String p : present) {
        if (!p.equals(MANIFEST) && !isViewFile(p) && !listed.contains(p)
            && listed.stream().noneMatch(f -> f.startsWith(p + "/"))) {
          others.add(p);
        }
      }
      if (!others.isEmpty()) {
        throw new Occupied(dir, "also holds files simulate did not write (" + named(others) + "), so"
            + " --overwrite removes nothing from it; move them, or choose a new folder",
            "bevat ook bestanden die simulate niet schreef (" + named(others) + "), dus --overwrite"
            + " verwijdert er niets uit; verplaats ze, of kies een nieuwe map");
      }
      remove(dir, present);
    }
    prepare(dir);
  }

  /**
   * Makes the folder ready for one shard's file: the folder may hold other shards (of the same
   * run: {@code simulate merge} checks that), but nothing else, and the shard's own file only
   * with {@code overwrite}.
   *
   * @param dir the folder, not null
   * @param file the shard's file name ({@code shard-2-of-16.shard}), not null
   * @param suffix the suffix of shard files ({@code .shard}), not null
   * @param overwrite whether an earlier file of this shard may be replaced
   * @throws Occupied if the folder holds other files, or this shard's without {@code overwrite}
   * @throws Unwritable if the folder cannot be made or written
   */
  static void prepareForShard(Path dir, String file, String suffix, boolean overwrite) throws Occupied, Unwritable {
    checkPath(dir);
    List<String> others = new ArrayList<>();
    for (String p : contents(dir)) {
      if ((!p.endsWith(suffix) || p.contains("/")) && !isViewFile(p)) {
        others.add(p);
      }
    }
    if (!others.isEmpty()) {
      throw new Occupied(dir, "holds files that are not shards (" + named(others) + "): a run with --shard"
          + " writes into a folder of shards only, so that a merge reads no other run's files; choose another"
          + " folder", "bevat bestanden die geen shards zijn (" + named(others) + "): een run met --shard"
          + " schrijft in een map met alleen shards, zodat samenvoegen geen bestanden van een andere run leest;"
          + " kies een andere map");
    }
    if (!overwrite && Files.exists(dir.resolve(file))) {
      throw new Occupied(dir, "already holds " + file + " (this shard was run before): add --overwrite to"
          + " replace it, or choose another folder", "bevat al " + file + " (deze shard is al eerder gedraaid):"
          + " voeg --overwrite toe om hem te vervangen, of kies een andere map");
    }
    prepare(dir);
  }

  /**
   * Writes the folder's {@value #MANIFEST}: every file written, sorted, one a line.
   *
   * @param dir the folder, not null
   * @param files the files written, relative to {@code dir} with {@code /}, not null
   * @throws IOException if it cannot be written
   */
  public static void writeManifest(Path dir, List<String> files) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    files.stream().sorted().forEach(lines::add);
    Files.write(dir.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
  }

  /**
   * Creates the folder (and its parents) if it does not exist, and checks that a file can be
   * written in it, by writing and deleting an empty one.
   *
   * @param dir the folder, not null
   * @throws Unwritable naming the folder and why, in English and Dutch
   */
  static void prepare(Path dir) throws Unwritable {
    checkPath(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new Unwritable(dir, "the folder cannot be created: " + why(e, false),
          "de map kan niet worden gemaakt: " + why(e, true));
    }
    try {
      Path probe = Files.createTempFile(dir, PROBE_PREFIX, PROBE_SUFFIX);
      Files.delete(probe);
    } catch (IOException e) {
      throw new Unwritable(dir, "no file can be written in the folder: " + why(e, false),
          "in de map kan geen bestand worden geschreven: " + why(e, true));
    } catch (SecurityException e) {
      throw new Unwritable(dir, "no file can be written in the folder: no permission",
          "in de map kan geen bestand worden geschreven: geen toestemming");
    }
  }

  /**
   * Why the file system refused, in words rather than the name of a Java class (user test 10, 13:
   * {@code /proc/forbidden} was "cannot be created (NoSuchFileException)"). The operating
   * system's own reason, where it gives one ("Read-only file system"), is quoted as it is.
   */
  static String why(IOException e, boolean dutch) {
    if (e instanceof AccessDeniedException) {
      return dutch ? "geen toestemming" : "no permission";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return dutch ? "er staat een bestand in de weg" : "a file is in the way";
    }
    if (e instanceof NoSuchFileException) {
      // the parents were made or exist: the file system does not let a folder be made there (/proc)
      return dutch ? "het bestandssysteem staat daar geen nieuwe map of nieuw bestand toe"
          : "the file system does not allow a new folder or file there";
    }
    String reason = e instanceof FileSystemException fs ? fs.getReason() : null;
    if (reason != null && !reason.isBlank()) {
      return (dutch ? "het systeem meldt: " : "the system says: ") + reason;
    }
    return dutch ? "het systeem weigerde zonder reden" : "the system refused without giving a reason";
  }

  private static void checkPath(Path dir) throws Unwritable {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Unwritable(dir, "it is a file, not a folder", "het is een bestand, geen map");
    }
    for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new Unwritable(dir, "a part of the path is a file, not a folder",
            "een deel van het pad is een bestand, geen map");
      }
    }
  }

  /**
   * Everything under the folder (files and folders), relative with {@code /}, sorted; none if it is
   * new. The probe files of {@link #prepare} are left out: shards of an array job start at once
   * and must not see each other's probe.
   */
  private static List<String> contents(Path dir) throws Unwritable {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir) && !isProbe(p)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
      throw new Unwritable(dir, "the folder cannot be read: " + why(cause, false),
          "de map kan niet worden gelezen: " + why(cause, true));
    }
  }

  /**
   * Whether an entry is a file a desktop's file manager leaves in a folder one has looked at
   * (macOS {@code .DS_Store} and {@code ._} companions, Windows {@code Thumbs.db} and {@code
   * desktop.ini}): it holds no results, so it neither makes a folder occupied nor counts as a file
   * simulate did not write, and {@code --overwrite} removes it with the run's files (user test 11,
   * L3: a folder opened in the Finder refused every later run).
   */
  static boolean isViewFile(String entry) {
    String name = entry.substring(entry.lastIndexOf('/') + 1);
    return name.equals(".DS_Store") || name.startsWith("._") || name.equalsIgnoreCase("Thumbs.db")
        || name.equalsIgnoreCase("desktop.ini");
  }

  private static List<String> withoutViewFiles(List<String> present) {
    return present.stream().filter(p -> !isViewFile(p)).toList();
  }

  private static boolean isProbe(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(PROBE_PREFIX) && name.endsWith(PROBE_SUFFIX);
  }

  /** The files the manifest lists, or empty if there is none (or it is not ours). */
  private static Optional<Set<String>> manifest(Path dir) throws Unwritable {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !(lines.get(0).equals(HEADER) || lines.get(0).equals(EARLIER_HEADER))) {
        return Optional.empty();
      }
      Set<String> listed = new LinkedHashSet<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank() && !line.startsWith("/") && !line.contains("..")) {
          listed.add(line);
        }
      }
      return Optional.of(listed);
    } catch (IOException e) {
      throw new Unwritable(dir, MANIFEST + " cannot be read: " + why(e, false),
          MANIFEST + " kan niet worden gelezen: " + why(e, true));
    }
  }

  /** Removes what was listed (all that is there), deepest first, so that folders go once empty. */
  private static void remove(Path dir, List<String> present) throws Unwritable {
    List<String> deepestFirst = new ArrayList<>(present);
    deepestFirst.sort(Comparator.comparingLong((String p) -> p.chars().filter(c -> c == '/').count()).reversed()
        .thenComparing(Comparator.reverseOrder()));
    for (String p : deepestFirst) {
      try {
        Files.delete(dir.resolve(p));
      } catch (IOException e) {
        throw new Unwritable(dir, p + " cannot be removed: " + why(e, false),
            p + " kan niet worden verwijderd: " + why(e, true));
      }
    }
  }

  /** The entries at the folder's top, not those inside its subfolders. */
  private static List<String> top(List<String> present) {
    return present.stream().filter(p -> !p.contains("/")).toList();
  }

  private static String named(List<String> names) {
    List<String> shown = names.size() <= NAMED ? names : names.subList(0, NAMED);
    return String.join(", ", shown) + (names.size() > NAMED ? ", ..." : "");
  }

  /**
   * The files under a folder, relative to it with {@code /}, sorted: for a manifest's list of a
   * folder of files a run wrote whose names it does not choose (Spark's Parquet parts).
   *
   * @param dir the folder, not null
   * @param sub the subfolder, relative to {@code dir}, not null; none if it does not exist
   * @return the regular files under it, relative to {@code dir}
   * @throws IOException if the folder cannot be read
   */
  public static List<String> filesUnder(Path dir, String sub) throws IOException {
    Path folder = dir.resolve(sub);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  /**
   * The usage error of {@code --overwrite} without {@code --out}.
   *
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the one-line message
   */
  public static String overwriteNeedsOut(Locale locale) {
    return nl.voorzorgcirkel.simulation.i18n.Texts.format("cli.usage.overwrite", locale);
  }

  /**
   * The folder holds files a run must not mix with or remove: a usage error, in English and Dutch.
   *
   * @since 0.1.0
   */
  public static final class Occupied extends Exception {
    private static final long serialVersionUID = 1L;

    /** The folder, as the command line gave it. */
    private final String dir;
    /** The reason in Dutch; the exception's message holds the English. */
    private final String dutch;

    Occupied(Path dir, String english, String dutch) {
      super("--out " + dir + " " + english);
      this.dir = dir.toString();
      this.dutch = dutch;
    }

    /**
     * The message in a language.
     *
     * @param locale Dutch for {@code nl}, else English; not null
     * @return the message, naming the folder
     */
    public String message(Locale locale) {
      return "nl".equals(locale.getLanguage()) ? "--out " + dir + " " + dutch : getMessage();
    }
  }

  /**
   * The folder cannot take the results: why, in English and Dutch.
   *
   * @since 0.1.0
   */
  public static final class Unwritable extends IOException {
    private static final long serialVersionUID = 1L;

    /** The folder, as the command line gave it. */
    private final String dir;
    /** The reason in Dutch; the exception's message holds the English. */
    private final String dutch;

    Unwritable(Path dir, String english, String dutch) {
      super("cannot write the results to " + dir + ": " + english);
      this.dir = dir.toString();
      this.dutch = dutch;
    }

    /**
     * The message in a language.
     *
     * @param locale Dutch for {@code nl}, else English; not null
     * @return the message, naming the folder
     */
    public String message(Locale locale) {
      return "nl".equals(locale.getLanguage())
          ? "kan de resultaten niet schrijven naar " + dir + ": " + dutch : getMessage();
    }
  }
}
