package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.json.internal.JsonReading;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * JSON that does not fit a model value is refused with every problem at once, each naming the
 * field and its rule in English and Dutch and none quoting the value (user test 3, findings 8 and
 * 9: a birth year of 1948.9 was read as 1948, "1948" as a number, and a wrong type or an unknown
 * field came as Jackson's English text only).
 */
class JsonStrictnessTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private final ObjectMapper mapper = CircleJson.newMapper();

  private ObjectNode member() {
    return mapper.valueToTree(Fixtures.member("m-1").build());
  }

  private InvalidValueException refused(ObjectNode json, Class<?> type) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> mapper.readValue(mapper.writeValueAsString(json), type));
    return (InvalidValueException) e.getCause();
  }

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.type() + "." + v.path() + ":" + v.rule()).sorted().toList();
  }

  @Test
  void aFractionOrATextWhereAWholeNumberBelongsIsRefused() {
    for (ObjectNode json : List.of(member().put("birthYear", 1948.9), member().put("birthYear", 1948.0),
        member().put("birthYear", "1948"), member().put("birthYear", "Anna Geheimnaam"))) {
      InvalidValueException e = refused(json, Member.class);
      assertEquals(List.of("Member.birthYear:wholeNumber"), rules(e));
      // user test 8, L6: "1948" in quotes was told "must be a whole number", which it is
      assertEquals("Member.birthYear: moet een geheel getal zijn, niet tussen aanhalingstekens",
          e.violations().get(0).message(DUTCH));
      assertEquals("Member.birthYear: must be a whole number, not in quotes",
          e.violations().get(0).message(java.util.Locale.ENGLISH));
      assertFalse(e.getMessage().contains("Geheimnaam"));
    }
    // whole numbers are read as before
    assertEquals(1948, assertDoesNotThrowRead(member().put("birthYear", 1948)).birthYear());
  }

  private Member assertDoesNotThrowRead(ObjectNode json) {
    try {
      return mapper.readValue(mapper.writeValueAsString(json), Member.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anUnknownFieldAndAWrongTypeComeTogetherInBothLanguages() {
    ObjectNode json = member().put("birthYear", 1948.5).put("geheimVeld", "Anna");
    InvalidValueException e = refused(json, Member.class);
    assertEquals(List.of("Member.birthYear:wholeNumber", "Member.geheimVeld:unknownProperty"), rules(e));
    String dutch = e.message(DUTCH);
    assertTrue(dutch.contains("is geen eigenschap van deze waarde; bekend: "), dutch);
    assertTrue(e.message(Locale.ENGLISH).contains("displayName"), "the known fields are listed");
    assertFalse(dutch.contains("Anna"));
  }

  @Test
  void aTextThatIsNoDateIsNamedWithoutQuotingIt() {
    ObjectNode record = mapper.valueToTree(HelpRecord.builder().helper(MemberId.of("m-1"))
        .recipient(MemberId.of("m-2")).capability(Capability.MEALS).start(Fixtures.NOW)
        .effort(Duration.ofHours(1)).build());
    record.put("start", "gisteren bij Anna");
    InvalidValueException e = refused(record, HelpRecord.class);
    assertEquals(List.of("HelpRecord.start:type"), rules(e));
    assertTrue(e.message(DUTCH).contains("is niet te lezen als een tijdstip in tekstvorm"), e.message(DUTCH));
    assertFalse(e.getMessage().contains("Anna"));
  }

  /**
   * User test 3, finding 17: a key given twice was read with the last value winning (Jackson's
   * default; other JSON readers keep the first). Every reader of the library refuses it, naming
   * the key's path and not quoting either value; a mapper the caller configures does too.
   */
  @Test
  void aKeyGivenTwiceIsRefusedWithItsPath() throws JsonProcessingException {
    String json = mapper.writeValueAsString(member());
    String twice = json.replaceFirst("\\{", "{\"displayName\":\"Anna Geheimnaam\",");
    assertTrue(twice.indexOf("\"displayName\"") != twice.lastIndexOf("\"displayName\""), twice);
    for (ObjectMapper reader : List.of(mapper, CircleJson.configure(new ObjectMapper()))) {
      JsonProcessingException e = assertThrows(JsonProcessingException.class,
          () -> reader.readValue(twice, Member.class));
      JsonReading.Problem problem = JsonReading.problem(e);
      assertEquals(JsonReading.Kind.DUPLICATE, problem.kind());
      assertEquals("displayName", problem.path());
      assertEquals(1, problem.line());
      assertEquals("staat twee keer in hetzelfde object", problem.description().dutch());
      assertFalse(e.getMessage().contains("Geheimnaam"), e.getMessage());
    }
    // nested: the path from the top, list indexes in brackets
    JsonProcessingException nested = assertThrows(JsonProcessingException.class,
        () -> mapper.readTree("{\"a\": [{\"b\": 1}, {\"c\": {\"d\": 1, \"d\": 2}}]}"));
    assertEquals("a[1].c.d", JsonReading.problem(nested).path());
  }
  /**
   * User test 5, H11: a circle read with {@code newMapper().readValue} came back in Jackson's
   * words, with no path and no Dutch. {@link CircleJson#read} reports in the library's words, as
   * ResultJson and scenario files do: the field from the top of the text, English and Dutch, never
   * the value.
   */
  @Test
  void aCircleReadThroughCircleJsonIsRefusedInTheLibrarysWordsWithThePathFromTheTop()
      throws JsonProcessingException {
    Circle circle = Fixtures.circle(3).build();
    String json = mapper.writeValueAsString(circle);
    assertEquals(circle, CircleJson.read(json, Circle.class));
    String birthYear = "\"birthYear\":1950";
    assertTrue(json.contains(birthYear), json);
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(json.replaceFirst(birthYear, birthYear + ",\"birthYear\":1931"), Circle.class));
    assertEquals(List.of("Circle.members[0].birthYear:jsonDuplicate"), rules(twice));
    assertTrue(twice.violations().get(0).message(DUTCH).contains("twee keer"), twice.violations().get(0).message(DUTCH));
    assertFalse(twice.getMessage().contains("1931") || twice.getMessage().contains("Jackson")
        || twice.getMessage().contains("Source"), twice.getMessage());
    InvalidValueException future = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(json.replaceFirst(birthYear, "\"birthYear\":2030"), Circle.class));
    assertTrue(rules(future).stream().allMatch(r -> r.startsWith("Circle.members[0]")), rules(future).toString());
    assertFalse(future.getMessage().contains("2030") || future.getMessage().contains("Source"), future.getMessage());
    assertFalse(future.violations().get(0).message(DUTCH).equals(future.violations().get(0).message(Locale.ENGLISH)));
    InvalidValueException broken = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(json.substring(0, json.length() - 2), Circle.class));
    assertEquals(List.of("Circle.:json"), rules(broken));
    InvalidValueException type = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(json.replaceFirst(birthYear, "\"birthYear\":\"Anna Geheimnaam\""), Circle.class));
    assertEquals(List.of("Circle.members[0].birthYear:wholeNumber"), rules(type));
    assertFalse(type.getMessage().contains("Geheimnaam"));
  }
}
