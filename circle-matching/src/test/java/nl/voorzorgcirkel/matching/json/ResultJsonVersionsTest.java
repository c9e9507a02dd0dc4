package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the published schemas never change once published, name their version in {@code
 * $id}, and every document ever written in a published version stays readable: the documents
 * under {@code v1/} were written by the first release of these schemas and are kept as they are.
 */
class ResultJsonVersionsTest {

  private static final ResultJson JSON = ResultJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();

  /**
   * SHA-256 of every published schema. A published schema is a contract with clients in other
   * languages: a change of shape is a new version with a new file, never an edit of this one.
   */
  private static final Map<String, String> PUBLISHED = Map.of(
      "ranking-v1.schema.json", "915b21f346aa5555f37116d6e16cafdd189424260bc42dfd38a3a525214f357a",
      "assignment-plan-v1.schema.json", "1a2fccffc98d8907e5da5d8f8a3d39b92323a3ff3a25011590e4b6b2490cdeea",
      "health-report-v1.schema.json", "bc97c3683e7d7deefb2ee380bcebda3e05028122aaf50cd98d8002b32011db1a",
      "formation-result-v1.schema.json", "f50978601a792e71744a8f0936538112eec8b0c9ee32c294fed01839839943e1");

  private static final List<Class<? extends ResultDocument>> TYPES = List.of(RankingDocument.class,
      AssignmentPlanDocument.class, HealthReportDocument.class, FormationDocument.class);

  @Test
  void publishedSchemasAreUnchangedAndNameTheirVersion() throws Exception {
    for (Class<? extends ResultDocument> type : TYPES) {
      String text = ResultJson.schema(type, 1);
      assertEquals(text, ResultJson.schema(type), "version 1 is the current one");
      JsonNode schema = TREES.readTree(text);
      String id = ResultJson.schemaId(type, 1).toString();
      assertEquals(id, schema.get("$id").asText());
      assertTrue(id.startsWith("https://voorzorgcirkel.nl/schemas/circle-matching/") && id.endsWith("-v1.schema.json"), id);
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
      assertEquals(1, schema.at("/properties/schemaVersion/const").intValue());
      String file = id.substring(id.lastIndexOf('/') + 1);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
          text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
      assertEquals(PUBLISHED.get(file), sha, file + " changed after it was published: add a new version instead");
      InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> ResultJson.schema(type, 2));
      assertEquals("schemaVersion", unknown.violations().get(0).path());
    }
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = ResultJsonVersionsTest.class.getResourceAsStream("v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A version 1 document conforms to the version 1 schema and reads without loss. */
  private static <D extends ResultDocument> D readsWithoutLoss(String file, Class<D> type) throws Exception {
    String json = resource(file);
    assertEquals(List.of(), Schemas.of(type).validate(json, InputFormat.JSON), file);
    D document = JSON.read(json, type);
    assertEquals(TREES.readTree(json), TREES.readTree(JSON.write(document)), file);
    return document;
  }

  @Test
  void documentsOfVersionOneStayReadable() throws Exception {
    RankingDocument connector = readsWithoutLoss("ranking-connector.json", RankingDocument.class);
    RankingDocument member = readsWithoutLoss("ranking-member.json", RankingDocument.class);
    assertEquals(connector.request(), member.request());
    assertEquals(connector.candidates().size() + connector.exclusions().size(),
        member.candidates().size() + member.exclusions().size());
    AssignmentPlanDocument plan = readsWithoutLoss("assignment-plan-member.json", AssignmentPlanDocument.class);
    assertTrue(!plan.assignments().isEmpty() && !plan.unplaced().isEmpty() && !plan.referrals().isEmpty());
    HealthReportDocument health = readsWithoutLoss("health-report.json", HealthReportDocument.class);
    assertTrue(health.findings().size() >= 3);
    FormationDocument formation = readsWithoutLoss("formation-result.json", FormationDocument.class);
    assertTrue(formation.circles().size() >= 2);
  }
}
