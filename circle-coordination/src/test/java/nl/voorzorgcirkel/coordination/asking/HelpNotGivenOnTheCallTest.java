package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Circle;
import org.junit.jupiter.api.Test;

/**
 * A requester without a smartphone is asked on a connector's call whether the help was given. A no
 * there means the help did not happen: the plan treats it as {@link AskPlan#noShow}, reported by the
 * connector who called, rather than keeping the helper's yes standing until someone remembers to
 * report it (before, the no was only written on the call sheet and the request stayed accepted, a
 * promise of help that never came). m-0 and m-1 are connectors, m-5 has only a phone.
 */
class HelpNotGivenOnTheCallTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** m-5 asks for a ride on Thursday 10:00; m-2 says yes; at 11:00 m-5 is to be asked whether it was given. */
  private static AskPlan askedWhetherGiven() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(2)))
        .agreements(CircleAgreements.standard().toBuilder().locale(DUTCH).build()).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    plan = plan.answer(at(12, 2, 14, 30), id(2), true).plan();
    return plan.advance(at(12, 3, 11, 0)).plan();
  }

  private static CallEntry feedbackCall(AskPlan plan) {
    return plan.calls().stream().filter(c -> c.isOpen() && c.purpose() == Purpose.FEEDBACK).findFirst()
        .orElseThrow(() -> new AssertionError(plan.calls().toString()));
  }

  @Test
  void aNoOnTheCallWithdrawsTheHelpersYesAsANoShowReportedByTheConnectorWhoCalled() {
    AskPlan plan = askedWhetherGiven();
    CallEntry call = feedbackCall(plan);
    assertEquals(id(5), call.member());
    AskStep no = plan.recordCall(at(12, 3, 11, 30), id(5), CallOutcome.NO);

    // the yes no longer stands: no commitment is held for m-2, and the plan goes on at once
    assertNotEquals(RequestState.ACCEPTED, no.plan().lifecycle().state());
    assertEquals(Optional.empty(), Commitment.from(no.plan().lifecycle()));
    assertEquals(Optional.of(at(12, 3, 11, 30)), no.nextCheck());
    assertEquals(new Answer(id(2), false, at(12, 3, 11, 30), AnsweredBy.connector(call.connector())),
        no.plan().answers().get(no.plan().answers().size() - 1));
    // the question is recorded as answered no; the good news is no longer to be told
    assertEquals(Optional.of(CallOutcome.NO), no.plan().calls().get(plan.calls().indexOf(call)).outcome());
    assertEquals(List.of(), no.plan().calls().stream().filter(CallEntry::isOpen).toList());

    // exactly what the connector's noShow would have done
    AskStep reported = plan.noShow(at(12, 3, 11, 30), call.connector());
    assertEquals(reported.plan().lifecycle(), no.plan().lifecycle());
    assertEquals(reported.messages(), no.messages());

    // too late to ask anyone else: it expires with the next step, and nothing counts as help
    AskPlan end = no.plan().advance(at(12, 3, 11, 30)).plan();
    assertEquals(RequestState.EXPIRED, end.lifecycle().state());
    assertEquals(Optional.of(NextStep.SHARED_TAXI), end.lifecycle().nextStep());
    assertEquals(Optional.empty(), end.lifecycle().toHelpRecord());
    assertEquals(List.of("De helper voor uw hulpvraag (autorit, donderdagochtend) kon toch niet komen, en het is te"
        + " laat om iemand anders te vragen. Volgende stap: bestel de regiotaxi of het Wmo-vervoer."),
        end.calls().stream().filter(c -> c.isOpen() && c.member().equals(id(5))).map(CallEntry::question).toList());
  }

  @Test
  void aYesOnTheCallIsRecordedAndLeavesTheEffortToComplete() {
    AskPlan plan = askedWhetherGiven();
    AskStep yes = plan.recordCall(at(12, 3, 11, 30), id(5), CallOutcome.YES);
    assertEquals(RequestState.ACCEPTED, yes.plan().lifecycle().state(), "complete(...) records the effort");
    assertEquals(Optional.of(CallOutcome.YES),
        yes.plan().calls().get(plan.calls().indexOf(feedbackCall(plan))).outcome());
  }

  @Test
  void noAnswerLeavesTheQuestionOnTheSheetAndTheYesStanding() {
    AskPlan plan = askedWhetherGiven();
    AskStep none = plan.recordCall(at(12, 3, 11, 30), id(5), CallOutcome.NO_ANSWER);
    assertEquals(RequestState.ACCEPTED, none.plan().lifecycle().state());
    assertEquals(id(5), feedbackCall(none.plan()).member(), "still open, to call again");
  }
}
