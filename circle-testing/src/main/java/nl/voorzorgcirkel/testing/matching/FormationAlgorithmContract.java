package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithm;
import nl.voorzorgcirkel.matching.formation.FormationPolicy;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.formation.FormedCircle;
import nl.voorzorgcirkel.matching.formation.NotPlaced;
import nl.voorzorgcirkel.matching.formation.PolicyBreach;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link FormationAlgorithm}: extend this class, list your algorithms (each built
 * for {@link #policy()}) in {@link #algorithms()}, and JUnit checks each on 200 random pools
 * ({@link RandomPools}) of up to 150 candidates: every candidate in exactly one circle or not
 * placed with a reason; every rule of the policy a circle misses reported as a breach, and no
 * other; texts in English and Dutch without placeholders; the same result for the pool in any
 * order.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormationAlgorithmContract {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  /** For subclasses. */
  protected FormationAlgorithmContract() {}

  /**
   * The algorithms to check, each with the name shown in the test report.
   *
   * @return the algorithms, not empty
   */
  protected abstract List<Named<FormationAlgorithm>> algorithms();

  /**
   * The policy the algorithms were built for, against which breaches are checked: its required
   * kinds of help are counted by its {@linkplain FormationPolicy#vocabulary() vocabulary}, as the
   * algorithms must count them.
   *
   * @return {@link FormationPolicy#standard()} unless overridden
   */
  protected FormationPolicy policy() {
    return FormationPolicy.standard();
  }

  /**
   * Every candidate is placed once or reported, and every breach is reported.
   *
   * @param algorithm the algorithm under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("algorithms")
  public void placesEveryCandidateOnceOrSaysWhyAndReportsEveryBreach(FormationAlgorithm algorithm, TestInfo test) {
    FormationPolicy policy = policy();
    Props.property("formation-contract " + test.getDisplayName(), 200)
        .forAll(longs().all(), integers().between(0, 150), integers().between(1, 4))
        .checkAssert((seed, size, neighbourhoods) -> {
          List<Candidate> pool = RandomPools.pool(seed, size, neighbourhoods);
          Map<MemberId, Candidate> byId = new HashMap<>();
          pool.forEach(c -> byId.put(c.id(), c));
          FormationResult result = algorithm.form(pool, ON);
          String at = " (pool of " + size + " in " + neighbourhoods + " neighbourhoods, pool seed " + seed + ")";
          Set<MemberId> seen = new HashSet<>();
          for (FormedCircle circle : result.circles()) {
            List<Candidate> group = new ArrayList<>();
            for (Member m : circle.circle().members()) {
              assertTrue(seen.add(m.id()), "expected each candidate in one circle at most, but " + m.id()
                  + " is in two" + at);
              assertTrue(byId.containsKey(m.id()), "expected circles of the pool's candidates only, but "
                  + m.id() + " of " + circle.circle().id() + " is not in the pool" + at);
              group.add(byId.get(m.id()));
            }
            assertEquals(expectedBreaches(group, policy),
                circle.breaches().stream().map(PolicyBreach::rule).collect(Collectors.toSet()),
                "expected circle " + circle.circle().id() + " of " + group.size() + " to report exactly the"
                    + " policy rules its members miss (expected first, reported second)" + at);
            assertEquals(circle.breaches().isEmpty(), circle.meetsPolicy(), "expected circle "
                + circle.circle().id() + " to meet the policy exactly when it has no breaches" + at);
            for (PolicyBreach b : circle.breaches()) {
              for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                assertFalse(b.message(locale).matches(".*\\{[A-Za-z0-9_.]+}.*"), "expected a readable message"
                    + " in " + locale + " for breach " + b.rule() + " of circle " + circle.circle().id()
                    + ", but it has an unfilled {placeholder}: " + b.message(locale) + at);
              }
            }
          }
          for (NotPlaced p : result.notPlaced()) {
            assertTrue(seen.add(p.candidate()), "expected each candidate placed or not placed, but "
                + p.candidate() + " is both, or not placed twice" + at);
            assertFalse(p.message(Locale.ENGLISH).startsWith("formation."), "expected a readable reason for "
                + p.candidate() + ", but reason " + p.reason() + " has no text (a reason code of NotPlaced's"
                + " list?)" + at);
          }
          assertEquals(pool.size(), seen.size(), "expected every one of the " + pool.size()
              + " candidates in a circle or in the not-placed list with a reason, but " + seen.size() + " are" + at);
        });
  }

  /**
   * The same pool in another order gives the same result.
   *
   * @param algorithm the algorithm under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("algorithms")
  public void givesTheSameCirclesWhateverTheOrderOfThePool(FormationAlgorithm algorithm, TestInfo test) {
    Props.property("formation-deterministic " + test.getDisplayName(), 60)
        .forAll(longs().all(), integers().between(0, 150))
        .checkAssert((seed, size) -> {
          List<Candidate> pool = RandomPools.pool(seed, size, 2);
          List<Candidate> shuffled = new ArrayList<>(pool);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(algorithm.form(pool, ON), algorithm.form(shuffled, ON), "expected the same result"
              + " for the same pool in another order (ties broken by member id, not list position); pool of "
              + size + ", pool seed " + seed);
        });
  }

  /** The rules of the policy that a group misses, computed from the candidates alone. */
  @SuppressWarnings("ReferenceEquality") // a pair of two different candidates of the group
  private static Set<String> expectedBreaches(List<Candidate> group, FormationPolicy policy) {
    Set<String> expected = new HashSet<>();
    int n = group.size();
    if (n < policy.minSize() || n > policy.maxSize()) {
      expected.add("size");
    }
    if (group.stream().filter(Candidate::willingToConnect).count() < policy.connectors()) {
      expected.add("connectors");
    }
    double farthest = 0;
    boolean avoided = false;
    for (Candidate a : group) {
      for (Candidate b : group) {
        farthest = Math.max(farthest, a.member().home().distanceMetresTo(b.member().home()));
        avoided |= a != b && a.member().avoids().contains(b.id());
      }
    }
    if (farthest > policy.maxDistanceMetres()) {
      expected.add("distance");
    }
    if (avoided) {
      expected.add("avoided-pair");
    }
    policy.requiredCapabilities().forEach((capability, min) -> {
      // by kind of help, as the policy's vocabulary reads it (FormationPolicy#vocabulary)
      if (group.stream().filter(c -> c.member().offers(capability, policy.vocabulary())).count() < min) {
        expected.add("coverage");
      }
    });
    long vital = group.stream().filter(c -> c.member().vitality() == Vitality.VITAL).count();
    if (n > 0 && (double) vital / n < policy.minVitalShare()) {
      expected.add("vitality");
    }
    return expected;
  }
}
