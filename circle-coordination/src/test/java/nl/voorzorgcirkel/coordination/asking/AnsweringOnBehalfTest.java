package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Answering for a member: m-0 and m-1 are connectors, m-5 has only a phone and named her daughter
 * (family carer fc-dochter) to answer for her, m-3 reads messages and asked the connectors to
 * answer for him while he is in hospital.
 */
class AnsweringOnBehalfTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final FamilyCarerId DAUGHTER = FamilyCarerId.of("fc-dochter");
  private static final AnswerMandates MANDATES = AnswerMandates.builder()
      .familyCarer(id(5), DAUGHTER)
      .connectorsAnswerFor(id(3))
      .build();
  private static final Locale NL = Locale.forLanguageTag("nl");

  private static AskPlan asked(List<MemberId> order) {
    return AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(order).mandates(MANDATES)
        .agreements(CircleAgreements.builder().notificationBudget(3).build()).build().advance(at(12, 2, 14, 0)).plan();
  }

  private static Optional<AnsweredBy> lastAnswerInHistory(AskPlan plan) {
    List<RequestEvent> events = plan.lifecycle().events();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof RequestEvent.Accepted a) {
        return Optional.of(a.answeredBy());
      }
      if (events.get(i) instanceof RequestEvent.Declined d) {
        return Optional.of(d.answeredBy());
      }
    }
    return Optional.empty();
  }

  @Test
  void aNamedFamilyCarerSaysYesForAPhoneMemberAndTheConnectorNeedNotCallHer() {
    AskPlan plan = asked(List.of(id(5), id(2)));
    assertEquals(1, plan.calls().stream().filter(CallEntry::isOpen).count(), "m-5 is on a call sheet");
    AskStep yes = plan.answer(at(12, 2, 14, 20), id(5), true, AnsweredBy.familyCarer(DAUGHTER));
    assertEquals(RequestState.ACCEPTED, yes.plan().lifecycle().state());
    assertEquals(Optional.of(id(5)), yes.plan().lifecycle().helper(), "the helper is the member, not her daughter");
    assertEquals(Optional.of(AnsweredBy.familyCarer(DAUGHTER)), lastAnswerInHistory(yes.plan()));
    assertEquals(new Answer(id(5), true, at(12, 2, 14, 20), AnsweredBy.familyCarer(DAUGHTER)),
        yes.plan().answers().get(0));
    // the call to ask her is off the sheet: her answer came another way
    assertTrue(yes.plan().calls().stream().filter(c -> c.purpose() == Purpose.ASK)
        .allMatch(c -> c.outcome().equals(Optional.of(CallOutcome.CANCELLED))));
    // no text names who answered
    for (Message m : yes.messages()) {
      assertFalse(m.text().contains("dochter"), m.text());
      assertFalse(m.toString().contains("dochter"), m.toString());
    }
  }

  @Test
  void aFamilyCarerTheMemberDidNotNameIsRefusedInEnglishAndDutchAndNothingChanges() {
    AskPlan plan = asked(List.of(id(5), id(2)));
    FamilyCarerId neighbour = FamilyCarerId.of("fc-buurman");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.answer(at(12, 2, 14, 20), id(5), true, AnsweredBy.familyCarer(neighbour)));
    Violation v = e.violations().get(0);
    assertEquals(List.of("answeredBy", "carerMandate"), List.of(v.path(), v.rule()));
    assertEquals("AskPlan.answeredBy: m-5 has not agreed that family carer fc-buurman answers for them",
        v.message(Locale.ENGLISH));
    assertEquals("AskPlan.answeredBy: m-5 heeft niet afgesproken dat mantelzorger fc-buurman namens hem of haar"
        + " antwoordt", v.message(NL));
    // m-2's daughter is not m-5's: a mandate is for one member
    assertThrows(InvalidValueException.class,
        () -> plan.answer(at(12, 2, 14, 20), id(2), true, AnsweredBy.familyCarer(DAUGHTER)));
    assertEquals(List.of(), plan.answers());
    assertEquals(RequestState.HELPERS_ASKED, plan.lifecycle().state());
    // no personal data: the message names ids only
    assertFalse(e.getMessage().contains("Frans"), e.getMessage());
  }

  @Test
  void aConnectorAnswersForAPhoneMemberOrOneWhoAskedThemButNotForAnyoneElse() {
    AskPlan plan = asked(List.of(id(3), id(4), id(6)));
    // m-6 is reached through a connector: no declaration needed
    AskStep no6 = plan.answer(at(12, 2, 14, 10), id(6), false, AnsweredBy.connector(id(1)));
    assertEquals(Optional.of(AnsweredBy.connector(id(1))), lastAnswerInHistory(no6.plan()));
    // m-3 reads messages but asked the connectors to answer for him
    AskStep yes3 = no6.plan().answer(at(12, 2, 14, 20), id(3), true, AnsweredBy.connector(id(0)));
    assertEquals(Optional.of(id(3)), yes3.plan().lifecycle().helper());
    assertEquals(Optional.of(AnsweredBy.connector(id(0))), lastAnswerInHistory(yes3.plan()));

    // m-4 reads messages and asked nobody: a connector cannot answer for him
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> no6.plan().answer(at(12, 2, 14, 20), id(4), false, AnsweredBy.connector(id(0))));
    assertEquals("connectorMandate", e.violations().get(0).rule());
    assertEquals("AskPlan.answeredBy: m-4 leest berichten en heeft de verbinders niet gevraagd namens hem of haar"
        + " te antwoorden", e.violations().get(0).message(NL));
    // m-2 is no connector: answering "as a connector" is refused
    InvalidValueException notConnector = assertThrows(InvalidValueException.class,
        () -> no6.plan().answer(at(12, 2, 14, 20), id(3), true, AnsweredBy.connector(id(2))));
    assertEquals("connectorOfCircle", notConnector.violations().get(0).rule());
  }

  @Test
  void aConnectorAskedThemselvesAnswersAsTheMemberNotOnTheirOwnBehalf() {
    AskPlan plan = asked(List.of(id(1), id(2)));
    assertThrows(IllegalTransitionException.class,
        () -> plan.answer(at(12, 2, 14, 10), id(1), true, AnsweredBy.connector(id(1))));
    AskStep yes = plan.answer(at(12, 2, 14, 10), id(1), true);
    assertEquals(Optional.of(AnsweredBy.member()), lastAnswerInHistory(yes.plan()));
  }

  @Test
  void aCallRecordedByTheConnectorIsTheirAnswerOnTheMembersBehalfWhateverTheMandates() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(6)))
        .mandates(AnswerMandates.standard()).build().advance(at(12, 2, 14, 0)).plan();
    MemberId caller = plan.calls().get(0).connector();
    AskStep no = plan.recordCall(at(12, 2, 14, 30), id(6), CallOutcome.NO);
    assertEquals(Optional.of(AnsweredBy.connector(caller)), lastAnswerInHistory(no.plan()));
    assertEquals(AnsweredBy.connector(caller), no.plan().answers().get(0).answeredBy());
  }

  @Test
  void theMandatesShowCountsOnly() {
    assertEquals("AnswerMandates{connectorsFor=1, familyCarers=1}", MANDATES.toString());
    assertEquals(List.of(DAUGHTER), MANDATES.familyCarersOf(id(5)));
    assertEquals(MANDATES, AnswerMandates.builder().familyCarer(id(5), DAUGHTER).familyCarer(id(5), DAUGHTER)
        .connectorsAnswerFor(id(3)).build(), "declaring twice keeps one");
    assertSame(MANDATES, asked(List.of(id(2))).mandates());
    assertTrue(MANDATES.allows(CIRCLE, id(5), AnsweredBy.familyCarer(DAUGHTER)));
    assertFalse(MANDATES.allows(CIRCLE, id(5), AnsweredBy.familyCarer(FamilyCarerId.of("fc-buurman"))));
    assertTrue(AnswerMandates.standard().allows(CIRCLE, id(5), AnsweredBy.connector(id(0))), "a phone member");
    assertFalse(AnswerMandates.standard().allows(CIRCLE, id(3), AnsweredBy.connector(id(0))), "reads messages");
  }

  /**
   * Random circles, mandates and answers given by members, connectors and family carers: an answer
   * is taken exactly when the declared rules allow it (checked here against the rules as the
   * documentation states them), and then both the plan's answers and the lifecycle's history name
   * who gave it; a refused answer changes nothing; no text or toString of a message names a family
   * carer.
   */
  @Test
  void anAnswerIsTakenExactlyWhenTheMandatesAllowItAndTheHistoryNamesWhoGaveIt() {
    TestCircles.property("answer-on-behalf-mandates", 300)
        .forAll(longs().all(), integers().between(1, 12))
        .checkAssert((seed, answers) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Circle circle = randomCircle(random);
          List<MemberId> ids = circle.members().stream().map(Member::id).toList();
          AnswerMandates.Builder declared = AnswerMandates.builder();
          for (MemberId m : ids) {
            if (random.nextInt(3) == 0) {
              declared.familyCarer(m, FamilyCarerId.of("fc-" + m.value() + "-" + random.nextInt(2)));
            }
            if (random.nextInt(4) == 0) {
              declared.connectorsAnswerFor(m);
            }
          }
          AnswerMandates mandates = declared.build();
          MemberId requester = ids.get(ids.size() - 1);
          List<MemberId> order = new ArrayList<>(ids.subList(0, ids.size() - 1));
          AskPlan plan = AskPlan.builder(TestCircles.ride().requester(requester).build(), circle).order(order)
              .mandates(mandates).agreements(CircleAgreements.builder().notificationBudget(20).build()).build();
          Instant t = at(12, 2, 14, 0);
          plan = plan.advance(t).plan();
          for (int i = 0; i < answers && !plan.isFinished(); i++) {
            t = t.plusSeconds(60);
            MemberId member = order.get(random.nextInt(order.size()));
            AnsweredBy by = switch (random.nextInt(3)) {
              case 0 -> AnsweredBy.member();
              case 1 -> AnsweredBy.connector(ids.get(random.nextInt(ids.size())));
              default -> AnsweredBy.familyCarer(FamilyCarerId.of("fc-" + member.value() + "-" + random.nextInt(2)));
            };
            boolean yes = random.nextInt(3) == 0;
            boolean allowed = documentedRule(circle, mandates, member, by);
            assertEquals(allowed, mandates.allows(circle, member, by), by::toString);
            boolean waiting = plan.lifecycle().pendingHelpers().contains(member)
                || plan.lifecycle().helper().map(member::equals).orElse(false) || yes;
            AskPlan before = plan;
            try {
              AskStep step = plan.answer(t, member, yes, by);
              assertTrue(allowed, "taken although the rules refuse it: " + by);
              plan = step.plan();
              Answer last = plan.answers().get(plan.answers().size() - 1);
              assertEquals(new Answer(member, yes, t, by), last);
              assertEquals(Optional.of(by), lastAnswerInHistory(plan));
              for (Message m : step.messages()) {
                assertFalse(m.text().contains("fc-") || m.toString().contains("fc-"), m.text());
              }
            } catch (InvalidValueException e) {
              assertFalse(allowed, "refused although the rules allow it: " + by);
              assertEquals("answeredBy", e.violations().get(0).path());
              assertEquals(before.answers(), plan.answers());
            } catch (IllegalTransitionException e) {
              // the lifecycle refused: an answer the request is not waiting for, or a connector
              // recorded as answering for themselves
              assertTrue(!waiting || plan.lifecycle().state() == RequestState.ACCEPTED
                  || by.connector().map(member::equals).orElse(false), e.rule());
              assertEquals(before.answers(), plan.answers());
            }
          }
        });
  }

  /** The rules as {@link AnswerMandates} documents them, written out independently. */
  private static boolean documentedRule(Circle circle, AnswerMandates mandates, MemberId member, AnsweredBy by) {
    Member m = circle.member(member).orElseThrow();
    return switch (by.kind()) {
      case MEMBER -> true;
      case CONNECTOR -> {
        MemberId c = by.connector().orElseThrow();
        boolean isConnector = circle.member(c).map(x -> x.role() == Role.CONNECTOR).orElse(false);
        yield isConnector && (c.equals(member) || m.contact() != ContactChannel.GROUP_CHAT
            || mandates.connectorsAnswerFor(member));
      }
      case FAMILY_CARER -> mandates.familyCarersOf(member).contains(by.familyCarer().orElseThrow());
    };
  }

  private static Circle randomCircle(SplittableRandom random) {
    Circle base = TestCircles.circle();
    Circle.Builder b = Circle.builder().from(base).members(List.of());
    int size = 3 + random.nextInt(6);
    ContactChannel[] channels = ContactChannel.values();
    for (int i = 0; i < size; i++) {
      Member template = base.members().get(i % base.members().size());
      b.addMembers(Member.builder().from(template).id(id(i))
          .role(random.nextInt(3) == 0 ? Role.CONNECTOR : Role.MEMBER)
          .contact(channels[random.nextInt(channels.length)]).build());
    }
    return b.build();
  }
}
