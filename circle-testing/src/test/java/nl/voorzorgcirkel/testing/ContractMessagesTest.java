package nl.voorzorgcirkel.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithm;
import nl.voorzorgcirkel.matching.formation.FormationQuality;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.SoftScore;
import nl.voorzorgcirkel.testing.matching.FairnessStrategyContract;
import nl.voorzorgcirkel.testing.matching.FormationAlgorithmContract;
import nl.voorzorgcirkel.testing.matching.HardRuleContract;
import nl.voorzorgcirkel.testing.matching.SoftScoreContract;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * User test 14, L11: a broken implementation failed the contracts with terse messages ("priority
 * out of [0, 1]: 2.0", "a candidate was lost", a bare expected/actual). Each planted breach below
 * must fail with a message that says what was expected, what was seen and the seed, and never
 * personal data.
 */
class ContractMessagesTest {

  private static final TestInfo INFO = ImplementorsTest.info("planted");

  /** The failure's message, checked for every fragment and for the property's seed. */
  private static String failure(Executable check, String... fragments) {
    AssertionError e = assertThrows(AssertionError.class, check);
    String message = e.getMessage();
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment), "missing '" + fragment + "' in: " + message);
    }
    assertTrue(message.contains(String.valueOf(Props.SEED)), "the seed is reported: " + message);
    return message;
  }

  @Test
  void aFairnessStrategyOutOfRangeIsToldTheRangeTheMemberAndTheValue() {
    FairnessStrategy doubled = (candidates, duration) -> {
      double[] p = new double[candidates.size()];
      Arrays.fill(p, 2.0);
      return p;
    };
    FairnessStrategyContract contract = new FairnessStrategyContract() {
      @Override
      protected List<Named<FairnessStrategy>> strategies() {
        return List.of();
      }
    };
    failure(() -> contract.prioritiesAreInRangeDeterministicAndIndependentOfOrder(doubled, INFO),
        "expected priorities between 0 and 1, but m-0 has 2.0", "loads seed");
  }

  @Test
  void aHardRuleExcludingSomeoneElseIsToldWhomItShouldName() {
    HardRule silent = (context, member) -> Optional.of(Exclusion.of(MemberId.of("someone-else"), "my-own-rule",
        Map.of()));
    HardRuleContract contract = new HardRuleContract() {
      @Override
      protected List<Named<HardRule>> rules() {
        return List.of();
      }
    };
    failure(() -> contract.namesTheMemberItExcludesWithAStableCodeAndText(silent, INFO),
        "expected the exclusion to name the member checked", "circle seed", "someone-else");
  }

  @Test
  void aSoftScoreOutOfRangeIsToldTheRangeAndTheValue() {
    SoftScore tooHigh = new SoftScore() {
      @Override
      public String code() {
        return "too-high";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return 1.5;
      }
    };
    SoftScoreContract contract = new SoftScoreContract() {
      @Override
      protected List<Named<SoftScore>> scores() {
        return List.of();
      }
    };
    failure(() -> contract.isBetweenZeroAndOneDeterministicAndExplained(tooHigh, INFO),
        "expected a score between 0 and 1, but it is 1.5", "score too-high", "circle seed");
  }

  @Test
  void aFormationThatLosesCandidatesIsToldHowMany() {
    FormationAlgorithm losing = (pool, on) -> new FormationResult(List.of(), List.of(),
        new FormationQuality(0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, pool.size()));
    FormationAlgorithmContract contract = new FormationAlgorithmContract() {
      @Override
      protected List<Named<FormationAlgorithm>> algorithms() {
        return List.of();
      }
    };
    failure(() -> contract.placesEveryCandidateOnceOrSaysWhyAndReportsEveryBreach(losing, INFO),
        "in a circle or in the not-placed list with a reason, but 0 are", "pool seed");
  }
}
