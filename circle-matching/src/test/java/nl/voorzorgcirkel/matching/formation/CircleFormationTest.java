package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

class CircleFormationTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  @Test
  void aFarAwayCandidateIsReportedWithTheReason() {
    List<Candidate> pool = new ArrayList<>(RandomPools.pool(3, 60, 2));
    pool.add(Candidate.of(pool.get(0).member().toBuilder().id(MemberId.of("c-far"))
        .home(GeoPoint.of(53.2, 6.5)).avoids(List.of()).build(), false));
    FormationResult result = FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(pool, ON);
    NotPlaced far = result.notPlaced().stream().filter(p -> p.candidate().value().equals("c-far"))
        .findFirst().orElseThrow();
    assertEquals("no-one-within-distance", far.reason());
    assertEquals("niemand anders in de groep woont binnen 1500 m",
        far.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void compactGrowthBeatsTheBaselineOnDistanceAndPolicy() {
    List<Candidate> pool = RandomPools.pool(11, 400, 4);
    FormationPolicy policy = FormationPolicy.standard();
    FormationQuality ours = FormationAlgorithms.compactGrowth(policy, 11).form(pool, ON).quality();
    FormationQuality baseline = FormationAlgorithms.nearestNeighbourBaseline(policy).form(pool, ON).quality();
    System.out.println("compact growth: " + ours);
    System.out.println("baseline:       " + baseline);
    assertTrue(ours.maxDistanceMetres() <= policy.maxDistanceMetres());
    assertTrue(ours.meanDistanceMetres() < baseline.meanDistanceMetres());
    assertTrue(ours.meetingPolicyShare() > baseline.meetingPolicyShare());
    assertEquals(1.0, baseline.placedShare());
  }

  @Test
  void badPoliciesAndPoolsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FormationPolicy(8, 7, 15, 2, 1500, java.util.Map.of(), 0.5));
    // the formed circles carry a CirclePolicy: its ranges hold here too
    assertThrows(IllegalArgumentException.class, () -> new FormationPolicy(12, 12, 15, 11, 1500, java.util.Map.of(), 0.5));
    assertThrows(IllegalArgumentException.class, () -> new FormationPolicy(8, 12, 101, 2, 1500, java.util.Map.of(), 0.5));
    assertThrows(IllegalArgumentException.class, () -> new FormationPolicy(8, 12, 15, 2, 49, java.util.Map.of(), 0.5));
    List<Candidate> pool = RandomPools.pool(1, 3, 1);
    List<Candidate> twice = List.of(pool.get(0), pool.get(0));
    assertThrows(IllegalArgumentException.class,
        () -> FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(twice, ON));
  }
}
