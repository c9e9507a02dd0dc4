package nl.voorzorgcirkel.core.lifecycle;

import static nl.voorzorgcirkel.testing.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

  private static final MemberId REQUESTER = MemberId.of("m-0");
  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");

  private static Instant at(int minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  private final HelpRequest request = Fixtures.request("r-1", "m-0").build();

  @Test
  void theHappyPathKeepsWhatWhenAndByWhom() {
    RequestLifecycle done = RequestLifecycle.open(request)
        .ask(at(1), MemberId.of("m-9"), List.of(ANNA, BERT))
        .decline(at(2), ANNA)
        .accept(at(3), BERT)
        .complete(at(90), Duration.ofMinutes(75));

    assertEquals(RequestState.DONE, done.state());
    assertEquals(List.of(RequestState.HELPERS_ASKED, RequestState.HELPERS_ASKED,
        RequestState.ACCEPTED, RequestState.DONE),
        done.history().stream().map(Transition::to).toList());
    assertEquals(Optional.of(MemberId.of("m-9")), done.history().get(0).event().by());
    assertEquals(at(2), done.history().get(1).event().at());
    assertEquals(List.of(ANNA), done.declinedBy());
    HelpRecord record = done.toHelpRecord().orElseThrow();
    assertEquals(BERT, record.helper());
    assertEquals(REQUESTER, record.recipient());
    assertEquals(Duration.ofMinutes(75), record.effort());
    assertEquals(at(15), record.start());
  }

  @Test
  void whenEveryAskedHelperDeclinesTheRequestIsOpenAgainWithoutPenalty() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request)
        .ask(at(1), null, List.of(ANNA, BERT))
        .decline(at(2), ANNA)
        .decline(at(3), BERT);
    assertEquals(RequestState.OPEN, lifecycle.state());
    assertEquals(List.of(ANNA, BERT), lifecycle.declinedBy());
    // asking again is allowed and clears the decline
    assertEquals(List.of(BERT), lifecycle.ask(at(4), null, List.of(ANNA)).declinedBy());
  }

  @Test
  void aHelperWhoWithdrawsReopensTheRequest() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request).accept(at(1), ANNA).decline(at(2), ANNA);
    assertEquals(RequestState.OPEN, lifecycle.state());
    assertEquals(Optional.empty(), lifecycle.helper());
  }

  @Test
  void anIllegalTransitionThrowsAClearBilingualErrorAndChangesNothing() {
    RequestLifecycle cancelled = RequestLifecycle.open(request).cancel(at(1), REQUESTER);
    IllegalTransitionException e =
        assertThrows(IllegalTransitionException.class, () -> cancelled.accept(at(2), ANNA));
    assertEquals("request-is-final", e.rule());
    assertEquals("Accepted", e.event());
    assertEquals("cannot record an acceptance for a request in state 'cancelled': the request is already closed",
        e.getMessage());
    assertEquals("Aannemen kan niet bij een hulpvraag met status 'ingetrokken': de hulpvraag is al afgesloten",
        e.message(Locale.forLanguageTag("nl")));
    assertEquals(RequestState.CANCELLED, cancelled.state());
    assertEquals(1, cancelled.history().size());
  }

  @Test
  void theRequesterCannotHelpThemselves() {
    RequestLifecycle open = RequestLifecycle.open(request);
    assertEquals("requester-cannot-help",
        assertThrows(IllegalTransitionException.class, () -> open.accept(at(1), REQUESTER)).rule());
    assertEquals("requester-cannot-help", assertThrows(IllegalTransitionException.class,
        () -> open.ask(at(1), null, List.of(ANNA, REQUESTER))).rule());
  }

  @Test
  void doneNeedsSomeoneWhoAcceptedAndTimeMovesForward() {
    RequestLifecycle open = RequestLifecycle.open(request);
    assertEquals("nobody-accepted", assertThrows(IllegalTransitionException.class,
        () -> open.complete(at(5), Duration.ofMinutes(30))).rule());
    assertEquals("time-goes-backwards", assertThrows(IllegalTransitionException.class,
        () -> open.accept(NOW.minusSeconds(1), ANNA)).rule());
    assertEquals("not-asked-and-not-helping", assertThrows(IllegalTransitionException.class,
        () -> open.decline(at(1), ANNA)).rule());
  }

  @Test
  void anExpiredRequestSaysWhatToDoNext() {
    HelpRequest ride = request.toBuilder().capability(Capability.RIDE_BY_CAR).build();
    assertEquals(NextStep.SHARED_TAXI, RequestLifecycle.open(ride).expire(at(1)).nextStep().orElseThrow());
    HelpRequest today = request.toBuilder().urgency(Urgency.TODAY).build();
    RequestLifecycle expired = RequestLifecycle.open(today).expire(at(1));
    assertEquals(NextStep.ASK_FAMILY_CARER, expired.nextStep().orElseThrow());
    assertEquals("ask the family carer", expired.nextStep().orElseThrow().advice(Locale.ENGLISH));
    assertEquals("vraag de mantelzorger",
        expired.nextStep().orElseThrow().advice(Locale.forLanguageTag("nl")));
    assertEquals(NextStep.REPOST_WITH_WIDER_WINDOW, NextStep.suggestFor(request));
    assertEquals("a-helper-accepted", assertThrows(IllegalTransitionException.class,
        () -> RequestLifecycle.open(request).accept(at(1), ANNA).expire(at(2))).rule());
  }

  @Test
  void aReferralRecordsWhereAndWhy() {
    RequestLifecycle referred = RequestLifecycle.open(request)
        .refer(at(1), null, ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care"));
    assertEquals(RequestState.REFERRED, referred.state());
    RequestEvent.Referred event = (RequestEvent.Referred) referred.events().get(0);
    assertEquals(ReferralTarget.DISTRICT_NURSING, event.target());
    assertThrows(IllegalArgumentException.class,
        () -> RequestLifecycle.open(request).refer(at(1), null, ScopeDecision.inScope()));
  }

  @Test
  void anExpiredRequestCanStillBeReferredButNothingElseHappensToIt() {
    RequestLifecycle expired = RequestLifecycle.open(request).expire(at(1));
    RequestLifecycle referred = expired
        .refer(at(2), ANNA, ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care"));
    assertEquals(RequestState.REFERRED, referred.state());
    assertEquals(RequestState.EXPIRED, referred.history().get(1).from());
    assertEquals(Optional.empty(), referred.nextStep(), "the referral replaces the next step");
    assertEquals("request-is-final", assertThrows(IllegalTransitionException.class,
        () -> referred.refer(at(3), ANNA, ScopeDecision.refer(ReferralTarget.GENERAL_PRACTITIONER, "medical"))).rule());
    assertEquals("request-is-final", assertThrows(IllegalTransitionException.class,
        () -> expired.accept(at(2), ANNA)).rule());
    assertEquals("request-is-final", assertThrows(IllegalTransitionException.class,
        () -> RequestLifecycle.open(request).cancel(at(1), REQUESTER)
            .refer(at(2), null, ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care"))).rule());
    assertEquals(referred, RequestLifecycle.replay(request, referred.events()));
  }

  @Test
  void toStringShowsNoPersonalData() {
    String text = RequestLifecycle.open(request.toBuilder().description("ZZSECRET").build()).toString();
    assertEquals("RequestLifecycle{request=r-1, state=OPEN, events=0}", text);
    assertTrue(RequestState.DONE.isFinal());
  }
}
