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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.junit.jupiter.api.Test;

/**
 * A yes from someone who was not asked (a volunteer who saw the group post): taken only from an
 * eligible member of the circle, by the same hard rules the ranking applies (user test 3, F15).
 */
class VolunteerTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  /** The test circle, with the requester m-7 avoiding m-4 and m-3 having left. */
  private static Circle circle() {
    Circle base = TestCircles.circle();
    Circle.Builder builder = base.toBuilder().members(List.of());
    for (Member m : base.members()) {
      builder.addMembers(m.id().equals(id(7)) ? m.toBuilder().avoids(List.of(id(4))).build()
          : m.id().equals(id(3)) ? m.toBuilder().status(MemberStatus.LEFT).build() : m);
    }
    return builder.build();
  }

  private static AskPlan rankedAndAsked(Circle circle) {
    HelpRequest ride = TestCircles.ride().build();
    AskPlan plan = AskPlan.builder(ride, circle)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(circle, HelpLedger.empty(), at(12, 2, 14, 0)))
        .visibility(Visibility.group()).build();
    return plan.advance(at(12, 2, 14, 0)).plan();
  }

  @Test
  void aYesFromTheMemberTheRequesterAvoidsIsRefusedWithoutSayingWhyAndChangesNothing() {
    AskPlan plan = rankedAndAsked(circle());
    assertTrue(plan.isPostedInGroup());
    assertFalse(plan.order().contains(id(4)), "the ranking left m-4 out");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.answer(at(12, 2, 14, 10), id(4), true));
    assertEquals("member", e.violations().get(0).path());
    String en = e.message(Locale.ENGLISH);
    String nl = e.message(NL);
    assertTrue(en.contains("cannot take this request"), en);
    assertTrue(nl.contains("kan deze hulpvraag niet aannemen"), nl);
    for (String text : List.of(en, nl, e.getMessage())) {
      assertFalse(text.contains("Els Visser") || text.contains("Henk Peters") || text.contains("preference")
          || text.contains("voorkeur"), "no names, no private reason: " + text);
    }
    assertEquals(RequestState.HELPERS_ASKED, plan.lifecycle().state(), "nothing changed");
    assertTrue(plan.answers().isEmpty());
  }

  @Test
  void aYesFromSomeoneWhoLeftTheCircleIsRefused() {
    AskPlan plan = rankedAndAsked(circle());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.answer(at(12, 2, 14, 10), id(3), true));
    assertEquals("member", e.violations().get(0).path());
  }

  @Test
  void aYesFromAnIdOutsideTheCircleIsRefusedNamingTheRuleInBothLanguages() {
    AskPlan plan = rankedAndAsked(circle());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.answer(at(12, 2, 14, 10), MemberId.of("m-stranger"), true));
    assertEquals("member", e.violations().get(0).path());
    assertTrue(e.message(Locale.ENGLISH).contains("m-stranger is not a member of circle c-lindenhof"),
        e.message(Locale.ENGLISH));
    assertTrue(e.message(NL).contains("m-stranger is geen deelnemer van cirkel c-lindenhof"), e.message(NL));
  }

  @Test
  void anEligibleVolunteerWhoWasNotAskedYetIsTaken() {
    AskPlan plan = rankedAndAsked(circle());
    MemberId volunteer = plan.order().stream().filter(m -> !plan.asked().contains(m)).findFirst().orElseThrow();
    AskPlan after = plan.answer(at(12, 2, 14, 10), volunteer, true).plan();
    assertEquals(RequestState.ACCEPTED, after.lifecycle().state());
    assertEquals(volunteer, after.lifecycle().helper().orElseThrow());
  }

  @Test
  void withAnOrderOfItsOwnTheStandardHardRulesDecideAboutVolunteers() {
    Circle circle = circle();
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), circle).order(List.of(id(2))).build()
        .advance(at(12, 2, 14, 0)).plan();
    assertThrows(InvalidValueException.class, () -> plan.answer(at(12, 2, 14, 10), id(4), true), "avoided");
    assertThrows(InvalidValueException.class, () -> plan.answer(at(12, 2, 14, 10), id(3), true), "left");
    assertThrows(InvalidValueException.class, () -> plan.answer(at(12, 2, 14, 10), MemberId.of("m-x"), true));
    AskPlan after = plan.answer(at(12, 2, 14, 10), id(5), true).plan();
    assertEquals(id(5), after.lifecycle().helper().orElseThrow(), "m-5 is not in the order but eligible");
  }

  /**
   * Whoever says yes, at any time, to a plan ranked or ordered: the helper the plan takes is always
   * a member of the circle whom no standard hard rule rules out (or, for an order of the
   * platform's own, one it put in the order); everyone else's yes is refused and changes nothing.
   */
  @Test
  void anAcceptedHelperIsAlwaysAnEligibleMember() {
    TestCircles.property("volunteer-eligible", 300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Circle base = TestCircles.circle();
      Circle.Builder builder = base.toBuilder().members(List.of());
      List<MemberId> ids = base.members().stream().map(Member::id).toList();
      for (Member m : base.members()) {
        Member.Builder b = m.toBuilder();
        if (random.nextInt(4) == 0) {
          b.status(MemberStatus.LEFT);
        }
        if (random.nextInt(4) == 0) {
          b.capabilities(List.of(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS)));
        }
        List<MemberId> avoids = new ArrayList<>();
        for (MemberId other : ids) {
          if (!other.equals(m.id()) && random.nextInt(5) == 0) {
            avoids.add(other);
          }
        }
        builder.addMembers(b.avoids(avoids).build());
      }
      Circle circle = builder.build();
      HelpRequest request = TestCircles.ride().requester(id(random.nextInt(ids.size()))).build();
      Instant created = at(12, 2, 14, 0);
      CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), created);
      Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
      boolean ranked = random.nextBoolean();
      List<MemberId> order = new ArrayList<>();
      if (!ranked) {
        ids.stream().filter(m -> !m.equals(request.requester()) && random.nextBoolean()).forEach(order::add);
      }
      AskPlan.Builder b = AskPlan.builder(request, circle);
      AskPlan plan = (ranked ? b.rankedBy(MatchingStrategies.standard(), snapshot) : b.order(order)).build()
          .advance(created).plan();
      Instant at = created.plus(Duration.ofMinutes(1 + random.nextInt(120)));
      int pick = random.nextInt(ids.size() + 1);
      MemberId who = pick == ids.size() ? MemberId.of("m-stranger") : ids.get(pick);
      if (who.equals(request.requester())) {
        return;
      }
      // eligible: in the circle and let through by the ranking, or for an order of the platform's
      // own, in it or let through by the standard hard rules at the time of the yes
      boolean eligible = circle.member(who).isPresent() && (ranked
          ? ranking.candidates().stream().anyMatch(c -> c.member().equals(who))
          : order.contains(who) || HardRules.standard().stream().noneMatch(r -> r.excludes(
              MatchContext.of(request, CircleSnapshot.at(circle, HelpLedger.empty(), at),
                  Duration.ofDays(MatchingStrategies.DEFAULT_LOAD_WINDOW_DAYS)), circle.member(who).orElseThrow())));
      AskPlan after;
      try {
        after = plan.answer(at, who, true).plan();
      } catch (InvalidValueException refused) {
        assertFalse(eligible, "an eligible member's yes is taken: " + who);
        assertEquals("member", refused.violations().get(0).path());
        assertTrue(plan.lifecycle().helper().isEmpty(), "nothing changed");
        return;
      }
      assertTrue(eligible, "the helper is an eligible member of the circle: " + who);
      assertSame(RequestState.ACCEPTED, after.lifecycle().state());
      assertEquals(who, after.lifecycle().helper().orElseThrow());
    });
  }
}
