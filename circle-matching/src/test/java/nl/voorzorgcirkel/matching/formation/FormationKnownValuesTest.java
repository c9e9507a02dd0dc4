package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Formation on pools whose answer is known: two neighbourhoods of twelve, ten kilometres apart,
 * that can only become two circles of twelve; and the policy's bounds, at the boundary.
 */
class FormationKnownValuesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  /** Twelve seniors in a 3 x 4 grid about 100 m apart: all vital, two would connect. */
  private static List<Candidate> neighbourhood(String prefix, double lat, double lon) {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Member m = Fixtures.member(prefix + i)
          .home(GeoPoint.of(lat + (i % 3) * 0.0009, lon + (i / 3) * 0.0015))
          .vitality(Vitality.VITAL)
          .addCapabilities(CapabilityOffer.of(i % 2 == 0 ? Capability.GROCERIES_AND_ERRANDS
              : Capability.VISITS_AND_COMPANY))
          .build();
      pool.add(Candidate.of(m, i < 2));
    }
    return pool;
  }

  private static Set<String> ids(FormedCircle circle) {
    return circle.circle().members().stream().map(m -> m.id().value()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void twoNeighbourhoodsBecomeTwoCirclesThatMeetThePolicy() {
    List<Candidate> pool = new ArrayList<>(neighbourhood("a-", 52.370, 5.210));
    pool.addAll(neighbourhood("b-", 52.460, 5.210)); // 10 km north
    FormationResult result = FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(pool, ON);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(2, result.circles().size());
    Set<Set<String>> circles = result.circles().stream().map(FormationKnownValuesTest::ids).collect(Collectors.toSet());
    assertEquals(Set.of(ids("a-"), ids("b-")), circles);
    for (FormedCircle circle : result.circles()) {
      assertEquals(List.of(), circle.breaches());
      assertTrue(circle.meetsPolicy());
      assertEquals(2, circle.circle().connectorsOn(ON).size());
    }
    FormationQuality quality = result.quality();
    assertEquals(1.0, quality.placedShare());
    assertEquals(2, quality.circles());
    assertEquals(1.0, quality.meetingPolicyShare());
    assertEquals(1.0, quality.coverageShare());
    assertEquals(1.0, quality.vitalityShare());
    assertEquals(1.0, quality.preferencesHonoured());
    // the farthest pair of a grid 200 m (0.0018 degrees north) by 306 m (0.0045 degrees east at
    // 52.37 N) is its diagonal: 365 m
    assertEquals(365, quality.maxDistanceMetres(), 2);
    assertTrue(quality.meanDistanceMetres() > 100 && quality.meanDistanceMetres() < quality.maxDistanceMetres());
    String mean = String.format(java.util.Locale.ROOT, "%.0f", quality.meanDistanceMetres());
    assertEquals("placed 100.0%, 2 circles of 12 to 12, 100.0% meet the policy, distance mean " + mean
        + " m max 365 m, connectors 100.0%, coverage 100.0%, vitality 100.0%, preferences honoured 100.0%,"
        + " buildings kept together 100.0%, mixed neighbourhoods 0.0%", quality.toString());
    assertEquals("geplaatst 100,0%, 2 cirkels van 12 tot 12, 100,0% voldoet aan het beleid, afstand gemiddeld "
        + mean + " m, hoogstens 365 m, verbinders 100,0%, dekking 100,0%, vitaliteit 100,0%, wensen ingewilligd"
        + " 100,0%, gebouwen bijeen 100,0%, gemengde buurten 0,0%",
        quality.describe(java.util.Locale.forLanguageTag("nl")));
  }

  @Test
  void theBaselineCutsTheSameTwoNeighbourhoodsInGroupsOfTheTargetSize() {
    List<Candidate> pool = new ArrayList<>(neighbourhood("a-", 52.370, 5.210));
    pool.addAll(neighbourhood("b-", 52.460, 5.210));
    FormationResult result = FormationAlgorithms.nearestNeighbourBaseline(FormationPolicy.standard()).form(pool, ON);
    assertEquals(2, result.circles().size());
    assertEquals(List.of(12, 12), result.circles().stream().map(c -> c.circle().members().size())
        .collect(Collectors.toList()));
    assertEquals(1.0, result.quality().placedShare());
  }

  @Test
  void aNeighbourhoodTooSmallForACircleIsReportedWithTheReason() {
    List<Candidate> pool = new ArrayList<>(neighbourhood("a-", 52.370, 5.210).subList(0, 7));
    FormationResult result = FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(pool, ON);
    assertEquals(List.of(), result.circles());
    assertEquals(7, result.notPlaced().size());
    assertTrue(result.notPlaced().stream().allMatch(p -> p.reason().equals("pool-too-small")), result.notPlaced()::toString);
    assertEquals(0.0, result.quality().placedShare());
    assertEquals(1.0, result.quality().meetingPolicyShare(), "no circles: nothing misses the policy");
  }

  private static Set<String> ids(String prefix) {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < 12; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  @Test
  void thePolicysBoundsHoldAtTheBoundary() {
    Map<Capability, Integer> none = Map.of();
    // the smallest and the edges that are allowed
    assertEquals(2, new FormationPolicy(2, 2, 2, 2, 50, none, 0.0).minSize());
    assertEquals(1.0, new FormationPolicy(2, 5, 5, 0, 50, none, 1.0).minVitalShare());
    assertEquals(Map.of(Capability.MEALS, 1),
        new FormationPolicy(2, 2, 2, 0, 50, Map.of(Capability.MEALS, 1), 0.5).requiredCapabilities());
    // the largest a formed circle's CirclePolicy accepts
    assertEquals(50_000, new FormationPolicy(100, 100, 100, 10, 50_000, none, 0.5).maxDistanceMetres());
    // one step over each edge
    List<Runnable> refused = List.of(
        () -> new FormationPolicy(1, 2, 2, 0, 50, none, 0.5),
        () -> new FormationPolicy(3, 2, 3, 0, 50, none, 0.5),
        () -> new FormationPolicy(2, 4, 3, 0, 50, none, 0.5),
        () -> new FormationPolicy(2, 2, 101, 0, 50, none, 0.5),
        () -> new FormationPolicy(2, 2, 2, -1, 50, none, 0.5),
        () -> new FormationPolicy(2, 2, 2, 3, 50, none, 0.5),
        () -> new FormationPolicy(11, 11, 11, 11, 50, none, 0.5),
        () -> new FormationPolicy(2, 2, 2, 0, 49, none, 0.5),
        () -> new FormationPolicy(2, 2, 2, 0, 50_001, none, 0.5),
        () -> new FormationPolicy(2, 2, 2, 0, 50, none, -0.01),
        () -> new FormationPolicy(2, 2, 2, 0, 50, none, 1.01),
        () -> new FormationPolicy(2, 2, 2, 0, 50, none, Double.NaN),
        () -> new FormationPolicy(2, 2, 2, 0, 50, Map.of(Capability.MEALS, 0), 0.5));
    for (Runnable r : refused) {
      assertThrows(IllegalArgumentException.class, r::run);
    }
  }

  @Test
  void aRepeatedCandidateIsRefusedNamingTheId() {
    List<Candidate> pool = new ArrayList<>(neighbourhood("a-", 52.370, 5.210));
    pool.add(pool.get(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 1).form(pool, ON));
    assertTrue(e.getMessage().contains("a-3"), e.getMessage());
    assertEquals(MemberId.of("a-3"), pool.get(12).id());
  }
}
