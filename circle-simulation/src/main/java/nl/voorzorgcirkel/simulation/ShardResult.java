package nl.voorzorgcirkel.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioError;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;

/**
 * The results of one {@link Shard} of an experiment: the scenario (every field, as {@link
 * ScenarioFiles#toJson} writes it) and, for each (design point, replication) the shard touches, the
 * merged figures of its circles there. Shards run anywhere (a SLURM array job's tasks), are
 * written to files, and {@link #merge} combines all of them into the same result, bit for bit, as
 * one run of the scenario. Immutable and thread-safe.
 *
 * <p>The file ({@link #write}) is binary: the bytes {@code 56 5A 43 53} ("VZCS"), the file format
 * version (an int, now 2), the shard's index and count (ints), the scenario's JSON in UTF-8 (an
 * int length, then the bytes), the number of results (an int), then each result's {@linkplain
 * UnitResult#toBytes() compact form} (an int length, then the bytes), all big-endian. The same
 * shard of the same scenario gives the same bytes. The format may change between versions of
 * this library; merge shards made by the same version.
 *
 * @since 0.1.0
 */
public final class ShardResult {

  /** "VZCS": a voorzorgcirkel shard. */
  private static final int MAGIC = 0x565A4353;
  /**
   * The file format's version: 2 since the results count the requests with no eligible member
   * ({@link Output#NO_ELIGIBLE_MEMBER}), which a format 1 file does not hold.
   */
  static final int FORMAT_VERSION = 2;
  /** Shard files are named {@code shard-I-of-N.shard}. */
  public static final String SUFFIX = ".shard";

  private final Shard shard;
  private final String scenarioJson;
  private final List<UnitResult> results;
  private final String source;

  ShardResult(Shard shard, String scenarioJson, List<UnitResult> results, String source) {
    this.shard = shard;
    this.scenarioJson = scenarioJson;
    this.results = List.copyOf(results);
    this.source = source;
  }

  /**
   * Which shard this is.
   *
   * @return the shard
   */
  public Shard shard() {
    return shard;
  }

  /**
   * The scenario the shard ran, with every field.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return ScenarioFiles.parse(scenarioJson, source);
  }

  /**
   * The figures, one result per (design point, replication) the shard touches, in that order.
   *
   * @return an unmodifiable list
   */
  public List<UnitResult> results() {
    return results;
  }

  /**
   * The circle runs these results cover.
   *
   * @return 0 or more
   */
  public long circleRuns() {
    return results.stream().mapToLong(UnitResult::circles).sum();
  }

  /**
   * The file name for this shard: {@code shard-I-of-N.shard}, {@code I} with as many digits as
   * {@code N}, so that names sort in order.
   *
   * @return such as {@code shard-03-of-16.shard}
   */
  public String fileName() {
    return fileName(shard);
  }

  /**
   * The file name of a shard's result, as {@link #fileName()} gives it, before the shard is run.
   *
   * @param shard the shard, not null
   * @return such as {@code shard-03-of-16.shard}
   * @since 0.1.0
   */
  public static String fileName(Shard shard) {
    String n = String.valueOf(shard.count());
    return "shard-" + String.format(java.util.Locale.ROOT, "%0" + n.length() + "d", shard.index()) + "-of-" + n
        + SUFFIX;
  }

  /**
   * Writes the shard to a file (see the class description for the format), replacing it.
   *
   * @param file the file, not null; its folder must exist
   * @throws IOException if it cannot be written
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(shard.index());
      out.writeInt(shard.count());
      byte[] json = scenarioJson.getBytes(StandardCharsets.UTF_8);
      out.writeInt(json.length);
      out.write(json);
      out.writeInt(results.size());
      for (UnitResult r : results) {
        byte[] bytes = r.toBytes();
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }

  /**
   * Reads a shard file that {@link #write} wrote.
   *
   * @param file the file, not null
   * @return the shard's results
   * @throws IOException if it cannot be read
   * @throws ScenarioException naming the file if it is not a shard file of this version, or is
   *     cut short or damaged
   */
  public static ShardResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        throw error(source, "is not a shard file (it does not start with VZCS)",
            "is geen shardbestand (het begint niet met VZCS)");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw error(source, "is a shard file of format " + version + "; this version reads format " + FORMAT_VERSION
            + " only" + (version < FORMAT_VERSION ? " (format " + version + " lacks figures this version"
                + " reports, such as the requests with no eligible member)" : "")
            + ": run the shard again with this version, and merge only shards made by the same version",
            "is een shardbestand van formaat " + version + "; deze versie leest alleen formaat " + FORMAT_VERSION
            + (version < FORMAT_VERSION ? " (formaat " + version + " mist cijfers die deze versie rapporteert,"
                + " zoals de hulpvragen zonder geschikt lid)" : "")
            + ": draai de shard opnieuw met deze versie, en voeg alleen shards van dezelfde versie samen");
      }
      Shard shard = new Shard(in.readInt(), in.readInt());
      byte[] json = block(in);
      int count = in.readInt();
      if (count < 0) {
        throw new IllegalArgumentException("a negative number of results");
      }
      List<UnitResult> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        results.add(UnitResult.fromBytes(block(in)));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("more bytes after the last result");
      }
      return new ShardResult(shard, new String(json, StandardCharsets.UTF_8), results, source);
    } catch (EOFException | IllegalArgumentException e) {
      throw error(source, "is damaged or cut short (" + e.getMessage() + ")",
          "is beschadigd of afgebroken (" + e.getMessage() + ")");
    }
  }

  /** An int length, then as many bytes. */
  private static byte[] block(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IllegalArgumentException("a negative length");
    }
    byte[] bytes = in.readNBytes(length); // reads in chunks: a false length cannot exhaust memory
    if (bytes.length != length) {
      throw new EOFException(length + " bytes announced, " + bytes.length + " there");
    }
    return bytes;
  }

  /**
   * Combines every shard of one run into the experiment's result: the same, bit for bit, as one
   * {@link Simulation#run} of the scenario.
   *
   * @param shards every shard {@code 1/n} to {@code n/n} of one scenario, once each, in any order;
   *     not null
   * @return the result
   * @throws ScenarioException listing every problem at once: no shards, shards of different
   *     scenarios or counts, a shard missing or given twice; a shard of another scenario is told
   *     once, as such, and its number not also as missing
   */
  public static ExperimentResult merge(Collection<ShardResult> shards) {
    Objects.requireNonNull(shards, "shards");
    List<ScenarioError> errors = new ArrayList<>();
    if (shards.isEmpty()) {
      throw new ScenarioException(List.of(new ScenarioError("", "", 0, 0, "no shards given: a merge needs the"
          + " shard files of a run", "geen shards gegeven: samenvoegen vraagt om de shardbestanden van een run")));
    }
    ShardResult first = shards.iterator().next();
    TreeMap<Integer, ShardResult> byIndex = new TreeMap<>();
    // a shard refused for its scenario is there, only wrong: one cause, one error, not also "missing"
    java.util.Set<Integer> refused = new java.util.TreeSet<>();
    for (ShardResult s : shards) {
      if (!s.scenarioJson.equals(first.scenarioJson)) {
        if (s.shard.count() == first.shard.count()) {
          refused.add(s.shard.index());
        }
        List<String> fields = differingFields(first.scenarioJson, s.scenarioJson);
        boolean one = fields.size() == 1;
        errors.add(new ScenarioError(s.source, "", 0, 0, "ran another scenario than " + first.source
            + " (" + listed(fields, "fields", "and N more") + (one ? " differs" : " differ") + "; the scenarios"
            + " of all shards must be the same, every field, seed included)", "draaide een ander scenario dan "
            + first.source + " (" + listed(fields, "velden", "en N meer") + (one ? " verschilt" : " verschillen")
            + "; het scenario van alle shards moet gelijk zijn, elk veld, de startwaarde (seed) ook)"));
      } else if (s.shard.count() != first.shard.count()) {
        errors.add(new ScenarioError(s.source, "", 0, 0, "is shard " + s.shard + ", but " + first.source
            + " is of " + first.shard.count(), "is shard " + s.shard + ", maar " + first.source + " is van "
            + first.shard.count()));
      } else {
        ShardResult before = byIndex.putIfAbsent(s.shard.index(), s);
        if (before != null) {
          errors.add(new ScenarioError(s.source, "", 0, 0, "is shard " + s.shard + ", like " + before.source
              + ": give each shard once", "is shard " + s.shard + ", net als " + before.source
              + ": geef elke shard één keer"));
        }
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= first.shard.count(); i++) {
      if (!byIndex.containsKey(i) && !refused.contains(i)) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      boolean one = missing.size() == 1;
      errors.add(new ScenarioError("", "", 0, 0, (one ? "shard " : "shards ") + numbers(missing, "and")
          + " of " + first.shard.count() + (one ? " is missing" : " are missing"), (one ? "shard " : "shards ")
          + numbers(missing, "en") + " van " + first.shard.count() + (one ? " ontbreekt" : " ontbreken")));
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    List<UnitResult> all = new ArrayList<>();
    for (ShardResult s : byIndex.values()) {
      all.addAll(s.results);
    }
    return Simulation.result(first.scenario(), all);
  }

  /**
   * The fields two scenarios' JSON differ in, by their paths ({@code experiment.seed}), never their
   * values; empty if the texts cannot be compared field by field.
   */
  static List<String> differingFields(String oneJson, String otherJson) {
    List<String> paths = new ArrayList<>();
    try {
      ObjectMapper json = new ObjectMapper();
      differences(json.readTree(oneJson), json.readTree(otherJson), "", paths);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    return paths;
  }

  /** At most three paths, then how many more ({@code "and 2 more"}); {@code none} for no paths. */
  /**
   * Shard numbers as a reader writes them: "2", "2 and 3", "1, 2 and 4", the first 20 and then how
   * many more.
   */
  static String numbers(List<Integer> shards, String and) {
    int shown = Math.min(20, shards.size());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(i == shown - 1 && shown == shards.size() ? " " + and + " " : ", ");
      }
      out.append(shards.get(i));
    }
    if (shown < shards.size()) {
      out.append(' ').append(and).append(' ').append(shards.size() - shown).append(and.equals("en") ? " meer" : " more");
    }
    return out.toString();
  }

  private static String listed(List<String> paths, String none, String andMore) {
    if (paths.isEmpty()) {
      return none;
    }
    String shown = String.join(", ", paths.subList(0, Math.min(3, paths.size())));
    return paths.size() > 3 ? shown + " " + andMore.replace("N", String.valueOf(paths.size() - 3)) : shown;
  }

  private static void differences(JsonNode a, JsonNode b, String path, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode x = a.get(name);
        JsonNode y = b.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        if (x == null || y == null) {
          out.add(at);
        } else {
          differences(x, y, at, out);
        }
      }
    } else {
      out.add(path.isEmpty() ? "the scenario" : path);
    }
  }

  private static ScenarioException error(String source, String rule, String ruleDutch) {
    return new ScenarioException(List.of(new ScenarioError(source, "", 0, 0, rule, ruleDutch)));
  }

  @Override
  public String toString() {
    return "ShardResult{shard=" + shard + ", results=" + results.size() + "}";
  }
}
