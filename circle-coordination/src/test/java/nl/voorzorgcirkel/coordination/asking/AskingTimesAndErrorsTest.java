package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.validation.InvalidStateException;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User test 16: asking over time. M3, no request is first asked with less than the shortest answer
 * time before its last start because the quiet hours held it; M4, an advance before the request was
 * filed does nothing; L3, instants the plan cannot compute with are refused by name; L4, errors in
 * English and Dutch; L6, a call outcome recorded twice.
 */
class AskingTimesAndErrorsTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  /** Saturday 5 December 2026, 22:00: the quiet hours (21:00 to 08:00) have begun. */
  private static final Instant SATURDAY_22 = at(12, 5, 22, 0);

  /** A routine ride for m-7 on Sunday 6 December at a time, filed on Saturday at 22:00. */
  private static HelpRequest ride(int hour, int minute) {
    Instant start = at(12, 6, hour, minute);
    return TestCircles.ride().id(RequestId.of("r-sunday")).createdAt(SATURDAY_22).urgency(Urgency.ROUTINE)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(90)))).build();
  }

  private static AskPlan plan(HelpRequest request, List<MemberId> order) {
    return AskPlan.builder(request, CIRCLE).order(order).visibility(Visibility.connectorsOnly()).build();
  }

  private static List<Purpose> purposes(AskStep step) {
    return step.messages().stream().map(Message::purpose).toList();
  }

  /**
   * Failed before the fix for 08:01, 08:05 and 08:15: nobody was asked at 22:00 and the members
   * were asked at 08:00 with one to fifteen minutes to answer; the 08:00 ride was asked at once.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 5, 15, 59})
  void aRideSoonAfterTheQuietHoursEndIsAskedForAtOnceAsTheRideAtEightIs(int minute) {
    AskStep step = plan(ride(8, minute), List.of(id(2), id(3))).advance(SATURDAY_22);
    assertEquals(List.of(id(2), id(3)), step.plan().asked(), "08:" + minute);
    assertTrue(step.messages().stream().anyMatch(m -> m.purpose() == Purpose.ASK && m.at().equals(SATURDAY_22)));
    // needed today: the urgent answer timeout, not the four hours
    assertEquals(Optional.of(SATURDAY_22.plus(Duration.ofHours(1))), step.nextCheck());
  }

  /** A ride an hour after the quiet hours end waits for them: an hour is time enough to answer. */
  @Test
  void aRideAnAnswerTimeAfterTheQuietHoursEndWaitsForThem() {
    AskStep night = plan(ride(9, 0), List.of(id(2), id(3))).advance(SATURDAY_22);
    assertEquals(List.of(), night.plan().asked());
    assertEquals(List.of(), night.messages());
    assertEquals(Optional.of(at(12, 6, 8, 0)), night.nextCheck());
    AskStep morning = night.plan().advance(at(12, 6, 8, 0));
    assertEquals(List.of(id(2), id(3)), morning.plan().asked());
  }

  /** With nobody to ask for a ride at 08:15, the connectors hear it at 22:00, not at 08:00. */
  @Test
  void nobodyToAskForARideSoonAfterTheQuietHoursTellsTheConnectorsAtOnce() {
    AskStep step = plan(ride(8, 15), List.of()).advance(SATURDAY_22);
    assertEquals(List.of(Purpose.ESCALATION, Purpose.ESCALATION), purposes(step));
    assertTrue(step.plan().isEscalated());
  }

  /** The same rule orders {@link CircleAsks}: at 22:00 the 08:15 ride is needed today. */
  @Test
  void theRideAtEightFifteenIsNeededTodayInTheEveningButNotInTheAfternoon() {
    AskPlan plan = plan(ride(8, 15), List.of(id(2)));
    assertTrue(plan.neededToday(SATURDAY_22));
    assertFalse(plan.neededToday(at(12, 5, 15, 0)));
    assertTrue(plan(ride(8, 15), List.of(id(2))).neededToday(at(12, 6, 7, 30)));
    assertFalse(plan(ride(9, 0), List.of(id(2))).neededToday(SATURDAY_22));
  }

  /**
   * M3 as a property: over random filing times, quiet hours, urgent answer timeouts and last starts
   * (fixed and flexible windows, every declared urgency, across the October clock change), a request
   * is first asked at least the urgent answer timeout before its last start, unless it was filed with
   * less than that: then it is asked at once.
   */
  @Test
  void nobodyIsFirstAskedWithLessThanTheAnswerTimeUnlessTheRequestCameInWithLess() {
    TestCircles.property("first-ask-leaves-time-to-answer", 1_000).forAll(longs().all()).checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          // around the October clock change (Sunday 25 October 2026)
          Instant filed = at(10, 22, 0, 0).plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
          QuietHours quiet = new QuietHours(LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96)),
              LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96)));
          Duration urgent = Duration.ofMinutes(5 + random.nextInt(180));
          int kind = random.nextInt(6);
          int minutesToLastStart = 1 + random.nextInt(36 * 60);
          CircleAgreements agreements = CircleAgreements.builder().quietHours(quiet).urgentAnswerTimeout(urgent)
              .answerTimeout(Duration.ofHours(4)).build();
          Instant lastStart = filed.plus(Duration.ofMinutes(minutesToLastStart));
          Duration length = Duration.ofHours(1);
          TimeWindow window = kind % 2 == 0 ? TimeWindow.fixed(lastStart, lastStart.plus(length))
              : TimeWindow.flexible(filed, lastStart.plus(length));
          HelpRequest request = TestCircles.ride().createdAt(filed).window(window).expectedDuration(length)
              .urgency(Urgency.values()[kind % Urgency.values().length]).build();
          AskPlan plan = AskPlan.builder(request, CIRCLE).order(List.of(id(2), id(3))).agreements(agreements)
              .build();
          Instant t = filed;
          Instant firstAsk = null;
          for (int steps = 0; steps < 10 && firstAsk == null && !plan.isFinished(); steps++) {
            AskStep step = plan.advance(t);
            plan = step.plan();
            if (!plan.asked().isEmpty()) {
              firstAsk = t;
            } else if (step.nextCheck().isPresent()) {
              t = step.nextCheck().get();
            }
          }
          String context = "filed " + filed + ", quiet " + quiet + ", urgent " + urgent + ", last start " + lastStart;
          assertTrue(firstAsk != null, "never asked: " + context);
          if (Duration.between(filed, lastStart).compareTo(urgent) < 0) {
            assertEquals(filed, firstAsk, "filed with less than the answer time, asked at once: " + context);
          } else {
            assertFalse(Duration.between(firstAsk, lastStart).compareTo(urgent) < 0,
                "first asked at " + firstAsk + ": " + context);
          }
        });
  }

  /** M4: failed before the fix with an IllegalTransitionException "an event cannot be earlier". */
  @Test
  void anAdvanceBeforeTheRequestWasFiledDoesNothing() {
    HelpRequest request = TestCircles.ride().build();
    AskPlan plan = plan(request, List.of(id(2), id(3)));
    Instant early = request.createdAt().minusSeconds(3600);
    AskStep step = plan.advance(early);
    assertEquals(List.of(), step.messages());
    assertEquals(List.of(), step.calls());
    assertEquals(List.of(), step.plan().asked());
    assertEquals(Optional.of(request.createdAt()), step.nextCheck());
    // and then as if it had not been called
    assertEquals(plan.advance(request.createdAt()).messages(), step.plan().advance(request.createdAt()).messages());
    CircleAsks.Step all = CircleAsks.of(CIRCLE).with(plan).advance(early);
    assertEquals(List.of(), all.messages());
    assertEquals(Optional.of(request.createdAt()), all.nextCheck());
  }

  /** L3: failed before the fix with a raw DateTimeException ("Invalid value for EpochDay"). */
  @Test
  void instantsOutsideTheSupportedYearsAreRefusedByName() {
    AskPlan plan = plan(TestCircles.ride().build(), List.of(id(2), id(5)));
    AskPlan asked = plan.advance(at(12, 2, 14, 0)).plan();
    for (Instant far : List.of(Instant.MAX, Instant.MIN)) {
      assertRule(assertThrows(InvalidValueException.class, () -> asked.advance(far)), "now", "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> asked.advance(far, AskHistory.empty())), "now",
          "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> asked.answer(far, id(2), true)), "at",
          "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> asked.recordCall(far, id(5), CallOutcome.YES)),
          "at", "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> asked.cancel(far, null)), "at", "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> asked.complete(far, Duration.ofHours(1))), "at",
          "supportedYears");
      AskPlan accepted = asked.answer(at(12, 2, 15, 0), id(2), true).plan();
      assertRule(assertThrows(InvalidValueException.class, () -> accepted.noShow(far, null)), "at",
          "supportedYears");
      assertRule(assertThrows(InvalidValueException.class, () -> CircleAsks.of(CIRCLE).advance(far)), "now",
          "supportedYears");
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> asked.advance(Instant.MAX));
    assertEquals("invalid value (1): AskPlan.now: must lie in the years 1 to 9999", e.getMessage());
    assertTrue(e.message(DUTCH).startsWith("ongeldige waarde (1): AskPlan.now: "), e.message(DUTCH));
    // the end of 9999 is still computed with: the plan expires
    assertTrue(asked.advance(Instant.parse("9999-12-31T23:59:59Z")).plan().lifecycle().state().isFinal());
  }

  private static void assertRule(InvalidValueException e, String path, String rule) {
    assertEquals(1, e.violations().size(), e.getMessage());
    assertEquals(path, e.violations().get(0).path(), e.getMessage());
    assertEquals(rule, e.violations().get(0).rule(), e.getMessage());
  }

  /** L4: failed before the fix with English-only messages ("time went backwards", "cannot be recorded before"). */
  @Test
  void timeErrorsNameTheFieldAndTheRuleInEnglishAndDutch() {
    AskPlan asked = plan(TestCircles.ride().build(), List.of(id(2), id(5))).advance(at(12, 2, 14, 0)).plan();
    InvalidValueException early = assertThrows(InvalidValueException.class,
        () -> asked.answer(at(12, 2, 13, 0), id(2), true));
    assertRule(early, "at", "afterLastStep");
    assertEquals("ongeldige waarde (1): AskPlan.at: mag niet vóór de laatste stap van het plan liggen "
        + "(2026-12-02T13:00:00Z): de klok gaat niet terug", early.message(DUTCH));
    CallEntry call = asked.calls().get(0);
    InvalidValueException beforeCall = assertThrows(InvalidValueException.class,
        () -> call.withOutcome(CallOutcome.YES, call.askedAt().minusSeconds(60)));
    assertRule(beforeCall, "at", "notBeforeCall");
    assertEquals("invalid value (1): CallEntry.at: must not be before the call was put on the sheet "
        + "(2026-12-02T13:00:00Z): an outcome is recorded after the call", beforeCall.getMessage());
    assertTrue(beforeCall.message(DUTCH).contains("op de bellijst kwam"), beforeCall.message(DUTCH));
  }

  /** L4: the state errors of the plan and its builder, bilingual and still IllegalStateExceptions. */
  @Test
  void stateErrorsAreBilingualIllegalStateExceptions() {
    AskPlan asked = plan(TestCircles.ride().build(), List.of(id(2))).advance(at(12, 2, 14, 0)).plan();
    IllegalStateException noHelper = assertThrows(IllegalStateException.class,
        () -> asked.noShow(at(12, 2, 15, 0), null));
    InvalidStateException bilingual = (InvalidStateException) noHelper;
    assertEquals("helper", bilingual.violations().get(0).path());
    assertEquals("helperSaidYes", bilingual.violations().get(0).rule());
    assertTrue(bilingual.getMessage().contains("no helper has said yes to request r-ride"), bilingual.getMessage());
    assertTrue(bilingual.message(DUTCH).contains("geen helper heeft ja gezegd op hulpvraag r-ride"),
        bilingual.message(DUTCH));
    IllegalStateException noOrder = assertThrows(IllegalStateException.class,
        () -> AskPlan.builder(TestCircles.ride().build(), CIRCLE).build());
    assertEquals("orderSet", ((InvalidStateException) noOrder).violations().get(0).rule());
    assertTrue(((InvalidStateException) noOrder).message(DUTCH).contains("voordat het plan gebouwd wordt"));
  }

  /** L4: whom a request is for, named twice or not at all, in English and Dutch (was English only). */
  @Test
  void namedMembersAreCheckedInEnglishAndDutch() {
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> Visibility.members(List.of(id(2), id(3), id(2))));
    assertRule(twice, "named[2]", "unique");
    assertEquals("invalid value (1): Visibility.named[2]: m-2 appears more than once", twice.getMessage());
    assertRule(assertThrows(InvalidValueException.class, () -> Visibility.members(List.of())), "named", "notEmpty");
  }

  /** L4: {@link CircleAsks#on} names the request and the rule. */
  @Test
  void circleAsksNamesAMissingPlanInEnglishAndDutch() {
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> CircleAsks.of(CIRCLE).on(RequestId.of("r-none"), p -> p.advance(at(12, 2, 14, 0))));
    assertRule(none, "request", "planOf");
    assertEquals("invalid value (1): CircleAsks.request: circle c-lindenhof has no ask plan for request r-none",
        none.getMessage());
    assertTrue(none.message(DUTCH).contains("heeft geen vraagplan voor hulpvraag r-none"), none.message(DUTCH));
    AskPlan ride = plan(TestCircles.ride().build(), List.of(id(2)));
    AskPlan other = plan(TestCircles.ride().id(RequestId.of("r-other")).build(), List.of(id(2)));
    InvalidValueException wrong = assertThrows(InvalidValueException.class,
        () -> CircleAsks.of(CIRCLE).with(ride).on(RequestId.of("r-ride"), p -> other.advance(at(12, 2, 14, 0))));
    assertRule(wrong, "action", "samePlan");
  }

  /**
   * L6: a call outcome recorded twice (a double click) was refused as "no open call"; the same
   * outcome again now changes nothing, another outcome says what was recorded.
   */
  @Test
  void theSameOutcomeRecordedTwiceIsTakenOnceAndAnotherIsRefusedSayingWhatWasRecorded() {
    // m-5 is reached by phone: the ask is a call on a connector's sheet
    AskPlan asked = plan(TestCircles.ride().build(), List.of(id(5))).advance(at(12, 2, 14, 0)).plan();
    AskStep no = asked.recordCall(at(12, 2, 14, 10), id(5), CallOutcome.NO);
    AskStep again = no.plan().recordCall(at(12, 2, 14, 10), id(5), CallOutcome.NO);
    assertSame(no.plan(), again.plan());
    assertEquals(List.of(), again.messages());
    assertEquals(List.of(), again.calls());
    assertEquals(no.plan().nextCheck(), again.nextCheck());
    assertEquals(1, again.plan().answers().size(), "one no, not two");
    // a moment later too
    assertSame(no.plan(), no.plan().recordCall(at(12, 2, 14, 11), id(5), CallOutcome.NO).plan());
    InvalidValueException yes = assertThrows(InvalidValueException.class,
        () -> no.plan().recordCall(at(12, 2, 14, 11), id(5), CallOutcome.YES));
    assertRule(yes, "outcome", "alreadyRecorded");
    assertEquals("invalid value (1): AskPlan.outcome: the latest call of m-5 in the plan of request r-ride was "
        + "already recorded as no; another outcome is not recorded over it", yes.getMessage());
    assertTrue(yes.message(DUTCH).contains("is al genoteerd als nee"), yes.message(DUTCH));
    // a member never called is still told so
    InvalidValueException never = assertThrows(InvalidValueException.class,
        () -> no.plan().recordCall(at(12, 2, 14, 11), id(3), CallOutcome.NO));
    assertRule(never, "member", "openCall");
  }
}
