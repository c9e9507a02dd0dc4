package nl.voorzorgcirkel.examples.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario files: a JSON object whose fields are those of {@link Scenario}, any of them optional
 * (a missing field keeps the value of the built-in scenario named in {@code "base"}, {@code
 * muziekwijk} by default). Example:
 *
 * <pre>{@code
 * { "base": "muziekwijk", "name": "older-circle", "youngest": 75, "oldest": 95,
 *   "days": 730, "replications": 10, "acceptProbability": 0.5, "waitForHelp": true }
 * }</pre>
 *
 * <p>A file with errors is refused with every error, each naming the file, the field and the
 * rule. Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class ScenarioFile {

  /** Thrown for a scenario file with errors; the message lists every error. */
  public static final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScenarioException(String message) {
      super(message);
    }
  }

  private static final List<String> FIELDS = List.of("base", "name", "circles", "minMembers",
      "maxMembers", "youngest", "oldest", "start", "days", "warmupDays", "replications", "seed",
      "acceptProbability", "waitForHelp", "dynamics", "durations", "recurringShare");

  private ScenarioFile() {}

  /**
   * A built-in scenario by name.
   *
   * @param name {@code muziekwijk}, {@code land-van-cuijk} or {@code netherlands}, not null
   * @return the scenario
   * @throws ScenarioException for an unknown name
   */
  public static Scenario builtIn(String name) {
    if ("muziekwijk".equals(name)) {
      return Scenario.muziekwijk();
    }
    if ("land-van-cuijk".equals(name)) {
      return Scenario.landVanCuijk();
    }
    if ("netherlands".equals(name)) {
      return Scenario.netherlands();
    }
    throw new ScenarioException("unknown scenario '" + name + "'; built in: muziekwijk, land-van-cuijk, netherlands");
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @return the scenario
   * @throws ScenarioException if the file cannot be read or has errors
   */
  public static Scenario read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot be read as JSON (" + e.getClass().getSimpleName() + ")");
    }
    List<String> errors = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new ScenarioException(file + ": must hold a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        errors.add(file + ": field " + name + ": unknown field; known: " + FIELDS);
      }
    }
    Scenario base;
    try {
      base = builtIn(root.path("base").asText("muziekwijk"));
    } catch (ScenarioException e) {
      errors.add(file + ": field base: " + e.getMessage());
      base = Scenario.muziekwijk();
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", text(root, "name", base.name(), file, errors));
    v.put("circles", integer(root, "circles", base.circles(), file, errors));
    v.put("minMembers", integer(root, "minMembers", base.minMembers(), file, errors));
    v.put("maxMembers", integer(root, "maxMembers", base.maxMembers(), file, errors));
    v.put("youngest", integer(root, "youngest", base.youngest(), file, errors));
    v.put("oldest", integer(root, "oldest", base.oldest(), file, errors));
    v.put("days", integer(root, "days", base.days(), file, errors));
    v.put("warmupDays", integer(root, "warmupDays", base.warmupDays(), file, errors));
    v.put("replications", integer(root, "replications", base.replications(), file, errors));
    LocalDate start = base.start();
    if (root.has("start")) {
      try {
        start = LocalDate.parse(root.get("start").asText());
      } catch (DateTimeParseException e) {
        errors.add(file + ": field start: must be a date such as 2026-01-05");
      }
    }
    long seed = base.seed();
    if (root.has("seed")) {
      if (root.get("seed").canConvertToLong()) {
        seed = root.get("seed").asLong();
      } else {
        errors.add(file + ": field seed: must be a whole number");
      }
    }
    double accept = base.acceptProbability();
    if (root.has("acceptProbability")) {
      if (root.get("acceptProbability").isNumber()) {
        accept = root.get("acceptProbability").asDouble();
      } else {
        errors.add(file + ": field acceptProbability: must be a number");
      }
    }
    boolean wait = bool(root, "waitForHelp", base.waitForHelp(), file, errors);
    Scenario.Durations durations = base.durations();
    if (root.has("durations")) {
      try {
        durations = Scenario.Durations.valueOf(root.get("durations").asText().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(file + ": field durations: must be fixed, exponential or lognormal");
      }
    }
    double recurring = base.recurringShare();
    if (root.has("recurringShare")) {
      if (root.get("recurringShare").isNumber()) {
        recurring = root.get("recurringShare").asDouble();
      } else {
        errors.add(file + ": field recurringShare: must be a number");
      }
    }
    boolean dynamics = bool(root, "dynamics", base.dynamics(), file, errors);
    if (!errors.isEmpty()) {
      throw new ScenarioException(String.join(System.lineSeparator(), errors));
    }
    try {
      return new Scenario((String) v.get("name"), (int) v.get("circles"), (int) v.get("minMembers"),
          (int) v.get("maxMembers"), (int) v.get("youngest"), (int) v.get("oldest"), start,
          (int) v.get("days"), (int) v.get("warmupDays"), (int) v.get("replications"), seed, accept,
          wait, dynamics, durations, recurring);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(file + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode root, String field, String fallback, Path file, List<String> errors) {
    if (!root.has(field)) {
      return fallback;
    }
    if (!root.get(field).isTextual() || root.get(field).asText().isBlank()) {
      errors.add(file + ": field " + field + ": must be a non-empty text");
      return fallback;
    }
    return root.get(field).asText();
  }

  private static int integer(JsonNode root, String field, int fallback, Path file, List<String> errors) {
    if (!root.has(field)) {
      return fallback;
    }
    if (!root.get(field).canConvertToInt() || !root.get(field).isIntegralNumber()) {
      errors.add(file + ": field " + field + ": must be a whole number");
      return fallback;
    }
    return root.get(field).asInt();
  }

  private static boolean bool(JsonNode root, String field, boolean fallback, Path file, List<String> errors) {
    if (!root.has(field)) {
      return fallback;
    }
    if (!root.get(field).isBoolean()) {
      errors.add(file + ": field " + field + ": must be true or false");
      return fallback;
    }
    return root.get(field).asBoolean();
  }
}
