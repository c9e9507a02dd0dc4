package nl.voorzorgcirkel.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.erasure.Erasure;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** Who gave a member's answer is kept in the history, in JSON, and through an erasure. */
class AnsweredByTest {

  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId CONNECTOR = MemberId.of("m-9");
  private static final FamilyCarerId DAUGHTER = FamilyCarerId.of("fc-1");
  private static final HelpRequest REQUEST = Fixtures.request("r-1", "m-0").build();

  @Test
  void theHistoryRecordsWhoGaveEachAnswerAndTheAnswerStaysTheMembers() {
    Instant t = REQUEST.createdAt();
    RequestLifecycle lifecycle = RequestLifecycle.open(REQUEST).ask(t, null, List.of(ANNA, MemberId.of("m-2")))
        .decline(t.plusSeconds(60), MemberId.of("m-2"), AnsweredBy.familyCarer(DAUGHTER))
        .accept(t.plusSeconds(120), ANNA, AnsweredBy.connector(CONNECTOR));
    List<RequestEvent> events = lifecycle.events();
    RequestEvent.Declined no = (RequestEvent.Declined) events.get(1);
    RequestEvent.Accepted yes = (RequestEvent.Accepted) events.get(2);
    assertEquals(AnsweredBy.familyCarer(DAUGHTER), no.answeredBy());
    assertEquals(Optional.of(MemberId.of("m-2")), no.by(), "the no is the member's");
    assertEquals(AnsweredBy.connector(CONNECTOR), yes.answeredBy());
    assertEquals(Optional.of(ANNA), lifecycle.helper(), "the helper is the member, not the connector");
    assertEquals(AnsweredBy.member(), new RequestEvent.Accepted(t, ANNA).answeredBy());
    assertFalse(AnsweredBy.member().isOnBehalf());
    assertTrue(yes.answeredBy().isOnBehalf());
  }

  @Test
  void aConnectorRecordedAsAnsweringForThemselvesIsRefusedInEnglishAndDutch() {
    RequestLifecycle asked = RequestLifecycle.open(REQUEST).ask(REQUEST.createdAt(), null, List.of(CONNECTOR));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> asked.accept(REQUEST.createdAt(), CONNECTOR, AnsweredBy.connector(CONNECTOR)));
    assertEquals("answered-for-themselves", e.rule());
    assertTrue(e.message(Locale.ENGLISH).contains("a connector cannot answer on their own behalf"),
        e.message(Locale.ENGLISH));
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("een verbinder kan niet namens zichzelf antwoorden"),
        e.message(Locale.forLanguageTag("nl")));
    assertEquals(Optional.of("answered-for-themselves"), asked.refusal(
        new RequestEvent.Declined(REQUEST.createdAt(), CONNECTOR, AnsweredBy.connector(CONNECTOR))));
  }

  @Test
  void theTextFormIsReadBackAndABadTextIsRefusedWithoutQuotingIt() {
    for (AnsweredBy by : List.of(AnsweredBy.member(), AnsweredBy.connector(CONNECTOR),
        AnsweredBy.familyCarer(DAUGHTER))) {
      assertEquals(by, AnsweredBy.parse(by.toString()));
    }
    assertEquals("connector:m-9", AnsweredBy.connector(CONNECTOR).toString());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AnsweredBy.parse("Jan de Vries"));
    assertEquals("answeredBy", e.violations().get(0).rule());
    assertFalse(e.getMessage().contains("Jan"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> AnsweredBy.parse("family-carer:Jan de Vries"));
  }

  @Test
  void aLifecycleWrittenBeforeAnswersRecordedWhoGaveThemReadsAsTheMembersOwn() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    RequestLifecycle lifecycle = RequestLifecycle.open(REQUEST).ask(REQUEST.createdAt(), null, List.of(ANNA))
        .accept(REQUEST.createdAt().plusSeconds(60), ANNA);
    ObjectNode json = mapper.valueToTree(lifecycle);
    ObjectNode accepted = (ObjectNode) ((ArrayNode) json.get("events")).get(1);
    assertEquals("member", accepted.get("answeredBy").asText());
    accepted.remove("answeredBy");
    assertEquals(lifecycle, mapper.readValue(mapper.writeValueAsString(json), RequestLifecycle.class));
  }

  /**
   * Random answers given by the member, a connector or a family carer: every applied answer keeps
   * its giver through JSON and replay, and an erasure of the connector keeps the answer with the
   * pseudonym in the connector's place, never the erased id.
   */
  @Test
  void whoAnsweredSurvivesJsonReplayAndErasure() {
    ObjectMapper mapper = CircleJson.newMapper();
    Props.property("answered-by-json-replay-erasure", 300)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, length) -> {
          SplittableRandom random = new SplittableRandom(seed);
          RequestLifecycle lifecycle = RequestLifecycle.open(REQUEST);
          Instant t = REQUEST.createdAt();
          for (int i = 0; i < length; i++) {
            t = t.plusSeconds(1 + random.nextInt(3_600));
            MemberId m = MemberId.of("m-" + (1 + random.nextInt(4)));
            AnsweredBy by = switch (random.nextInt(3)) {
              case 0 -> AnsweredBy.member();
              case 1 -> AnsweredBy.connector(random.nextBoolean() ? CONNECTOR : m);
              default -> AnsweredBy.familyCarer(FamilyCarerId.of("fc-" + random.nextInt(3)));
            };
            RequestEvent event = switch (random.nextInt(3)) {
              case 0 -> new RequestEvent.Asked(t, Optional.empty(), List.of(m));
              case 1 -> new RequestEvent.Accepted(t, m, by);
              default -> new RequestEvent.Declined(t, m, by);
            };
            if (lifecycle.refusal(event).isEmpty()) {
              lifecycle = lifecycle.apply(event);
            }
          }
          for (RequestEvent e : lifecycle.events()) {
            AnsweredBy by = answeredBy(e);
            assertFalse(by.connector().isPresent() && e.by().equals(by.connector()), "answered for themselves");
          }
          try {
            assertEquals(lifecycle, mapper.readValue(mapper.writeValueAsString(lifecycle), RequestLifecycle.class));
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          assertEquals(lifecycle, RequestLifecycle.replay(REQUEST, lifecycle.events()));
          MemberId pseudonym = MemberId.of("erased-1");
          RequestLifecycle erased = Erasure.of(CONNECTOR, pseudonym).applyTo(lifecycle);
          assertEquals(lifecycle.events().size(), erased.events().size());
          for (int i = 0; i < erased.events().size(); i++) {
            AnsweredBy before = answeredBy(lifecycle.events().get(i));
            AnsweredBy after = answeredBy(erased.events().get(i));
            assertEquals(before.kind(), after.kind());
            assertFalse(after.connector().equals(Optional.of(CONNECTOR)), "the erased connector is still named");
            if (before.connector().equals(Optional.of(CONNECTOR))) {
              assertEquals(Optional.of(pseudonym), after.connector());
            } else {
              assertEquals(before, after);
            }
          }
        });
  }

  private static AnsweredBy answeredBy(RequestEvent event) {
    if (event instanceof RequestEvent.Accepted a) {
      return a.answeredBy();
    }
    return event instanceof RequestEvent.Declined d ? d.answeredBy() : AnsweredBy.member();
  }
}
