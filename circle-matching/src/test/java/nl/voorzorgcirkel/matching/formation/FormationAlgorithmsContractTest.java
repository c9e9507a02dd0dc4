package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import nl.voorzorgcirkel.testing.matching.FormationAlgorithmContract;
import org.junit.jupiter.api.Named;

/** The {@link FormationAlgorithm} contract, run against both algorithms this module ships. */
class FormationAlgorithmsContractTest extends FormationAlgorithmContract {

  @Override
  protected List<Named<FormationAlgorithm>> algorithms() {
    return List.of(
        Named.of("compact growth", FormationAlgorithms.compactGrowth(policy(), 7)),
        Named.of("nearest-neighbour baseline", FormationAlgorithms.nearestNeighbourBaseline(policy())));
  }
}
