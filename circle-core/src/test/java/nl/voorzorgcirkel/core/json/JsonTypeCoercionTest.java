package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 6, J3: {@code CircleJson.read} took {@code "displayName": 12345} and {@code true} as
 * text, {@code "livesAlone": 1} as true, {@code "capacityPerWeek": 7200} as 7200 seconds and a
 * latitude given as text as a number, while it refused {@code "birthYear": "1948"}. A value of the
 * wrong JSON type is now refused, at its path from the top, in English and Dutch, without the
 * value; what {@code CircleJson} writes still reads back.
 */
class JsonTypeCoercionTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private final ObjectMapper mapper = CircleJson.newMapper();

  private Circle circle() {
    return Fixtures.circle(0).addMembers(Fixtures.member("m-0").role(Role.CONNECTOR)
        .home(GeoPoint.of(52.379, 4.9)).capacityPerWeek(Duration.ofMinutes(90)).build(),
        Fixtures.member("m-1").build()).build();
  }

  /** The one violation of reading the circle with its first member edited. */
  private Violation refused(Consumer<ObjectNode> edit) throws JsonProcessingException {
    ObjectNode json = mapper.valueToTree(circle());
    edit.accept((ObjectNode) json.get("members").get(0));
    String text = mapper.writeValueAsString(json);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CircleJson.read(text, Circle.class));
    assertEquals(1, e.violations().size(), e.getMessage());
    assertFalse(e.getMessage().contains("Geheim") || e.message(DUTCH).contains("Geheim"), e.getMessage());
    // nor Jackson's words for an empty or blank text, which quote it
    assertFalse(e.getMessage().contains("\"\"") || e.getMessage().contains("String"), e.getMessage());
    return e.violations().get(0);
  }

  private static String where(Violation v) {
    return v.type() + "." + v.path() + ":" + v.rule();
  }

  @Test
  void aNumberOrTrueWhereTextBelongsIsRefused() throws JsonProcessingException {
    for (Consumer<ObjectNode> edit : java.util.List.<Consumer<ObjectNode>>of(
        m -> m.put("displayName", 12345), m -> m.put("displayName", true), m -> m.put("displayName", 1.5))) {
      Violation v = refused(edit);
      assertEquals("Circle.members[0].displayName:type", where(v));
      assertEquals("Circle.members[0].displayName: cannot be read as text (in double quotes)",
          v.message(Locale.ENGLISH));
      assertEquals("Circle.members[0].displayName: is niet te lezen als tekst (tussen dubbele aanhalingstekens)",
          v.message(DUTCH));
    }
    // an identifier is text too
    assertEquals("Circle.members[0].id:type", where(refused(m -> m.put("id", 12))));
  }

  @Test
  void aNumberOrTextWhereTrueOrFalseBelongsIsRefused() throws JsonProcessingException {
    for (Consumer<ObjectNode> edit : java.util.List.<Consumer<ObjectNode>>of(
        m -> m.put("livesAlone", 1), m -> m.put("livesAlone", 0), m -> m.put("livesAlone", "true"),
        m -> m.put("livesAlone", "Geheim"))) {
      Violation v = refused(edit);
      assertEquals("Circle.members[0].livesAlone:type", where(v));
      assertEquals("Circle.members[0].livesAlone: is niet te lezen als true of false", v.message(DUTCH));
    }
  }

  @Test
  void aBareNumberIsNoDuration() throws JsonProcessingException {
    for (Consumer<ObjectNode> edit : java.util.List.<Consumer<ObjectNode>>of(
        m -> m.put("capacityPerWeek", 7200), m -> m.put("capacityPerWeek", 7200.5),
        m -> m.put("capacityPerWeek", "7200"))) {
      Violation v = refused(edit);
      assertEquals("Circle.members[0].capacityPerWeek:type", where(v));
      assertEquals("Circle.members[0].capacityPerWeek: cannot be read as an ISO-8601 duration in text,"
          + " such as \"PT1H30M\"", v.message(Locale.ENGLISH));
      assertTrue(v.message(DUTCH).contains("een duur in tekstvorm, zoals \"PT1H30M\""), v.message(DUTCH));
    }
    // dates and instants are not read from numbers either
    assertEquals("Circle.members[0].joined:type", where(refused(m -> m.put("joined", 20000))));
    ObjectNode record = mapper.valueToTree(HelpRecord.builder().helper(MemberId.of("m-1"))
        .recipient(MemberId.of("m-2")).capability(Capability.MEALS).start(Fixtures.NOW)
        .effort(Duration.ofHours(1)).build());
    record.put("start", 1_764_147_600L);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(mapper.writeValueAsString(record), HelpRecord.class));
    assertEquals("HelpRecord.start:type", where(e.violations().get(0)));
  }

  @Test
  void textWhereANumberBelongsIsRefusedEverywhereAlike() throws JsonProcessingException {
    Violation latitude = refused(m -> ((ObjectNode) m.get("home")).put("latitude", "52.379"));
    assertEquals("Circle.members[0].home.latitude:type", where(latitude));
    assertEquals("Circle.members[0].home.latitude: cannot be read as a number (not in quotes)",
        latitude.message(Locale.ENGLISH));
    assertEquals("Circle.members[0].birthYear:wholeNumber", where(refused(m -> m.put("birthYear", "1948"))));
  }

  @Test
  void aNumberIsNoNameOfAFixedSet() throws JsonProcessingException {
    Violation role = refused(m -> m.put("role", 0));
    assertEquals("Circle.members[0].role:type", where(role));
    assertTrue(role.message(Locale.ENGLISH).contains("cannot be read as one of MEMBER, "), role.message(Locale.ENGLISH));
  }

  /**
   * Empty or blank text is no number, no true or false and no name of a fixed set: Jackson would
   * read it as 0, false or the default (null), and the member would quietly lose a value.
   */
  @Test
  void emptyOrBlankTextIsNoNumber() throws JsonProcessingException {
    for (String blank : java.util.List.of("", "  ")) {
      Violation v = refused(m -> ((ObjectNode) m.get("home")).put("latitude", blank));
      assertEquals("Circle.members[0].home.latitude:type", where(v));
      assertEquals("Circle.members[0].home.latitude: cannot be read as a number (not in quotes)",
          v.message(Locale.ENGLISH));
      assertEquals("Circle.members[0].home.latitude: is niet te lezen als een getal (niet tussen aanhalingstekens)",
          v.message(DUTCH));
      assertEquals("Circle.members[0].birthYear:wholeNumber", where(refused(m -> m.put("birthYear", blank))));
    }
  }

  @Test
  void emptyOrBlankTextIsNeitherTrueNorFalse() throws JsonProcessingException {
    for (String blank : java.util.List.of("", "  ", "\t")) {
      Violation v = refused(m -> m.put("livesAlone", blank));
      assertEquals("Circle.members[0].livesAlone:type", where(v));
      assertEquals("Circle.members[0].livesAlone: cannot be read as true or false", v.message(Locale.ENGLISH));
      assertEquals("Circle.members[0].livesAlone: is niet te lezen als true of false", v.message(DUTCH));
    }
  }

  @Test
  void emptyOrBlankTextIsNoNameOfAFixedSet() throws JsonProcessingException {
    for (String blank : java.util.List.of("", "  ")) {
      Violation v = refused(m -> m.put("role", blank));
      assertEquals("Circle.members[0].role:type", where(v));
      assertTrue(v.message(Locale.ENGLISH).startsWith("Circle.members[0].role: cannot be read as one of MEMBER, "),
          v.message(Locale.ENGLISH));
      assertTrue(v.message(DUTCH).startsWith("Circle.members[0].role: is niet te lezen als een van MEMBER, "),
          v.message(DUTCH));
    }
  }

  @Test
  void emptyOrBlankTextIsNoDateOrDuration() throws JsonProcessingException {
    for (String blank : java.util.List.of("", "  ")) {
      assertEquals("Circle.members[0].joined:type", where(refused(m -> m.put("joined", blank))));
      Violation capacity = refused(m -> m.put("capacityPerWeek", blank));
      assertEquals("Circle.members[0].capacityPerWeek:type", where(capacity));
      assertTrue(capacity.message(DUTCH).endsWith("een duur in tekstvorm, zoals \"PT1H30M\""),
          capacity.message(DUTCH));
      // an optional date too, which Jackson would leave out (and the member then read as given)
      Violation paused = refused(m -> m.put("pausedUntil", blank));
      assertEquals("Circle.members[0].pausedUntil:type", where(paused));
    }
  }

  @Test
  void whatCircleJsonWritesReadsBackDurationsIncluded() throws JsonProcessingException {
    Circle circle = circle();
    String json = mapper.writeValueAsString(circle);
    assertTrue(json.contains("\"capacityPerWeek\":\"PT1H30M\""), json);
    assertEquals(circle, CircleJson.read(json, Circle.class));
    HelpRecord record = HelpRecord.builder().helper(MemberId.of("m-1")).recipient(MemberId.of("m-2"))
        .capability(Capability.MEALS).start(Fixtures.NOW).effort(Duration.ofMinutes(45)).build();
    assertEquals(record, CircleJson.read(mapper.writeValueAsString(record), HelpRecord.class));
    // the tester's edits that stay valid: the values as they are written
    Member member = CircleJson.read(mapper.writeValueAsString(mapper.valueToTree(circle.members().get(0)))
        , Member.class);
    assertEquals(Duration.ofMinutes(90), member.capacityPerWeek());
  }
}
