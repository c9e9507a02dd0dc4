package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.InMemoryMessagePort;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/** A request walked through rounds, quiet hours, escalation and expiry on fixed times. */
class AskPlanTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));

  private static AskPlan.Builder plan(HelpRequest request) {
    return AskPlan.builder(request, CIRCLE).order(ORDER).area(Area.of("Lindenlaan"));
  }

  private static List<Purpose> purposes(AskStep step) {
    return step.messages().stream().map(Message::purpose).toList();
  }

  private static List<Recipient> recipients(AskStep step) {
    return step.messages().stream().map(Message::recipient).toList();
  }

  @Test
  void roundsThenQuietHoursThenNextRoundInTheMorningThenExpiryWithTheNextStep() {
    AskStep step = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0));
    // the first round: the group post, then the two best members by message
    assertEquals(List.of(Recipient.group(), Recipient.member(id(2)), Recipient.member(id(3))), recipients(step));
    assertEquals("Wie kan donderdagochtend iemand met de auto rijden? Omgeving: Lindenlaan. Reageer hier in de groep.",
        step.messages().get(0).text());
    assertEquals("Kunt u donderdagochtend iemand met de auto rijden? Omgeving: Lindenlaan. Antwoord met ja of nee.",
        step.messages().get(1).text());
    assertEquals(Optional.of(at(12, 2, 18, 0)), step.nextCheck(), "the answer timeout, 4 hours");
    AskPlan plan = step.plan();
    assertEquals(RequestState.HELPERS_ASKED, plan.lifecycle().state());

    // an early call does nothing
    step = plan.advance(at(12, 2, 15, 0));
    assertEquals(List.of(), step.messages());
    assertEquals(Optional.of(at(12, 2, 18, 0)), step.nextCheck());
    plan = step.plan().answer(at(12, 2, 15, 30), id(2), false).plan();

    // 18:00, m-3 silent: round two, m-5 by phone through a connector, m-4 by message
    step = plan.advance(at(12, 2, 18, 0));
    assertEquals(1, step.calls().size());
    CallEntry call = step.calls().get(0);
    assertEquals(id(5), call.member());
    assertEquals(id(0), call.connector(), "the first connector when nobody has calls yet");
    assertEquals(List.of(Recipient.member(id(4)), Recipient.member(id(0))), recipients(step));
    assertEquals(List.of(Purpose.ASK, Purpose.CALLS_WAITING), purposes(step));
    assertEquals(Optional.of(at(12, 2, 22, 0)), step.nextCheck());
    plan = step.plan();

    // 22:00 is quiet: nothing until 08:00
    step = plan.advance(at(12, 2, 22, 0));
    assertEquals(List.of(), step.messages());
    assertEquals(List.of(), step.calls());
    assertEquals(Optional.of(at(12, 3, 8, 0)), step.nextCheck());
    plan = step.plan();

    // 08:00: round three; m-6's call goes to the other connector, who has none yet
    step = plan.advance(at(12, 3, 8, 0));
    assertEquals(id(6), step.calls().get(0).member());
    assertEquals(id(1), step.calls().get(0).connector());
    assertEquals(Optional.of(at(12, 3, 10, 0)), step.nextCheck(), "the start of the fixed window comes first");
    plan = step.plan();
    assertEquals(List.of(id(2), id(3), id(5), id(4), id(6), id(0)), plan.asked());
    assertEquals(3, plan.rounds());

    // 10:00: nobody said yes; the request expires, the connectors get the next step
    step = plan.advance(at(12, 3, 10, 0));
    plan = step.plan();
    assertEquals(RequestState.EXPIRED, plan.lifecycle().state());
    assertEquals(Optional.of(NextStep.SHARED_TAXI), plan.lifecycle().nextStep());
    assertTrue(plan.isFinished());
    assertEquals(Optional.empty(), step.nextCheck());
    List<Message> expiry = step.messages().stream().filter(m -> m.purpose() == Purpose.EXPIRY).toList();
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1))), expiry.stream().map(Message::recipient).toList());
    assertEquals("Hulpvraag r-ride (autorit, donderdagochtend) is verlopen: niemand kon helpen (gevraagde deelnemers: 6)."
        + " Volgende stap: bestel de regiotaxi of het Wmo-vervoer.", expiry.get(0).text());
    assertTrue(step.messages().stream().anyMatch(m -> m.purpose() == Purpose.NOT_FOUND
        && m.recipient().equals(Recipient.member(id(7)))), "the requester hears it too");
    // those asked by message and not answered: m-3, m-4, m-0
    assertEquals(List.of(Recipient.member(id(3)), Recipient.member(id(4)), Recipient.member(id(0))),
        step.messages().stream().filter(m -> m.purpose() == Purpose.CLOSED).map(Message::recipient).toList());
    assertEquals(List.of(), plan.advance(at(12, 3, 11, 0)).messages(), "an ended plan does nothing");
  }

  @Test
  void whenEveryoneSaysNoTheNextRoundIsAtOnceAndAConnectorIsToldOnceWhenNobodyIsLeft() {
    HelpRequest request = TestCircles.ride().window(nl.voorzorgcirkel.core.model.TimeWindow.flexible(
        at(12, 3, 9, 0), at(12, 5, 18, 0))).build();
    AskPlan plan = AskPlan.builder(request, CIRCLE).order(List.of(id(2), id(3), id(4))).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    plan = plan.answer(at(12, 2, 14, 5), id(2), false).plan();
    AskStep step = plan.answer(at(12, 2, 14, 6), id(3), false);
    assertEquals(Optional.of(at(12, 2, 14, 6)), step.nextCheck(), "everyone asked said no: due now");
    step = step.plan().advance(at(12, 2, 14, 6));
    assertEquals(List.of(Recipient.member(id(4))), recipients(step));
    step = step.plan().answer(at(12, 2, 14, 10), id(4), false);
    step = step.plan().advance(step.nextCheck().orElseThrow());
    assertEquals(List.of(Purpose.ESCALATION, Purpose.ESCALATION), purposes(step));
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1))), recipients(step));
    assertEquals("Op hulpvraag r-ride (autorit, tussen donderdag 3 december en zaterdag 5 december) heeft nog niemand"
        + " ja gezegd. Gevraagde deelnemers: 3; er is niemand meer om te vragen. Wilt u zelf iemand benaderen?",
        step.messages().get(0).text());
    assertTrue(step.plan().isEscalated());
    assertEquals(Optional.of(at(12, 5, 17, 0)), step.nextCheck(), "the flexible window's last start");
    assertEquals(List.of(), step.plan().advance(at(12, 4, 12, 0)).messages(), "escalated once only");
    assertEquals(RequestState.EXPIRED, step.plan().advance(at(12, 5, 17, 0)).plan().lifecycle().state());
  }

  @Test
  void aYesTakesTheRequestAndAHelperWhoStepsBackLetsTheAskingGoOn() {
    AskPlan plan = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0)).plan();
    AskStep yes = plan.answer(at(12, 2, 14, 30), id(3), true);
    assertEquals(RequestState.ACCEPTED, yes.plan().lifecycle().state());
    assertEquals(Optional.of(at(12, 2, 19, 0)), yes.nextCheck(), "the reminder the evening before");
    assertEquals(List.of(Purpose.THANKS, Purpose.FOUND, Purpose.TAKEN, Purpose.TAKEN), purposes(yes));
    assertEquals(List.of(Recipient.member(id(3)), Recipient.member(id(7)), Recipient.member(id(2)), Recipient.group()),
        recipients(yes));
    assertEquals("Dank u wel dat u helpt (autorit, donderdagochtend)! U hoort nog voor wie en waar u helpt.",
        yes.messages().get(0).text());
    assertEquals(List.of(), yes.plan().advance(at(12, 2, 18, 59)).messages());

    AskStep stepsBack = yes.plan().answer(at(12, 2, 20, 0), id(3), false);
    assertEquals(RequestState.HELPERS_ASKED, stepsBack.plan().lifecycle().state(), "m-2 was asked and is silent");
    assertTrue(stepsBack.messages().stream().anyMatch(m -> m.purpose() == Purpose.REOPENED && m.recipient().isGroup()));
    assertEquals(Optional.of(at(12, 2, 20, 0)), stepsBack.nextCheck());
    AskStep next = stepsBack.plan().advance(at(12, 2, 20, 0));
    // m-2 was told it was taken: not waited on, asked again as a new ask (user test 14, M3); never m-3
    assertEquals(List.of(id(3), id(2), id(5)), next.plan().asked());
    assertFalse(next.messages().stream().anyMatch(m -> m.recipient().isGroup()), "posted in the group once");
  }

  @Test
  void theHelperIsRemindedTheEveningBeforeAndAnHourBeforeAndAskedAfterwardsWhetherTheHelpWasGiven() {
    AskPlan plan = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0)).plan();
    plan = plan.answer(at(12, 2, 14, 30), id(3), true).plan();
    AskStep evening = plan.advance(at(12, 2, 19, 0));
    assertEquals(List.of(Purpose.REMINDER), purposes(evening));
    assertEquals(List.of(Recipient.member(id(3))), recipients(evening));
    assertEquals("Herinnering: u helpt bij een hulpvraag (autorit, donderdagochtend). Dank u wel!",
        evening.messages().get(0).text());
    assertEquals(Optional.of(at(12, 3, 9, 0)), evening.nextCheck());
    assertEquals(List.of(), evening.plan().advance(at(12, 2, 20, 0)).messages(), "each reminder once");
    AskStep soon = evening.plan().advance(at(12, 3, 9, 0));
    assertTrue(soon.messages().get(0).text().startsWith("Herinnering: over een uur helpt u"));
    assertEquals(Optional.of(at(12, 3, 11, 0)), soon.nextCheck(), "when the help should be over");
    AskStep after = soon.plan().advance(at(12, 3, 11, 0));
    assertEquals(List.of(Recipient.member(id(7)), Recipient.member(id(0)), Recipient.member(id(1))), recipients(after));
    assertEquals(List.of(Purpose.FEEDBACK, Purpose.FEEDBACK, Purpose.FEEDBACK), purposes(after));
    assertEquals(Optional.empty(), after.nextCheck(), "nothing more until the answer comes");
    // the helper did not come: it never counts as help, and the plan ends expired
    AskStep noShow = after.plan().noShow(at(12, 3, 11, 30), id(0));
    assertEquals(AnsweredBy.connector(id(0)), noShow.plan().answers().get(1).answeredBy(), "reported by a connector");
    AskPlan ended = noShow.plan().advance(at(12, 3, 11, 30)).plan();
    assertEquals(RequestState.EXPIRED, ended.lifecycle().state());
    assertEquals(Optional.empty(), ended.lifecycle().toHelpRecord());
    assertThrows(IllegalStateException.class, () -> ended.noShow(at(12, 3, 12, 0), null));
  }

  @Test
  void theQuestionWhetherHelpWasGivenWaitsForTheEndOfTheQuietHours() {
    // a flexible window that ends at midnight: the question is asked at 08:00, not at 00:00
    HelpRequest request = TestCircles.ride()
        .window(TimeWindow.flexible(at(12, 3, 10, 0), at(12, 4, 0, 0))).build();
    AskPlan plan = plan(request).build().advance(at(12, 2, 14, 0)).plan();
    AskStep yes = plan.answer(at(12, 2, 14, 30), id(3), true);
    assertEquals(Optional.of(at(12, 4, 8, 0)), yes.nextCheck(), "the morning after the window");
    assertEquals(List.of(), yes.plan().advance(at(12, 4, 0, 0)).messages(), "nothing at midnight");
    AskStep morning = yes.plan().advance(at(12, 4, 8, 0));
    assertEquals(List.of(Purpose.FEEDBACK, Purpose.FEEDBACK, Purpose.FEEDBACK), purposes(morning));
  }

  @Test
  void aYesAfterTheEveningBeforeGetsOnlyTheLastReminder() {
    AskPlan plan = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0)).plan();
    AskStep yes = plan.answer(at(12, 2, 21, 0), id(2), true);
    assertEquals(Optional.of(at(12, 3, 9, 0)), yes.nextCheck());
  }

  @Test
  void aConnectorsOnlyRequestNeverReachesTheGroupAndAnswersGoToTheConnector() {
    AskPlan plan = plan(TestCircles.ride().build()).visibility(Visibility.connectorsOnly()).build();
    AskStep step = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(Recipient.member(id(2)), Recipient.member(id(3))), recipients(step));
    assertEquals("Kunt u donderdagochtend iemand met de auto rijden? Omgeving: Lindenlaan. Reageer bij de verbinder.",
        step.messages().get(0).text());
    AskStep yes = step.plan().answer(at(12, 2, 15, 0), id(2), true);
    assertFalse(yes.messages().stream().anyMatch(m -> m.recipient().isGroup()));
    assertEquals("Dank u wel dat u helpt (autorit, donderdagochtend)! De verbinder geeft u de details.",
        yes.messages().get(0).text());
    assertFalse(yes.plan().isPostedInGroup());
  }

  @Test
  void privateRequestsNeedTheAgreementAndAConnector() {
    CircleAgreements noPrivate = CircleAgreements.builder().privateRequestsAllowed(false).build();
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> plan(TestCircles.ride().build()).visibility(Visibility.connectorsOnly()).agreements(noPrivate).build());
    assertEquals("invalid value (1): AskPlan.visibility: the circle's agreements do not allow private requests",
        refused.getMessage());
    assertEquals("ongeldige waarde (1): AskPlan.visibility: de afspraken van de cirkel staan geen besloten hulpvragen toe",
        ((InvalidValueException) refused).message(Locale.forLanguageTag("nl")));
    Circle.Builder noConnectors = Circle.builder().from(CIRCLE).members(List.of());
    CIRCLE.members().forEach(m -> noConnectors.addMembers(m.toBuilder().role(Role.MEMBER).build()));
    assertThrows(IllegalArgumentException.class, () -> AskPlan.builder(TestCircles.ride().build(), noConnectors.build())
        .order(ORDER).visibility(Visibility.connectorsOnly()).build());
  }

  @Test
  void namedMembersOnlyAreAskedInTheOrderNamedAndOnlyIfTheyCanHelp() {
    AskPlan plan = plan(TestCircles.ride().build())
        .order(List.of(id(2), id(3), id(4)))
        .visibility(Visibility.members(List.of(id(4), id(1), id(2))))
        .agreements(CircleAgreements.builder().notificationBudget(1).build())
        .build();
    assertEquals(List.of(id(4), id(2)), plan.order(), "m-1 is not in the order: cannot help");
    AskStep first = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(Recipient.member(id(4))), recipients(first));
    AskStep second = first.plan().advance(at(12, 2, 18, 0));
    assertEquals(List.of(Recipient.member(id(2))), recipients(second));
    assertThrows(IllegalArgumentException.class, () -> Visibility.members(List.of(id(2), id(2))));
    assertThrows(IllegalArgumentException.class,
        () -> plan(TestCircles.ride().build()).visibility(Visibility.members(List.of(id(7)))).build(),
        "the requester cannot be named");
  }

  @Test
  void helpNeededTodayIsAskedAtNightWithTheShorterTimeout() {
    HelpRequest today = TestCircles.ride().urgency(Urgency.TODAY).createdAt(at(12, 2, 23, 0))
        .window(nl.voorzorgcirkel.core.model.TimeWindow.fixed(at(12, 3, 7, 0), at(12, 3, 8, 0))).build();
    AskStep step = plan(today).build().advance(at(12, 2, 23, 0));
    assertEquals(3, step.messages().size());
    assertTrue(step.messages().get(0).text().startsWith("Graag vandaag nog antwoord! Wie kan donderdagochtend"));
    assertEquals(Optional.of(at(12, 3, 0, 0)), step.nextCheck(), "one hour for help needed today");
    AskStep routine = plan(TestCircles.ride().createdAt(at(12, 2, 23, 0)).build()).build().advance(at(12, 2, 23, 0));
    assertEquals(List.of(), routine.messages());
    assertEquals(Optional.of(at(12, 3, 8, 0)), routine.nextCheck());
  }

  @Test
  void aConnectorRecordsCallsOnTheMembersBehalf() {
    AskPlan plan = plan(TestCircles.ride().build()).order(List.of(id(5), id(6), id(2)))
        .agreements(CircleAgreements.builder().notificationBudget(2).build()).build();
    AskStep step = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(id(0), id(1)), step.calls().stream().map(CallEntry::connector).toList(),
        "each phone member on one sheet, the load spread over the connectors");
    plan = step.plan().recordCall(at(12, 2, 14, 30), id(5), CallOutcome.VOICEMAIL).plan();
    assertEquals(List.of(id(5), id(6)), plan.lifecycle().pendingHelpers(), "voicemail is no answer yet");
    assertEquals(Optional.of(CallOutcome.VOICEMAIL), plan.calls().get(0).outcome());
    assertTrue(plan.calls().get(0).isOpen());
    AskStep yes = plan.recordCall(at(12, 2, 15, 0), id(5), CallOutcome.YES);
    assertEquals(Optional.of(id(5)), yes.plan().lifecycle().helper());
    assertEquals(AnsweredBy.connector(id(0)), yes.plan().answers().get(0).answeredBy(), "recorded by the connector");
    assertEquals(Optional.of(CallOutcome.YES), yes.plan().calls().get(0).outcome());
    assertThrows(IllegalArgumentException.class, () -> yes.plan().recordCall(at(12, 2, 15, 0), id(2), CallOutcome.NO),
        "m-2 was never called");
  }

  @Test
  void membersWhoHadTheirAsksThisWeekAreSkipped() {
    RequestLifecycle other = RequestLifecycle.open(TestCircles.ride().id(RequestId.of("r-other")).createdAt(at(11, 30, 9, 0)).build());
    for (int i = 0; i < 2; i++) {
      other = other.ask(at(11, 30, 10 + i, 0), null, List.of(id(2)));
      other = other.decline(at(11, 30, 10 + i, 30), id(2));
    }
    AskPlan plan = plan(TestCircles.ride().build()).history(AskHistory.from(List.of(other)))
        .agreements(CircleAgreements.builder().maxAsksPerMemberPerWeek(2).build()).build();
    assertEquals(List.of(Recipient.group(), Recipient.member(id(3))),
        recipients(plan.advance(at(12, 2, 14, 0))).subList(0, 2));
    assertEquals(List.of(id(3), id(5)), plan.advance(at(12, 2, 14, 0)).plan().asked());
  }

  @Test
  void timeNeverGoesBackwardsAndTheClockCanBeInjected() {
    AskPlan plan = plan(TestCircles.ride().build()).build();
    AskStep step = plan.advance(Clock.fixed(at(12, 2, 14, 0), TestCircles.ZONE));
    assertEquals(2, step.plan().asked().size());
    InvalidValueException backwards = assertThrows(InvalidValueException.class,
        () -> step.plan().advance(at(12, 2, 13, 0)));
    assertEquals("invalid value (1): AskPlan.now: must not be before the plan's last step (2026-12-02T13:00:00Z): "
        + "the clock does not go back", backwards.getMessage());
    assertEquals("ongeldige waarde (1): AskPlan.now: mag niet vóór de laatste stap van het plan liggen "
        + "(2026-12-02T13:00:00Z): de klok gaat niet terug", backwards.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void nobodyToAskEscalatesAndExpiresWithTheNeighbouringCircleWhenNobodyOffersTheHelp() {
    // nobody in the circle offers meals
    HelpRequest meal = TestCircles.ride().capability(Capability.MEALS).build();
    AskPlan plan = AskPlan.builder(meal, CIRCLE).order(List.of()).build();
    AskStep step = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(Purpose.ESCALATION, Purpose.ESCALATION), purposes(step));
    step = step.plan().advance(at(12, 3, 10, 0));
    assertEquals(Optional.of(NextStep.ASK_NEIGHBOURING_CIRCLE), step.plan().lifecycle().nextStep());
    assertTrue(expiry(step).endsWith("niemand anders in de cirkel biedt deze hulp aan. Volgende stap: vraag een"
        + " voorzorgcirkel in de buurt: niemand in deze cirkel biedt deze hulp aan."), expiry(step));
  }

  /**
   * User test 13, M3: everyone offers rides, from 09:00 to 18:00 (the default); a ride at 22:30
   * found nobody and expired saying nobody in the circle offers rides. Someone does, only not at
   * that time: the ride gets the shared taxi, as the same ride at 12:30 does.
   */
  @Test
  void nobodyAtThatTimeIsNotNobodyOffersIt() {
    HelpRequest late = TestCircles.ride().urgency(Urgency.TODAY).createdAt(at(12, 3, 20, 30))
        .window(TimeWindow.fixed(at(12, 3, 22, 30), at(12, 3, 23, 30))).build();
    AskPlan plan = AskPlan.builder(late, CIRCLE)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 3, 20, 30)))
        .build();
    assertEquals(List.of(), plan.order(), "everyone offers rides, nobody from 22:30");
    AskStep step = plan.advance(at(12, 3, 20, 30));
    for (int i = 0; i < 10 && !step.plan().isFinished(); i++) {
      step = step.plan().advance(step.plan().nextCheck().orElse(step.plan().expiresAt()));
    }
    assertEquals(Optional.of(NextStep.SHARED_TAXI), step.plan().lifecycle().nextStep());
    assertTrue(expiry(step).endsWith("is verlopen: deelnemers van de cirkel bieden deze hulp aan, maar niemand"
        + " kon haar zo op zich nemen (op dat tijdstip, binnen hun ruimte of hun afstand; de rangorde zegt per"
        + " deelnemer waarom). Volgende stap: bestel de regiotaxi of het Wmo-vervoer."), expiry(step));
    assertFalse(expiry(step).contains("niemand in deze cirkel biedt"), expiry(step));
  }

  private static String expiry(AskStep step) {
    return step.messages().stream().filter(m -> m.purpose() == Purpose.EXPIRY).findFirst().orElseThrow().text();
  }

  @Test
  void aRequestOutOfScopeIsReferredAtTheFirstStep() {
    HelpRequest washing = TestCircles.ride().capability(Capability.of("personal-care")).build();
    AskPlan plan = AskPlan.builder(washing, CIRCLE)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0)))
        .build();
    AskStep step = plan.advance(at(12, 2, 14, 0));
    assertEquals(RequestState.REFERRED, step.plan().lifecycle().state());
    // the connectors, and the requester, who reads messages; never the group
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1)), Recipient.member(id(7))), recipients(step));
    assertEquals(List.of(Purpose.REFERRAL, Purpose.REFERRAL, Purpose.REFERRAL), purposes(step));
    // without a referral directory the texts name where it belongs, not whom to call
    assertEquals("Over uw hulpvraag (hulp, donderdagochtend): persoonlijke verzorging doet de cirkel"
        + " niet: dit hoort bij de wijkverpleging. De verbinder neemt contact met u op.", step.messages().get(2).text());
  }

  @Test
  void rankedByAsksTheStrategysCandidatesInItsOrder() {
    CircleSnapshot snapshot = CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0));
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE)
        .rankedBy(MatchingStrategies.standard(), snapshot).build();
    assertEquals(MatchingStrategies.standard().order(TestCircles.ride().build(), snapshot), plan.order());
    assertFalse(plan.order().contains(id(7)));
  }

  @Test
  void cancellingTellsTheGroupAndThoseAskedAndDoneIsDone() {
    AskPlan plan = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0)).plan();
    AskStep cancelled = plan.cancel(at(12, 2, 15, 0), id(7));
    assertEquals(RequestState.CANCELLED, cancelled.plan().lifecycle().state());
    assertEquals(List.of(Recipient.member(id(2)), Recipient.member(id(3)), Recipient.group()), recipients(cancelled));
    AskPlan helped = plan.answer(at(12, 2, 15, 0), id(2), true).plan()
        .complete(at(12, 3, 11, 0), Duration.ofMinutes(90)).plan();
    assertEquals(RequestState.DONE, helped.lifecycle().state());
    assertEquals(Duration.ofMinutes(90), helped.lifecycle().toHelpRecord().orElseThrow().effort());
  }

  @Test
  void messagesSentThroughThePortArriveInOrderAndShowNoTextInToString() {
    InMemoryMessagePort port = new InMemoryMessagePort();
    AskPlan plan = plan(TestCircles.ride().build()).build().advance(at(12, 2, 14, 0)).sendTo(port);
    assertEquals(3, port.messages().size());
    assertEquals(1, port.groupChat().size());
    assertEquals(1, port.to(id(2)).size());
    Message first = port.messages().get(0);
    assertFalse(first.toString().contains("Wie kan"));
    assertEquals("AskPlan{request=r-ride, GROUP, state=HELPERS_ASKED, rounds=1, asked=2}", plan.toString());
    Instant at = at(12, 2, 14, 0);
    assertThrows(IllegalArgumentException.class, () -> new Message(RequestId.of("r-1"), Recipient.group(),
        nl.voorzorgcirkel.coordination.messaging.Channel.DIRECT, Purpose.ASK, java.util.Locale.ENGLISH, "x", at));
  }
}
