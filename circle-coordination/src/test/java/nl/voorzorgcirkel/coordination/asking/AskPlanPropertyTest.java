package nl.voorzorgcirkel.coordination.asking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.lifecycle.Transition;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Random circles and random days of answers, declines and silences, with personal values planted
 * in every member and request: the plan's invariants hold for all of them.
 */
class AskPlanPropertyTest {

  /** One random run: the circle, the plan as it started, and everything it produced. */
  record Run(Circle circle, HelpRequest request, AskPlan start, AskPlan end, List<Message> messages,
      List<CallEntry> calls, Set<String> planted) {}

  static String token(SplittableRandom random) {
    StringBuilder out = new StringBuilder("Qx");
    for (int i = 0; i < 6; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  static Run run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> planted = new HashSet<>();
    int size = 3 + random.nextInt(13);
    Circle.Builder builder = Circle.builder().id(CircleId.of("c-prop")).name("Proef").neighbourhood("Wijk")
        .founded(LocalDate.of(2025, 1, 1));
    ContactChannel[] channels = ContactChannel.values();
    for (int i = 0; i < size; i++) {
      String name = token(random) + " " + token(random);
      String phone = "06-" + (10_000_000 + random.nextInt(89_999_999));
      planted.add(name);
      planted.add(phone);
      builder.addMembers(Member.builder()
          .id(MemberId.of("m-" + i))
          .displayName(name)
          .phoneNumber(phone)
          .birthYear(1935 + random.nextInt(30))
          .home(GeoPoint.of(52.379 + random.nextDouble() * 0.01, 5.223))
          .role(random.nextInt(4) == 0 ? Role.CONNECTOR : Role.MEMBER)
          .contact(random.nextInt(3) == 0 ? channels[1 + random.nextInt(2)] : ContactChannel.GROUP_CHAT)
          .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
          .joined(LocalDate.of(2025, 1, 1))
          .build());
    }
    Circle circle = builder.build();
    MemberId requester = MemberId.of("m-" + random.nextInt(size));
    Instant created = TestCircles.at(12, 1 + random.nextInt(20), random.nextInt(24), random.nextInt(60));
    Instant start = created.plus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60)));
    boolean flexible = random.nextBoolean();
    TimeWindow window = flexible ? TimeWindow.flexible(start, start.plus(Duration.ofHours(2 + random.nextInt(96))))
        : TimeWindow.fixed(start, start.plus(Duration.ofHours(2)));
    String description = token(random) + " heeft last van haar heup";
    planted.add(description);
    Urgency urgency = Urgency.values()[random.nextInt(3)];
    HelpRequest request = HelpRequest.builder()
        .id(RequestId.of("r-prop"))
        .requester(requester)
        .capability(Capability.standard().get(random.nextInt(Capability.standard().size())))
        .window(window)
        .expectedDuration(Duration.ofMinutes(30 + random.nextInt(60)))
        .urgency(urgency)
        .description(description)
        .createdAt(created)
        .build();

    List<MemberId> others = new ArrayList<>();
    for (Member m : circle.members()) {
      if (!m.id().equals(requester) && random.nextInt(5) > 0) {
        others.add(m.id());
      }
    }
    for (int i = others.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      MemberId swap = others.get(i);
      others.set(i, others.get(j));
      others.set(j, swap);
    }
    boolean connectorForPrivate = circle.members().stream()
        .anyMatch(m -> m.role() == Role.CONNECTOR && !m.id().equals(requester));
    int kind = random.nextInt(3);
    Visibility visibility = kind == 1 && connectorForPrivate ? Visibility.connectorsOnly()
        : kind == 2 && !others.isEmpty() ? Visibility.members(others.subList(0, 1 + random.nextInt(others.size())))
        : Visibility.group();
    QuietHours[] quiet = {QuietHours.standard(), QuietHours.none(), new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30))};
    CircleAgreements agreements = CircleAgreements.builder()
        .notificationBudget(1 + random.nextInt(4))
        .answerTimeout(Duration.ofMinutes(60 + random.nextInt(8 * 60)))
        .urgentAnswerTimeout(Duration.ofMinutes(30))
        .quietHours(quiet[random.nextInt(quiet.length)])
        .locale(random.nextBoolean() ? java.util.Locale.forLanguageTag("nl") : java.util.Locale.ENGLISH)
        .build();
    AskPlan plan = AskPlan.builder(request, circle).order(others).visibility(visibility).agreements(agreements)
        .area(random.nextBoolean() ? Area.of("Lindenlaan") : null).build();
    AskPlan first = plan;

    List<Message> messages = new ArrayList<>();
    List<CallEntry> calls = new ArrayList<>();
    Instant t = created;
    for (int steps = 0; steps < 1_000 && !plan.isFinished(); steps++) {
      AskStep step = plan.advance(t);
      messages.addAll(step.messages());
      calls.addAll(step.calls());
      plan = step.plan();
      if (plan.isFinished()) {
        break;
      }
      if (plan.lifecycle().state().isFinal()) {
        // ended in the quiet hours: only the held notices are still to go, when they end
        t = plan.nextCheck().orElseThrow();
        continue;
      }
      Instant answerAt = t.plus(Duration.ofMinutes(random.nextInt(90)));
      if (plan.lifecycle().state() == RequestState.ACCEPTED) {
        MemberId helper = plan.lifecycle().helper().orElseThrow();
        int r = random.nextInt(7);
        boolean reminderCall = plan.calls().stream()
            .anyMatch(c -> c.member().equals(helper) && c.isOpen() && c.purpose() == Purpose.REMINDER);
        step = r == 0 ? plan.answer(answerAt, helper, false)
            : r == 1 ? plan.noShow(answerAt, null)
            : r == 2 ? plan.advance(answerAt) // a reminder or the question whether it was given
            : r == 3 && reminderCall ? plan.recordCall(answerAt, helper, random.nextBoolean() ? CallOutcome.NO
                : CallOutcome.VOICEMAIL) // on the reminder call the helper steps back, or is not reached
            // help is reported done only once it can have started (an earlier report is refused)
            : answerAt.isBefore(request.window().start()) ? plan.advance(answerAt)
            : plan.complete(answerAt, Duration.ofMinutes(45));
        messages.addAll(step.messages());
        calls.addAll(step.calls());
        plan = step.plan();
      } else {
        for (MemberId m : List.copyOf(plan.lifecycle().pendingHelpers())) {
          int r = random.nextInt(10);
          if (r >= 4 || plan.lifecycle().state() == RequestState.ACCEPTED) {
            continue; // silence
          }
          boolean called = plan.calls().stream().anyMatch(c -> c.member().equals(m) && c.isOpen());
          step = called ? plan.recordCall(answerAt, m, CallOutcome.values()[r])
              : plan.answer(answerAt, m, r == 0);
          messages.addAll(step.messages());
          calls.addAll(step.calls());
          plan = step.plan();
        }
        if (random.nextInt(50) == 0 && !plan.isFinished() && plan.lifecycle().state() != RequestState.ACCEPTED) {
          AskStep cancelled = plan.cancel(answerAt, requester);
          messages.addAll(cancelled.messages());
          calls.addAll(cancelled.calls());
          plan = cancelled.plan();
        }
      }
      if (plan.isFinished()) {
        break;
      }
      Optional<Instant> next = plan.nextCheck();
      if (plan.lifecycle().state() == RequestState.ACCEPTED && next.isEmpty()) {
        t = answerAt;
      } else {
        assertTrue(next.isPresent(), "a waiting plan always says when to come back: " + plan);
        t = next.get().isBefore(answerAt) ? answerAt : next.get();
      }
    }
    return new Run(circle, request, first, plan, messages, calls, planted);
  }

  @Test
  void invariantsHoldForRandomCirclesAndDaysOfAnswers() {
    int[] seen = new int[RequestState.values().length];
    TestCircles.property("ask-plan-invariants", 400).forAll(longs().all()).checkAssert(seed -> {
      Run run = run(seed);
      AskPlan end = run.end();
      // every request ends: done, expired with a next step, referred or cancelled
      assertTrue(end.isFinished(), "not finished: " + end);
      seen[end.lifecycle().state().ordinal()]++;
      if (end.lifecycle().state() == RequestState.EXPIRED) {
        assertTrue(end.lifecycle().nextStep().isPresent());
      }
      // nobody is asked twice, unless a helper's yes let them go (told it was taken) and was then
      // withdrawn (user test 14, M3); never the requester
      List<MemberId> everyAsk = new ArrayList<>();
      Set<MemberId> letGo = new HashSet<>();
      for (Transition tr : end.lifecycle().history()) {
        if (tr.event() instanceof RequestEvent.Asked) {
          for (MemberId m : ((RequestEvent.Asked) tr.event()).helpers()) {
            assertTrue(!everyAsk.contains(m) || letGo.remove(m), "someone asked twice: " + m);
            everyAsk.add(m);
          }
        } else if (tr.event() instanceof RequestEvent.Accepted) {
          letGo.addAll(everyAsk);
        }
      }
      assertEquals(end.asked().size(), new HashSet<>(end.asked()).size(), "asked() holds someone twice");
      assertTrue(everyAsk.containsAll(end.asked()));
      assertFalse(everyAsk.contains(run.request().requester()));
      // no ask, escalation or end notice in the quiet hours unless the help is needed today: declared
      // so, or its last start less than the urgent answer timeout after the end of the quiet hours,
      // a flexible window only before its last start (user test 14, M1 and M2; user test 16, M3)
      CircleAgreements agreements = end.agreements();
      HelpRequest request = run.request();
      Instant lastStart = end.expiresAt();
      Predicate<Instant> neededToday = at -> request.urgency() == Urgency.TODAY
          || !(request.window().flexible() && !at.isBefore(lastStart))
          && agreements.quietHours().nextAllowed(at, agreements.zone()).plus(agreements.urgentAnswerTimeout())
              .isAfter(lastStart);
      Set<Purpose> timed = Set.of(Purpose.ASK, Purpose.ESCALATION, Purpose.EXPIRY, Purpose.CLOSED,
          Purpose.NOT_FOUND, Purpose.REFERRAL);
      for (Message m : run.messages()) {
        // (a calls-waiting notice goes with its calls: those for asks are checked below; those for
        // notices follow an answer or an end, as the messages to members who read them do)
        if (timed.contains(m.purpose()) && !m.recipient().isGroup()) {
          assertTrue(neededToday.test(m.at()) || !agreements.quietHours().contains(m.at(), agreements.zone()),
              "sent at night: " + m);
        }
      }
      for (CallEntry c : run.calls()) {
        assertTrue(neededToday.test(c.askedAt()) || !timed.contains(c.purpose())
            || !agreements.quietHours().contains(c.askedAt(), agreements.zone()), "called at night");
        // the connector who calls is the one in touch: nothing read out sends the member to a connector
        String text = c.question().toLowerCase(java.util.Locale.ROOT);
        assertFalse(text.contains("verbinder") || text.contains("connector"), c.purpose() + ": " + c.question());
      }
      // a request not for the whole group never reaches it
      if (!end.visibility().reachesGroup()) {
        assertFalse(run.messages().stream().anyMatch(m -> m.recipient().isGroup()), "reached the group");
      }
      if (end.visibility().kind() == Visibility.Kind.NAMED_MEMBERS) {
        assertTrue(end.visibility().members().containsAll(everyAsk), "asked someone not named");
      }
      // the steps reported every call the plan holds, as it ended, and no other
      Map<List<Object>, CallEntry> reported = new HashMap<>();
      run.calls().forEach(c -> reported.put(key(c), c));
      Map<List<Object>, CallEntry> held = new HashMap<>();
      end.calls().forEach(c -> held.put(key(c), c));
      assertEquals(held, reported);
      // whatever a member without a smartphone is asked or told is one call on exactly one sheet:
      // every member asked, every reminder of a helper, every notice to the requester
      assertEquals(end.calls().size(), held.size(), "a call on two sheets");
      Map<MemberId, Integer> asksPerMember = new HashMap<>();
      end.calls().stream().filter(c -> c.purpose() == Purpose.ASK).forEach(c -> asksPerMember.merge(c.member(), 1,
          Integer::sum));
      for (MemberId m : new HashSet<>(everyAsk)) {
        int asks = java.util.Collections.frequency(everyAsk, m);
        assertEquals(byPhone(run, m) ? asks : 0, asksPerMember.getOrDefault(m, 0), "call sheets of " + m);
      }
      for (CallEntry c : end.calls()) {
        assertTrue(byPhone(run, c.member()) && !c.connector().equals(c.member()), "a call to " + c.member());
        assertTrue(run.circle().member(c.connector()).orElseThrow().role() == Role.CONNECTOR);
        // after the end no ask or reminder waits on a sheet; only the notices of how it ended
        assertFalse(end.isFinished() && c.isOpen() && (c.purpose() == Purpose.ASK || c.purpose() == Purpose.REMINDER),
            "a call left open after the end");
      }
      for (Message m : run.messages()) {
        // (connectors get their notices by message, whatever their own channel)
        m.recipient().member().filter(r -> run.circle().member(r).orElseThrow().role() != Role.CONNECTOR)
            .ifPresent(r -> assertFalse(byPhone(run, r), "a " + m.purpose() + " message to a phone member"));
      }
      // no planted personal value in any text
      for (Message m : run.messages()) {
        for (String value : run.planted()) {
          assertFalse(m.text().contains(value), "planted value in a " + m.purpose() + " text");
        }
      }
      for (CallEntry c : run.calls()) {
        for (String value : run.planted()) {
          assertFalse(c.question().contains(value));
        }
      }
    });
    System.out.printf("ask-plan-invariants: final states %s%n", java.util.Arrays.toString(seen));
    // the runs reach every end a plan can have
    assertTrue(seen[RequestState.DONE.ordinal()] > 0 && seen[RequestState.EXPIRED.ordinal()] > 0
        && seen[RequestState.CANCELLED.ordinal()] > 0, java.util.Arrays.toString(seen));
  }

  private static boolean byPhone(Run run, MemberId member) {
    return run.circle().member(member).orElseThrow().contact() != ContactChannel.GROUP_CHAT;
  }

  /** A call as put on a sheet, whatever came of it. */
  private static List<Object> key(CallEntry c) {
    return List.of(c.member(), c.connector(), c.purpose(), c.askedAt());
  }

  @Test
  void theSameRunTwiceGivesTheSameMessages() {
    TestCircles.property("ask-plan-deterministic", 50).forAll(longs().all()).checkAssert(seed ->
        assertEquals(run(seed).messages(), run(seed).messages()));
  }
}
