package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * User test 14 (M1, M2): the quiet hours hold end-of-request notices as they hold asks, and help at a
 * fixed time before the quiet hours end is asked for at once whatever its declared urgency.
 */
class QuietHoursNoticesTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));

  private static AskPlan plan(HelpRequest request, List<MemberId> order) {
    return AskPlan.builder(request, CIRCLE).order(order).area(Area.of("Lindenlaan")).build();
  }

  /** Groceries within Wednesday 2 and Thursday 3 December; the last start is Thursday 23:00. */
  private static HelpRequest groceries() {
    return HelpRequest.builder().id(RequestId.of("r-flex")).requester(id(5))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.flexibleWithinDays(java.time.LocalDate.of(2026, 12, 2), 2, TestCircles.ZONE))
        .expectedDuration(Duration.ofHours(1)).createdAt(at(12, 1, 9, 0)).build();
  }

  private static HelpRequest ride(Instant filed, Instant start, Urgency urgency) {
    return TestCircles.ride().id(RequestId.of("r-late")).createdAt(filed).urgency(urgency)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(90)))).build();
  }

  private static boolean quiet(Instant t) {
    return QuietHours.standard().contains(t, TestCircles.ZONE);
  }

  @Test
  void anExpiryInTheQuietHoursHoldsEveryNoticeToTheMorningInOrder() {
    AskPlan plan = plan(groceries(), List.of(id(2), id(3), id(4)));
    List<Message> sent = new ArrayList<>();
    List<CallEntry> calls = new ArrayList<>();
    Instant t = at(12, 1, 9, 0);
    AskStep step = null;
    while (!plan.isFinished()) {
      step = plan.advance(t);
      sent.addAll(step.messages());
      calls.addAll(step.calls());
      plan = step.plan();
      t = step.nextCheck().orElse(t);
    }
    assertEquals(RequestState.EXPIRED, plan.lifecycle().state());
    for (Message m : sent) {
      assertFalse(quiet(m.at()), "a message in the quiet hours: " + m);
    }
    for (CallEntry c : calls) {
      assertFalse(quiet(c.askedAt()), "a call put on a sheet in the quiet hours: " + c);
    }
    List<Message> end = sent.stream().filter(m -> m.purpose() == Purpose.EXPIRY || m.purpose() == Purpose.CLOSED
        || m.purpose() == Purpose.NOT_FOUND).toList();
    // the connectors' expiries, then the three asked by message, none answered: closed
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1)), Recipient.member(id(2)),
        Recipient.member(id(3)), Recipient.member(id(4))), end.stream().map(Message::recipient).toList());
    assertTrue(end.stream().allMatch(m -> m.at().equals(at(12, 4, 8, 0))), "all at 08:00 on Friday");
    // the phone-only requester hears it through a connector's call, put on the sheet at 08:00
    CallEntry notFound = calls.stream().filter(c -> c.purpose() == Purpose.NOT_FOUND).findFirst().orElseThrow();
    assertEquals(at(12, 4, 8, 0), notFound.askedAt());
  }

  @Test
  void theExpiryItselfIsAtTheLastStartAndAHeldNoticeIsNeverLost() {
    AskPlan plan = plan(groceries(), List.of(id(2)));
    plan = plan.advance(at(12, 1, 9, 0)).plan();
    AskStep expiry = plan.advance(at(12, 3, 23, 0));
    AskPlan expired = expiry.plan();
    assertEquals(RequestState.EXPIRED, expired.lifecycle().state(), "expired at the last start");
    assertEquals(List.of(), expiry.messages());
    assertEquals(List.of(), expiry.calls());
    assertFalse(expired.isFinished(), "not finished while it holds notices");
    assertEquals(Optional.of(at(12, 4, 8, 0)), expiry.nextCheck());
    assertThrows(IllegalTransitionException.class, () -> expired.answer(at(12, 3, 23, 30), id(2), true));
    assertEquals(List.of(), expired.advance(at(12, 4, 7, 0)).messages(), "still quiet at 07:00");
    // advanced only two days later, in the next night's quiet hours: still sent, none lost
    AskStep late = expired.advance(at(12, 5, 22, 0));
    assertEquals(List.of(Purpose.EXPIRY, Purpose.EXPIRY, Purpose.CLOSED),
        late.messages().stream().map(Message::purpose).filter(p -> p != Purpose.CALLS_WAITING).toList());
    assertEquals(1, late.calls().size(), "the requester's call");
    assertTrue(late.plan().isFinished());
    assertEquals(Optional.empty(), late.nextCheck());
  }

  @Test
  void aRideTonightWithTheDefaultUrgencyIsAskedForAtOnce() {
    AskStep step = plan(ride(at(12, 1, 22, 0), at(12, 1, 23, 0), Urgency.ROUTINE), ORDER).advance(at(12, 1, 22, 0));
    assertTrue(step.messages().stream().anyMatch(m -> m.purpose() == Purpose.ASK), "asked in the quiet hours");
    assertEquals(Optional.of(at(12, 1, 23, 0)), step.nextCheck(), "the short timeout, then the start");
  }

  @Test
  void aRideBeforeTheQuietHoursEndIsAskedForAtOnceAndOneAfterWaits() {
    AskStep early = plan(ride(at(12, 1, 22, 30), at(12, 2, 7, 0), Urgency.ROUTINE), ORDER).advance(at(12, 1, 22, 30));
    assertTrue(early.messages().stream().anyMatch(m -> m.purpose() == Purpose.ASK));
    assertEquals(Optional.of(at(12, 1, 23, 30)), early.nextCheck(), "the urgent answer timeout, 1 hour");
    AskStep later = plan(ride(at(12, 1, 22, 30), at(12, 2, 10, 0), Urgency.ROUTINE), ORDER).advance(at(12, 1, 22, 30));
    assertEquals(List.of(), later.messages(), "help at 10:00 waits for the morning");
    assertEquals(Optional.of(at(12, 2, 8, 0)), later.nextCheck());
  }

  /**
   * Found with user test 14: help at 08:00, when the quiet hours end, was not needed today (its start was not
   * before their end), so it was held to 08:00 and expired then, nobody ever asked.
   */
  @Test
  void aRideAtTheVeryEndOfTheQuietHoursIsAskedForAtOnce() {
    AskStep step = plan(ride(at(12, 1, 22, 30), at(12, 2, 8, 0), Urgency.ROUTINE), ORDER).advance(at(12, 1, 22, 30));
    assertTrue(step.messages().stream().anyMatch(m -> m.purpose() == Purpose.ASK), "asked in the quiet hours");
    assertEquals(Optional.of(at(12, 1, 23, 30)), step.nextCheck(), "the urgent answer timeout, 1 hour");
  }

  @Test
  void whenNobodyCanBeAskedForHelpTonightTheConnectorsHearItAtOnce() {
    AskStep step = plan(ride(at(12, 1, 22, 0), at(12, 1, 23, 0), Urgency.ROUTINE), List.of()).advance(at(12, 1, 22, 0));
    assertEquals(List.of(Recipient.member(id(0)), Recipient.member(id(1))), step.messages().stream()
        .filter(m -> m.purpose() == Purpose.ESCALATION).map(Message::recipient).toList());
    // and the expiry at the start, in the quiet hours, goes out at once too: the requester is waiting
    AskStep expiry = step.plan().advance(at(12, 1, 23, 0));
    assertTrue(expiry.messages().stream().anyMatch(m -> m.purpose() == Purpose.EXPIRY));
    assertTrue(expiry.plan().isFinished());
  }

  @Test
  void todayOnARequestForNextWeekAsksAtOnceForAnAnswerToday() {
    HelpRequest nextWeek = ride(at(12, 1, 22, 0), at(12, 9, 10, 0), Urgency.TODAY);
    AskStep step = plan(nextWeek, ORDER).advance(at(12, 1, 22, 0));
    List<Message> asks = step.messages().stream().filter(m -> m.purpose() == Purpose.ASK).toList();
    assertTrue(asks.get(0).text().startsWith("Graag vandaag nog antwoord! Wie kan woensdagochtend"),
        asks.get(0).text());
    AskPlan english = AskPlan.builder(nextWeek, CIRCLE).order(ORDER)
        .agreements(CircleAgreements.builder().locale(java.util.Locale.ENGLISH).build()).build();
    assertTrue(english.advance(at(12, 1, 22, 0)).messages().get(0).text()
        .startsWith("Please answer today! Who can give someone a lift by car on Wednesday morning?"));
  }
}
