package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import org.junit.jupiter.api.Test;

/**
 * User test 15 (M1, M3): a plan that ends because time ran out tells why. A helper who did not come
 * once the set time had begun is not "nobody could help"; a request whose time had passed before the
 * plan's first step is too late, not "none could take it on".
 */
class TooLateTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));
  private static final Locale NL = Locale.forLanguageTag("nl");

  /** The ride (Thursday 10:00, a fixed start) asked Wednesday 14:00, m-2's yes at 14:30. */
  private static AskPlan taken(Locale locale) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(ORDER)
        .agreements(CircleAgreements.builder().locale(locale).build()).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    return plan.answer(at(12, 2, 14, 30), id(2), true).plan();
  }

  private static List<Message> of(AskStep step, Purpose purpose) {
    return step.messages().stream().filter(m -> m.purpose() == purpose).toList();
  }

  @Test
  void aNoShowAfterTheStartTellsThatTheHelperDidNotComeWithTheNextStep() {
    AskStep noShow = taken(Locale.ENGLISH).noShow(at(12, 3, 10, 15), id(0));
    assertEquals(List.of(), of(noShow, Purpose.REOPENED), "too late to ask again: not open again");
    AskStep end = noShow.plan().advance(at(12, 3, 10, 15));
    assertEquals(RequestState.EXPIRED, end.plan().lifecycle().state());
    assertEquals(Optional.of(NextStep.SHARED_TAXI), end.plan().lifecycle().nextStep());
    List<Message> connectors = of(end, Purpose.EXPIRY);
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1))),
        connectors.stream().map(Message::recipient).toList());
    assertEquals("Request r-ride (ride by car, on Thursday morning): the helper could not come after all, and it is"
        + " too late to ask anyone else. Next step: book the shared taxi (regiotaxi or Wmo transport).",
        connectors.get(0).text());
    List<Message> requester = of(end, Purpose.NOT_FOUND);
    assertEquals(List.of(Recipient.member(id(7))), requester.stream().map(Message::recipient).toList());
    assertEquals("The helper for your request (ride by car, on Thursday morning) could not come after all, and it is"
        + " too late to ask anyone else. A connector will get in touch with you.", requester.get(0).text());
    for (Message m : end.messages()) {
      assertFalse(m.text().contains("Carla"), "no name: " + m.text());
      assertFalse(m.text().contains("nobody could"), m.text());
    }
  }

  @Test
  void aNoShowReadOutOnTheRequestersCallGivesTheNextStepNotAConnectorsPromise() {
    // m-5 has only a phone: the end is read out by the connector who calls, who is the one in touch
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(2), id(3)))
        .agreements(CircleAgreements.builder().locale(NL).build()).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan().answer(at(12, 2, 14, 30), id(2), true).plan();
    AskPlan end = plan.noShow(at(12, 3, 10, 15), id(0)).plan().advance(at(12, 3, 10, 15)).plan();
    List<String> read = end.calls().stream()
        .filter(c -> c.member().equals(id(5)) && c.purpose() == Purpose.NOT_FOUND).map(c -> c.question()).toList();
    assertEquals(List.of("De helper voor uw hulpvraag (autorit, donderdagochtend) kon toch niet komen, en het is te"
        + " laat om iemand anders te vragen. Volgende stap: bestel de regiotaxi of het Wmo-vervoer."), read);
  }

  @Test
  void aNoShowReportedAfterTheFeedbackQuestionSaysTheSameInDutch() {
    AskPlan plan = taken(NL).advance(at(12, 3, 9, 0)).plan().advance(at(12, 3, 11, 0)).plan();
    AskStep end = plan.noShow(at(12, 3, 11, 30), id(0)).plan().advance(at(12, 3, 11, 30));
    assertEquals("Hulpvraag r-ride (autorit, donderdagochtend): de helper kon toch niet komen, en het is te laat om"
        + " iemand anders te vragen. Volgende stap: bestel de regiotaxi of het Wmo-vervoer.",
        of(end, Purpose.EXPIRY).get(0).text());
    assertEquals("De helper voor uw hulpvraag (autorit, donderdagochtend) kon toch niet komen, en het is te laat om"
        + " iemand anders te vragen. De verbinder neemt contact met u op.", of(end, Purpose.NOT_FOUND).get(0).text());
  }

  @Test
  void aHelperSteppingBackBeforeTheStartStillReopensAndAnExpiryAfterThatIsNobodyCouldHelp() {
    AskStep back = taken(Locale.ENGLISH).answer(at(12, 2, 15, 0), id(2), false);
    assertEquals(4, of(back, Purpose.REOPENED).size());
    AskStep end = back.plan().advance(at(12, 3, 10, 0));
    assertTrue(of(end, Purpose.EXPIRY).get(0).text().contains("nobody could help (members asked: 1)"),
        of(end, Purpose.EXPIRY).get(0).text());
  }

  @Test
  void aRequestWhoseTimeHadPassedBeforeTheFirstStepExpiresAsTooLate() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(ORDER)
        .agreements(CircleAgreements.builder().locale(NL).build()).build();
    AskStep end = plan.advance(at(12, 5, 9, 0));
    assertEquals(RequestState.EXPIRED, end.plan().lifecycle().state());
    assertEquals(List.of(), end.plan().asked());
    assertEquals(Optional.of(NextStep.REPOST_WITH_WIDER_WINDOW), end.plan().lifecycle().nextStep(),
        "no shared taxi for a ride two days ago");
    assertEquals("Hulpvraag r-ride (autorit, donderdagochtend) is verlopen: de tijd van de hulpvraag was al"
        + " aangebroken voordat iemand gevraagd kon worden. Volgende stap: zet de hulpvraag opnieuw uit met een"
        + " ruimer tijdvak.", of(end, Purpose.EXPIRY).get(0).text());
  }

  @Test
  void aFlexibleWindowThatRanOutBeforeAnyoneCouldBeAskedIsTooLateToo() {
    AskPlan plan = AskPlan.builder(TestCircles.ride()
        .window(TimeWindow.flexible(at(12, 3, 10, 0), at(12, 3, 14, 0))).build(), CIRCLE).order(ORDER).build();
    AskStep end = plan.advance(at(12, 3, 13, 0));
    assertTrue(of(end, Purpose.EXPIRY).get(0).text().contains(
        "de tijd van de hulpvraag was al aangebroken voordat iemand gevraagd kon worden"), of(end, Purpose.EXPIRY).get(0).text());
  }
}
