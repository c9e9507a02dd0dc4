package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

class CircleFormationPropertyTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  @Test
  void everyCandidateIsPlacedOnceOrReportedAndEveryCircleMeetsThePolicyOrSaysWhy() {
    Props.property("formation-invariants", 300)
        .forAll(longs().all(), integers().between(0, 200), integers().between(1, 4))
        .checkAssert((seed, size, neighbourhoods) -> {
          List<Candidate> pool = Pools.pool(seed, size, neighbourhoods);
          FormationPolicy policy = FormationPolicy.standard();
          FormationResult result = FormationAlgorithms.compactGrowth(policy, seed).form(pool, ON);

          Set<MemberId> seen = new HashSet<>();
          for (FormedCircle circle : result.circles()) {
            List<Candidate> group = new ArrayList<>();
            for (Member m : circle.circle().members()) {
              assertTrue(seen.add(m.id()), "in two circles: " + m.id());
              group.add(pool.stream().filter(c -> c.id().equals(m.id())).findFirst().orElseThrow());
            }
            // hard guarantees of compact growth
            int n = group.size();
            assertTrue(n >= policy.minSize() && n <= policy.maxSize(), "size " + n);
            assertTrue(Evaluation.farthest(group) <= policy.maxDistanceMetres(), "too far apart");
            for (Candidate a : group) {
              for (Candidate b : group) {
                assertFalse(a.member().avoids().contains(b.id()), "avoided pair together");
              }
            }
            // the reported breaches are exactly the rules the circle misses
            Set<String> expected = new HashSet<>();
            policy.requiredCapabilities().forEach((capability, min) -> {
              if (group.stream().filter(c -> c.member().offers(capability)).count() < min) {
                expected.add("coverage");
              }
            });
            if (group.stream().filter(Candidate::willingToConnect).count() < policy.connectors()) {
              expected.add("connectors");
            }
            long vital = group.stream().filter(c -> c.member().vitality() == nl.voorzorgcirkel.core.model.Vitality.VITAL).count();
            if ((double) vital / n < policy.minVitalShare()) {
              expected.add("vitality");
            }
            assertEquals(expected, circle.breaches().stream().map(PolicyBreach::rule).collect(Collectors.toSet()));
            assertEquals(circle.breaches().isEmpty(), circle.meetsPolicy());
            circle.breaches().forEach(b -> assertFalse(b.message(Locale.forLanguageTag("nl")).contains("{")));
          }
          for (NotPlaced p : result.notPlaced()) {
            assertTrue(seen.add(p.candidate()), "placed and not placed: " + p.candidate());
            assertFalse(p.message(Locale.ENGLISH).startsWith("formation."));
          }
          assertEquals(pool.size(), seen.size(), "a candidate was lost");
        });
  }

  @Test
  void theSameSeedGivesTheSameCirclesWhateverTheOrderOfThePool() {
    Props.property("formation-deterministic", 100)
        .forAll(longs().all(), integers().between(0, 150))
        .checkAssert((seed, size) -> {
          List<Candidate> pool = Pools.pool(seed, size, 2);
          List<Candidate> shuffled = new ArrayList<>(pool);
          Collections.shuffle(shuffled, new Random(seed));
          FormationAlgorithm algorithm = FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 7);
          assertEquals(algorithm.form(pool, ON), algorithm.form(shuffled, ON));
        });
  }
}
