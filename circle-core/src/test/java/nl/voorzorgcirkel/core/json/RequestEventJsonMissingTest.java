package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Review of user test 8: a request lifecycle's event (as the simulation writes them with {@code
 * --records}, read back with {@code CircleJson.read}) without a field it needs, such as an answer
 * without its {@code helper}, was refused as "has the wrong JSON type or form for this field (see
 * the schema)" at the event: the field was not named and nothing said it was required. Each is now
 * refused at the field's path as required, in English and Dutch, as a wrong type is.
 */
class RequestEventJsonMissingTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private final ObjectMapper mapper = CircleJson.newMapper();

  private RequestLifecycle lifecycle() {
    HelpRequest request = Fixtures.request("r-1", "m-0").build();
    return RequestLifecycle.open(request)
        .ask(request.createdAt(), null, List.of(MemberId.of("m-1"), MemberId.of("m-2")))
        .accept(request.createdAt().plusSeconds(60), MemberId.of("m-1"))
        .complete(request.createdAt().plusSeconds(3_600), Duration.ofMinutes(50));
  }

  /** The one violation of reading the lifecycle with its events edited. */
  private Violation refused(RequestLifecycle lifecycle, Consumer<ArrayNode> edit) throws JsonProcessingException {
    ObjectNode json = mapper.valueToTree(lifecycle);
    edit.accept((ArrayNode) json.get("events"));
    String text = mapper.writeValueAsString(json);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(text, RequestLifecycle.class));
    assertEquals(1, e.violations().size(), e.getMessage());
    return e.violations().get(0);
  }

  private static ObjectNode event(ArrayNode events, int i) {
    return (ObjectNode) events.get(i);
  }

  @Test
  void anAnswerWithoutItsHelperNamesThePathAndSaysItIsRequired() throws JsonProcessingException {
    Violation helper = refused(lifecycle(), e -> event(e, 1).remove("helper"));
    assertEquals("RequestLifecycle.events[1].helper: must be given", helper.message(Locale.ENGLISH));
    assertEquals("RequestLifecycle.events[1].helper: moet ingevuld zijn", helper.message(DUTCH));
    // null is as good as missing
    assertEquals("events[1].helper", refused(lifecycle(), e -> event(e, 1).putNull("helper")).path());
  }

  @Test
  void everyRequiredFieldOfEveryKindIsNamed() throws JsonProcessingException {
    assertEquals("events[0].at", refused(lifecycle(), e -> event(e, 0).remove("at")).path());
    assertEquals("events[0].helpers", refused(lifecycle(), e -> event(e, 0).remove("helpers")).path());
    assertEquals("events[2].actualEffort", refused(lifecycle(), e -> event(e, 2).remove("actualEffort")).path());
    HelpRequest request = Fixtures.request("r-2", "m-0").build();
    RequestLifecycle expired = RequestLifecycle.open(request)
        .expire(request.window().end());
    Violation next = refused(expired, e -> event(e, 0).remove("nextStep"));
    assertEquals("events[0].nextStep", next.path());
    assertEquals("NotNull", next.rule());
  }
}
