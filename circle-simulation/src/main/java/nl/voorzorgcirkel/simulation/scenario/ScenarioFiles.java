package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.internal.Spelling;
import nl.voorzorgcirkel.core.json.internal.JsonReading;
import nl.voorzorgcirkel.simulation.i18n.Texts;

/**
 * Reads, checks and writes scenario files (JSON, format version 2).
 *
 * <p>A file must say {@code "formatVersion": 2}; every other field is optional and keeps the
 * default of {@link Scenario#defaults()}. A UTF-8 byte-order mark is accepted. A file is refused
 * with every error at once ({@link ScenarioException}): a syntax error with its line and column;
 * each field that breaks the schema ({@link #schema()}) or a rule across fields with its path, and
 * with its line and column where the file has the field. Whole numbers must be written as such:
 * {@code "seed": 1.5} is refused, not rounded. Sizes, dates and horizons that would overflow the
 * engine's clock or exhaust memory are refused up front, naming the field and the limit.
 *
 * <p>Thread-safe: stateless apart from the schema, loaded once.
 *
 * @since 0.1.0
 */
public final class ScenarioFiles {

  /** The built-in scenarios, each a file among this class's resources. */
  private static final List<String> BUILT_IN = List.of("muziekwijk", "land-van-cuijk", "netherlands",
      "queueing", "fairness-grid");

  static final ObjectMapper MAPPER = JsonReading.strict(JsonMapper.builder())
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .addModule(new SimpleModule().addDeserializer(IntRange.class, new IntRangeDeserializer()))
      // absent booleans and numbers in list items (a factor without "integer") take Java's
      // defaults; the schema has refused nulls and wrong types before anything is bound
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // binding is strict: 1.5 where a whole number belongs is never cut to 1, whichever way it
      // came in (a file, --set, Scenario.with, a design point); whole numbers written as 12.0 or
      // 1e1 are made whole first (wholeNumbers), as JSON Schema counts them as integers
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
      .build();

  /**
   * A lenient binding, only to judge the rules across fields of a file the schema has already
   * refused: its scenario is never returned.
   */
  private static final com.fasterxml.jackson.databind.ObjectReader LENIENT =
      MAPPER.readerFor(Scenario.class).with(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ScenarioFiles() {}

  /** The schema, loaded on first use. */
  private static final class Holder {
    static final String TEXT = resource("scenario-v2.schema.json");
    static final JsonNode TREE = tree(TEXT);
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true).build()))
        .getSchema(TEXT, com.networknt.schema.InputFormat.JSON);
  }

  /**
   * The JSON Schema (draft 2020-12) of format version 2: every field with its type, range,
   * default, unit and source. Editors that know JSON Schema complete and check files that name it
   * in {@code "$schema"}.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    return Holder.TEXT;
  }

  /**
   * The names of the built-in scenarios: {@code muziekwijk}, {@code land-van-cuijk}, {@code
   * netherlands}, {@code queueing} and {@code fairness-grid}.
   *
   * @return an unmodifiable list
   */
  public static List<String> builtInNames() {
    return BUILT_IN;
  }

  /**
   * A built-in scenario by name.
   *
   * @param name one of {@link #builtInNames()}, not null
   * @return the scenario
   * @throws ScenarioException for an unknown name
   */
  public static Scenario builtIn(String name) {
    Objects.requireNonNull(name, "name");
    if (!BUILT_IN.contains(name)) {
      throw new ScenarioException(List.of(new ScenarioError(name, "", 0, 0,
          "unknown scenario; built in: " + String.join(", ", BUILT_IN),
          "onbekend scenario; ingebouwd: " + String.join(", ", BUILT_IN))));
    }
    return parse(resource(name + ".json").getBytes(StandardCharsets.UTF_8), name + ".json");
  }

  /**
   * The text of a built-in scenario file, to start one's own from.
   *
   * @param name one of {@link #builtInNames()}, not null
   * @return the JSON text
   * @throws ScenarioException for an unknown name
   */
  public static String builtInText(String name) {
    builtIn(name);
    return resource(name + ".json");
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file (UTF-8, with or without a byte-order mark), not null
   * @return the scenario
   * @throws ScenarioException with every error if the file cannot be read or breaks a rule
   */
  public static Scenario read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScenarioException(List.of(unreadable(file, e)));
    }
    return parse(bytes, file.toString());
  }

  /**
   * Why a file cannot be read, in words rather than the name of an exception: no such file, a
   * folder, no permission, or the system's own reason.
   *
   * @param file the file, not null
   * @param e what reading it threw, not null
   * @return the error, on the file
   */
  public static ScenarioError unreadable(Path file, IOException e) {
    String english;
    String dutch;
    if (e instanceof java.nio.file.NoSuchFileException) {
      english = "no such file";
      dutch = "bestand bestaat niet";
    } else if (Files.isDirectory(file)) {
      english = "is a folder, not a file";
      dutch = "is een map, geen bestand";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      english = "cannot be read: permission denied";
      dutch = "kan niet gelezen worden: geen toegang";
    } else {
      String reason = e.getMessage() == null ? "input/output error" : e.getMessage();
      english = "cannot be read: " + reason;
      dutch = "kan niet gelezen worden: " + reason;
    }
    return new ScenarioError(file.toString(), "", 0, 0, english, dutch);
  }

  /**
   * Reads a scenario from JSON text.
   *
   * @param json the text, not null
   * @param source a name for the input in error messages, not null
   * @return the scenario
   * @throws ScenarioException with every error
   */
  public static Scenario parse(String json, String source) {
    return parse(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private static Scenario parse(byte[] bytes, String source) {
    Objects.requireNonNull(source, "source");
    JsonNode user;
    try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
      JsonNodeFactory nodes = LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser);
      user = MAPPER.reader().with(nodes).readTree(parser);
      if (user != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ScenarioException(List.of(new ScenarioError(source, "", at.getLineNr(), at.getColumnNr(),
            "not valid JSON: more text after the scenario's object",
            "geen geldige JSON: er staat nog tekst na het object van het scenario")));
      }
    } catch (JsonProcessingException e) {
      throw new ScenarioException(List.of(unreadable(e, source)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (user == null || !user.isObject()) {
      throw new ScenarioException(List.of(new ScenarioError(source, "", 1, 1,
          "must hold one JSON object", "moet één JSON-object bevatten")));
    }
    JsonNode version = user.get("formatVersion");
    if (version == null) {
      throw new ScenarioException(List.of(new ScenarioError(source, "formatVersion", 1, 1,
          "is missing: a scenario file says \"formatVersion\": 2 (see 'simulate schema' or 'simulate"
              + " example'); version 1 files had none and the model's fields at the top level",
          "ontbreekt: een scenariobestand zegt \"formatVersion\": 2 (zie 'simulate schema' of"
              + " 'simulate example'); bestanden van versie 1 hadden het niet en de velden van het model"
              + " bovenaan")));
    }
    if (!version.isIntegralNumber() || version.asInt() != Scenario.FORMAT_VERSION) {
      int[] at = location(user, List.of("formatVersion"));
      throw new ScenarioException(List.of(new ScenarioError(source, "formatVersion", at[0], at[1],
          "must be 2: this library reads format version 2 (see 'simulate schema'); version 1 files"
              + " had the model's fields at the top level",
          "moet 2 zijn: deze bibliotheek leest formaatversie 2 (zie 'simulate schema'); bestanden"
              + " van versie 1 hadden de velden van het model bovenaan")));
    }
    ObjectNode merged = defaultsTree();
    merge(merged, user);
    withContactDefaults(merged);
    withAskPlanDefaults(merged);
    Scenario scenario = checkedBind(merged, user, source);
    Designs.points(scenario, source);
    return scenario;
  }

  /**
   * A text that is not JSON, as every JSON reader of the library describes it: a syntax error with
   * its line and column, a key given twice at its path, a size limit of the reader without a
   * position.
   */
  private static ScenarioError unreadable(JsonProcessingException e, String source) {
    JsonReading.Problem problem = JsonReading.problem(e);
    return switch (problem.kind()) {
      case LIMIT -> new ScenarioError(source, "", 0, 0, "cannot be read: " + problem.description().english(),
          "kan niet gelezen worden: " + problem.description().dutch());
      case DUPLICATE -> new ScenarioError(source, problem.path(), problem.line(), problem.column(),
          problem.description().english(), problem.description().dutch());
      case SYNTAX -> new ScenarioError(source, "", problem.line(), problem.column(),
          "not valid JSON: " + problem.description().english(),
          "geen geldige JSON: " + problem.description().dutch());
    };
  }

  /**
   * Every broken rule of a scenario made in code, as a file would report it (without lines).
   *
   * @param scenario the scenario, not null
   * @return the errors, empty if the scenario can run
   */
  public static List<ScenarioError> validate(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    JsonNode tree = toTree(scenario);
    List<ScenarioError> errors = new ArrayList<>(schemaErrors(tree, null, "scenario"));
    if (errors.isEmpty()) {
      errors.addAll(Rules.check(scenario, tree, null, "scenario"));
    }
    return errors;
  }

  /**
   * The scenario as a file: format version 2, every field written out, so that a run can be
   * repeated from its output folder.
   *
   * @param scenario the scenario, not null
   * @return the JSON text
   */
  public static String toJson(Scenario scenario) {
    try {
      return MAPPER.writeValueAsString(toTree(scenario)) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario could not be written as JSON", e);
    }
  }

  static JsonNode toTree(Scenario scenario) {
    ObjectNode tree = MAPPER.valueToTree(scenario);
    if (scenario.isQueueing()) {
      // a queueing scenario's model is derived from its queue: write only what is read back
      ObjectNode population = JsonNodeFactory.instance.objectNode();
      population.set("circles", tree.path("population").path("circles"));
      ObjectNode policy = JsonNodeFactory.instance.objectNode();
      policy.set("fairness", tree.path("policy").path("fairness"));
      tree.set("population", population);
      tree.remove("behaviour");
      tree.set("policy", policy);
    }
    return tree;
  }

  /**
   * Sets one field (a design factor, a comparison value) and binds again. The value goes through
   * the checks a file's value of that field goes through (the schema at that field: type, whole
   * numbers, range, allowed values); the rules across fields are left to {@link #validate}, so that
   * fields may be set one after the other.
   *
   * @throws ScenarioException with every error of the value, or the unknown field with the nearest
   *     known one
   */
  static Scenario with(Scenario scenario, String field, Object value) {
    List<ScenarioError> errors = new ArrayList<>();
    ObjectNode merged = checkedTree(scenario, field, MAPPER.valueToTree(value), "scenario", errors);
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    try {
      return bind(merged);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // the schema passed the value: what is left is a value the model cannot hold
      throw new ScenarioException(List.of(new ScenarioError("scenario", field, 0, 0,
          "cannot hold this value", "kan deze waarde niet bevatten")));
    }
  }

  /**
   * The errors of one value of one field, as a file holding it would report them (the schema at
   * that field), or the unknown field; empty if the value is fine.
   *
   * @param value the value as JSON
   * @param source the errors' source
   */
  static List<ScenarioError> valueErrors(Scenario scenario, String field, JsonNode value, String source) {
    List<ScenarioError> errors = new ArrayList<>();
    checkedTree(scenario, field, value, source, errors);
    return errors;
  }

  /**
   * The scenario's full tree with one field set, after adding to {@code errors} what is wrong with
   * the field or the value.
   */
  private static ObjectNode checkedTree(Scenario scenario, String field, JsonNode value, String source,
      List<ScenarioError> errors) {
    ObjectNode tree = (ObjectNode) toTree(scenario);
    ObjectNode merged = scenario.isQueueing() ? queueingDefaults(tree) : tree;
    String[] problem = unknownField(merged, field, true);
    if (problem != null) {
      errors.add(new ScenarioError(source, field, 0, 0, problem[0], problem[1]));
    } else if (!set(merged, field, value)) {
      errors.add(new ScenarioError(source, field, 0, 0,
          "is in a section this scenario does not have; add the section first",
          "staat in een onderdeel dat dit scenario niet heeft; voeg dat onderdeel eerst toe"));
    } else {
      for (ScenarioError e : schemaErrors(merged, null, source)) {
        if (related(e.path(), field)) {
          errors.add(e);
        }
      }
    }
    return merged;
  }

  /** Whether one path is the other or lies under it, either way. */
  static boolean related(String a, String b) {
    return a.equals(b) || under(a, b) || under(b, a);
  }

  private static boolean under(String path, String parent) {
    return path.startsWith(parent + ".") || path.startsWith(parent + "[");
  }

  /**
   * Why a dot-separated field names no field of a tree (nor, with {@code orSchema}, of the
   * schema), with the nearest known name where one is near; null if it names a field.
   *
   * @return the rule in English and Dutch, or null
   */
  static String[] unknownField(JsonNode root, String field, boolean orSchema) {
    String[] parts = field.split("\\.", -1);
    JsonNode node = root;
    JsonNode schema = Holder.TREE;
    for (int i = 0; i < parts.length; i++) {
      boolean inTree = node != null && node.isObject() && node.has(parts[i]);
      boolean inSchema = orSchema && !schema.path("properties").path(parts[i]).isMissingNode();
      if (!inTree && !inSchema) {
        List<String> known = new ArrayList<>();
        if (node != null && node.isObject()) {
          node.fieldNames().forEachRemaining(known::add);
        }
        if (orSchema) {
          schema.path("properties").fieldNames().forEachRemaining(n -> {
            if (!known.contains(n)) {
              known.add(n);
            }
          });
        }
        String prefix = String.join(".", java.util.Arrays.asList(parts).subList(0, i));
        String rest = String.join("", java.util.Arrays.stream(parts).skip(i + 1).map(p -> "." + p).toList());
        return noSuchField("'" + field + "' ", prefix, parts[i], rest, known);
      }
      node = inTree ? node.get(parts[i]) : null;
      schema = schema.path("properties").path(parts[i]);
    }
    return null;
  }

  /**
   * Whether a field takes whole numbers only (its schema type is {@code integer}, alone or as one
   * form of a range such as {@code membersPerCircle}).
   *
   * @param field a dot-separated path
   * @return true for a whole-number field
   */
  static boolean isWholeNumberField(String field) {
    JsonNode node = Holder.TREE;
    for (String part : field.split("\\.", -1)) {
      node = resolved(node).path("properties").path(part);
      if (node.isMissingNode()) {
        return false;
      }
    }
    node = resolved(node);
    if ("integer".equals(node.path("type").asText())) {
      return true;
    }
    for (JsonNode alternative : node.path("oneOf")) {
      if ("integer".equals(resolved(alternative).path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  /** A schema node with its {@code $ref} (within the schema) followed. */
  private static JsonNode resolved(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref != null && ref.asText().startsWith("#/") ? Holder.TREE.at(ref.asText().substring(1)) : node;
  }

  /**
   * Makes every whole number written with a fraction or an exponent ({@code 12.0}, {@code 1e1})
   * whole, in place: JSON Schema counts them as integers, so every whole-number field takes them,
   * ranges included, and the strict binding never cuts a real fraction.
   */
  static void wholeNumbers(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (isWhole(e.getValue())) {
          object.put(e.getKey(), e.getValue().longValue());
        } else {
          wholeNumbers(e.getValue());
        }
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
      com.fasterxml.jackson.databind.node.ArrayNode array = (com.fasterxml.jackson.databind.node.ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (isWhole(array.get(i))) {
          array.set(i, JsonNodeFactory.instance.numberNode(array.get(i).longValue()));
        } else {
          wholeNumbers(array.get(i));
        }
      }
    }
  }

  private static boolean isWhole(JsonNode node) {
    if (!node.isFloatingPointNumber() && !node.isBigDecimal()) {
      return false;
    }
    double v = node.doubleValue();
    return v == Math.rint(v) && Math.abs(v) < 0x1p53;
  }

  /**
   * The one wording of a field that is not in the scenario, wherever it was written (a design
   * factor, a {@code --set}, a file): "names no field of the scenario", the nearest known field
   * by its whole path where one is near, else the fields there.
   *
   * @param named the field quoted with a space after it, or empty where the error's path names it
   * @param prefix the path of the object the field was looked for in, empty at the top
   * @param name the name not found there
   * @param rest what the path goes on with after the name ({@code .circles}), or empty
   * @param known the names of that object's fields
   * @return the rule in English and Dutch
   */
  static String[] noSuchField(String named, String prefix, String name, String rest, List<String> known) {
    String english = named + NO_SUCH_FIELD;
    String dutch = named + NO_SUCH_FIELD_NL;
    Optional<String> nearest = Spelling.nearest(name, known);
    if (nearest.isPresent()) {
      String fixed = (prefix.isEmpty() ? "" : prefix + ".") + nearest.get() + rest;
      english += "; did you mean '" + fixed + "'?";
      dutch += "; bedoelt u '" + fixed + "'?";
    } else if (!known.isEmpty()) {
      String list = String.join(", ", known);
      english += "; the fields " + (prefix.isEmpty() ? "at the top" : "of " + prefix) + " are: " + list;
      dutch += "; de velden " + (prefix.isEmpty() ? "bovenaan" : "van " + prefix) + " zijn: " + list;
    }
    return new String[] {english, dutch};
  }

  static final String NO_SUCH_FIELD = "names no field of the scenario";
  static final String NO_SUCH_FIELD_NL = "is geen veld van het scenario";

  /**
   * Sets the node at a dot-separated path whose parents the tree has.
   *
   * @return false if a parent is missing (a section the scenario does not have)
   */
  static boolean set(ObjectNode root, String field, JsonNode value) {
    String[] parts = field.split("\\.", -1);
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.get(parts[i]);
      if (node == null || !node.isObject()) {
        return false;
      }
    }
    ((ObjectNode) node).set(parts[parts.length - 1], value);
    return true;
  }

  /** Schema, binding and rules; the user's tree gives the errors' lines. */
  static Scenario checkedBind(ObjectNode merged, JsonNode user, String source) {
    List<ScenarioError> errors = new ArrayList<>(schemaErrors(merged, user, source));
    if (errors.isEmpty()) {
      Scenario scenario;
      try {
        scenario = bind(merged);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new ScenarioException(List.of(bindingError(e, user, source)));
      }
      errors.addAll(Rules.check(scenario, merged, user, source));
      if (errors.isEmpty()) {
        return scenario;
      }
    } else {
      // the rules across fields judge the rest of a file the schema refused: each refused value is
      // put back to its default (an unknown field is dropped), so that one bad value hides no
      // other error; what they report about a refused value is left to the schema's message
      Scenario repaired = repaired(merged, errors);
      List<ScenarioError> more = List.of();
      try {
        more = repaired == null ? List.of() : Rules.check(repaired, merged, user, source);
      } catch (RuntimeException cannotJudge) {
        // a value put back may still trip a rule up: the schema's errors stand on their own
      }
      for (ScenarioError e : more) {
        if (errors.stream().noneMatch(known -> related(known.path(), e.path()))) {
          errors.add(e);
        }
      }
    }
    throw new ScenarioException(inFileOrder(errors));
  }

  /**
   * The scenario of a tree with each value at an error's path put back to its default, or dropped
   * where it has none (an unknown field), bound leniently; null if even that cannot be bound.
   */
  private static Scenario repaired(ObjectNode merged, List<ScenarioError> errors) {
    ObjectNode copy = merged.deepCopy();
    ObjectNode defaults = defaultsTree();
    defaults.set("contact", MAPPER.valueToTree(Contact.defaults()));
    ((ObjectNode) defaults.get("policy")).set("askPlan", MAPPER.valueToTree(Policy.AskPlanRules.defaults()));
    for (ScenarioError e : errors) {
      List<Object> path = pathElements(e.path());
      for (int n = path.size(); n > 0; n--) {
        JsonNode parent = at(copy, path.subList(0, n - 1));
        Object last = path.get(n - 1);
        if (parent instanceof ObjectNode && last instanceof String) {
          JsonNode fallback = at(defaults, path.subList(0, n));
          if (fallback == null) {
            ((ObjectNode) parent).remove((String) last);
          } else {
            ((ObjectNode) parent).set((String) last, fallback.deepCopy());
          }
          break;
        }
      }
    }
    wholeNumbers(copy);
    try {
      return model(LENIENT.readValue(copy));
    } catch (IOException | RuntimeException cannotBind) {
      return null;
    }
  }

  /** The node at a path, or null. */
  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object element : path) {
      if (node == null) {
        return null;
      }
      node = element instanceof Integer ? node.get((Integer) element) : node.get(element.toString());
    }
    return node;
  }

  /** A value the schema passed and the model cannot hold: the field, without Java's words. */
  private static ScenarioError bindingError(Exception e, JsonNode user, String source) {
    List<Object> path = new ArrayList<>();
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r
          : ((com.fasterxml.jackson.databind.JsonMappingException) e).getPath()) {
        path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
      }
    }
    int[] at = location(user, path);
    return new ScenarioError(source, dotted(path), at[0], at[1], "cannot hold this value",
        "kan deze waarde niet bevatten");
  }

  /** Path elements of {@code a.b[2].c}: names and list indexes. */
  static List<Object> pathElements(String path) {
    List<Object> out = new ArrayList<>();
    if (path.isEmpty()) {
      return out;
    }
    for (String part : path.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      out.add(bracket < 0 ? part : part.substring(0, bracket));
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        out.add(Integer.parseInt(part.substring(bracket + 1, close)));
        bracket = part.indexOf('[', close);
      }
    }
    return out;
  }

  /** The errors in the order of the file: by line and column, those without a place last. */
  static List<ScenarioError> inFileOrder(List<ScenarioError> errors) {
    List<ScenarioError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt((ScenarioError e) -> e.line() == 0 ? Integer.MAX_VALUE : e.line())
        .thenComparingInt(ScenarioError::column));
    return sorted;
  }

  /** Binds a tree strictly, its whole numbers made whole first (on a copy). */
  static Scenario bind(ObjectNode tree) throws JsonProcessingException {
    ObjectNode whole = tree.deepCopy();
    wholeNumbers(whole);
    return model(MAPPER.treeToValue(whole, Scenario.class));
  }

  /** A bound scenario with a queueing scenario's model taken from its queue. */
  private static Scenario model(Scenario bound) {
    if (bound.queueing().isEmpty()) {
      return bound;
    }
    Scenario q = Scenario.queueing(bound.queueing().get(), bound.experiment());
    Population p = q.population();
    return new Scenario(q.formatVersion(), bound.name(), bound.description(),
        new Population(bound.population().circles(), p.membersPerCircle(), p.age(), p.vitalityByAge(),
            p.offerProbability(), p.capacityHoursPerWeek(), p.connectorsPerCircle(), p.homeSpreadMetres()),
        q.behaviour(),
        new Policy(bound.policy().fairness(), q.policy().weights(), q.policy().hardRules(),
            q.policy().notificationBudget(), q.policy().answerTimeoutHours(), q.policy().unhelped(),
            q.policy().circle(), bound.policy().askPlan()),
        bound.experiment(), q.queueing(), bound.contact());
  }

  /** A queueing scenario's tree with the defaults of the fields it does not write. */
  private static ObjectNode queueingDefaults(ObjectNode tree) {
    ObjectNode merged = defaultsTree();
    merge(merged, tree);
    return merged;
  }

  static ObjectNode defaultsTree() {
    ObjectNode tree = MAPPER.valueToTree(Scenario.defaults());
    tree.remove("queueing");
    return tree;
  }

  /**
   * The optional {@code contact} section keeps the defaults of the fields a file leaves out, as the
   * other sections do; a file without the section has none (contact is off).
   */
  static void withContactDefaults(ObjectNode merged) {
    JsonNode given = merged.get("contact");
    if (given != null && given.isObject()) {
      ObjectNode contact = MAPPER.valueToTree(Contact.defaults());
      merge(contact, given);
      merged.set("contact", contact);
    }
  }

  /**
   * The optional {@code policy.askPlan} section keeps the defaults of the fields a file leaves out;
   * a file without it has none (the engine asks in its own rounds).
   */
  static void withAskPlanDefaults(ObjectNode merged) {
    JsonNode policy = merged.get("policy");
    JsonNode given = policy == null ? null : policy.get("askPlan");
    if (given != null && given.isObject()) {
      ObjectNode rules = MAPPER.valueToTree(Policy.AskPlanRules.defaults());
      merge(rules, given);
      ((ObjectNode) policy).set("askPlan", rules);
    }
  }

  /** Objects merge field by field; anything else replaces. */
  static void merge(ObjectNode into, JsonNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode existing = into.get(e.getKey());
      if (existing != null && existing.isObject() && e.getValue().isObject()) {
        merge((ObjectNode) existing, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  /** The schema's errors, in English and Dutch, with lines where the user's tree has the field. */
  static List<ScenarioError> schemaErrors(JsonNode tree, JsonNode user, String source) {
    List<Error> english = Holder.SCHEMA.validate(tree,
        context -> context.executionConfig(config -> config.locale(Locale.ENGLISH)));
    if (english.isEmpty()) {
      return List.of();
    }
    List<Error> dutch = Holder.SCHEMA.validate(tree,
        context -> context.executionConfig(config -> config.locale(Locale.forLanguageTag("nl"))));
    List<ScenarioError> errors = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (Error e : english) {
      paths.add(dotted(elements(e.getInstanceLocation())) + "|" + e.getKeyword());
    }
    for (int i = 0; i < english.size(); i++) {
      Error e = english.get(i);
      List<Object> path = elements(e.getInstanceLocation());
      if (alternativeNoise(e, dotted(path), paths)) {
        continue;
      }
      String ruleEnglish = rule(e.getMessage());
      String ruleDutch = dutchTypes(rule(i < dutch.size() ? dutch.get(i).getMessage() : e.getMessage()));
      if ("format".equals(e.getKeyword()) && "date".equals(schemaAt(e).path("format").asText())) {
        // the validator's own text runs two sentences together
        ruleEnglish = "must be a date written as YYYY-MM-DD, such as 2026-01-05";
        ruleDutch = "moet een datum zijn geschreven als JJJJ-MM-DD, zoals 2026-01-05";
      }
      if ("pattern".equals(e.getKeyword()) && !path.isEmpty()
          && Texts.has("rule.pattern." + path.get(path.size() - 1))) {
        // the validator quotes the regular expression: the rule in words instead
        Bilingual words = Texts.both("rule.pattern." + path.get(path.size() - 1), Map.of());
        ruleEnglish = words.english();
        ruleDutch = words.dutch();
      }
      if (Texts.has("rule.range." + e.getKeyword())) {
        // the validator's words ("moet een minimumwaarde van 1 hebben"): the library's own, as the
        // core's range rules read ("moet minstens 1 zijn"), with the limit as the schema writes it
        Bilingual words = Texts.both("rule.range." + e.getKeyword(), rangeArguments(e));
        ruleEnglish = words.english();
        ruleDutch = words.dutch();
      }
      if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
        // the validator's words are JSON Schema's ("is not defined in the schema and the schema
        // does not allow additional properties"): the library's own, as for a design factor
        String[] rule = noSuchField("", dotted(path), e.getProperty(), "", knownFields(e));
        path.add(e.getProperty());
        ruleEnglish = rule[0];
        ruleDutch = rule[1];
      }
      int[] at = location(user, path);
      ScenarioError error = new ScenarioError(source, dotted(path), at[0], at[1], ruleEnglish, ruleDutch);
      ScenarioError previous = errors.isEmpty() ? null : errors.get(errors.size() - 1);
      ScenarioError both = previous == null ? null : eitherType(previous, error);
      if (both != null) {
        errors.set(errors.size() - 1, both);
      } else {
        errors.add(error);
      }
    }
    return errors;
  }

  /**
   * The figures of a range rule: the limit as the schema writes it ({@code value}: {@code 0.5},
   * never a grouped or localised number, as the file must be written) and, for a count of
   * characters or values, the limit and the count found as numbers ({@code count}, {@code found}).
   */
  private static Map<String, Object> rangeArguments(Error e) {
    JsonNode limit = schemaAt(e).path(e.getKeyword());
    JsonNode found = e.getInstanceNode();
    return Map.of("value", limit.asText(), "count", limit.asLong(),
        "found", found == null ? 0L : found.isTextual() ? found.asText().codePointCount(0, found.asText().length())
            : (long) found.size());
  }

  private static final Pattern FOUND_EXPECTED = Pattern.compile("(.+) found, (.+) expected");
  private static final Pattern GEVONDEN_VERWACHT = Pattern.compile("(.+) gevonden, (.+) verwacht");

  /**
   * A field that may be written in two forms (a whole number or {@code {"min", "max"}}) and got
   * neither: one error naming both forms, not one per form. Null if the errors are not that.
   */
  private static ScenarioError eitherType(ScenarioError a, ScenarioError b) {
    Matcher ea = FOUND_EXPECTED.matcher(a.rule());
    Matcher eb = FOUND_EXPECTED.matcher(b.rule());
    Matcher da = GEVONDEN_VERWACHT.matcher(a.ruleDutch());
    Matcher db = GEVONDEN_VERWACHT.matcher(b.ruleDutch());
    if (!a.path().equals(b.path()) || !ea.matches() || !eb.matches() || !da.matches() || !db.matches()
        || !ea.group(1).equals(eb.group(1))) {
      return null;
    }
    return new ScenarioError(a.source(), a.path(), a.line(), a.column(),
        ea.group(1) + " found, " + ea.group(2) + " or " + eb.group(2) + " expected",
        da.group(1) + " gevonden, " + da.group(2) + " of " + db.group(2) + " verwacht");
  }

  /** The fields the schema defines where an unknown one was written: its {@code properties}. */
  private static List<String> knownFields(Error additionalProperties) {
    List<String> names = new ArrayList<>();
    schemaAt(additionalProperties).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The schema object holding the keyword an error is about (its location ends in the keyword). */
  private static JsonNode schemaAt(Error e) {
    List<Object> rule = elements(e.getSchemaLocation().getFragment());
    JsonNode node = Holder.TREE;
    for (Object element : rule.subList(0, Math.max(0, rule.size() - 1))) {
      node = element instanceof Integer ? node.path((Integer) element) : node.path(element.toString());
    }
    return node;
  }

  private static final Pattern TYPE_MISMATCH = Pattern.compile("(\\w+) gevonden, (\\w+) verwacht");

  /** The validator's Dutch text names JSON's types in English ("number gevonden"): in Dutch. */
  static String dutchTypes(String message) {
    return TYPE_MISMATCH.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
        dutchType(m.group(1)) + " gevonden, " + dutchType(m.group(2)) + " verwacht"));
  }

  private static String dutchType(String type) {
    switch (type) {
      case "string":
        return "tekst";
      case "number":
        return "getal";
      case "integer":
        return "geheel getal";
      case "boolean":
        return "waar of onwaar";
      case "array":
        return "lijst";
      default:
        return type;
    }
  }

  /**
   * Whether an error only reports that a value did not take the other form of a field that may be
   * written in two ways (a number or {@code {"min", "max"}}): the summary of {@code oneOf}, and a
   * wrong type at a path where another rule failed too, at or under it.
   */
  private static boolean alternativeNoise(Error e, String path, List<String> all) {
    if ("oneOf".equals(e.getKeyword())) {
      return true;
    }
    if (!"type".equals(e.getKeyword())) {
      return false;
    }
    for (String other : all) {
      int bar = other.lastIndexOf('|');
      String otherPath = other.substring(0, bar);
      String keyword = other.substring(bar + 1);
      if (!keyword.equals("type") && !keyword.equals("oneOf")
          && (otherPath.equals(path) || otherPath.startsWith(path + ".") || otherPath.startsWith(path + "["))) {
        return true;
      }
    }
    return false;
  }

  /** The rule without the location prefix the validator puts before it. */
  private static String rule(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  static List<Object> elements(NodePath path) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      out.add(path.getElement(i));
    }
    return out;
  }

  /** {@code a.b[2].c} from path elements. */
  static String dotted(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object element : path) {
      if (element instanceof Integer) {
        out.append('[').append(element).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(element);
      }
    }
    return out.toString();
  }

  /** Line and column of the node at a path in the user's tree, or zeros. */
  static int[] location(JsonNode user, List<Object> path) {
    JsonNode node = user;
    for (Object element : path) {
      if (node == null) {
        break;
      }
      node = element instanceof Integer ? node.get((Integer) element) : node.get(element.toString());
    }
    if (node == null) {
      return new int[] {0, 0};
    }
    JsonLocation at = JsonNodes.tokenStreamLocationOf(node);
    return at == null ? new int[] {0, 0} : new int[] {at.getLineNr(), at.getColumnNr()};
  }

  /** Path elements of a dot-separated field name. */
  static List<Object> pathOf(String field) {
    return new ArrayList<>(List.of((Object[]) field.split("\\.")));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the bundled schema is not JSON", e);
    }
  }

  static String resource(String name) {
    try (InputStream in = ScenarioFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + ScenarioFiles.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
