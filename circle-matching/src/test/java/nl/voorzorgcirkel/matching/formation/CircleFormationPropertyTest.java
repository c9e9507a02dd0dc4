package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

/**
 * The guarantees compact growth adds to the {@link FormationAlgorithm} contract (which {@code
 * FormationAlgorithmsContractTest} checks): sizes within the policy, nobody farther apart than the
 * maximum distance, nobody with a person they avoid.
 */
class CircleFormationPropertyTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  @Test
  void compactGrowthKeepsSizesDistancesAndPreferences() {
    Props.property("formation-invariants", 300)
        .forAll(longs().all(), integers().between(0, 200), integers().between(1, 4))
        .checkAssert((seed, size, neighbourhoods) -> {
          List<Candidate> pool = RandomPools.pool(seed, size, neighbourhoods);
          FormationPolicy policy = FormationPolicy.standard();
          FormationResult result = FormationAlgorithms.compactGrowth(policy, seed).form(pool, ON);
          for (FormedCircle circle : result.circles()) {
            List<Candidate> group = new ArrayList<>();
            for (Member m : circle.circle().members()) {
              group.add(pool.stream().filter(c -> c.id().equals(m.id())).findFirst().orElseThrow());
            }
            int n = group.size();
            assertTrue(n >= policy.minSize() && n <= policy.maxSize(), "size " + n);
            assertTrue(Evaluation.farthest(group) <= policy.maxDistanceMetres(), "too far apart");
            for (Candidate a : group) {
              for (Candidate b : group) {
                assertFalse(a.member().avoids().contains(b.id()), "avoided pair together");
              }
            }
          }
        });
  }
}
