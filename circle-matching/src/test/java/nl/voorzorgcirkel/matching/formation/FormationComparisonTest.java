package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import nl.voorzorgcirkel.testing.matching.RandomPools;

/**
 * Recursive bisection against the first algorithm (compact growth) and the nearest-neighbour
 * baseline on generated pools; the figures are printed, and what the issue asked for is asserted.
 */
class FormationComparisonTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  private static FormationQuality[] compare(String name, List<Candidate> pool) {
    FormationQuality[] q = {
      FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON).quality(),
      FormationAlgorithms.compactGrowth(POLICY, 1).form(pool, ON).quality(),
      FormationAlgorithms.nearestNeighbourBaseline(POLICY).form(pool, ON).quality()};
    System.out.printf("%s%n  recursive bisection: %s%n  compact growth:      %s%n  baseline:            %s%n",
        name, q[0], q[1], q[2]);
    return q;
  }

  @Test
  void onAPoolWithNeighbourhoodsAndBuildingsThePolicyIsMetMoreOftenWithMoreBuildingsTogether() {
    FormationQuality[] q = compare("400 candidates, 4 named neighbourhoods, 30 % in buildings",
        RandomPools.city(11, 400, 4, true, 0.3));
    assertTrue(q[0].meetingPolicyShare() >= q[1].meetingPolicyShare(), "the policy, as often as compact growth");
    assertTrue(q[0].preferencesHonoured() >= q[1].preferencesHonoured(), "wishes, as often as compact growth");
    assertTrue(q[1].buildingsKeptTogether() < 0.5, "compact growth splits buildings");
    assertTrue(q[0].buildingsKeptTogether() > q[1].buildingsKeptTogether());
    assertTrue(q[0].mixedNeighbourhoodShare() <= q[1].mixedNeighbourhoodShare());
    assertTrue(q[0].maxDistanceMetres() <= POLICY.maxDistanceMetres());
    assertTrue(q[2].maxDistanceMetres() > POLICY.maxDistanceMetres(), "the baseline ignores distance");
  }

  @Test
  void onACityPoolCirclesAreMoreEvenAndHaveTheirConnectorsMoreOften() {
    FormationQuality[] q = compare("3,000 candidates, 10 named neighbourhoods", RandomPools.city(12, 3_000, 10, true, 0));
    assertTrue(q[0].largestCircle() - q[0].smallestCircle() < q[1].largestCircle() - q[1].smallestCircle());
    assertTrue(q[0].connectorShare() > q[1].connectorShare());
    assertTrue(q[0].coverageShare() > q[1].coverageShare());
    assertTrue(q[0].placedShare() >= q[1].placedShare());
  }
}
