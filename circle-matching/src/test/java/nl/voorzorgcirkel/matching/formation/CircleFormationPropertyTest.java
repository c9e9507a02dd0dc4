package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;
import nl.voorzorgcirkel.testing.matching.RandomPools;

/**
 * The guarantees compact growth adds to the {@link FormationAlgorithm} contract (which {@code
 * FormationAlgorithmsContractTest} checks): sizes within the policy, nobody farther apart than the
 * maximum distance, nobody with a person they avoid.
 */
class CircleFormationPropertyTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  @Test
  void compactGrowthPlacesEveryCandidateOnceOrSaysWhyAndEveryCircleMeetsThePolicyOrSaysWhy() {
    Props.property("formation-invariants-compact-growth", 300)
        .forAll(longs().all(), integers().between(0, 200), integers().between(1, 4))
        .checkAssert((seed, size, neighbourhoods) -> {
          List<Candidate> pool = RandomPools.pool(seed, size, neighbourhoods);
          FormationChecks.assertValid(pool, FormationAlgorithms.compactGrowth(POLICY, seed).form(pool, ON), POLICY);
        });
  }

  @Test
  void recursiveBisectionPlacesEveryCandidateOnceOrSaysWhy() {
    Props.property("formation-invariants-recursive-bisection", 300)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 4), doubles().between(0, 0.6))
        .checkAssert((seed, size, neighbourhoods, buildings) -> {
          // with names for even seeds
          List<Candidate> pool = RandomPools.city(seed, size, neighbourhoods, seed % 2 == 0, buildings);
          FormationChecks.assertValid(pool, FormationAlgorithms.recursiveBisection(POLICY, seed).form(pool, ON), POLICY);
        });
  }

  @Test
  void recursiveBisectionNeverSplitsABuildingThatFitsWhereNoCircleLacksAnythingAndNobodyWishes() {
    // a policy that asks no connectors, offers or vital members: no exchange can make a circle
    // lack less, and without wishes none can meet more, so no building is opened up
    FormationPolicy asksNothing = new FormationPolicy(8, 12, 15, 0, 1_500, Map.of(), 0);
    Props.property("formation-buildings-recursive-bisection", 200)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 4), doubles().between(0, 0.6))
        .checkAssert((seed, size, neighbourhoods, buildings) -> {
          List<Candidate> pool = new ArrayList<>();
          for (Candidate c : RandomPools.city(seed, size, neighbourhoods, seed % 2 == 0, buildings)) {
            pool.add(new Candidate(c.member(), c.willingToConnect(), List.of(), c.neighbourhood()));
          }
          FormationResult result = FormationAlgorithms.recursiveBisection(asksNothing, seed).form(pool, ON);
          Map<MemberId, String> circleOf = FormationChecks.assertValid(pool, result, asksNothing);
          // residents of one building (who live together and avoid nobody there, as generated)
          // share one circle, or are left out together; a larger building is cut in as few parts
          assertBuildingsInFewestParts(pool, circleOf);
        });
  }

  @Test
  void recursiveBisectionSplitsABuildingOnlyWhereTheStandardPolicyGains() {
    // the same pools under the standard policy: a building may be opened up, and then it is
    // only because a circle lacked something; with everybody vital, willing and offering every
    // required capability, no circle can lack anything, so buildings stay whole again
    Props.property("formation-buildings-standard-policy", 100)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 4), doubles().between(0, 0.6))
        .checkAssert((seed, size, neighbourhoods, buildings) -> {
          List<Candidate> pool = new ArrayList<>();
          for (Candidate c : RandomPools.city(seed, size, neighbourhoods, seed % 2 == 0, buildings)) {
            var member = c.member().toBuilder().vitality(Vitality.VITAL);
            POLICY.requiredCapabilities().keySet().stream().filter(k -> !c.member().offers(k))
                .forEach(k -> member.addCapabilities(CapabilityOffer.of(k)));
            pool.add(new Candidate(member.build(), true, List.of(), c.neighbourhood()));
          }
          FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, seed).form(pool, ON);
          assertBuildingsInFewestParts(pool, FormationChecks.assertValid(pool, result, POLICY));
        });
  }

  private static void assertBuildingsInFewestParts(List<Candidate> pool, Map<MemberId, String> circleOf) {
    Map<BuildingId, Set<String>> circles = new TreeMap<>();
    Map<BuildingId, Integer> residents = new TreeMap<>();
    for (Candidate c : pool) {
      c.member().building().ifPresent(b -> {
        circles.computeIfAbsent(b, k -> new HashSet<>()).add(circleOf.getOrDefault(c.id(), "not placed"));
        residents.merge(b, 1, Integer::sum);
      });
    }
    circles.forEach((building, in) -> {
      int parts = (residents.get(building) + POLICY.maxSize() - 1) / POLICY.maxSize();
      assertTrue(in.size() <= parts, building + " split in " + in.size() + " for " + residents.get(building));
    });
  }

  @Test
  void anyPolicyKeepsTheGuaranteesAndEveryRunEnds() {
    Props.property("formation-any-policy", 200)
        .forAll(longs().all(), integers().between(2, 12), integers().between(0, 12), integers().between(0, 120))
        .checkAssert((seed, min, extra, size) -> {
          Random random = new Random(seed);
          int target = min + random.nextInt(extra + 1);
          FormationPolicy policy = new FormationPolicy(min, target, target + random.nextInt(extra + 1),
              random.nextInt(Math.min(10, min) + 1), 200 + random.nextInt(2_000), java.util.Map.of(), random.nextDouble());
          List<Candidate> pool = RandomPools.city(seed, size, 1 + random.nextInt(3), seed % 2 == 0, random.nextDouble() * 0.7);
          FormationChecks.assertValid(pool, FormationAlgorithms.recursiveBisection(policy, seed).form(pool, ON), policy);
        });
  }

  @Test
  void whenABalancedSplitExistsEveryoneIsPlacedInCirclesThatDifferByOneAtMost() {
    // clusters far apart, each within 600 m and of any size a circle can have or more
    Props.property("formation-balanced-clusters", 200)
        .forAll(longs().all(), integers().between(1, 5))
        .checkAssert((seed, clusters) -> {
          Random random = new Random(seed);
          List<Candidate> pool = new ArrayList<>();
          List<Integer> clusterSizes = new ArrayList<>();
          for (int k = 0; k < clusters; k++) {
            int m = POLICY.minSize() + random.nextInt(60);
            clusterSizes.add(m);
            for (int i = 0; i < m; i++) {
              Candidate c = RandomPools.at("k" + k + "-" + i, k * 5_000 + random.nextDouble() * 420,
                  random.nextDouble() * 420);
              pool.add(new Candidate(c.member(), random.nextInt(4) == 0, List.of()));
            }
          }
          FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, seed).form(pool, ON);
          FormationChecks.assertValid(pool, result, POLICY);
          assertEquals(List.of(), result.notPlaced());
          for (int k = 0; k < clusters; k++) {
            String prefix = "k" + k + "-";
            List<Integer> sizes = result.circles().stream()
                .filter(c -> c.circle().members().get(0).id().value().startsWith(prefix))
                .map(c -> c.circle().members().size()).collect(Collectors.toList());
            assertEquals(RecursiveBisection.circlesFor(clusterSizes.get(k), POLICY), sizes.size(), "circles");
            assertTrue(Collections.max(sizes) - Collections.min(sizes) <= 1, "unbalanced: " + sizes);
          }
        });
  }

  @Test
  void whenCirclesKeepingEveryBuildingWholeExistNobodyIsLeftOut() {
    // one neighbourhood where everybody lives within 600 m of everybody (so only sizes and
    // buildings decide), 8 to 45 candidates of whom some live in buildings of 2 to 15: when a
    // split into circles of 8 to 15 exists that keeps every building whole (brute force),
    // everybody is placed, no building is split, and nobody is told "no room nearby"
    FormationPolicy sizesOnly = new FormationPolicy(8, 12, 15, 0, 1_500, Map.of(), 0);
    AtomicInteger withSplit = new AtomicInteger();
    Props.property("formation-buildings-fit-when-a-split-exists", 300)
        .forAll(longs().all(), integers().between(8, 45), integers().between(0, 5))
        .checkAssert((seed, size, buildingCount) -> {
          Random random = new Random(seed);
          List<Candidate> pool = new ArrayList<>();
          List<Integer> buildings = new ArrayList<>();
          int left = size;
          for (int b = 0; b < buildingCount && left >= 2; b++) {
            int residents = 2 + random.nextInt(Math.min(POLICY.maxSize(), left) - 1);
            buildings.add(residents);
            left -= residents;
          }
          int i = 0;
          for (int b = 0; b <= buildings.size(); b++) {
            int residents = b < buildings.size() ? buildings.get(b) : left;
            for (int r = 0; r < residents; r++, i++) {
              Candidate c = RandomPools.at("c-" + i, random.nextDouble() * 420, random.nextDouble() * 420);
              Optional<BuildingId> building = b < buildings.size() ? Optional.of(BuildingId.of("b" + b)) : Optional.empty();
              pool.add(Candidate.of(c.member().toBuilder().building(building).build(), false));
            }
          }
          FormationResult result = FormationAlgorithms.recursiveBisection(sizesOnly, seed).form(pool, ON);
          Map<MemberId, String> circleOf = FormationChecks.assertValid(pool, result, sizesOnly);
          if (splitKeepingBuildingsWholeExists(buildings, left, sizesOnly)) {
            withSplit.incrementAndGet();
            assertEquals(List.of(), result.notPlaced(), "buildings " + buildings + " and " + left + " others");
            assertBuildingsInFewestParts(pool, circleOf);
          }
        });
    // the property is not met by pools where no split exists: most generated pools have one
    assertTrue(withSplit.get() > 200, withSplit + " of 300 pools can be split");
  }

  /**
   * Brute force: whether the buildings (each whole) and the others can be dealt into circles of
   * the policy's sizes: every way of putting the buildings into k circles, for every k.
   */
  private static boolean splitKeepingBuildingsWholeExists(List<Integer> buildings, int others, FormationPolicy policy) {
    int total = others + buildings.stream().mapToInt(Integer::intValue).sum();
    for (int k = 1; k * policy.minSize() <= total; k++) {
      if (k * policy.maxSize() >= total && deal(buildings, 0, new int[k], others, policy)) {
        return true;
      }
    }
    return false;
  }

  private static boolean deal(List<Integer> buildings, int next, int[] circles, int others, FormationPolicy policy) {
    if (next == buildings.size()) {
      int short_ = 0;
      for (int c : circles) {
        short_ += Math.max(0, policy.minSize() - c);
      }
      return short_ <= others; // the others fill every circle up to the minimum, the rest has room
    }
    for (int c = 0; c < circles.length; c++) {
      if (circles[c] + buildings.get(next) <= policy.maxSize()) {
        circles[c] += buildings.get(next);
        boolean found = deal(buildings, next + 1, circles, others, policy);
        circles[c] -= buildings.get(next);
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theSameSeedGivesTheSameCirclesWhateverTheOrderOfThePool() {
    Props.property("formation-deterministic", 100)
        .forAll(longs().all(), integers().between(0, 150))
        .checkAssert((seed, size) -> {
          List<Candidate> pool = RandomPools.city(seed, size, 2, seed % 2 == 0, 0.3);
          List<Candidate> shuffled = new ArrayList<>(pool);
          Collections.shuffle(shuffled, new Random(seed));
          for (FormationAlgorithm algorithm : List.of(FormationAlgorithms.compactGrowth(POLICY, 7),
              FormationAlgorithms.recursiveBisection(POLICY, 7))) {
            assertEquals(algorithm.form(pool, ON), algorithm.form(shuffled, ON));
          }
        });
  }
}
