package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/** The ask plan's side of user test 4's G4 and G13; each failed before its fix. */
class UserTest4AskPlanTest {

  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));

  /** The ride on Thursday 3 December 10:00 to 12:00, asked on Wednesday 14:00, m-2 said yes at 15:00. */
  private static AskPlan accepted() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), TestCircles.circle()).order(ORDER).build()
        .advance(at(12, 2, 14, 0)).plan();
    return plan.answer(at(12, 2, 15, 0), id(2), true).plan();
  }

  @Test
  void g4HelpReportedDoneBeforeTheRideStartsIsRefusedAndThePlanUnchanged() {
    AskPlan plan = accepted();
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> plan.complete(at(12, 2, 16, 0), Duration.ofMinutes(60)));
    assertEquals("done-before-the-window", e.rule());
    assertEquals(RequestState.ACCEPTED, plan.lifecycle().state());
    AskPlan done = plan.complete(at(12, 3, 11, 30), Duration.ofMinutes(60)).plan();
    assertEquals(at(12, 3, 10, 30), done.lifecycle().toHelpRecord().orElseThrow().start());
  }

  @Test
  void g4AYesAMonthAfterTheWindowIsRefusedAdvancedOrNot() {
    AskPlan asked = AskPlan.builder(TestCircles.ride().build(), TestCircles.circle()).order(ORDER).build()
        .advance(at(12, 2, 14, 0)).plan();
    // never advanced again: the lifecycle refuses the late yes itself
    assertEquals("window-has-ended", assertThrows(IllegalTransitionException.class,
        () -> asked.answer(at(12, 30, 10, 0), id(3), true)).rule());
    // advanced: the plan expired the request at its start
    AskPlan expired = asked.advance(at(12, 30, 9, 0)).plan();
    assertEquals(RequestState.EXPIRED, expired.lifecycle().state());
    assertEquals("request-is-final", assertThrows(IllegalTransitionException.class,
        () -> expired.answer(at(12, 30, 10, 0), id(3), true)).rule());
  }

  @Test
  void g13ASecondNoIsRefusedAsAlreadySaidNo() {
    AskPlan asked = AskPlan.builder(TestCircles.ride().build(), TestCircles.circle()).order(ORDER).build()
        .advance(at(12, 2, 14, 0)).plan();
    AskPlan declined = asked.answer(at(12, 2, 14, 30), id(2), false).plan();
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> declined.answer(at(12, 2, 14, 40), id(2), false));
    assertEquals("already-said-no", e.rule());
    assertEquals(1, declined.answers().size());
  }
}
