package nl.voorzorgcirkel.matching.fairness;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.voorzorgcirkel.testing.matching.FairnessStrategyContract;
import org.junit.jupiter.api.Named;

/** The {@link FairnessStrategy} contract, run against every strategy this module ships. */
class FairnessStrategiesContractTest extends FairnessStrategyContract {

  @Override
  protected List<Named<FairnessStrategy>> strategies() {
    List<String> names = List.of("none", "least-loaded", "relative-to-capacity",
        "deficit-round-robin", "leximin");
    return IntStream.range(0, names.size())
        .mapToObj(i -> Named.of(names.get(i), FairnessStrategies.all().get(i)))
        .collect(Collectors.toList());
  }
}
