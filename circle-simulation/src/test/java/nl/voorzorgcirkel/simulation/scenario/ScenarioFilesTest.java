package nl.voorzorgcirkel.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static List<ScenarioError> errors(String json) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(json, "test.json"));
    return e.errors();
  }

  private static ScenarioError only(String json) {
    List<ScenarioError> errors = errors(json);
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  private static ScenarioError at(List<ScenarioError> errors, String path) {
    return errors.stream().filter(e -> e.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + path + " in " + errors));
  }

  @Test
  void aLatinHypercubeFactorWithMinAndMaxIsAcceptedAtEveryDesignPoint() {
    // Before the fix, each point's scenario wrote the factor's empty values as "values": [],
    // which the schema refuses (minItems 1): every Latin hypercube file was refused.
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"experiment\": {\"design\": {"
        + "\"type\": \"latin-hypercube\", \"samples\": 3, \"factors\": [{\"field\": "
        + "\"behaviour.acceptance.probability\", \"min\": 0.3, \"max\": 0.9}]}}}", "lhs.json");
    List<DesignPoint> points = Designs.points(s);
    assertEquals(3, points.size(), points.toString());
    assertFalse(ScenarioFiles.toJson(s).contains("\"values\" : [ ]"), ScenarioFiles.toJson(s));
  }

  @Test
  void aMinimalFileKeepsEveryDefault() {
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2}", "min.json");
    Scenario d = Scenario.defaults();
    assertEquals(d.population(), s.population());
    assertEquals(d.behaviour(), s.behaviour());
    assertEquals(d.policy(), s.policy());
    assertEquals(d.experiment(), s.experiment());
  }

  @Test
  void aSyntaxErrorNamesLineAndColumn() {
    ScenarioError e = only("{\n  \"formatVersion\": 2,\n  \"name\": \"x\"\n  \"description\": \"y\"\n}");
    assertEquals(4, e.line(), e.toString());
    assertTrue(e.column() > 0, e.toString());
    assertTrue(e.message(Locale.ENGLISH).startsWith("test.json:4:"), e.toString());
    assertTrue(e.rule().startsWith("not valid JSON"), e.toString());
    assertTrue(e.ruleDutch().startsWith("geen geldige JSON"), e.toString());
  }

  @Test
  void textAfterTheObjectAndDuplicateFieldsAreRefused() {
    assertEquals(1, only("{\"formatVersion\": 2} {}").line());
    ScenarioError duplicate = only("{\"formatVersion\": 2,\n \"name\": \"a\",\n \"name\": \"b\"}");
    assertEquals(3, duplicate.line(), duplicate.toString());
    // the key's path and the rule in the library's words, as ResultJson and CircleJson say it
    assertEquals("name", duplicate.path(), duplicate.toString());
    assertTrue(duplicate.message(Locale.ENGLISH).matches("test\\.json:3:\\d+: name: is given twice in the same object"),
        duplicate.message(Locale.ENGLISH));
    assertTrue(duplicate.message(DUTCH).matches("test\\.json:3:\\d+: name: staat twee keer in hetzelfde object"),
        duplicate.message(DUTCH));
    ScenarioError nested = only("{\"formatVersion\": 2, \"experiment\": {\"days\": 60, \"days\": 90}}");
    assertEquals("experiment.days", nested.path(), nested.toString());
  }

  /**
   * User test 3, finding 13: {@code check syntax.json --lang nl} printed Jackson's English inside
   * the Dutch sentence ("geen geldige JSON: Unexpected character (',' (code 44)): was expecting
   * double-quote to start field name"). The rule is the library's own, in each language.
   */
  @Test
  void aSyntaxErrorIsDescribedInTheReadersLanguageWithoutJacksonsWords() {
    ScenarioError e = only("{\n  \"formatVersion\": 2,\n  \"experiment\": {\"replications\": 3,,\n  }\n}");
    assertEquals(3, e.line(), e.toString());
    assertEquals("geen geldige JSON: hier hoort een veldnaam tussen dubbele aanhalingstekens (staat er een komma"
        + " te veel?)", e.ruleDutch());
    assertEquals("not valid JSON: a field name in double quotes was expected here (is there a comma too many?)",
        e.rule());
    assertTrue(e.message(DUTCH).startsWith("test.json:3:"), e.message(DUTCH));
    for (String broken : List.of("{\"formatVersion\": 2", "{\"formatVersion\": tru}", "{\"formatVersion\" 2}",
        "{\"formatVersion\": 2]", "{\"formatVersion\": 2 \"name\": \"x\"}")) {
      ScenarioError error = only(broken);
      assertFalse(error.ruleDutch().matches(".*(Unexpected|Unrecognized|expecting|was |end-of-input).*"),
          error.ruleDutch());
      assertFalse(error.rule().matches(".*(Unexpected|Unrecognized|expecting|end-of-input|code \\d+).*"),
          error.rule());
    }
  }

  /** A text nested deeper than the reader allows says so, without a line and column. */
  @Test
  void aLimitOfTheReaderIsNamedWithoutAPlace() {
    ScenarioError deep = only("{\"formatVersion\": 2, \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    assertEquals(0, deep.line(), deep.toString());
    assertTrue(deep.message(Locale.ENGLISH).startsWith("test.json: cannot be read: nested too deep: more than "),
        deep.message(Locale.ENGLISH));
    assertTrue(deep.message(DUTCH).startsWith("test.json: kan niet gelezen worden: te diep genest"),
        deep.message(DUTCH));
  }

  /** User test 3, finding 13: an empty object said "formatVersion: must be 2" for a field it lacks. */
  @Test
  void aFileWithoutAFormatVersionIsToldItIsMissing() {
    ScenarioError e = only("{}");
    assertEquals("formatVersion", e.path());
    assertTrue(e.rule().startsWith("is missing"), e.rule());
    assertTrue(e.ruleDutch().startsWith("ontbreekt"), e.ruleDutch());
    // a wrong version still says which one this library reads
    assertTrue(only("{\"formatVersion\": 1}").rule().startsWith("must be 2"));
  }

  /**
   * User test 7, K9 (what the README says): the format version is checked first, before any other
   * field, so a file of another version gets the one error that says so, not one per field it has.
   */
  @Test
  void theFormatVersionIsCheckedBeforeAnyOtherField() {
    ScenarioError e = only("{\"formatVersion\": 1, \"circles\": 3, \"population\": {\"circles\": -1},"
        + " \"experiment\": {\"days\": \"many\"}}");
    assertEquals("formatVersion", e.path());
    assertTrue(e.rule().startsWith("must be 2"), e.rule());
    // with the right version, the same fields are each refused
    assertTrue(errors("{\"formatVersion\": 2, \"circles\": 3, \"population\": {\"circles\": -1},"
        + " \"experiment\": {\"days\": \"many\"}}").size() >= 3);
  }

  /** User test 3, finding 13: a name of the wrong form was told as a raw regular expression. */
  @Test
  void aNameOfTheWrongFormIsToldTheRuleInWords() {
    ScenarioError e = only("{\"formatVersion\": 2, \"name\": \"<script>\"}");
    assertEquals("name", e.path());
    assertEquals("must start with a letter or a digit and hold only letters, digits, spaces, dots, underscores and"
        + " hyphens", e.rule());
    assertTrue(e.ruleDutch().startsWith("moet beginnen met een letter of een cijfer"), e.ruleDutch());
    assertFalse(e.rule().contains("regex") || e.ruleDutch().contains("regex") || e.rule().contains("^["), e.rule());
  }

  @Test
  void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    byte[] text = "{\"formatVersion\": 2, \"name\": \"with-bom\"}\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Files.write(file, all);
    assertEquals("with-bom", ScenarioFiles.read(file).name());
  }

  @Test
  void aFractionalSeedIsRefusedNotRounded() {
    ScenarioError e = only("{\"formatVersion\": 2,\n \"experiment\": {\"seed\": 1.5}}");
    assertEquals("experiment.seed", e.path());
    assertEquals(2, e.line());
    assertTrue(e.rule().contains("integer"), e.toString());
  }

  @Test
  void everyRangeErrorComesAtOnceWithItsFieldLineAndColumn() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2,\n"
        + " \"population\": {\"circles\": 0,\n   \"age\": {\"min\": 30, \"max\": 80}},\n"
        + " \"behaviour\": {\"acceptance\": {\"probability\": 1.5}},\n"
        + " \"policy\": {\"notificationBudget\": 0, \"colour\": \"red\"}}");
    assertEquals(5, errors.size(), errors.toString());
    assertEquals(2, at(errors, "population.circles").line());
    assertEquals(3, at(errors, "population.age.min").line());
    assertEquals(4, at(errors, "behaviour.acceptance.probability").line());
    assertEquals(5, at(errors, "policy.notificationBudget").line());
    ScenarioError unknown = at(errors, "policy.colour");
    // the error's path names the field, the rule is the library's (user test 6, J6)
    assertTrue(unknown.message(Locale.ENGLISH).endsWith("policy.colour: names no field of the scenario;"
        + " the fields of policy are: fairness, weights, hardRules, notificationBudget, answerTimeoutHours,"
        + " unhelped, circle, askPlan"), unknown.toString());
    for (ScenarioError e : errors) {
      assertTrue(e.column() > 0, e.toString());
      assertFalse(e.ruleDutch().isBlank());
    }
  }

  @Test
  void rulesAcrossFieldsNameTheirField() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2,\n"
        + " \"population\": {\"membersPerCircle\": {\"min\": 15, \"max\": 10}},\n"
        + " \"behaviour\": {\"urgency\": {\"todayShare\": 0.7, \"soonShare\": 0.7}},\n"
        + " \"policy\": {\"weights\": {\"distance\": 0, \"familiarity\": 0, \"slack\": 0, \"capabilityFit\": 0,"
        + " \"fairness\": 0}, \"circle\": {\"minSize\": 12, \"maxSize\": 10}}}");
    assertTrue(at(errors, "population.membersPerCircle").rule().contains("min must not be above max"));
    assertTrue(at(errors, "behaviour.urgency").rule().contains("todayShare + soonShare"));
    assertTrue(at(errors, "policy.weights").rule().contains("at least one weight"));
    assertTrue(at(errors, "policy.circle").rule().contains("minSize"));
    assertEquals(2, at(errors, "population.membersPerCircle").line());
  }

  @Test
  void schemaErrorsAndRulesAcrossFieldsComeTogether() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2,\n \"experiment\": {\"seed\": 1.5,"
        + " \"start\": \"1960-01-04\"}}");
    assertEquals(2, errors.size(), errors.toString());
    at(errors, "experiment.seed");
    assertEquals(2, at(errors, "experiment.start").line());
  }

  @Test
  void startDatesIn2100And1960AreRefusedWithTheRule() {
    for (String start : List.of("2100-01-04", "1960-01-04")) {
      ScenarioError e = only("{\"formatVersion\": 2, \"experiment\": {\"start\": \"" + start + "\"}}");
      assertEquals("experiment.start", e.path());
      assertTrue(e.rule().contains("2000-01-01 to 2099-12-31"), e.toString());
    }
    assertEquals("experiment.start", only("{\"formatVersion\": 2, \"experiment\": {\"start\": \"soon\"}}").path());
  }

  @Test
  void aHorizonPastTheClocksRangeIsRefused() {
    // the first engine's event key overflowed after 2262-04-11 and ran on with an empty report
    ScenarioError e = only("{\"formatVersion\": 2, \"experiment\": {\"start\": \"2099-06-01\","
        + " \"days\": 36500, \"warmupDays\": 3650}}");
    assertEquals("experiment.days", e.path());
    assertTrue(e.rule().contains("before 2200-01-01"), e.toString());
    ScenarioError tooLong = only("{\"formatVersion\": 2, \"experiment\": {\"days\": 100000}}");
    assertEquals("experiment.days", tooLong.path());
  }

  @Test
  void sizesThatWouldExhaustMemoryAreRefusedUpFront() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2, \"population\": {\"circles\": 2000000000,"
        + " \"membersPerCircle\": 100000}}");
    at(errors, "population.circles");
    at(errors, "population.membersPerCircle");
    ScenarioError requests = only("{\"formatVersion\": 2,"
        + " \"behaviour\": {\"demand\": {\"needsPerWeekByAge\": [{\"fromAge\": 0, \"value\": 50}]}},"
        + " \"experiment\": {\"days\": 36000, \"start\": \"2030-01-01\"}}");
    assertEquals("experiment.days", requests.path());
    assertTrue(requests.rule().contains("keeps in memory"), requests.toString());
    ScenarioError cells = only("{\"formatVersion\": 2, \"experiment\": {\"replications\": 10000, \"days\": 36000,"
        + " \"design\": {\"type\": \"sweep\", \"factors\": [{\"field\": \"behaviour.acceptance.probability\","
        + " \"values\": [0.2, 0.4, 0.6]}]}}}");
    assertEquals("experiment.replications", cells.path(), cells.toString());
  }

  @Test
  void theFormatVersionIsRequired() {
    ScenarioError missing = only("{\"name\": \"old\", \"circles\": 3}");
    assertEquals("formatVersion", missing.path());
    assertTrue(missing.rule().startsWith("is missing") && missing.rule().contains("version 1 files"), missing.rule());
    assertEquals("formatVersion", only("{\"formatVersion\": 1}").path());
  }

  @Test
  void designFactorsMustNameFieldsOfTheModelAndGiveValidPoints() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\": \"grid\","
        + " \"factors\": [{\"field\": \"behaviour.colour\", \"values\": [1]},"
        + " {\"field\": \"experiment.days\", \"values\": [10]}]}}}");
    assertTrue(at(errors, "experiment.design.factors[0].field").rule().contains("names no field"));
    assertTrue(at(errors, "experiment.design.factors[1].field").rule().contains("varies the model"));
    List<ScenarioError> points = errors("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\": \"sweep\","
        + " \"factors\": [{\"field\": \"behaviour.acceptance.probability\", \"values\": [0.5, 1.5]}]}}}");
    // a bad value is told once, on the value in the file (ScenarioChecksTest); a rule across fields
    // that some points break is told once with those points
    assertEquals(1, points.size(), points.toString());
    assertEquals("experiment.design.factors[0].values[1]", points.get(0).path());
    List<ScenarioError> acrossFields = errors("{\"formatVersion\": 2, \"population\": {\"connectorsPerCircle\": 3},"
        + " \"experiment\": {\"design\": {\"type\": \"grid\", \"factors\": [{\"field\": \"population.membersPerCircle\","
        + " \"values\": [2, 12]}, {\"field\": \"behaviour.acceptance.probability\", \"values\": [0.4, 0.6, 0.8]}]}}}");
    assertEquals(1, acrossFields.size(), acrossFields.toString());
    assertTrue(acrossFields.get(0).source().endsWith("design points 1, 2, 3 (the first:"
        + " population.membersPerCircle=2, behaviour.acceptance.probability=0.4)"), acrossFields.toString());
    assertEquals("population.connectorsPerCircle", acrossFields.get(0).path());
  }

  @Test
  void errorsComeInTheOrderOfTheFile() {
    // the schema reports the seed after the replications; the file has it first
    List<ScenarioError> errors = errors("{\"formatVersion\": 2,\n \"population\": {\"circles\": 0},\n"
        + " \"experiment\": {\"days\": 60,\n  \"seed\": 1.5,\n  \"replications\": 0}}");
    List<Integer> lines = errors.stream().map(ScenarioError::line).collect(Collectors.toList());
    assertEquals(List.of(2, 4, 5), lines, errors.toString());
    List<String> paths = errors.stream().map(ScenarioError::path).collect(Collectors.toList());
    assertEquals(List.of("population.circles", "experiment.seed", "experiment.replications"), paths);
  }

  @Test
  void anUnknownFieldIsAnsweredWithTheNearestKnownOneAndTheFieldsThere() {
    ScenarioError typo = only("{\"formatVersion\": 2, \"population\": {\"membersPerCirkel\": 12}}");
    assertEquals("population.membersPerCirkel", typo.path());
    // user test 6, J6: in the library's words, as for a design factor, not JSON Schema's
    assertEquals("names no field of the scenario; did you mean 'population.membersPerCircle'?", typo.rule());
    assertEquals("is geen veld van het scenario; bedoelt u 'population.membersPerCircle'?", typo.ruleDutch());
    // nothing near: the fields of the design are listed instead
    ScenarioError far = only("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\": \"sweep\","
        + " \"field\": \"x\", \"factors\": [{\"field\": \"behaviour.acceptance.probability\", \"values\": [0.5]}]}}}");
    assertEquals("experiment.design.field", far.path());
    assertEquals("names no field of the scenario; the fields of experiment.design are: type, factors, samples",
        far.rule());
    assertEquals("is geen veld van het scenario; de velden van experiment.design zijn: type, factors, samples",
        far.ruleDutch());
    ScenarioError top = only("{\"formatVersion\": 2, \"populaton\": {\"circles\": 3}}");
    assertEquals("populaton", top.path());
    assertEquals("names no field of the scenario; did you mean 'population'?", top.rule());
  }

  @Test
  void aWrongTypeIsNamedInDutchInDutch() {
    ScenarioError seed = only("{\"formatVersion\": 2, \"experiment\": {\"seed\": 1.5}}");
    assertEquals("getal gevonden, geheel getal verwacht", seed.ruleDutch());
    assertEquals("tekst gevonden, lijst verwacht", ScenarioFiles.dutchTypes("string gevonden, array verwacht"));
    assertEquals("number found, integer expected", seed.rule());
  }

  @Test
  void errorsReadInDutchToo() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioFiles.parse("{\"formatVersion\": 2, \"population\": {\"circles\": 0}}", "t.json"));
    String nl = e.message(Locale.forLanguageTag("nl"));
    assertTrue(nl.contains("population.circles"), nl);
    assertTrue(nl.contains("population.circles: moet minstens 1 zijn"), nl);
    assertFalse(e.getMessage().contains("minstens"));
  }

  /**
   * User test 8, L4: the schema's range rules came in the validator's words, in Dutch "moet een
   * minimumwaarde van 1 hebben", "moet een maximale waarde van 1 hebben", "moet minimaal 1 tekens
   * lang zijn". Each reads as the library's other range rules do, in both languages.
   */
  @Test
  void rangeRulesReadAsTheLibrarysOwn() {
    String[][] cases = {
      {"\"population\": {\"circles\": 0}", "population.circles", "must be at least 1", "moet minstens 1 zijn"},
      {"\"behaviour\": {\"acceptance\": {\"probability\": 1.5}}", "behaviour.acceptance.probability",
          "must be at most 1", "mag hoogstens 1 zijn"},
      {"\"policy\": {\"answerTimeoutHours\": 0}", "policy.answerTimeoutHours", "must be more than 0",
          "moet meer dan 0 zijn"},
      {"\"description\": \"" + "x".repeat(2001) + "\"", "description", "must be at most 2000 characters long",
          "mag hoogstens 2000 tekens lang zijn"},
      {"\"experiment\": {\"compare\": {\"field\": \"population.circles\", \"values\": [3]}}",
          "experiment.compare.values", "must hold at least 2 values, not 1", "moet minstens 2 waarden bevatten, niet 1"},
      {"\"policy\": {\"hardRules\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\"]}",
          "policy.hardRules", "must hold at most 7 values, not 8", "mag hoogstens 7 waarden bevatten, niet 8"},
    };
    for (String[] c : cases) {
      List<ScenarioError> errors = assertThrows(ScenarioException.class,
          () -> ScenarioFiles.parse("{\"formatVersion\": 2, " + c[0] + "}", "t.json")).errors();
      ScenarioError e = errors.stream().filter(x -> x.rule().equals(c[2])).findFirst()
          .orElseThrow(() -> new AssertionError(c[1] + ": " + errors));
      assertEquals(c[1], e.path());
      assertEquals(c[3], e.ruleDutch());
    }
  }

  @Test
  void everyBuiltInScenarioReadsAndRoundTripsThroughItsJson() {
    for (String name : ScenarioFiles.builtInNames()) {
      Scenario s = ScenarioFiles.builtIn(name);
      assertEquals(name, s.name());
      assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), name), name);
      assertTrue(ScenarioFiles.validate(s).isEmpty(), name);
    }
    assertThrows(ScenarioException.class, () -> ScenarioFiles.builtIn("atlantis"));
  }

  @Test
  void theSchemaDocumentsEveryDefaultAsTheCodeHasIt() throws IOException {
    JsonNode schema = ScenarioFiles.MAPPER.readTree(ScenarioFiles.schema());
    // the optional contact section has defaults of its own, filled in when a file has the section
    com.fasterxml.jackson.databind.node.ObjectNode defaults = ScenarioFiles.defaultsTree();
    defaults.set("contact", ScenarioFiles.MAPPER.valueToTree(Contact.defaults()));
    // and so has the optional policy.askPlan section
    ((com.fasterxml.jackson.databind.node.ObjectNode) defaults.get("policy")).set("askPlan",
        ScenarioFiles.MAPPER.valueToTree(Policy.AskPlanRules.defaults()));
    Map<String, JsonNode> documented = new java.util.TreeMap<>();
    collect(schema, "", documented);
    assertTrue(documented.size() > 60, "too few documented defaults: " + documented.keySet());
    for (Map.Entry<String, JsonNode> e : documented.entrySet()) {
      JsonNode actual = defaults;
      for (String part : e.getKey().split("\\.")) {
        actual = actual.path(part);
      }
      JsonNode expected = e.getValue();
      if (expected.isNumber() && actual.isNumber()) {
        assertEquals(expected.doubleValue(), actual.doubleValue(), 1e-12, e.getKey());
      } else if (expected.isInt() && actual.isObject()) {
        assertEquals(expected.intValue(), actual.get("min").intValue(), e.getKey());
      } else if (!e.getKey().startsWith("queueing")) {
        assertEquals(normalised(expected), normalised(actual), e.getKey());
      }
    }
    // and every field of the defaults is documented
    List<String> undocumented = leaves(defaults, "").stream()
        .filter(path -> !path.equals("formatVersion"))
        .filter(path -> documented.keySet().stream().noneMatch(path::startsWith))
        .collect(Collectors.toList());
    assertTrue(undocumented.isEmpty(), "fields without a documented default: " + undocumented);
  }

  private static String normalised(JsonNode node) throws IOException {
    return ScenarioFiles.MAPPER.writeValueAsString(ScenarioFiles.MAPPER.treeToValue(node, Object.class))
        .replace(".0,", ",").replace(".0}", "}").replace(".0]", "]").replaceAll("\\s", "");
  }

  private static void collect(JsonNode schema, String path, Map<String, JsonNode> out) {
    if (schema.has("default") && !path.isEmpty()) {
      out.put(path, schema.get("default"));
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      properties.properties().forEach(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
    }
  }

  private static List<String> leaves(JsonNode node, String path) {
    if (!node.isObject()) {
      return List.of(path);
    }
    List<String> out = new java.util.ArrayList<>();
    node.properties().forEach(e -> out.addAll(leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey())));
    return out;
  }

  @Test
  void withoutAContactSectionContactIsOffAndNotWrittenOut() {
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2}", "min.json");
    assertTrue(s.contact().isEmpty());
    assertFalse(ScenarioFiles.toJson(s).contains("contact"));
    for (String name : ScenarioFiles.builtInNames()) {
      assertTrue(ScenarioFiles.builtIn(name).contact().isEmpty(), name);
    }
  }

  @Test
  void aContactSectionKeepsTheDefaultsOfTheFieldsItLeavesOut() {
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"contact\": {\"withoutContactDays\": 10,"
        + " \"checkIns\": {\"buddyAfterDays\": 2}}}", "c.json");
    Contact d = Contact.defaults();
    Contact c = s.contact().orElseThrow();
    assertEquals(10, c.withoutContactDays());
    assertEquals(new Contact.CheckInPolicy(d.checkIns().optInShare(), 2, d.checkIns().connectorAfterDays()),
        c.checkIns());
    assertEquals(d.trips(), c.trips());
    assertEquals(d.livingAloneShare(), c.livingAloneShare());
    assertEquals(Contact.defaults(), ScenarioFiles.parse("{\"formatVersion\": 2, \"contact\": {}}", "e.json")
        .contact().orElseThrow());
    assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), "again"));
    assertEquals(11, s.with("contact.withoutContactDays", 11).contact().orElseThrow().withoutContactDays());
  }

  @Test
  void contactErrorsNameTheirFieldInEnglishAndDutch() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2,\n \"contact\": {\"livingAloneShare\": 2,\n"
        + " \"checkIns\": {\"buddyAfterDays\": 5, \"connectorAfterDays\": 4},\n"
        + " \"trips\": {\"days\": {\"min\": 10, \"max\": 3}}, \"visits\": 1}}");
    assertEquals(2, at(errors, "contact.livingAloneShare").line());
    assertEquals("mag hoogstens 1 zijn", at(errors, "contact.livingAloneShare").ruleDutch());
    at(errors, "contact.visits");
    List<ScenarioError> rules = errors("{\"formatVersion\": 2,\n \"contact\": {\n"
        + " \"checkIns\": {\"buddyAfterDays\": 5, \"connectorAfterDays\": 4},\n"
        + " \"trips\": {\"days\": {\"min\": 10, \"max\": 3}},"
        + " \"activity\": {\"everyWeeks\": 1}}, \"experiment\": {\"days\": 7500}}");
    ScenarioError buddy = at(rules, "contact.checkIns.connectorAfterDays");
    assertEquals(3, buddy.line());
    assertEquals("must be more than buddyAfterDays", buddy.rule());
    assertEquals("moet groter zijn dan buddyAfterDays", buddy.ruleDutch());
    assertTrue(at(rules, "contact.trips.days").ruleDutch().contains("min mag niet boven max"));
    assertTrue(at(rules, "contact.activity.everyWeeks").rule().contains("more than 1000 times"));
    assertEquals(3, rules.size(), rules.toString());
  }

  @Test
  void withoutAnAskPlanSectionTheEngineAsksInItsOwnRoundsAndNothingIsWrittenOut() {
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2}", "min.json");
    assertTrue(s.policy().askPlan().isEmpty());
    assertTrue(s.policy().askPlanAgreements().isEmpty());
    assertFalse(ScenarioFiles.toJson(s).contains("askPlan"));
    for (String name : ScenarioFiles.builtInNames()) {
      assertTrue(ScenarioFiles.builtIn(name).policy().askPlan().isEmpty(), name);
    }
  }

  @Test
  void anAskPlanSectionKeepsTheDefaultsItLeavesOutAndMakesTheLibrarysAgreements() {
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"policy\": {\"answerTimeoutHours\": 6,"
        + " \"askPlan\": {\"quietFrom\": \"22:30\", \"maxAsksPerMemberPerWeek\": 3}}}", "a.json");
    Policy.AskPlanRules rules = s.policy().askPlan().orElseThrow();
    Policy.AskPlanRules d = Policy.AskPlanRules.defaults();
    assertEquals(new Policy.AskPlanRules("22:30", d.quietUntil(), d.urgentAnswerTimeoutHours(), 3, d.zone()), rules);
    nl.voorzorgcirkel.coordination.asking.CircleAgreements agreements = s.policy().askPlanAgreements().orElseThrow();
    assertEquals(java.time.Duration.ofHours(6), agreements.answerTimeout(), "the policy's own timeout");
    assertEquals(2, agreements.notificationBudget(), "the policy's own budget");
    assertEquals(java.time.LocalTime.of(22, 30), agreements.quietHours().from());
    assertEquals(java.time.LocalTime.of(8, 0), agreements.quietHours().until());
    assertEquals(3, agreements.maxAsksPerMemberPerWeek());
    assertEquals(java.time.Duration.ofHours(1), agreements.urgentAnswerTimeout());
    assertEquals(java.time.ZoneId.of("Europe/Amsterdam"), agreements.zone());
    assertEquals(d, ScenarioFiles.parse("{\"formatVersion\": 2, \"policy\": {\"askPlan\": {}}}", "e.json")
        .policy().askPlan().orElseThrow());
    assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), "again"));
    assertTrue(ScenarioFiles.validate(s).isEmpty());
  }

  @Test
  void askPlanErrorsNameTheirFieldInEnglishAndDutch() {
    // what the schema knows: the form of a time, the ranges
    List<ScenarioError> schema = errors("{\"formatVersion\": 2, \"policy\": {\"askPlan\": {\n"
        + " \"quietFrom\": \"9 pm\", \"maxAsksPerMemberPerWeek\": 0, \"colour\": 1}}}");
    assertEquals(2, at(schema, "policy.askPlan.quietFrom").line());
    at(schema, "policy.askPlan.maxAsksPerMemberPerWeek");
    at(schema, "policy.askPlan.colour");
    // what the library's agreements refuse, on the scenario's own fields, in the library's words
    List<ScenarioError> rules = errors("{\"formatVersion\": 2, \"policy\": {\"notificationBudget\": 30,"
        + " \"answerTimeoutHours\": 200, \"unhelped\": \"keep-asking\",\n \"askPlan\": {\"urgentAnswerTimeoutHours\": 2}}}");
    ScenarioError budget = at(rules, "policy.notificationBudget");
    assertEquals("must be between 1 and 20", budget.rule());
    assertEquals("moet tussen 1 en 20 liggen", budget.ruleDutch());
    assertTrue(at(rules, "policy.answerTimeoutHours").rule().contains("between 5 min and 7 d"),
        at(rules, "policy.answerTimeoutHours").rule());
    ScenarioError unhelped = at(rules, "policy.unhelped");
    assertTrue(unhelped.rule().startsWith("must be 'refer' with policy.askPlan"), unhelped.rule());
    assertTrue(unhelped.ruleDutch().startsWith("moet 'refer' zijn met policy.askPlan"), unhelped.ruleDutch());
    assertEquals(3, rules.size(), rules.toString());
    ScenarioError urgent = only("{\"formatVersion\": 2, \"policy\": {\"answerTimeoutHours\": 1,"
        + " \"askPlan\": {\"urgentAnswerTimeoutHours\": 2}}}");
    assertEquals("policy.askPlan.urgentAnswerTimeoutHours", urgent.path());
    ScenarioError zone = only("{\"formatVersion\": 2, \"policy\": {\"askPlan\": {\"zone\": \"Europe/Lutjebroek\"}}}");
    assertEquals("policy.askPlan.zone", zone.path());
    assertEquals("moet een tijdzone zijn zoals Europe/Amsterdam", zone.ruleDutch());
    Scenario q = ScenarioFiles.builtIn("queueing");
    Scenario queueWithPlan = new Scenario(q.formatVersion(), q.name(), q.description(), q.population(), q.behaviour(),
        q.policy().withAskPlan(Policy.AskPlanRules.defaults()), q.experiment(), q.queueing(), q.contact());
    assertTrue(ScenarioFiles.validate(queueWithPlan).stream().anyMatch(e -> e.path().equals("policy.askPlan")),
        ScenarioFiles.validate(queueWithPlan).toString());
  }

  @Test
  void withSetsOneFieldAndRefusesUnknownOnes() {
    Scenario s = Scenario.defaults().with("behaviour.acceptance.probability", 0.9)
        .with("population.membersPerCircle", 12).with("policy.fairness.strategy", "leximin");
    assertEquals(0.9, s.behaviour().acceptance().probability());
    assertEquals(IntRange.of(12), s.population().membersPerCircle());
    assertEquals(Policy.Strategy.LEXIMIN, s.policy().fairness().strategy());
    assertThrows(ScenarioException.class, () -> Scenario.defaults().with("behaviour.colour", 1));
  }

  @Test
  void aQueueingScenarioTakesItsModelFromTheQueue() {
    Scenario q = ScenarioFiles.builtIn("queueing");
    assertTrue(q.isQueueing());
    assertEquals(3, q.population().membersPerCircle().min());
    assertEquals(Policy.Unhelped.QUEUE, q.policy().unhelped());
    assertEquals(1.5 * 24 * 7, q.behaviour().demand().needsPerWeekByAge().get(0).value(), 1e-9);
    Scenario three = q.with("queueing.helpers", 3);
    assertEquals(4, three.population().membersPerCircle().min());
    ScenarioError unstable = only("{\"formatVersion\": 2, \"queueing\": {\"arrivalsPerHour\": 3,"
        + " \"meanServiceMinutes\": 60, \"helpers\": 2}}");
    assertEquals("queueing", unstable.path());
    assertTrue(unstable.rule().contains("stable"));
  }
}
