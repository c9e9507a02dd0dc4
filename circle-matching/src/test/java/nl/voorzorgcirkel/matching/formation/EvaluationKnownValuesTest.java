package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A formation's quality and its circles' names worked out by hand for circles laid out by hand:
 * the share of circles that mix neighbourhoods, the share of buildings kept together (counting
 * buildings of two up to the largest circle), a tie between neighbourhoods, and a long
 * neighbourhood name shortened to fit.
 */
class EvaluationKnownValuesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy THREES = new FormationPolicy(2, 3, 3, 0, 1_000, Map.of(), 0.0);

  private static Candidate candidate(String id, double metresNorth, Optional<String> neighbourhood,
      Optional<String> building) {
    return new Candidate(Fixtures.member(id).home(GeoPoint.of(52 + metresNorth / 111_195.0, 5))
        .building(building.map(BuildingId::of)).build(), false, List.of(), neighbourhood);
  }

  private static FormationResult result(List<List<Candidate>> groups) {
    List<Candidate> pool = new ArrayList<>();
    groups.forEach(pool::addAll);
    return Evaluation.result(groups, FormationAlgorithms.sorted(pool), THREES, ON);
  }

  @Test
  void theSharesOfMixedCirclesAndOfBuildingsKeptTogether() {
    Optional<String> west = Optional.of("West");
    Optional<String> east = Optional.of("Oost");
    Optional<String> none = Optional.empty();
    // circle 1 mixes West and Oost; circle 2 is all West but for one without a neighbourhood.
    // Building p (2 residents) is in circle 1 only; building q (3, the largest circle's size) is
    // split; building r has 1 resident and does not count
    List<Candidate> one = List.of(candidate("a-1", 0, west, Optional.of("p")), candidate("a-2", 10, east,
        Optional.of("p")), candidate("a-3", 20, west, Optional.of("q")));
    List<Candidate> two = List.of(candidate("b-1", 30, west, Optional.of("q")), candidate("b-2", 40, west,
        Optional.of("q")), candidate("b-3", 50, none, Optional.of("r")));
    FormationQuality quality = result(List.of(one, two)).quality();
    assertEquals(0.5, quality.mixedNeighbourhoodShare());
    assertEquals(0.5, quality.buildingsKeptTogether());
  }

  @Test
  void aTieBetweenNeighbourhoodsNamesTheCircleAfterTheFirstAlphabetically() {
    List<Candidate> group = List.of(candidate("a-1", 0, Optional.of("Zuid"), Optional.empty()),
        candidate("a-2", 10, Optional.of("Noord"), Optional.empty()));
    FormedCircle formed = result(List.of(group)).circles().get(0);
    assertEquals("Noord", formed.circle().neighbourhood());
    assertEquals("noord-1", formed.circle().id().value());
  }

  @Test
  void aLongNeighbourhoodNameIsShortenedSoTheCirclesNameFits() {
    // a neighbourhood's name may be 100 characters long, as a circle's; the number must fit too
    String name = ("Buurt " + "aan de lange laan ".repeat(8)).substring(0, 100);
    List<Candidate> group = List.of(candidate("a-1", 0, Optional.of(name), Optional.empty()),
        candidate("a-2", 10, Optional.of(name), Optional.empty()));
    String circleName = result(List.of(group)).circles().get(0).circle().name();
    assertTrue(circleName.length() <= 100, circleName);
    assertEquals(name.substring(0, 98).strip() + " 1", circleName);
  }
}
