package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the reader accepts exactly what the published schema accepts. A client validating
 * with the schema in another language and this library reading the same text never disagree:
 * random documents of every type, changed at a random place in a random way, are either refused
 * by both (the reader naming the field, never the value) or read by both.
 */
class ResultJsonSchemaAgreementPropertyTest {

  private static final ResultJson JSON = ResultJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PLANTED = "Zoe Plantinga";

  /** A value put in place of another: every JSON type, in and out of the documents' ranges. */
  private static final List<JsonNode> VALUES = List.of(NODES.nullNode(), NODES.textNode(PLANTED),
      NODES.textNode(""), NODES.textNode("m-7"), NODES.textNode("1"), NODES.numberNode(-1), NODES.numberNode(0),
      NODES.numberNode(1), NODES.numberNode(1.5), NODES.numberNode(0.25), NODES.numberNode(3_000_000_000L),
      NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.textNode("2026-11-26"),
      NODES.textNode("2026-11-26T09:00:00Z"), NODES.textNode("PT1H"), NODES.textNode("P1D"),
      NODES.textNode("MEMBER"), NODES.textNode("DECLINED"), NODES.textNode("requester-preference"),
      NODES.textNode("private"), NODES.textNode("WARNING"));

  private record Sample(Class<? extends ResultDocument> type, String json) {}

  private static Sample sample(long seed) {
    return switch (Math.floorMod(seed, 6)) {
      case 0 -> new Sample(RankingDocument.class, JSON.write(Samples.ranking(seed), Audience.CONNECTOR));
      case 1 -> new Sample(RankingDocument.class, JSON.write(Samples.ranking(seed), Audience.MEMBER));
      case 2 -> new Sample(AssignmentPlanDocument.class, JSON.write(Samples.plan(seed), Audience.MEMBER));
      case 3 -> new Sample(AssignmentPlanDocument.class, JSON.write(Samples.plan(seed), Audience.CONNECTOR));
      case 4 -> new Sample(HealthReportDocument.class, JSON.write(Samples.health(seed)));
      default -> new Sample(FormationDocument.class, JSON.write(Samples.formation(seed)));
    };
  }

  /** Every container in the tree: objects and arrays, the root first. */
  private static void containers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> containers(child, out));
    }
  }

  /** One change at a random place: a value replaced, a field removed or added, an element added. */
  private static String change(JsonNode tree, SplittableRandom random) {
    List<JsonNode> all = new ArrayList<>();
    containers(tree, all);
    JsonNode target = all.get(random.nextInt(all.size()));
    JsonNode value = VALUES.get(random.nextInt(VALUES.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int what = random.nextInt(3);
      if (names.isEmpty() || what == 0) {
        object.set(random.nextBoolean() ? "unknownField" : "m-9", value);
        return "added a field with " + value;
      }
      String name = names.get(random.nextInt(names.size()));
      if (what == 1) {
        object.remove(name);
        return "removed " + name;
      }
      object.set(name, value);
      return "set " + name + " to " + value;
    }
    ArrayNode array = (ArrayNode) target;
    if (array.isEmpty() || random.nextBoolean()) {
      array.add(value);
      return "added " + value + " to an array";
    }
    array.set(random.nextInt(array.size()), value);
    return "set an element to " + value;
  }

  @Test
  void theReaderAcceptsExactlyWhatTheSchemaAccepts() {
    int[] refused = new int[2];
    Props.property("result-json-reader-agrees-with-schema", 1500)
        .forAll(longs().between(0, 199), longs().all())
        .checkAssert((documentSeed, changeSeed) -> {
          Sample sample = sample(documentSeed);
          JsonNode tree;
          try {
            tree = TREES.readTree(sample.json());
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          String what = change(tree, new SplittableRandom(changeSeed));
          String json = tree.toString();
          boolean schemaAccepts = Schemas.errors(sample.type(), json).isEmpty();
          boolean readerAccepts;
          try {
            JSON.read(json, sample.type());
            readerAccepts = true;
          } catch (InvalidValueException e) {
            readerAccepts = false;
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
              assertFalse(e.message(locale).contains("Zoe"), e.message(locale));
            }
            assertTrue(e.getCause() == null, "no cause that could quote the value");
          }
          assertEquals(schemaAccepts, readerAccepts, what + " in " + json);
          refused[schemaAccepts ? 0 : 1]++;
        });
    assertTrue(refused[0] > 100 && refused[1] > 500, "too few changes read or refused: " + refused[0] + ", " + refused[1]);
  }
}
