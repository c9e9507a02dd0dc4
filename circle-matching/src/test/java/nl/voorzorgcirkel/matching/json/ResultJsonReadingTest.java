package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.matching.ranking.Audience;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: bad result JSON gets an error that names the field and the rule, in English and
 * Dutch, and never quotes the value; the schema refuses what the reader refuses; a version newer
 * than the library is refused, not guessed at.
 */
class ResultJsonReadingTest {

  private static final ResultJson JSON = ResultJson.create();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** A value that must never appear in an error: it could be anyone's name. */
  private static final String PLANTED = "Zoe Plantinga";

  /** A ranking with candidates, exclusions and score parts, as a connector reads it. */
  private static ObjectNode ranking() throws Exception {
    for (long seed = 1; ; seed++) {
      RankingDocument document = RankingDocument.of(Samples.ranking(seed), Audience.CONNECTOR);
      if (!document.candidates().isEmpty() && !document.exclusions().isEmpty()) {
        return (ObjectNode) TREES.readTree(JSON.write(document));
      }
    }
  }

  /**
   * The reader refuses the changed document with one violation on the path and rule, in both
   * languages, without the planted value; and the published schema refuses it too.
   */
  private static Violation refused(Consumer<ObjectNode> change, String path, String rule) throws Exception {
    ObjectNode tree = ranking();
    change.accept(tree);
    String json = TREES.writeValueAsString(tree);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> JSON.read(json, RankingDocument.class));
    assertEquals(1, e.violations().size(), e.getMessage());
    Violation v = e.violations().get(0);
    assertEquals("Ranking", v.type(), e.getMessage());
    assertEquals(path, v.path(), e.getMessage());
    assertEquals(rule, v.rule(), e.getMessage());
    for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
      String message = e.message(locale);
      assertTrue(message.contains("Ranking." + path + ": ") || path.isEmpty(), message);
      assertFalse(message.contains(PLANTED) || message.contains("Zoe"), message);
    }
    assertFalse(e.message(Locale.ENGLISH).equals(e.message(DUTCH)), "Dutch differs from English");
    assertFalse(Schemas.errors(RankingDocument.class, json).isEmpty(), "the schema accepts what the reader refuses");
    return v;
  }

  private static ObjectNode candidate(ObjectNode tree) {
    return (ObjectNode) tree.withArray("candidates").get(0);
  }

  @Test
  void aVersionNewerThanTheLibraryIsRefusedNamingTheField() throws Exception {
    Violation v = refused(t -> t.put("schemaVersion", 2), "schemaVersion", "knownSchemaVersion");
    assertEquals("Ranking.schemaVersion: is newer than this library reads (versions 1 to 1): read it with a newer"
        + " version of the library", v.message(Locale.ENGLISH));
    assertEquals("Ranking.schemaVersion: is nieuwer dan deze bibliotheek leest (versies 1 tot en met 1): lees het"
        + " met een nieuwere versie van de bibliotheek", v.message(DUTCH));
    refused(t -> t.remove("schemaVersion"), "schemaVersion", "NotNull");
    refused(t -> t.put("schemaVersion", "1"), "schemaVersion", "jsonType");
    refused(t -> t.put("schemaVersion", 0), "schemaVersion", "atLeast");
    refused(t -> t.put("schemaVersion", 1.5), "schemaVersion", "jsonType");
  }

  /**
   * User test 7, K9 (what the README says): the version is checked first, before any other field,
   * so a document of a newer version gets the one error that says so, whatever else it holds.
   */
  @Test
  void theVersionIsCheckedBeforeAnyOtherField() throws Exception {
    refused(t -> {
      t.put("schemaVersion", 2);
      t.put("request", PLANTED);
      t.put("somethingNew", true);
      candidate(t).put("score", "high");
    }, "schemaVersion", "knownSchemaVersion");
  }

  @Test
  void wrongValuesAreRefusedWithTheirPathAndRuleWithoutQuotingThem() throws Exception {
    refused(t -> t.put("request", PLANTED), "request", "Pattern");
    refused(t -> candidate(t).put("member", PLANTED), "candidates[0].member", "Pattern");
    refused(t -> candidate(t).put("score", PLANTED), "candidates[0].score", "jsonType");
    refused(t -> candidate(t).put("score", "0.5"), "candidates[0].score", "jsonType");
    refused(t -> candidate(t).put("score", 1.5), "candidates[0].score", "between");
    refused(t -> candidate(t).put("rank", 1.5), "candidates[0].rank", "jsonType");
    refused(t -> candidate(t).put("askStatus", PLANTED), "candidates[0].askStatus", "jsonType");
    refused(t -> candidate(t).put("earliestStart", PLANTED), "candidates[0].earliestStart", "jsonType");
    refused(t -> ((ObjectNode) candidate(t).withArray("parts").get(0)).put("weight", -1),
        "candidates[0].parts[0].weight", "finiteNotNegative");
    refused(t -> ((ObjectNode) candidate(t).withArray("parts").get(0)).putObject("figures").putObject("x"),
        "candidates[0].parts[0].figures.x", "figure");
    refused(t -> t.put("audience", "EVERYONE"), "audience", "jsonType");
    refused(t -> t.put("notificationBudget", 0), "notificationBudget", "atLeast");
  }

  /**
   * User test 14: the published schema took any non-blank text as the scope's reason code, so a
   * client could pass free text from the request (personal data) through it. A reason code is
   * code-shaped, at most 60 characters, as ScopeDecision.refer requires: the schema and the reader
   * both refuse anything else, naming the field, never the text.
   */
  @Test
  void aScopeReasonCodeOfFreeTextIsRefusedByTheSchemaAndTheReader() throws Exception {
    for (String text : List.of(PLANTED + " needs a shower", "Personal-care", "personal care", "personal--care",
        "-personal-care", "a".repeat(61))) {
      Violation v = refused(t -> ((ObjectNode) t.get("scope")).put("reasonCode", text), "scope.reasonCode", "reasonCode");
      assertTrue(v.message(Locale.ENGLISH).startsWith("Ranking.scope.reasonCode: must be a code of lower-case"
          + " letters and digits"), v.message(Locale.ENGLISH));
    }
    for (String code : List.of("in-scope", "personal-care", "garden.service-2", "a".repeat(60))) {
      ObjectNode tree = ranking();
      ((ObjectNode) tree.get("scope")).put("reasonCode", code);
      String json = TREES.writeValueAsString(tree);
      assertEquals(List.of(), Schemas.errors(RankingDocument.class, json), code);
      assertEquals(code, JSON.read(json, RankingDocument.class).scope().reasonCode());
    }
  }

  @Test
  void missingAndUnknownFieldsAreNamed() throws Exception {
    refused(t -> candidate(t).remove("rank"), "candidates[0].rank", "NotNull");
    refused(t -> candidate(t).remove("score"), "candidates[0].score", "NotNull");
    refused(t -> candidate(t).remove("member"), "candidates[0].member", "NotNull");
    refused(t -> candidate(t).putNull("member"), "candidates[0].member", "NotNull");
    refused(t -> t.remove("scope"), "scope", "NotNull");
    refused(t -> t.remove("exclusions"), "exclusions", "NotNull");
    refused(t -> t.remove("notificationBudget"), "notificationBudget", "NotNull");
    refused(t -> candidate(t).put("displayName", PLANTED), "candidates[0].displayName", "knownField");
  }

  @Test
  void aDocumentForMembersMayHoldNoPrivateReasonOrAnswer() throws Exception {
    refused(t -> {
      t.put("audience", "MEMBER");
      ArrayNode candidates = t.withArray("candidates");
      candidates.forEach(c -> ((ObjectNode) c).remove("earliestStart"));
      ((ObjectNode) candidates.get(0)).put("askStatus", "DECLINED");
      t.withArray("exclusions").removeAll();
    }, "candidates[0].askStatus", "notForMembers");
    refused(t -> {
      t.put("audience", "MEMBER");
      t.withArray("candidates").removeAll();
      ArrayNode exclusions = t.withArray("exclusions");
      exclusions.removeAll();
      exclusions.addObject().put("member", "m-2").put("code", "requester-preference").putObject("figures");
    }, "exclusions[0].code", "notForMembers");
    refused(t -> {
      t.withArray("exclusions").removeAll();
      t.withArray("exclusions").addObject().put("member", "m-2").put("code", "private").putObject("figures").put("n", 1);
    }, "exclusions[0].figures", "emptyWhenPrivate");
  }

  @Test
  void whatIsNotAJsonObjectIsRefused() {
    InvalidValueException broken = assertThrows(InvalidValueException.class,
        () -> JSON.read("{\"schemaVersion\": 1, \"request\": \"" + PLANTED, RankingDocument.class));
    assertEquals("json", broken.violations().get(0).rule());
    assertFalse(broken.getMessage().contains("Zoe"), broken.getMessage());
    assertTrue(broken.message(DUTCH).startsWith("ongeldige waarde (1): Ranking: is geen geldige JSON (regel 1"),
        broken.message(DUTCH));
    InvalidValueException array = assertThrows(InvalidValueException.class,
        () -> JSON.read("[1]", RankingDocument.class));
    assertEquals("jsonObject", array.violations().get(0).rule());
    InvalidValueException trailing = assertThrows(InvalidValueException.class,
        () -> JSON.read("{} {}", RankingDocument.class));
    assertEquals("json", trailing.violations().get(0).rule());
  }

  @Test
  void everyDocumentTypeRefusesAnotherTypesDocument() throws Exception {
    String health = JSON.write(Samples.health(1));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> JSON.read(health, RankingDocument.class));
    assertEquals("Ranking", e.violations().get(0).type());
    JsonNode tree = TREES.readTree(health);
    assertEquals(1, tree.get("schemaVersion").intValue());
  }

  /**
   * User test 3, finding 17: 100,000 nested brackets and a 30 MB text were both refused as "not
   * valid JSON (line 0, column 0)", a place that does not exist. The error says which limit was
   * hit, in English and Dutch, without a position.
   */
  @Test
  void inputOverAReadersLimitSaysWhichLimitWithoutAPlace() {
    InvalidValueException deep = assertThrows(InvalidValueException.class,
        () -> JSON.read("[".repeat(100_000), RankingDocument.class));
    assertEquals("jsonLimit", deep.violations().get(0).rule());
    String english = deep.violations().get(0).message(Locale.ENGLISH);
    assertTrue(english.startsWith("Ranking: cannot be read: nested too deep: more than "), english);
    assertFalse(english.contains("line"), english);
    assertTrue(deep.violations().get(0).message(DUTCH).startsWith("Ranking: kan niet gelezen worden: te diep genest"),
        deep.violations().get(0).message(DUTCH));

    String huge = "{\"schemaVersion\": 1, \"request\": \"" + "x".repeat(30_000_000) + "\"}";
    InvalidValueException longText = assertThrows(InvalidValueException.class,
        () -> JSON.read(huge, RankingDocument.class));
    assertEquals("jsonLimit", longText.violations().get(0).rule());
    String message = longText.violations().get(0).message(Locale.ENGLISH);
    assertTrue(message.startsWith("Ranking: cannot be read: a text is too long: more than "), message);
    assertFalse(message.contains("line 0") || message.contains("xxxx"), message);
    assertTrue(longText.violations().get(0).message(DUTCH).contains("een tekst is te lang"));
  }

  /** A syntax error is told in the library's words with its place, never in Jackson's English. */
  @Test
  void aSyntaxErrorIsToldInTheReadersLanguageWithItsPlace() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JSON.read("{\"schemaVersion\": 1,,}", RankingDocument.class));
    String dutch = e.violations().get(0).message(DUTCH);
    assertTrue(dutch.matches("Ranking: is geen geldige JSON \\(regel 1, kolom 2[0-2]\\): hier hoort een veldnaam"
        + " tussen dubbele aanhalingstekens \\(staat er een komma te veel\\?\\)"), dutch);
    assertFalse(e.message(DUTCH).contains("Unexpected"), e.message(DUTCH));
  }

  /**
   * User test 3, finding 17: with a key given twice the last one won silently; another JSON reader
   * takes the first. It is refused, naming the key's path, as every reader of the library does.
   */
  @Test
  void aKeyGivenTwiceIsRefusedNamingItsPath() throws Exception {
    String json = JSON.write(Samples.ranking(1), Audience.CONNECTOR);
    String twice = json.replaceFirst("\"request\":", "\"request\":\"r-9\",\"request\":");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> JSON.read(twice, RankingDocument.class));
    Violation v = e.violations().get(0);
    assertEquals("jsonDuplicate", v.rule());
    assertEquals("request", v.path());
    assertTrue(v.message(Locale.ENGLISH).startsWith("Ranking.request: is given twice in the same JSON object (line 1"),
        v.message(Locale.ENGLISH));
    assertTrue(v.message(DUTCH).startsWith("Ranking.request: staat twee keer in hetzelfde JSON-object (regel 1"),
        v.message(DUTCH));
  }
}
