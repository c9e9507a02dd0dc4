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
   *
   * <p>One edit of version 1 was made before the first release (user test 14): the scope's {@code
   * reasonCode} in the ranking and assignment plan schemas took any non-blank text, and now takes
   * only the code shape {@code ScopeDecision.refer} has required since (at most 60 characters). No
   * document this library wrote since then is refused by it, and none was released before.
   */
  private static final Map<String, String> PUBLISHED = Map.of(
      "ranking-v1.schema.json", "590f36382682426618325442990c00044a2ae1c6c2d2507187d737fb30895700",
      "assignment-plan-v1.schema.json", "28efed1c6f839fec51ffbc9f0b738e9f536ef5e7c5af9ba5ecfcc8fb0a64f000",
      "health-report-v1.schema.json", "3b0d53a384de2636734229677815dd3b17fc5e316ba0188a8780a48507bc85be",
      "formation-result-v1.schema.json", "855613344dbca60feefde62f68a9713b598c4bc0cb346899c0512e85a24c6066",
      "impact-report-v1.schema.json", "53fc95fef61cc7f2ab2ab90b74e8b3d12c8e7eb15154787f2825c9e6824e6e5f");

  private static final List<Class<? extends ResultDocument>> TYPES = List.of(RankingDocument.class,
      AssignmentPlanDocument.class, HealthReportDocument.class, FormationDocument.class,
      ImpactReportDocument.class);

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
