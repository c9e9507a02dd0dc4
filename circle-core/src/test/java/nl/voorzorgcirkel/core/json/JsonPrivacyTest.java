package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** JSON read errors never echo the rejected value (issue 16). */
class JsonPrivacyTest {

  private static final ObjectMapper MAPPER = CircleJson.newMapper();
  private static final String SECRET = "geb. 12-03-1937 Zwaantje";

  private static String failureOf(ObjectNode tree, Class<?> type) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(tree), type));
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  @Test
  void aRejectedValueNeverAppearsInTheError() throws Exception {
    ObjectNode member = MAPPER.valueToTree(Fixtures.member("m-1").build());
    for (String field : List.of("joined", "birthYear", "vitality", "capacityPerWeek", "home", "status",
        "id", "pausedUntil", "capabilities", "avoids", "availability")) {
      ObjectNode broken = member.deepCopy();
      broken.put(field, SECRET);
      String message = failureOf(broken, Member.class);
      assertFalse(message.contains("Zwaantje") || message.contains("1937"), field + ": " + message);
      assertTrue(message.contains(field) || message.contains("Member"), field + ": " + message);
    }
  }

  @Test
  void aMissingMandatoryNumberIsReportedNotReadAsZero() throws Exception {
    ObjectNode point = MAPPER.valueToTree(GeoPoint.of(52.3, 5.2));
    point.remove("latitude");
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(point), GeoPoint.class));
    InvalidValueException cause = (InvalidValueException) e.getCause();
    assertEquals("latitude", cause.violations().get(0).path());
    assertEquals("NotNull", cause.violations().get(0).rule());
  }
}
