package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.Instances;
import org.junit.jupiter.api.Test;

/**
 * The standard rules and scores called by their kind (the strategy's direct path) against the same
 * rules and scores called through the interfaces, on random circles: the direct path never lets
 * through a member the interface path rules out, nor scores or orders anyone differently.
 */
class StandardKindsPropertyTest {

  private static final List<HardRule> RULES;
  private static final List<SoftScore> SCORES = List.of(SoftScores.distance(), SoftScores.familiarity(),
      SoftScores.capabilityFit(), SoftScores.slack(), SoftScores.sameTrip(), SoftScores.previousHelper());

  static {
    List<HardRule> rules = new ArrayList<>(HardRules.standard());
    rules.add(HardRules.notDeclined());
    RULES = List.copyOf(rules);
  }

  /** A rule the strategy cannot recognise: asked through {@link HardRule} only. */
  private static HardRule opaque(HardRule rule) {
    return new HardRule() {
      @Override
      public Optional<Exclusion> check(MatchContext context, Member candidate) {
        return rule.check(context, candidate);
      }

      @Override
      public boolean excludes(MatchContext context, Member candidate) {
        return rule.excludes(context, candidate);
      }
    };
  }

  /** A score the strategy cannot recognise: asked through {@link SoftScore} only. */
  private static SoftScore opaque(SoftScore score) {
    return new SoftScore() {
      @Override
      public String code() {
        return score.code();
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return score.score(context, candidate);
      }

      @Override
      public boolean appliesTo(MatchContext context) {
        return score.appliesTo(context);
      }

      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return score.figures(context, candidate);
      }
    };
  }

  /** The strategy with the standard rules and scores, or with each behind an opaque wrapper. */
  private static MatchingStrategy strategy(boolean opaque, DeclineHandling declines) {
    double[] weights = {0.25, 0.15, 0.10, 0.15, 1.0, 0.40};
    MatchingStrategies.Builder builder = MatchingStrategies.builder().declines(declines)
        .rules(opaque ? HardRules.standard().stream().map(StandardKindsPropertyTest::opaque).toList()
            : HardRules.standard())
        .fairness(FairnessStrategies.relativeToCapacity(), 0.35);
    for (int i = 0; i < SCORES.size(); i++) {
      builder.score(opaque ? opaque(SCORES.get(i)) : SCORES.get(i), weights[i]);
    }
    return builder.build();
  }

  @Test
  void everyStandardRuleAndScoreHasAKindOfItsOwnAndOthersHaveNone() {
    Set<Integer> ruleKinds = new HashSet<>();
    for (HardRule rule : RULES) {
      int kind = HardRules.kindOf(rule);
      assertNotEquals(HardRules.OTHER, kind);
      assertTrue(ruleKinds.add(kind), "two standard rules share kind " + kind);
    }
    assertEquals(HardRules.OTHER, HardRules.kindOf(opaque(HardRules.takesPart())));
    assertEquals(HardRules.OTHER, HardRules.kindOf((context, candidate) -> Optional.empty()));
    Set<Integer> scoreKinds = new HashSet<>();
    for (SoftScore score : SCORES) {
      int kind = SoftScores.kindOf(score);
      assertNotEquals(SoftScores.OTHER, kind);
      assertTrue(scoreKinds.add(kind), "two standard scores share kind " + kind);
    }
    assertEquals(SoftScores.OTHER, SoftScores.kindOf(opaque(SoftScores.distance())));
    Instances instance = Instances.random(Props.SEED, 5);
    Member member = instance.circle().members().get(1);
    assertThrows(IllegalArgumentException.class,
        () -> HardRules.excludes(HardRules.OTHER, instance.context(), member));
    assertThrows(IllegalArgumentException.class,
        () -> SoftScores.score(SoftScores.OTHER, instance.context(), member));
  }

  @Test
  void eachKindAnswersAsItsRuleOrScoreDoesForEveryMember() {
    Props.property("standard-kinds-answer-as-their-objects", 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          MatchContext context = instance.context();
          for (Member member : instance.circle().members()) {
            for (HardRule rule : RULES) {
              assertEquals(rule.check(context, member).isPresent(),
                  HardRules.excludes(HardRules.kindOf(rule), context, member));
              assertEquals(rule.check(context, member).isPresent(), rule.excludes(context, member));
            }
            for (SoftScore score : SCORES) {
              assertEquals(score.score(context, member), SoftScores.score(SoftScores.kindOf(score), context, member));
            }
          }
        });
  }

  @Test
  void theDirectPathOrdersAndRanksAsTheInterfacesDo() {
    int[] excluded = {0};
    Props.property("standard-kinds-order-as-the-interfaces", 400)
        .forAll(longs().all(), integers().between(2, 15), integers().between(0, 1))
        .checkAssert((seed, size, exclude) -> {
          DeclineHandling declines = exclude == 1 ? DeclineHandling.EXCLUDE : DeclineHandling.MOVE_TO_END;
          MatchingStrategy direct = strategy(false, declines);
          MatchingStrategy viaInterfaces = strategy(true, declines);
          Instances instance = Instances.random(seed, size);
          assertEquals(viaInterfaces.order(instance.request(), instance.snapshot()),
              direct.order(instance.request(), instance.snapshot()));
          Ranking expected = viaInterfaces.rank(instance.request(), instance.snapshot());
          assertEquals(expected, direct.rank(instance.request(), instance.snapshot()));
          excluded[0] += expected.exclusions().size();
          // with a decline and a pending ask, so that the declined rule and the groups take part
          List<MemberId> ids = instance.circle().members().stream().map(Member::id)
              .filter(id -> !id.equals(instance.request().requester())).toList();
          RequestLifecycle lifecycle = RequestLifecycle.open(instance.request())
              .ask(instance.request().createdAt().plus(Duration.ofMinutes(1)), null, ids);
          lifecycle = lifecycle.decline(instance.request().createdAt().plus(Duration.ofMinutes(2)), ids.get(ids.size() - 1));
          assertEquals(viaInterfaces.order(lifecycle, instance.snapshot()), direct.order(lifecycle, instance.snapshot()));
          assertEquals(viaInterfaces.rank(lifecycle, instance.snapshot()), direct.rank(lifecycle, instance.snapshot()));
        });
    assertTrue(excluded[0] > 400, "too few exclusions to compare: " + excluded[0]);
  }
}
