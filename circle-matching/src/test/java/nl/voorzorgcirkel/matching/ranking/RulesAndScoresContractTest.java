package nl.voorzorgcirkel.matching.ranking;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.voorzorgcirkel.testing.matching.HardRuleContract;
import nl.voorzorgcirkel.testing.matching.SoftScoreContract;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;

/** The {@link HardRule} and {@link SoftScore} contracts, run against every one this module ships. */
class RulesAndScoresContractTest {

  @Nested
  class StandardRules extends HardRuleContract {
    @Override
    protected List<Named<HardRule>> rules() {
      List<String> names = List.of("not-the-requester", "takes-part", "offers-capability",
          "requester-preference", "within-limits", "available", "within-capacity", "no-time-conflict");
      return Stream.concat(IntStream.range(0, names.size())
          .mapToObj(i -> Named.of(names.get(i), HardRules.standard().get(i))),
          Stream.of(Named.of("not-declined", HardRules.notDeclined())))
          .collect(Collectors.toList());
    }
  }

  @Nested
  class StandardScores extends SoftScoreContract {
    @Override
    protected List<Named<SoftScore>> scores() {
      return List.of(SoftScores.distance(), SoftScores.familiarity(), SoftScores.capabilityFit(),
          SoftScores.slack(), SoftScores.sameTrip(), SoftScores.previousHelper()).stream().map(s -> Named.of(s.code(), s)).collect(Collectors.toList());
    }
  }
}
