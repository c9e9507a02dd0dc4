package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.LongFunction;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.matching.ranking.Audience;
import org.junit.jupiter.api.Test;

/**
 * Ids, codes, times, dates and durations are read only from text in the schema's form: a number
 * or an array where the schema wants text is refused with the field's path, as the schema
 * refuses it, never read as epoch seconds, a date's parts or an id.
 */
class ResultJsonTextFieldsTest {

  /**
   * A reader made for each test, not one per class: a mutation tester changes the configuration
   * in a running JVM, and only a reader configured after the change shows it.
   */
  private final ResultJson json = ResultJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The first sample document, as a tree, that the predicate accepts. */
  private ObjectNode sample(LongFunction<String> written, Predicate<JsonNode> wanted) throws Exception {
    for (long seed = 1; seed < 500; seed++) {
      ObjectNode tree = (ObjectNode) TREES.readTree(written.apply(seed));
      if (wanted.test(tree)) {
        return tree;
      }
    }
    throw new AssertionError("no sample has the field");
  }

  private <D extends ResultDocument> void refused(ObjectNode sample, Class<D> type,
      Consumer<ObjectNode> change, String path) throws Exception {
    ObjectNode tree = sample.deepCopy();
    json.read(TREES.writeValueAsString(tree), type); // the sample itself is read
    change.accept(tree);
    String text = TREES.writeValueAsString(tree);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> json.read(text, type), text);
    Violation v = e.violations().get(0);
    assertEquals(path, v.path(), e.getMessage());
    assertEquals("jsonType", v.rule(), e.getMessage());
    assertTrue(!Schemas.errors(type, text).isEmpty(), "the schema refuses it too");
  }

  private static ObjectNode first(JsonNode tree, String array) {
    return (ObjectNode) tree.get(array).get(0);
  }

  @Test
  void aRankingsIdsAndTimesAreText() throws Exception {
    ObjectNode ranking = sample(seed -> json.write(Samples.ranking(seed), Audience.CONNECTOR),
        t -> t.get("candidates").size() > 0 && t.get("candidates").get(0).has("earliestStart"));
    refused(ranking, RankingDocument.class, t -> t.put("request", 12), "request");
    refused(ranking, RankingDocument.class, t -> first(t, "candidates").put("member", 12), "candidates[0].member");
    refused(ranking, RankingDocument.class, t -> first(t, "candidates").put("earliestStart", 1_764_000_000L),
        "candidates[0].earliestStart");
  }

  @Test
  void aPlansLoadsAndTripsAreText() throws Exception {
    ObjectNode plan = sample(seed -> json.write(Samples.plan(seed), Audience.CONNECTOR),
        t -> t.get("plannedLoads").size() > 0);
    String member = plan.get("plannedLoads").fieldNames().next();
    refused(plan, AssignmentPlanDocument.class, t -> ((ObjectNode) t.get("plannedLoads")).put(member, 3_600),
        "plannedLoads." + member);
  }

  @Test
  void aHealthReportsCircleDateAndCapabilityAreText() throws Exception {
    ObjectNode report = sample(seed -> json.write(Samples.health(seed)),
        t -> t.get("findings").size() > 0 && t.get("findings").get(0).has("capability"));
    refused(report, HealthReportDocument.class, t -> t.put("circle", 7), "circle");
    refused(report, HealthReportDocument.class, t -> t.putArray("date").add(2026).add(11).add(26), "date");
    refused(report, HealthReportDocument.class, t -> first(t, "findings").put("capability", 5),
        "findings[0].capability");
  }

  @Test
  void brokenJsonIsPlacedByLineAndColumn() {
    String third = "  \"request\": ]";
    String broken = "{\n  \"schemaVersion\": 1,\n" + third + "\n}";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> json.read(broken, RankingDocument.class));
    Violation v = e.violations().get(0);
    assertEquals("json", v.rule());
    assertEquals(3, ((Number) v.arguments().get("line")).intValue());
    int column = ((Number) v.arguments().get("column")).intValue();
    assertTrue(column >= third.indexOf(']') + 1 && column <= third.length() + 1, "column " + column);
  }
}
