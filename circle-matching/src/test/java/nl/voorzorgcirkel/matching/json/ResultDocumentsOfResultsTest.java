package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * A document made from a result holds what the result holds, entry for entry and in the result's
 * order; and the figures a document takes from a result are reduced to JSON's kinds.
 */
class ResultDocumentsOfResultsTest {

  @Test
  void aPlansDocumentHoldsEveryAssignmentUnplacedRequestAndReferral() {
    Props.property("plan-document-of", 60).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      AssignmentPlan plan = Samples.plan(seed);
      AssignmentPlanDocument document = AssignmentPlanDocument.of(plan, Audience.CONNECTOR);
      assertEquals(plan.assignments().size(), document.assignments().size());
      for (int i = 0; i < plan.assignments().size(); i++) {
        var a = plan.assignments().get(i);
        assertEquals(new AssignmentPlanDocument.Assignment(a.request(), a.member(), a.cost(), a.start()),
            document.assignments().get(i));
      }
      assertEquals(plan.unplaced().size(), document.unplaced().size());
      for (int i = 0; i < plan.unplaced().size(); i++) {
        var u = plan.unplaced().get(i);
        var d = document.unplaced().get(i);
        assertEquals(u.request(), d.request());
        assertEquals(u.code(), d.code());
        assertEquals(u.exclusions().stream().map(e -> e.member()).toList(),
            d.exclusions().stream().map(RankingDocument.Exclusion::member).toList());
      }
      assertEquals(plan.referrals().stream().map(r -> r.request()).toList(),
          document.referrals().stream().map(AssignmentPlanDocument.Referral::request).toList());
    });
  }

  @Test
  void someSampledPlansHaveUnplacedRequestsWithReasonsAndReferrals() {
    // the property above is only as strong as its samples
    boolean exclusions = false;
    boolean referrals = false;
    for (long seed = 1; seed <= 200 && !(exclusions && referrals); seed++) {
      AssignmentPlan plan = Samples.plan(seed);
      exclusions |= plan.unplaced().stream().anyMatch(u -> !u.exclusions().isEmpty());
      referrals |= !plan.referrals().isEmpty();
    }
    assertTrue(exclusions && referrals);
  }

  @Test
  void aFormationsDocumentHoldsItsConnectorsBreachesAndWhoWasNotPlaced() {
    Props.property("formation-document-of", 30).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      FormationResult result = Samples.formation(seed);
      FormationDocument document = FormationDocument.of(result);
      assertEquals(result.circles().size(), document.circles().size());
      for (int i = 0; i < result.circles().size(); i++) {
        var formed = result.circles().get(i);
        var d = document.circles().get(i);
        assertEquals(formed.circle().members().stream().map(Member::id).toList(), d.members());
        assertEquals(formed.circle().members().stream().filter(m -> m.role() == Role.CONNECTOR).map(Member::id).toList(),
            d.connectors());
        assertEquals(formed.breaches().stream().map(b -> b.rule()).toList(),
            d.breaches().stream().map(FormationDocument.Breach::rule).toList());
      }
      assertEquals(result.notPlaced().stream().map(n -> n.candidate()).toList(),
          document.notPlaced().stream().map(FormationDocument.NotPlaced::candidate).toList());
      assertEquals(result.notPlaced().stream().map(n -> n.reason()).toList(),
          document.notPlaced().stream().map(FormationDocument.NotPlaced::reason).toList());
    });
  }

  @Test
  void someSampledFormationsHaveConnectorsBreachesAndUnplacedCandidates() {
    boolean connectors = false;
    boolean breaches = false;
    boolean notPlaced = false;
    for (long seed = 1; seed <= 200 && !(connectors && breaches && notPlaced); seed++) {
      FormationResult result = Samples.formation(seed);
      connectors |= result.circles().stream().anyMatch(
          c -> c.circle().members().stream().anyMatch(m -> m.role() == Role.CONNECTOR));
      breaches |= result.circles().stream().anyMatch(c -> !c.breaches().isEmpty());
      notPlaced |= !result.notPlaced().isEmpty();
    }
    assertTrue(connectors && breaches && notPlaced, connectors + " " + breaches + " " + notPlaced);
  }

  @Test
  void aRankingsExclusionsAreListedByMemberId() {
    Props.property("ranking-document-exclusions", 100).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Ranking ranking = Samples.ranking(seed);
      for (Audience audience : Audience.values()) {
        List<MemberId> listed = RankingDocument.of(ranking, audience).exclusions().stream()
            .map(RankingDocument.Exclusion::member).toList();
        List<MemberId> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, listed);
        assertTrue(listed.containsAll(ranking.exclusions().stream().map(e -> e.member()).toList()));
      }
    });
  }

  private enum Colour { GREEN }

  @Test
  void figuresFromAResultAreReducedToJsonKinds() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("big", BigInteger.valueOf(12));
    figures.put("capability", Capability.RIDE_BY_CAR);
    figures.put("colour", Colour.GREEN);
    figures.put("duration", Duration.ofMinutes(90));
    figures.put("small", (short) 3);
    assertEquals(Map.of("big", 12L, "capability", Capability.RIDE_BY_CAR.code(), "colour", "GREEN",
        "duration", "PT1H30M", "small", 3L), Rules.figures(figures, "Breach", "figures", false));
    assertEquals(List.of("big", "capability", "colour", "duration", "small"),
        new ArrayList<>(Rules.figures(figures, "Breach", "figures", false).keySet()));
  }

  @Test
  void figuresReadFromJsonAreOnlyNumbersTextsAndTruths() {
    for (Object refused : List.of(Capability.RIDE_BY_CAR, Colour.GREEN, Duration.ofMinutes(90),
        BigInteger.ONE.shiftLeft(64))) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Rules.figures(Map.of("x", refused), "Breach", "figures", true));
      assertEquals("figures.x", e.violations().get(0).path());
      assertEquals("figure", e.violations().get(0).rule());
    }
    InvalidValueException huge = assertThrows(InvalidValueException.class,
        () -> Rules.figures(Map.of("x", BigInteger.ONE.shiftLeft(63)), "Breach", "figures", false));
    assertEquals("figure", huge.violations().get(0).rule());
    assertEquals(Map.of("x", Long.MAX_VALUE),
        Rules.figures(Map.of("x", BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)), "Breach", "figures", true));
  }

  @Test
  void theSmallRulesReturnTheValueTheyAccept() {
    assertEquals(5_000_000_000L, Rules.atLeast(5_000_000_000L, 0L, "Plan", "searchNodes"));
    assertEquals("a reason", Rules.notBlank("a reason", "Plan", "code"));
  }
}
