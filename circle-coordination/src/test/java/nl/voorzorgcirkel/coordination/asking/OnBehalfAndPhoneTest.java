package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.coordination.referral.ReferralDirectory;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * Filing on a member's behalf, a referral that says whom to call, and members without a
 * smartphone told by a connector's call: m-0 and m-1 are connectors, m-5 has only a phone.
 */
class OnBehalfAndPhoneTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final ReferralDirectory DIRECTORY = ReferralDirectory.of(List.of(ReferralContact.of(
      ReferralTarget.DISTRICT_NURSING, "District nursing team North", "Wijkverpleging team Noord", "0485 123 456")));

  private static List<String> texts(AskStep step) {
    return step.messages().stream().map(Message::text).toList();
  }

  private static List<CallEntry> open(AskPlan plan, Purpose purpose) {
    return plan.calls().stream().filter(c -> c.isOpen() && c.purpose() == purpose).toList();
  }

  @Test
  void aConnectorFilesForAPhoneMemberWhoStaysTheRequesterAndNoTextSaysWhoFiled() {
    HelpRequest forFrans = TestCircles.ride().requester(id(5)).build();
    AskPlan.Builder builder = AskPlan.builder(forFrans, CIRCLE).order(List.of(id(2), id(3)));
    AskPlan self = builder.build();
    AskPlan onBehalf = builder.filedBy(FiledBy.connector(id(1))).build();
    assertEquals(FiledBy.connector(id(1)), onBehalf.filedBy());
    assertEquals(FiledBy.requester(), self.filedBy());
    assertEquals(id(5), onBehalf.request().requester());

    AskStep asked = onBehalf.advance(at(12, 2, 14, 0));
    assertEquals(texts(self.advance(at(12, 2, 14, 0))), texts(asked), "the same texts as when filed by Frans himself");
    // yes: the good news for Frans goes on the sheet of the connector who filed, m-1, although
    // m-0 comes first in the circle with as few calls
    AskStep yes = asked.plan().answer(at(12, 2, 14, 30), id(2), true);
    List<CallEntry> found = open(yes.plan(), Purpose.FOUND);
    assertEquals(1, found.size());
    assertEquals(id(5), found.get(0).member());
    assertEquals(id(1), found.get(0).connector());
    assertEquals("Goed nieuws: er is iemand gevonden die u helpt (autorit, donderdagochtend).", found.get(0).question());
    assertTrue(yes.messages().stream().anyMatch(m -> m.recipient().equals(Recipient.member(id(1)))
        && m.purpose() == Purpose.CALLS_WAITING));
    assertFalse(yes.messages().stream().anyMatch(m -> m.recipient().equals(Recipient.member(id(5)))),
        "no message to a member without a smartphone");
    // the call made: Frans was told (the good news is not a question: yes is refused)
    assertEquals("outcomeOfNotice", assertThrows(InvalidValueException.class,
        () -> yes.plan().recordCall(at(12, 2, 15, 0), id(5), CallOutcome.YES)).violations().get(0).rule());
    AskStep told = yes.plan().recordCall(at(12, 2, 15, 0), id(5), CallOutcome.REACHED);
    assertEquals(List.of(), open(told.plan(), Purpose.FOUND));
    assertEquals(RequestState.ACCEPTED, told.plan().lifecycle().state());
  }

  @Test
  void onlyAConnectorOfTheCircleWhoIsNotTheRequesterFilesOnTheirBehalf() {
    HelpRequest ride = TestCircles.ride().build();
    InvalidValueException notConnector = assertThrows(InvalidValueException.class, () -> AskPlan.builder(ride, CIRCLE)
        .order(List.of(id(2))).filedBy(FiledBy.connector(id(3))).build());
    assertEquals("connectorOfCircle", notConnector.violations().get(0).rule());
    assertEquals("AskPlan.filedBy: m-3 is geen verbinder van cirkel c-lindenhof",
        notConnector.violations().get(0).message(Locale.forLanguageTag("nl")));
    HelpRequest byConnector = TestCircles.ride().requester(id(0)).build();
    InvalidValueException self = assertThrows(InvalidValueException.class, () -> AskPlan.builder(byConnector, CIRCLE)
        .order(List.of(id(2), id(2), id(0))).filedBy(FiledBy.connector(id(0))).build());
    // every broken rule at once, each with its field
    assertEquals(List.of("filedBy", "order[1]", "order[2]"), self.violations().stream().map(Violation::path).sorted()
        .toList());
    AskPlan family = AskPlan.builder(ride, CIRCLE).order(List.of(id(2))).filedBy(FiledBy.familyCarer()).build();
    assertTrue(family.filedBy().isOnBehalf());
    assertEquals(Optional.empty(), family.filedBy().connector());
  }

  @Test
  void aPhoneHelperIsRemindedByTheConnectorWhoAskedThemAndCanStepBackOnThatCall() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(5), id(2), id(3))).build();
    AskStep asked = plan.advance(at(12, 2, 14, 0));
    CallEntry ask = asked.calls().get(0);
    assertEquals(id(0), ask.connector());
    AskStep yes = asked.plan().recordCall(at(12, 2, 14, 30), id(5), CallOutcome.YES);
    assertEquals(AnsweredBy.connector(id(0)), yes.plan().answers().get(0).answeredBy());
    assertEquals(Optional.of(at(12, 2, 19, 0)), yes.nextCheck(), "the evening before");

    // m-1 now has fewer calls, yet the reminder goes to m-0, who knows Frans from the ask
    AskStep evening = yes.plan().advance(at(12, 2, 19, 0));
    assertEquals(1, evening.calls().size());
    CallEntry reminder = evening.calls().get(0);
    assertEquals(List.of(id(5), id(0), Purpose.REMINDER), List.of(reminder.member(), reminder.connector(),
        reminder.purpose()));
    // read out on the call, the reminder asks what the helper answers there and then
    assertEquals("Herinnering: u helpt bij een hulpvraag (autorit, donderdagochtend). Kunt u nog steeds helpen?"
        + " Antwoord met ja of nee.", reminder.question());
    assertEquals(List.of(Purpose.CALLS_WAITING), evening.messages().stream().map(Message::purpose).toList());
    assertEquals(Recipient.member(id(0)), evening.messages().get(0).recipient());

    // on the reminder call Frans says he cannot come after all: he steps back and the plan asks on
    AskStep back = evening.plan().recordCall(at(12, 2, 19, 30), id(5), CallOutcome.NO);
    assertEquals(RequestState.HELPERS_ASKED, back.plan().lifecycle().state());
    assertEquals(Optional.of(at(12, 2, 19, 30)), back.nextCheck(), "the next round at once");
    assertEquals(List.of(), open(back.plan(), Purpose.REMINDER));
    assertEquals(List.of(Optional.of(CallOutcome.NO)), back.calls().stream().filter(c -> c.purpose() == Purpose.REMINDER)
        .map(CallEntry::outcome).toList(), "the reminder call reported once, as recorded");
    AskStep next = back.plan().advance(at(12, 2, 19, 30));
    assertTrue(next.plan().asked().contains(id(3)));
  }

  @Test
  void aWithdrawnRequestTakesTheCallsOffTheSheetsAndAPhoneHelperIsCalledToBeTold() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(5), id(6))).build();
    AskPlan asked = plan.advance(at(12, 2, 14, 0)).plan();
    assertEquals(2, open(asked, Purpose.ASK).size());
    AskStep yes = asked.recordCall(at(12, 2, 14, 30), id(5), CallOutcome.YES);
    // the other call is no longer needed
    assertEquals(List.of(), open(yes.plan(), Purpose.ASK));
    assertTrue(yes.calls().stream().anyMatch(c -> c.member().equals(id(6))
        && c.outcome().equals(Optional.of(CallOutcome.CANCELLED))));
    AskPlan reminded = yes.plan().advance(at(12, 2, 19, 0)).plan();
    assertEquals(1, open(reminded, Purpose.REMINDER).size());
    AskStep withdrawn = reminded.cancel(at(12, 2, 20, 0), id(7));
    assertEquals(List.of(), open(withdrawn.plan(), Purpose.REMINDER));
    List<CallEntry> tell = open(withdrawn.plan(), Purpose.WITHDRAWN);
    assertEquals(List.of(id(5)), tell.stream().map(CallEntry::member).toList());
    assertThrows(IllegalArgumentException.class,
        () -> withdrawn.plan().recordCall(at(12, 2, 21, 0), id(5), CallOutcome.CANCELLED));
  }

  @Test
  void aReferralSaysWhomToCallToTheConnectorsAndToTheRequesterOnlyNeverTheGroup() {
    HelpRequest washing = TestCircles.ride().capability(Capability.of("personal-care")).build();
    CircleSnapshot snapshot = CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0));
    AskStep step = AskPlan.builder(washing, CIRCLE).rankedBy(MatchingStrategies.standard(), snapshot)
        .referrals(DIRECTORY).build().advance(at(12, 2, 14, 0));
    assertEquals(RequestState.REFERRED, step.plan().lifecycle().state());
    assertEquals("Hulpvraag r-ride (hulp, donderdagochtend) is niet iets voor de cirkel: persoonlijke"
        + " verzorging doet de cirkel niet: dit hoort bij de wijkverpleging. Te bellen: Wijkverpleging team Noord,"
        + " 0485 123 456.", step.messages().get(0).text());
    assertTrue(step.messages().get(2).text().contains("Te bellen: Wijkverpleging team Noord, 0485 123 456."));
    assertEquals(Recipient.member(id(7)), step.messages().get(2).recipient());
    assertFalse(step.messages().stream().anyMatch(m -> m.recipient().isGroup()));

    // a requester without a smartphone: the referral is a call on one sheet, the connector who filed
    HelpRequest forFrans = TestCircles.ride().requester(id(5)).capability(Capability.of("personal-care")).build();
    AskStep phoned = AskPlan.builder(forFrans, CIRCLE).rankedBy(MatchingStrategies.standard(), snapshot)
        .referrals(DIRECTORY).filedBy(FiledBy.connector(id(1))).build().advance(at(12, 2, 14, 0));
    assertEquals(1, phoned.calls().size());
    assertEquals(List.of(id(5), id(1), Purpose.REFERRAL), List.of(phoned.calls().get(0).member(),
        phoned.calls().get(0).connector(), phoned.calls().get(0).purpose()));
  }
}
