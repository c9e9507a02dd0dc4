package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.callsheet.CallSheet;
import nl.voorzorgcirkel.coordination.messaging.Channel;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.coordination.referral.ReferralDirectory;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * User test 14, L2: what a connector reads out on the phone from their call sheet, and what the sheet
 * lets them record. The connector who calls is the connector in touch: no text on a call promises
 * a connector's call or asks the member to let a connector know, whatever the call is for (the
 * channel the text goes by decides its words); and a call that only tells something is recorded as
 * told, not answered yes or no. m-0 and m-1 are connectors, m-5 has only a phone, m-6 is reached
 * through a connector.
 */
class CallerReadsOutTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final ReferralDirectory DIRECTORY = ReferralDirectory.of(List.of(ReferralContact.of(
      ReferralTarget.DISTRICT_NURSING, "District nursing team North", "Wijkverpleging team Noord", "0485 123 456")));

  private static CircleAgreements in(Locale locale) {
    return CircleAgreements.standard().toBuilder().locale(locale).build();
  }

  private static CallEntry open(AskPlan plan, int member, Purpose purpose) {
    List<CallEntry> found = plan.calls().stream()
        .filter(c -> c.isOpen() && c.member().equals(id(member)) && c.purpose() == purpose).toList();
    assertEquals(1, found.size(), purpose + " to m-" + member + ": " + plan.calls());
    return found.get(0);
  }

  /** m-5 asks for a ride; m-6 says yes on the phone, steps back on the reminder call; it expires. */
  private static AskPlan rideForFrans(Locale locale) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(6), id(2)))
        .filedBy(FiledBy.connector(id(1))).agreements(in(locale)).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    plan = plan.recordCall(at(12, 2, 14, 30), id(6), CallOutcome.YES).plan();
    plan = plan.advance(at(12, 2, 19, 0)).plan();
    plan = plan.recordCall(at(12, 2, 19, 30), id(6), CallOutcome.NO).plan();
    plan = plan.advance(at(12, 2, 19, 30)).plan();
    AskPlan expired = plan.advance(at(12, 3, 10, 0)).plan();
    assertEquals(RequestState.EXPIRED, expired.lifecycle().state());
    return expired;
  }

  /** m-5 asks for a ride; m-2 says yes: the good news is on a connector's sheet. */
  private static AskPlan takenForFrans(Locale locale) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(2)))
        .agreements(in(locale)).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    return plan.answer(at(12, 2, 14, 30), id(2), true).plan();
  }

  /** m-5 asks for a ride; m-2 says yes; when the help should be over m-5 is asked whether it was given. */
  private static AskPlan helpedFrans(Locale locale) {
    return takenForFrans(locale).advance(at(12, 3, 11, 0)).plan();
  }

  /** m-5 asks for help with washing: not for the circle, referred to district nursing. */
  private static AskPlan washingForFrans(Locale locale) {
    HelpRequest washing = TestCircles.ride().requester(id(5)).capability(Capability.of("personal-care")).build();
    CircleSnapshot snapshot = CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0));
    AskPlan referred = AskPlan.builder(washing, CIRCLE).rankedBy(MatchingStrategies.standard(), snapshot)
        .referrals(DIRECTORY).filedBy(FiledBy.connector(id(1))).agreements(in(locale)).build()
        .advance(at(12, 2, 14, 0)).plan();
    assertEquals(RequestState.REFERRED, referred.lifecycle().state());
    return referred;
  }

  /** m-7 asks the connectors privately; m-6 says yes on the phone; m-7 withdraws the request. */
  private static AskPlan privateRideWithdrawn(Locale locale) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(6)))
        .visibility(Visibility.connectorsOnly()).agreements(in(locale)).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    plan = plan.recordCall(at(12, 2, 14, 30), id(6), CallOutcome.YES).plan();
    return plan.cancel(at(12, 2, 16, 0), id(7)).plan();
  }

  @Test
  void nothingReadOutOnACallPromisesAConnectorOrSendsTheMemberToOne() {
    for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
      List<CallEntry> calls = new ArrayList<>();
      calls.addAll(rideForFrans(locale).calls());
      calls.addAll(helpedFrans(locale).calls());
      calls.addAll(washingForFrans(locale).calls());
      calls.addAll(privateRideWithdrawn(locale).calls());
      Set<Purpose> seen = EnumSet.noneOf(Purpose.class);
      calls.forEach(c -> seen.add(c.purpose()));
      assertEquals(EnumSet.of(Purpose.ASK, Purpose.REMINDER, Purpose.FOUND, Purpose.REOPENED, Purpose.NOT_FOUND,
          Purpose.REFERRAL, Purpose.FEEDBACK, Purpose.WITHDRAWN), seen, "every kind of call a plan makes");
      for (CallEntry call : calls) {
        String text = call.question().toLowerCase(Locale.ROOT);
        assertFalse(text.contains("verbinder") || text.contains("connector"),
            locale + ", " + call.purpose() + ": " + call.question());
      }
    }
  }

  @Test
  void aReferralReadOutByTheConnectorGivesWhereItBelongsAndWhomToCall() {
    CallEntry call = open(washingForFrans(DUTCH), 5, Purpose.REFERRAL);
    assertEquals(id(1), call.connector());
    assertEquals("Over uw hulpvraag (hulp, donderdagochtend): persoonlijke verzorging doet de"
        + " cirkel niet: dit hoort bij de wijkverpleging. Te bellen: Wijkverpleging team Noord, 0485 123 456.",
        call.question());
    assertEquals("About your request (help, on Thursday morning): personal care is not something the"
        + " circle does: it belongs with district nursing. Whom to call: District nursing team North, 0485 123 456.",
        open(washingForFrans(Locale.ENGLISH), 5, Purpose.REFERRAL).question());
    // a requester who reads messages is still promised a connector: one will get in touch
    HelpRequest washing = TestCircles.ride().capability(Capability.of("personal-care")).build();
    AskStep step = AskPlan.builder(washing, CIRCLE)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0)))
        .referrals(DIRECTORY).build().advance(at(12, 2, 14, 0));
    assertTrue(step.messages().stream().filter(m -> m.recipient().equals(Recipient.member(id(7)))).map(Message::text)
        .allMatch(t -> t.endsWith("Te bellen: Wijkverpleging team Noord, 0485 123 456. De verbinder neemt contact"
            + " met u op.")), step.messages().toString());
  }

  @Test
  void nobodyFoundReadOutGivesTheNextStepAndAQuestionOnTheCallAsksWhatTheBoxesRecord() {
    AskPlan expired = rideForFrans(DUTCH);
    assertEquals("Het is helaas niet gelukt om op tijd iemand te vinden (autorit, donderdagochtend). Volgende stap:"
        + " bestel de regiotaxi of het Wmo-vervoer.", open(expired, 5, Purpose.NOT_FOUND).question());
    assertEquals("Unfortunately nobody could be found in time (ride by car, on Thursday morning). Next step: book"
        + " the shared taxi (regiotaxi or Wmo transport).", open(rideForFrans(Locale.ENGLISH), 5, Purpose.NOT_FOUND)
        .question());
    assertEquals("Is de hulp gegeven (autorit, donderdagochtend)?", open(helpedFrans(DUTCH), 5, Purpose.FEEDBACK)
        .question());
    assertEquals("Was the help given (ride by car, on Thursday morning)?",
        open(helpedFrans(Locale.ENGLISH), 5, Purpose.FEEDBACK).question());
    assertEquals("Kunt u donderdagochtend iemand met de auto rijden? Antwoord met ja of nee.",
        privateRideWithdrawn(DUTCH).calls().get(0).question(), "asked privately, answered on the phone");
    // the reminder is a question on the phone: the helper says there and then whether they still come
    CallEntry reminder = rideForFrans(Locale.ENGLISH).calls().stream().filter(c -> c.purpose() == Purpose.REMINDER)
        .findFirst().orElseThrow();
    assertEquals("Reminder: you are helping with a request (ride by car, on Thursday morning). Can you still help?"
        + " Answer yes or no.", reminder.question());
  }

  @Test
  void aNoticeIsRecordedAsToldNeverAnsweredAndAQuestionTheOtherWayRound() {
    AskPlan plan = helpedFrans(DUTCH);
    CallEntry found = open(plan, 5, Purpose.FOUND);
    CallEntry feedback = open(plan, 5, Purpose.FEEDBACK);
    assertEquals(List.of(CallOutcome.REACHED, CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL), found.outcomes());
    assertEquals(List.of(CallOutcome.YES, CallOutcome.NO, CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL),
        feedback.outcomes());
    // Frans has the good news and the question open: told goes to the one, yes to the other
    AskPlan told = plan.recordCall(at(12, 3, 11, 30), id(5), CallOutcome.REACHED).plan();
    assertEquals(Optional.of(CallOutcome.REACHED), told.calls().get(plan.calls().indexOf(found)).outcome());
    assertEquals(feedback, open(told, 5, Purpose.FEEDBACK));
    AskPlan answered = told.recordCall(at(12, 3, 11, 30), id(5), CallOutcome.YES).plan();
    assertEquals(List.of(), answered.calls().stream().filter(CallEntry::isOpen).toList());

    // with only the good news open (before the question), yes and no are refused in English and Dutch
    AskPlan onlyNews = takenForFrans(DUTCH);
    for (CallOutcome answer : List.of(CallOutcome.YES, CallOutcome.NO)) {
      InvalidValueException refused = assertThrows(InvalidValueException.class,
          () -> onlyNews.recordCall(at(12, 3, 11, 45), id(5), answer));
      assertEquals("outcomeOfNotice", refused.violations().get(0).rule());
      assertEquals("CallEntry.outcome: a call that only tells the member something is not answered yes or no: record"
          + " told, no answer or voicemail", refused.violations().get(0).message(Locale.ENGLISH));
      assertEquals("CallEntry.outcome: een telefoontje dat de deelnemer alleen iets vertelt, krijgt geen ja of nee:"
          + " noteer doorgegeven, geen gehoor of voicemail", refused.violations().get(0).message(DUTCH));
    }
    assertEquals(found, open(onlyNews, 5, Purpose.FOUND));

    // an ask is answered: told is refused
    AskPlan asking = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(6))).build()
        .advance(at(12, 2, 14, 0)).plan();
    InvalidValueException notTold = assertThrows(InvalidValueException.class,
        () -> asking.recordCall(at(12, 2, 14, 30), id(6), CallOutcome.REACHED));
    assertEquals("outcomeOfQuestion", notTold.violations().get(0).rule());
    assertEquals("CallEntry.outcome: een telefoontje dat de deelnemer iets vraagt, krijgt ja of nee: noteer ja, nee,"
        + " geen gehoor of voicemail, niet doorgegeven", notTold.violations().get(0).message(DUTCH));
    assertEquals(RequestState.HELPERS_ASKED, asking.lifecycle().state());
  }

  @Test
  void aNoticeNotReachedStaysOnTheSheetWithItsBoxesToCallAgain() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(2)))
        .filedBy(FiledBy.connector(id(1))).build().advance(at(12, 2, 14, 0)).plan();
    plan = plan.answer(at(12, 2, 14, 30), id(2), true).plan();
    AskStep noAnswer = plan.recordCall(at(12, 2, 15, 0), id(5), CallOutcome.NO_ANSWER);
    assertEquals(List.of(), noAnswer.messages());
    CallSheet sheet = CallSheet.of(id(1), noAnswer.plan().calls());
    assertEquals(1, sheet.open().size(), "not reached: to call again");
    assertEquals("""
        Bellijst van Bert de Vries

        1. Bel Frans Mulder, 06-12345675  (r-ride, 2026-12-02 14:30)
           Goed nieuws: er is iemand gevonden die u helpt (autorit, donderdagochtend).
           Genoteerd: geen gehoor
           Resultaat: [ ] doorgegeven  [ ] geen gehoor  [ ] voicemail
        """, sheet.print(CIRCLE, TestCircles.ZONE, DUTCH));
    AskPlan told = noAnswer.plan().recordCall(at(12, 2, 16, 0), id(5), CallOutcome.REACHED).plan();
    CallSheet after = CallSheet.of(id(1), told.calls());
    assertEquals(List.of(), after.open());
    assertTrue(after.print(CIRCLE, TestCircles.ZONE, Locale.ENGLISH).endsWith("   Recorded: told\n"),
        after.print(CIRCLE, TestCircles.ZONE, Locale.ENGLISH));
  }

  @Test
  void aCallIsAChannelTextsAreWordedForNeverOneAMessageGoesBy() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new Message(
        RequestId.of("r-1"), Recipient.member(id(5)), Channel.CALL, Purpose.FOUND, DUTCH, "Goed nieuws.",
        at(12, 2, 14, 0)));
    assertEquals("Message.channel: must not be a call: a call goes on a connector's call sheet, not in a message",
        refused.violations().get(0).message(Locale.ENGLISH));
  }
}
