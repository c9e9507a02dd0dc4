package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import nl.voorzorgcirkel.core.internal.Spelling;

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

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .addModule(new SimpleModule().addDeserializer(IntRange.class, new IntRangeDeserializer()))
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // absent booleans and numbers in list items (a factor without "integer") take Java's
      // defaults; the schema has refused nulls and wrong types before anything is bound
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // binding is lenient: the schema has already refused 1.5 where a whole number belongs, and
      // binding anyway lets the rules across fields report their errors in the same pass
      .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
      .build();

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
      throw new ScenarioException(List.of(new ScenarioError(file.toString(), "", 0, 0,
          "cannot be read (" + e.getClass().getSimpleName() + ")",
          "kan niet gelezen worden (" + e.getClass().getSimpleName() + ")")));
    }
    return parse(bytes, file.toString());
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
      JsonLocation at = e.getLocation();
      throw new ScenarioException(List.of(new ScenarioError(source, "",
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage(),
          "geen geldige JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (user == null || !user.isObject()) {
      throw new ScenarioException(List.of(new ScenarioError(source, "", 1, 1,
          "must hold one JSON object", "moet één JSON-object bevatten")));
    }
    JsonNode version = user.get("formatVersion");
    if (version == null || !version.isIntegralNumber() || version.asInt() != Scenario.FORMAT_VERSION) {
      int[] at = location(user, version == null ? List.of() : List.of("formatVersion"));
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

  /** Sets one field (a design factor, a comparison value) and binds again, unchecked. */
  static Scenario with(Scenario scenario, String field, Object value) {
    ObjectNode tree = (ObjectNode) toTree(scenario);
    ObjectNode merged = scenario.isQueueing() ? queueingDefaults(tree) : tree;
    String problem = set(merged, field, MAPPER.valueToTree(value));
    if (problem != null) {
      throw new ScenarioException(List.of(new ScenarioError("scenario", field, 0, 0, problem,
          problem.equals(NO_SUCH_FIELD) ? NO_SUCH_FIELD_NL : problem)));
    }
    try {
      return bind(merged);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(List.of(new ScenarioError("scenario", field, 0, 0,
          "has the wrong type for this field", "heeft het verkeerde type voor dit veld")));
    }
  }

  static final String NO_SUCH_FIELD = "names no field of the scenario";
  static final String NO_SUCH_FIELD_NL = "is geen veld van het scenario";

  /**
   * Sets the node at a dot-separated path; the path must name an existing field.
   *
   * @return null, or why it cannot be set
   */
  static String set(ObjectNode root, String field, JsonNode value) {
    String[] parts = field.split("\\.", -1);
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.get(parts[i]);
      if (node == null || !node.isObject()) {
        return NO_SUCH_FIELD;
      }
    }
    if (!node.has(parts[parts.length - 1]) && !schemaKnows(parts)) {
      return NO_SUCH_FIELD;
    }
    ((ObjectNode) node).set(parts[parts.length - 1], value);
    return null;
  }

  /** Whether the schema defines a field at a path (an optional one may be absent from a tree). */
  private static boolean schemaKnows(String[] parts) {
    JsonNode node = Holder.TREE;
    for (String part : parts) {
      node = node.path("properties").path(part);
      if (node.isMissingNode()) {
        return false;
      }
    }
    return true;
  }

  /** Schema, binding and rules; the user's tree gives the errors' lines. */
  static Scenario checkedBind(ObjectNode merged, JsonNode user, String source) {
    List<ScenarioError> errors = new ArrayList<>(schemaErrors(merged, user, source));
    Scenario scenario = null;
    try {
      scenario = bind(merged);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      if (errors.isEmpty()) {
        errors.add(new ScenarioError(source, "", 0, 0, "cannot be read: " + e.getMessage(),
            "kan niet gelezen worden: " + e.getMessage()));
      }
    }
    if (scenario != null && errors.isEmpty()) {
      errors.addAll(Rules.check(scenario, merged, user, source));
    } else if (scenario != null) {
      // the rules across fields on a scenario that breaks the schema: what they can judge is
      // reported with the schema's errors; a value the schema refused may trip them up, so
      // whatever they cannot judge is left to the schema's message
      try {
        for (ScenarioError e : Rules.check(scenario, merged, user, source)) {
          if (errors.stream().noneMatch(known -> known.path().equals(e.path()))) {
            errors.add(e);
          }
        }
      } catch (RuntimeException cannotJudge) {
        // nothing more to add
      }
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(inFileOrder(errors));
    }
    return scenario;
  }

  /** The errors in the order of the file: by line and column, those without a place last. */
  static List<ScenarioError> inFileOrder(List<ScenarioError> errors) {
    List<ScenarioError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt((ScenarioError e) -> e.line() == 0 ? Integer.MAX_VALUE : e.line())
        .thenComparingInt(ScenarioError::column));
    return sorted;
  }

  static Scenario bind(ObjectNode tree) throws JsonProcessingException {
    Scenario bound = MAPPER.treeToValue(tree, Scenario.class);
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
      if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
        path.add(e.getProperty());
        List<String> known = knownFields(e);
        Optional<String> nearest = Spelling.nearest(e.getProperty(), known);
        String list = String.join(", ", known);
        ruleEnglish += nearest.map(n -> "; did you mean '" + n + "'? (fields here: " + list + ")")
            .orElse("; the fields here are: " + list);
        ruleDutch += nearest.map(n -> "; bedoelt u '" + n + "'? (velden hier: " + list + ")")
            .orElse("; de velden hier zijn: " + list);
      }
      int[] at = location(user, path);
      errors.add(new ScenarioError(source, dotted(path), at[0], at[1], ruleEnglish, ruleDutch));
    }
    return errors;
  }

  /** The fields the schema defines where an unknown one was written: its {@code properties}. */
  private static List<String> knownFields(Error additionalProperties) {
    List<Object> rule = elements(additionalProperties.getSchemaLocation().getFragment());
    JsonNode node = Holder.TREE;
    // the rule's location ends in "additionalProperties"; its object schema is one step up
    for (Object element : rule.subList(0, Math.max(0, rule.size() - 1))) {
      node = element instanceof Integer ? node.path((Integer) element) : node.path(element.toString());
    }
    List<String> names = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
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
