package nl.voorzorgcirkel.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.scenario.Experiment.Factor;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Every way into a scenario (a file, {@link Scenario#with}, a design point) goes through the same
 * checks: the quick paths accept nothing the file refuses (user test 2, H2, M1 to M3, L4, L10).
 */
class ScenarioChecksTest {

  private static List<ScenarioError> errors(String json) {
    return assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(json, "test.json")).errors();
  }

  private static ScenarioError at(List<ScenarioError> errors, String path) {
    return errors.stream().filter(e -> e.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + path + " in " + errors));
  }

  @Test
  void withRefusesAFractionForAWholeNumberAsAFileDoesInsteadOfCuttingIt() {
    // before: the seed became 1 and the budget 1, and the scenario ran
    Scenario base = ScenarioFiles.builtIn("muziekwijk");
    ScenarioException seed = assertThrows(ScenarioException.class, () -> base.with("experiment.seed", 1.5));
    assertEquals("experiment.seed", seed.errors().get(0).path());
    assertEquals("number found, integer expected", seed.errors().get(0).rule());
    assertEquals("getal gevonden, geheel getal verwacht", seed.errors().get(0).ruleDutch());
  }

  @Test
  void withRefusesAFractionalBudgetAndEveryRuleOfTheValueLikeAFile() {
    Scenario base = ScenarioFiles.builtIn("muziekwijk");
    ScenarioException budget = assertThrows(ScenarioException.class, () -> base.with("policy.notificationBudget", 1.7));
    assertEquals("policy.notificationBudget", budget.errors().get(0).path());
    List<ScenarioError> file = errors("{\"formatVersion\": 2, \"policy\": {\"notificationBudget\": 1.7}}");
    assertEquals(file.get(0).rule(), budget.errors().get(0).rule(), "the same rule as the file's");
    assertThrows(ScenarioException.class, () -> base.with("behaviour.acceptance.probability", 1.5));
    assertThrows(ScenarioException.class, () -> base.with("policy.fairness.strategy", "leximn"));
  }

  @Test
  void aWholeNumberWrittenWithAFractionIsTakenByEveryWholeNumberFieldRangesIncluded() {
    // before: 12.0 for membersPerCircle ended in "Cannot deserialize value of type `nl.voorzorgcirkel...`"
    for (String twelve : List.of("12.0", "1.2e1", "{\"min\": 12.0, \"max\": 12}")) {
      Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"population\": {\"membersPerCircle\": " + twelve
          + "}, \"experiment\": {\"seed\": 7.0}}", "f.json");
      assertEquals(IntRange.of(12), s.population().membersPerCircle(), twelve);
      assertEquals(7, s.experiment().seed());
    }
    Scenario s = Scenario.defaults().with("population.membersPerCircle", 12.0).with("experiment.seed", 7.0);
    assertEquals(IntRange.of(12), s.population().membersPerCircle());
    assertEquals(7, s.experiment().seed());
  }

  @Test
  void noMessageShowsJavaInternals() {
    List<ScenarioError> all = new java.util.ArrayList<>();
    all.addAll(errors("{\"formatVersion\": 2, \"population\": {\"membersPerCircle\": 12.5}}"));
    all.addAll(errors("{\"formatVersion\": 2, \"population\": {\"membersPerCircle\": {\"min\": 8.5, \"max\": 12}}}"));
    all.addAll(errors("{\"formatVersion\": 2, \"population\": {\"age\": \"old\"}, \"experiment\": {\"start\": 5}}"));
    all.addAll(assertThrows(ScenarioException.class,
        () -> Scenario.defaults().with("population.membersPerCircle", 12.5)).errors());
    all.addAll(assertThrows(ScenarioException.class,
        () -> Scenario.defaults().with("population.membersPerCircle", List.of(1, 2))).errors());
    assertFalse(all.isEmpty());
    for (ScenarioError e : all) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String text = e.message(locale);
        for (String internal : List.of("nl.voorzorgcirkel", "Cannot deserialize", "[Source:", "Exception")) {
          assertFalse(text.contains(internal), text);
        }
      }
    }
  }

  @Test
  void withAnswersAnUnknownFieldWithTheNearestKnownOne() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.defaults().with("population.circels", 4));
    assertTrue(e.errors().get(0).rule().contains("did you mean 'population.circles'?"), e.getMessage());
    assertTrue(e.errors().get(0).ruleDutch().contains("bedoelt u 'population.circles'?"), e.getMessage());
    ScenarioException top = assertThrows(ScenarioException.class, () -> Scenario.defaults().with("populaton.circles", 4));
    assertTrue(top.errors().get(0).rule().contains("did you mean 'population.circles'?"), top.getMessage());
  }

  @Test
  void everyErrorOfAFileComesInOnePassInFileOrder() {
    // user test 2's typo.json: before, three passes (schema, then the factor's field, then the value)
    List<ScenarioError> errors = errors("{\n"
        + "  \"formatVersion\": 2,\n"
        + "  \"name\": \"typo\",\n"
        + "  \"population\": { \"circels\": 4, \"membersPerCircle\": \"twelve\" },\n"
        + "  \"behaviour\": { \"acceptance\": { \"probabilty\": 0.6 } },\n"
        + "  \"experiment\": {\n"
        + "    \"days\": 30,\n"
        + "    \"replications\": 2,\n"
        + "    \"seed\": 1.5,\n"
        + "    \"design\": { \"type\": \"grid\", \"factors\": [ { \"field\": \"population.memberPerCircle\","
        + " \"values\": [8, 12] } ] },\n"
        + "    \"compare\": { \"field\": \"policy.fairness.strategy\", \"values\": [\"least-loaded\", \"leximn\"] }\n"
        + "  }\n"
        + "}\n");
    assertEquals(4, at(errors, "population.circels").line());
    ScenarioError twelve = at(errors, "population.membersPerCircle");
    assertEquals(4, twelve.line());
    assertEquals("string found, integer or object expected", twelve.rule(), "one error for the two forms");
    assertEquals("tekst gevonden, geheel getal of object verwacht", twelve.ruleDutch());
    assertEquals(6, errors.size(), errors.toString());
    assertEquals(5, at(errors, "behaviour.acceptance.probabilty").line());
    assertEquals(9, at(errors, "experiment.seed").line());
    ScenarioError factor = at(errors, "experiment.design.factors[0].field");
    assertEquals(10, factor.line());
    assertTrue(factor.rule().contains("did you mean 'population.membersPerCircle'?"), factor.rule());
    ScenarioError value = at(errors, "experiment.compare.values[1]");
    assertEquals(11, value.line());
    assertTrue(value.column() > 0);
    List<Integer> lines = errors.stream().map(ScenarioError::line).collect(Collectors.toList());
    assertEquals(lines.stream().sorted().collect(Collectors.toList()), lines, errors.toString());
  }

  @Test
  void aBadComparedValueIsToldOnceWithWhatIsAllowedAndWhere() {
    // before: "has the wrong type for this field", once per design point (9 times), without a line
    String grid = ScenarioFiles.builtInText("fairness-grid").replace("\"leximin\"", "\"leximn\"");
    List<ScenarioError> errors = errors(grid);
    assertEquals(1, errors.size(), errors.toString());
    ScenarioError e = errors.get(0);
    assertEquals("experiment.compare.values[1]", e.path());
    assertTrue(e.line() > 0, e.toString());
    assertTrue(e.rule().contains("policy.fairness.strategy") && e.rule().contains("\"leximin\"")
        && e.rule().contains("\"least-loaded\""), e.rule());
    assertTrue(e.ruleDutch().startsWith("geen waarde van policy.fairness.strategy"), e.ruleDutch());
    // a scenario made in code: once too, before anything runs
    Scenario s = ScenarioFiles.builtIn("fairness-grid");
    Experiment x = s.experiment();
    Scenario code = new Scenario(s.formatVersion(), s.name(), s.description(), s.population(), s.behaviour(),
        s.policy(), new Experiment(x.start(), x.warmupDays(), x.days(), x.replications(), x.seed(), x.design(),
            java.util.Optional.of(new Experiment.Comparison("policy.fairness.strategy", List.of("least-loaded", "leximn")))),
        s.queueing(), s.contact());
    ScenarioException refused = assertThrows(ScenarioException.class, () -> Simulation.points(code));
    assertEquals(1, refused.errors().size(), refused.getMessage());
    assertEquals("experiment.compare.values[1]", refused.errors().get(0).path());
  }

  @Test
  void aBadFactorValueIsToldOnceOnTheValue() {
    List<ScenarioError> errors = errors("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\": \"grid\","
        + " \"factors\": [{\"field\": \"behaviour.acceptance.probability\", \"values\": [0.5, 1.5]},\n"
        + " {\"field\": \"population.membersPerCircle\", \"values\": [8, 12, 16]}]}}}");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("experiment.design.factors[0].values[1]", errors.get(0).path());
    assertEquals(1, errors.get(0).line());
  }

  @Test
  void aLatinHypercubeOverAWholeNumberFieldSamplesWholeNumbersAndRunsWithTheValueItShows() {
    // before: labelled policy.notificationBudget=1.6274825137518638, run with 2 (cut by the binding)
    for (String field : List.of("policy.notificationBudget", "population.membersPerCircle")) {
      Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\":"
          + " \"latin-hypercube\", \"samples\": 6, \"factors\": [{\"field\": \"" + field + "\", \"min\": 2,"
          + " \"max\": 7}]}}}", "lhs.json");
      for (DesignPoint p : Designs.points(s)) {
        Object value = p.settings().get(0).value();
        assertTrue(value instanceof Long, p.label());
        long v = (Long) value;
        assertTrue(v >= 2 && v <= 7, p.label());
        long used = field.startsWith("policy") ? p.scenario().policy().notificationBudget()
            : p.scenario().population().membersPerCircle().min();
        assertEquals(v, used, p.label());
        assertEquals(field + "=" + v, p.label());
      }
    }
    ScenarioError fractional = errors("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\":"
        + " \"latin-hypercube\", \"samples\": 3, \"factors\": [{\"field\": \"population.membersPerCircle\","
        + " \"min\": 8.5, \"max\": 16}]}}}").get(0);
    assertEquals("experiment.design.factors[0]", fractional.path());
    assertTrue(fractional.rule().startsWith("population.membersPerCircle takes whole numbers"), fractional.rule());
    ScenarioError outside = errors("{\"formatVersion\": 2, \"experiment\": {\"design\": {\"type\":"
        + " \"latin-hypercube\", \"samples\": 3, \"factors\": [{\"field\": \"population.membersPerCircle\","
        + " \"min\": 8, \"max\": 160}]}}}").get(0);
    assertEquals("experiment.design.factors[0].max", outside.path());
  }

  @Test
  void aLatinHypercubeOverWholeNumbersGivesEachOneEquallyOften() {
    // with k samples per whole number in [min, max], every stratum lies within one whole number
    Props.property("latin hypercube over whole numbers", 200).forAll(
        integers().between(-50, 50), integers().between(0, 12), integers().between(1, 6), longs().all())
        .checkAssert((min, width, perValue, seed) -> {
          int samples = (width + 1) * perValue;
          Factor f = new Factor("policy.notificationBudget", List.of(), java.util.Optional.of((double) min),
              java.util.Optional.of((double) (min + width)), false);
          Map<Long, Integer> counts = new TreeMap<>();
          for (List<Setting> point : Designs.hypercube(List.of(f), samples, seed)) {
            counts.merge((Long) point.get(0).value(), 1, Integer::sum);
          }
          assertEquals(width + 1, counts.size(), counts.toString());
          counts.forEach((value, n) -> {
            assertTrue(value >= min && value <= min + width, counts.toString());
            assertEquals(perValue, n, counts.toString());
          });
        });
  }

  @Test
  void aBadDateSaysWhatADateLooksLike() {
    ScenarioError e = errors("{\"formatVersion\": 2, \"experiment\": {\"start\": \"2026-13-01\"}}").get(0);
    assertEquals("experiment.start", e.path());
    assertEquals("must be a date written as YYYY-MM-DD, such as 2026-01-05", e.rule());
    assertEquals("moet een datum zijn geschreven als JJJJ-MM-DD, zoals 2026-01-05", e.ruleDutch());
  }

  @Test
  void theReadmesLatinHypercubeOverCircleSizeRunsWithWholeSizes() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    String design = readme.lines().filter(l -> l.startsWith("`\"design\": { \"type\": \"latin-hypercube\""))
        .findFirst().orElseThrow(() -> new AssertionError("the README lost its Latin hypercube example"));
    Scenario s = ScenarioFiles.parse("{\"formatVersion\": 2, \"experiment\": {"
        + design.substring(1, design.lastIndexOf('`')) + "}}", "README.md");
    List<DesignPoint> points = Designs.points(s);
    assertEquals(9, points.size());
    java.util.Set<Integer> sizes = new java.util.TreeSet<>();
    for (DesignPoint p : points) {
      IntRange size = p.scenario().population().membersPerCircle();
      assertEquals(size.min(), size.max());
      assertEquals("population.membersPerCircle=" + size.min(), p.label());
      sizes.add(size.min());
    }
    assertEquals(java.util.Set.of(8, 9, 10, 11, 12, 13, 14, 15, 16), sizes, "9 samples over 9 sizes: each once");
  }

  @Test
  void withAcceptsExactlyWhatAFileAcceptsAndHoldsTheSameValue() {
    // the quick path (with) must never accept what the checked path (a file) refuses
    List<String> fields = List.of("experiment.seed", "policy.notificationBudget", "population.membersPerCircle",
        "behaviour.acceptance.probability", "population.circles");
    Props.property("with agrees with a file", 300).forAll(
        integers().between(0, fields.size() - 1), integers().between(-4, 120), integers().between(0, 3))
        .checkAssert((f, whole, fraction) -> {
          String field = fields.get(f);
          double value = whole + fraction / 4.0;
          List<String> parts = List.of(field.split("\\."));
          String nested = String.valueOf(value);
          for (int i = parts.size() - 1; i >= 0; i--) {
            nested = "{\"" + parts.get(i) + "\": " + nested + "}";
          }
          String json = "{\"formatVersion\": 2, " + nested.substring(1);
          Scenario file;
          try {
            file = ScenarioFiles.parse(json, "p.json");
          } catch (ScenarioException refused) {
            file = null;
          }
          Scenario quick;
          try {
            quick = Scenario.defaults().with(field, value);
            if (!ScenarioFiles.validate(quick).isEmpty()) {
              quick = null;
            }
          } catch (ScenarioException refused) {
            quick = null;
          }
          assertEquals(file == null, quick == null, field + "=" + value);
          if (file != null) {
            assertEquals(ScenarioFiles.toJson(file), ScenarioFiles.toJson(quick), field + "=" + value);
          }
        });
  }
}
