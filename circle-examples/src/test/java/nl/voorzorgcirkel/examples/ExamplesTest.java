package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

  private static PrintStream sink(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  @Test
  void theRankingExampleAsksTheBestCandidatesFirstAndExplainsEveryone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Ranking ranking = RankingExample.run(CLOCK, Locale.ENGLISH, sink(bytes));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(ranking.candidates().isEmpty());
    assertEquals(12, ranking.candidates().size() + ranking.exclusions().size());
    for (RankedCandidate c : ranking.askFirst()) {
      assertTrue(out.contains(c.explain(Locale.ENGLISH)), out);
    }
    ranking.exclusions().forEach(e -> assertTrue(out.contains(e.member() + ": " + e.message(Locale.ENGLISH)), out));
  }

  @Test
  void theWeekPlanPrintsEveryAssignmentAndLeavesNobodyPastCapacity() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssignmentPlan plan = WeekPlanExample.run(CLOCK, Locale.forLanguageTag("nl"), sink(bytes));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(8, plan.assignments().size() + plan.unplaced().size());
    for (Assignment a : plan.assignments()) {
      assertTrue(out.contains(a.request() + " -> " + a.member()), out);
    }
    plan.unplaced().forEach(u -> assertTrue(out.contains(u.request() + ": " + u.message(Locale.forLanguageTag("nl"))), out));
  }

  @Test
  void theCircleWeekExampleKeepsATripTogetherFollowsTheSeriesReasksAndRefersTheShower() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CircleWeekExample.Outcome outcome = CircleWeekExample.run(CLOCK, Locale.ENGLISH, sink(bytes));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<Assignment> legs = outcome.denture().assignments();
    assertEquals(2, legs.size());
    assertEquals(legs.get(0).member(), legs.get(1).member(), "one helper for both legs");
    assertTrue(out.contains("r-denture-back -> " + legs.get(0).member()), out);
    RankedCandidate shopper = outcome.shopping().askFirst().get(0);
    assertEquals(MemberId.of("m-05"), shopper.member(), "last week's helper first");
    assertEquals(1.0, shopper.part("previous-helper").orElseThrow().value());
    MemberId decliner = outcome.declined().declinedBy().get(0);
    assertTrue(outcome.afterDecline().askFirst().stream().noneMatch(c -> c.member().equals(decliner)));
    assertEquals(decliner, outcome.afterDecline().declined().get(0).member());
    assertTrue(outcome.shower().isReferred());
    assertEquals(ReferralTarget.DISTRICT_NURSING,
        ((nl.voorzorgcirkel.core.lifecycle.RequestEvent.Referred) outcome.referred().events().get(0)).target());
    assertTrue(out.contains("r-shower is not for the circle"), out);
  }
}
