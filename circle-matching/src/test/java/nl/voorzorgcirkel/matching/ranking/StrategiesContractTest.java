package nl.voorzorgcirkel.matching.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.testing.matching.MatchingStrategyContract;
import org.junit.jupiter.api.Named;

/** The {@link MatchingStrategy} contract, run against the strategies this module builds. */
class StrategiesContractTest extends MatchingStrategyContract {

  @Override
  protected List<Named<MatchingStrategy>> strategies() {
    return List.of(
        Named.of("standard", MatchingStrategies.standard()),
        Named.of("no fairness", MatchingStrategies.builder()
            .fairness(FairnessStrategies.none(), 0).build()),
        Named.of("least loaded", MatchingStrategies.builder()
            .fairness(FairnessStrategies.leastLoaded(), 0.5).build()),
        Named.of("deficit round robin", MatchingStrategies.builder()
            .fairness(FairnessStrategies.deficitRoundRobin(), 0.5).build()),
        Named.of("leximin, distance only", MatchingStrategies.builder()
            .fairness(FairnessStrategies.leximin(), 1)
            .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
            .score(SoftScores.capabilityFit(), 0).notificationBudget(3).build()),
        Named.of("extra rule", MatchingStrategies.builder()
            .addRule((context, member) -> member.id().value().endsWith("3")
                ? Optional.of(Exclusion.of(member.id(), "ends-in-three", Map.of()))
                : Optional.empty())
            .build()));
  }

  /** Our strategies apply every standard rule, so no candidate fails one. */
  @Override
  protected List<HardRule> rulesEveryCandidatePasses() {
    return HardRules.standard();
  }
}
