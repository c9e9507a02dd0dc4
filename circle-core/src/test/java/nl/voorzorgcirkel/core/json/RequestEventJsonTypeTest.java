package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 7: a request lifecycle's events (the lifecycles the simulation writes with {@code
 * --records}, read back with {@code CircleJson.read}) with a value of the wrong JSON type, such as
 * a number where a member's id belongs, were refused as "has the wrong JSON type or form for this
 * field (see the schema)": no word of what the field takes. Each is now refused at its path with
 * the type expected, in English and Dutch, never with the value.
 */
class RequestEventJsonTypeTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** A value no message may show. */
  private static final long PLANTED = 31_415_926L;
  private final ObjectMapper mapper = CircleJson.newMapper();

  private RequestLifecycle lifecycle() {
    HelpRequest request = Fixtures.request("r-1", "m-0").build();
    return RequestLifecycle.open(request)
        .ask(request.createdAt(), null, List.of(MemberId.of("m-1"), MemberId.of("m-2")))
        .accept(request.createdAt().plusSeconds(60), MemberId.of("m-1"));
  }

  /** The one violation of reading the lifecycle with its events edited. */
  private Violation refused(Consumer<ArrayNode> edit) throws JsonProcessingException {
    ObjectNode json = mapper.valueToTree(lifecycle());
    edit.accept((ArrayNode) json.get("events"));
    String text = mapper.writeValueAsString(json);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(text, RequestLifecycle.class));
    assertEquals(1, e.violations().size(), e.getMessage());
    assertFalse(e.getMessage().contains(String.valueOf(PLANTED)) || e.message(DUTCH).contains(String.valueOf(PLANTED)),
        e.getMessage());
    return e.violations().get(0);
  }

  private static ObjectNode event(ArrayNode events, int i) {
    return (ObjectNode) events.get(i);
  }

  @Test
  void aNumberWhereAMembersIdBelongsNamesThePathAndText() throws JsonProcessingException {
    Violation helper = refused(e -> event(e, 1).put("helper", PLANTED));
    assertEquals("RequestLifecycle.events[1].helper: cannot be read as text (in double quotes)",
        helper.message(Locale.ENGLISH));
    assertEquals("RequestLifecycle.events[1].helper: is niet te lezen als tekst (tussen dubbele aanhalingstekens)",
        helper.message(DUTCH));
    assertEquals("type", helper.rule());
    assertEquals("events[0].helpers[1]", refused(e -> event(e, 0).withArray("helpers").set(1, PLANTED)).path());
    assertEquals("events[1].answeredBy", refused(e -> event(e, 1).put("answeredBy", true)).path());
  }

  @Test
  void aNumberWhereAnInstantBelongsSaysTheFormThatIsRead() throws JsonProcessingException {
    Violation at = refused(e -> event(e, 0).put("at", PLANTED));
    assertEquals("RequestLifecycle.events[0].at: cannot be read as an ISO-8601 instant in text, such as"
        + " \"2026-11-26T09:30:00Z\"", at.message(Locale.ENGLISH));
    assertEquals("RequestLifecycle.events[0].at: is niet te lezen als een tijdstip in tekstvorm, zoals"
        + " \"2026-11-26T09:30:00Z\"", at.message(DUTCH));
    // a text that is no instant is refused alike, without quoting it
    assertEquals("events[0].at", refused(e -> event(e, 0).put("at", "gisteren " + PLANTED)).path());
  }

  @Test
  void aScalarWhereAListOrAnEventBelongsSaysSo() throws JsonProcessingException {
    Violation helpers = refused(e -> event(e, 0).put("helpers", PLANTED));
    assertEquals("RequestLifecycle.events[0].helpers: cannot be read as a list (in square brackets)",
        helpers.message(Locale.ENGLISH));
    assertEquals("RequestLifecycle.events[0].helpers: is niet te lezen als een lijst (tussen vierkante haken)",
        helpers.message(DUTCH));
    Violation event = refused(e -> e.set(1, e.numberNode(PLANTED)));
    assertEquals("RequestLifecycle.events[1]: cannot be read as an object (in curly braces)",
        event.message(Locale.ENGLISH));
    assertEquals("RequestLifecycle.events[1]: is niet te lezen als een object (tussen accolades)", event.message(DUTCH));
  }

  @Test
  void anEventOfNoKnownKindListsTheKinds() throws JsonProcessingException {
    for (Consumer<ArrayNode> edit : List.<Consumer<ArrayNode>>of(e -> event(e, 1).put("type", PLANTED),
        e -> event(e, 1).put("type", "bedankt"), e -> event(e, 1).remove("type"))) {
      Violation kind = refused(edit);
      assertEquals("RequestLifecycle.events[1].type: cannot be read as one of asked, accepted, declined, done,"
          + " cancelled, expired, referred (in double quotes)", kind.message(Locale.ENGLISH));
      assertEquals("RequestLifecycle.events[1].type: is niet te lezen als een van asked, accepted, declined, done,"
          + " cancelled, expired, referred (tussen dubbele aanhalingstekens)", kind.message(DUTCH));
    }
  }

  @Test
  void whatCircleJsonWritesStillReadsBack() throws JsonProcessingException {
    RequestLifecycle lifecycle = lifecycle()
        .complete(lifecycle().request().createdAt().plusSeconds(3_600), Duration.ofMinutes(50));
    assertEquals(lifecycle, CircleJson.read(mapper.writeValueAsString(lifecycle), RequestLifecycle.class));
  }
}
