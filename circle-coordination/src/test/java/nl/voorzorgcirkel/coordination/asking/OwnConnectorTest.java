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
import nl.voorzorgcirkel.coordination.texts.RequestTexts;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * The requester is never their own connector (user test 13, L7): in a circle whose only connector
 * asks for help, nobody is promised a connector who is not there, no call for the request lands on
 * the requester's own call sheet, and a first step with nobody to ask says so, not "members asked: 0".
 */
class OwnConnectorTest {

  /** The test circle with m-1 a member, not a connector: m-0 is the only connector. */
  private static final Circle ONE_CONNECTOR = TestCircles.circle()
      .withMember(TestCircles.circle().member(id(1)).orElseThrow().toBuilder().role(Role.MEMBER).build());

  private static List<Message> to(AskStep step, int member, Purpose purpose) {
    return step.messages().stream()
        .filter(m -> m.recipient().equals(Recipient.member(id(member))) && m.purpose() == purpose).toList();
  }

  @Test
  void theOnlyConnectorAsksForHelpAndIsToldTheTruthNotPromisedAConnector() {
    // m-0, the only connector, needs a ride; m-5 has only a phone, m-2 reads the group chat
    HelpRequest ride = TestCircles.ride().requester(id(0)).build();
    AskPlan plan = AskPlan.builder(ride, ONE_CONNECTOR).order(List.of(id(5), id(2))).build();
    RequestTexts texts = RequestTexts.of(ride, Optional.empty(), TestCircles.ZONE);

    AskStep first = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(), first.plan().calls(), "no call for m-0's own request on m-0's own call sheet");
    assertEquals(List.of(id(2)), first.plan().asked(), "m-5 cannot be called for it: nobody but m-0 could call");
    assertEquals(List.of(), to(first, 0, Purpose.CALLS_WAITING));

    // m-2 says no: nobody is left to ask, and no other connector can take it up; m-0 hears so
    AskStep no = first.plan().answer(at(12, 2, 15, 0), id(2), false);
    AskStep escalated = no.plan().advance(at(12, 2, 15, 0));
    assertTrue(escalated.plan().isEscalated());
    assertEquals(List.of("Op uw hulpvraag (autorit, donderdagochtend) heeft nog niemand ja gezegd, en er is niemand"
        + " meer om te vragen. De cirkel heeft geen andere verbinder die voor u iemand kan benaderen."),
        to(escalated, 0, Purpose.ESCALATION).stream().map(Message::text).toList());

    // the request expires: m-0 gets the next step, not "de verbinder neemt contact met u op"
    AskStep expired = escalated.plan().advance(at(12, 3, 10, 0));
    assertEquals(RequestState.EXPIRED, expired.plan().lifecycle().state());
    List<Message> notFound = to(expired, 0, Purpose.NOT_FOUND);
    assertEquals(1, notFound.size());
    String text = notFound.get(0).text();
    assertEquals(texts.notFoundWithoutConnector(expired.plan().lifecycle().nextStep().orElseThrow(),
        Locale.forLanguageTag("nl")), text);
    assertTrue(text.contains("De cirkel heeft geen andere verbinder om het op te pakken; volgende stap: "), text);
    assertFalse(text.contains("neemt contact met u op"), text);
    assertEquals(List.of(), expired.plan().calls());
  }

  @Test
  void inEnglishTooTheRequesterIsToldThereIsNoOtherConnector() {
    HelpRequest ride = TestCircles.ride().requester(id(0)).build();
    AskPlan plan = AskPlan.builder(ride, ONE_CONNECTOR).order(List.of())
        .agreements(CircleAgreements.standard().toBuilder().locale(Locale.ENGLISH).build()).build();
    AskStep first = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of("Nobody in the circle can take your request (ride by car, on Thursday morning): members of"
        + " the circle offer this help, but none could take it on as asked (at that time, within their capacity or"
        + " their distance; the ranking says why for each). The circle has no other connector to approach someone for you."),
        to(first, 0, Purpose.ESCALATION).stream().map(Message::text).toList());
    AskStep expired = first.plan().advance(at(12, 3, 10, 0));
    String text = to(expired, 0, Purpose.NOT_FOUND).get(0).text();
    assertTrue(text.startsWith("Unfortunately nobody could be found in time (ride by car, on Thursday morning). The"
        + " circle has no other connector to follow it up; next step: "), text);
  }

  @Test
  void aReferralInACircleWithoutAnotherConnectorPromisesNoConnector() {
    HelpRequest washing = TestCircles.ride().requester(id(0)).capability(Capability.of("personal-care")).build();
    CircleSnapshot snapshot = CircleSnapshot.at(ONE_CONNECTOR, HelpLedger.empty(), at(12, 2, 14, 0));
    AskStep step = AskPlan.builder(washing, ONE_CONNECTOR).rankedBy(MatchingStrategies.standard(), snapshot).build()
        .advance(at(12, 2, 14, 0));
    assertEquals(RequestState.REFERRED, step.plan().lifecycle().state());
    List<Message> toRequester = to(step, 0, Purpose.REFERRAL);
    assertEquals(1, toRequester.size());
    assertEquals("Over uw hulpvraag (hulp, donderdagochtend): persoonlijke verzorging doet de"
        + " cirkel niet: dit hoort bij de wijkverpleging.", toRequester.get(0).text());
  }

  @Test
  void aFirstStepWithNobodyToAskTellsTheConnectorsNobodyCanTakeItNotMembersAskedZero() {
    HelpRequest ride = TestCircles.ride().build();
    AskStep first = AskPlan.builder(ride, TestCircles.circle()).order(List.of()).build().advance(at(12, 2, 14, 0));
    assertEquals(List.of("Niemand in de cirkel kan hulpvraag r-ride (autorit, donderdagochtend) oppakken: deelnemers"
        + " van de cirkel bieden deze hulp aan, maar niemand kon haar zo op zich nemen (op dat tijdstip, binnen hun"
        + " ruimte of hun afstand; de rangorde zegt per deelnemer waarom). Wilt u zelf iemand benaderen?"),
        to(first, 0, Purpose.ESCALATION).stream().map(Message::text).toList());
    assertEquals(List.of(), to(first, 7, Purpose.ESCALATION), "the requester has connectors to take it up");
    AskStep expired = first.plan().advance(at(12, 3, 10, 0));
    // members offer rides, so the expiry says none could take it on as asked, not that nobody offers it
    assertTrue(to(expired, 0, Purpose.EXPIRY).get(0).text()
        .startsWith("Hulpvraag r-ride (autorit, donderdagochtend) is verlopen: deelnemers van de cirkel bieden deze"
            + " hulp aan, maar niemand kon haar zo op zich nemen"), expired.messages().toString());
    assertTrue(to(expired, 7, Purpose.NOT_FOUND).get(0).text().endsWith("De verbinder neemt contact met u op."));
  }

  /**
   * User test 14: the only connector asked for help, was helped, and was then told "let the
   * connector know"; there is no other connector to tell, so the question says who records it.
   */
  @Test
  void theOnlyConnectorIsAskedWhetherTheHelpWasGivenWithoutBeingSentToAConnector() {
    HelpRequest ride = TestCircles.ride().requester(id(0)).build();
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      AskPlan plan = AskPlan.builder(ride, ONE_CONNECTOR).order(List.of(id(2)))
          .agreements(CircleAgreements.standard().toBuilder().locale(locale).build()).build()
          .advance(at(12, 2, 14, 0)).plan();
      AskStep after = plan.answer(at(12, 2, 14, 30), id(2), true).plan().advance(at(12, 3, 11, 0));
      List<Message> feedback = after.messages().stream().filter(m -> m.purpose() == Purpose.FEEDBACK).toList();
      assertEquals(List.of(Recipient.member(id(0))), feedback.stream().map(Message::recipient).toList(),
          "no other connector to ask");
      String text = feedback.get(0).text();
      assertFalse(text.contains("verbinder weten") || text.contains("let the connector know"), text);
      assertEquals(locale.getLanguage().equals("nl")
          ? "Is de hulp gegeven (autorit, donderdagochtend)? De cirkel heeft geen andere verbinder om het te"
              + " noteren: noteer zelf dat de hulp is gegeven, of dat die niet is doorgegaan."
          : "Was the help given (ride by car, on Thursday morning)? The circle has no other connector to record"
              + " it: please record yourself that it was given, or that it did not happen.", text);
    }
    // a requester with connectors is still asked to let the connector know
    AskPlan usual = AskPlan.builder(TestCircles.ride().build(), ONE_CONNECTOR).order(List.of(id(2))).build()
        .advance(at(12, 2, 14, 0)).plan();
    AskStep after = usual.answer(at(12, 2, 14, 30), id(2), true).plan().advance(at(12, 3, 11, 0));
    assertEquals(List.of("Is de hulp gegeven (autorit, donderdagochtend)? Laat het de verbinder weten."),
        to(after, 7, Purpose.FEEDBACK).stream().map(Message::text).toList());
  }
}
