package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The reason given to each candidate left out, for circles laid out by hand: who counts as living
 * together in one building, a group of neighbours exactly at the minimum size, a circle avoided
 * from either side, a circle partly out of reach, a circle with exactly room for one more.
 */
class NotPlacedReasonsTest {

  private static final double NORTH = 52.0;
  private static final double EAST = 5.0;

  /** A candidate the given metres north of the reference point. */
  private static Candidate north(String id, double metres, Optional<String> building, String... avoids) {
    return Candidate.of(Fixtures.member(id).home(GeoPoint.of(NORTH + metres / 111_195.0, EAST))
        .building(building.map(BuildingId::of))
        .avoids(Arrays.stream(avoids).map(MemberId::of).toList()).build(), false);
  }

  private static Candidate north(String id, double metres, String... avoids) {
    return north(id, metres, Optional.empty(), avoids);
  }

  /** Each candidate left out with its reason and figures, in id order. */
  private static Map<String, String> reasons(List<List<Candidate>> groups, List<Candidate> others,
      FormationPolicy policy) {
    List<Candidate> pool = new ArrayList<>(others);
    groups.forEach(pool::addAll);
    Map<String, String> out = new LinkedHashMap<>();
    for (NotPlaced n : NotPlacedReasons.of(groups, FormationAlgorithms.sorted(pool), policy)) {
      out.put(n.candidate().value(), n.reason() + " " + new java.util.TreeMap<>(n.figures()));
    }
    return out;
  }

  @Test
  void neighboursInOneBuildingCountTogetherForRoomInAFullCircle() {
    FormationPolicy threes = new FormationPolicy(3, 3, 3, 0, 1_000, Map.of(), 0.0);
    List<Candidate> circle = List.of(north("c-1", 0), north("c-2", 100), north("c-3", 200));
    List<Candidate> left = List.of(north("u-1", 300, Optional.of("b-1")), north("u-2", 310, Optional.of("b-1")),
        north("u-3", 320, Optional.of("b-2")), north("u-4", 330));
    assertEquals(Map.of(
            "u-1", "no-room-nearby {max=3, together=2}",
            "u-2", "no-room-nearby {max=3, together=2}",
            "u-3", "no-room-nearby {max=3, together=1}",
            "u-4", "no-room-nearby {max=3, together=1}"),
        reasons(List.of(circle), left, threes));
  }

  @Test
  void neighboursExactlyAsManyAsTheMinimumAreNotTooFew() {
    FormationPolicy threes = new FormationPolicy(3, 3, 3, 0, 1_000, Map.of(), 0.0);
    String spread = "too-spread-out {maxMetres=1000, min=3}";
    assertEquals(Map.of("u-1", spread, "u-2", spread, "u-3", spread),
        reasons(List.of(), List.of(north("u-1", 0), north("u-2", 900), north("u-3", 1_800)), threes));
    String few = "below-minimum-size {candidates=2, min=3}";
    assertEquals(Map.of("u-1", few, "u-2", few, "u-9", "no-one-within-distance {maxMetres=1000}"),
        reasons(List.of(), List.of(north("u-1", 0), north("u-2", 900), north("u-9", 5_000)), threes));
    String pool = "pool-too-small {candidates=2, min=3}";
    assertEquals(Map.of("u-1", pool, "u-2", pool),
        reasons(List.of(), List.of(north("u-1", 0), north("u-2", 900)), threes));
  }

  @Test
  void aCircleWithRoomIsAvoidedFromEitherSide() {
    FormationPolicy upToThree = new FormationPolicy(2, 3, 3, 0, 1_000, Map.of(), 0.0);
    List<Candidate> circle = List.of(north("c-1", 0), north("c-2", 100));
    List<Candidate> circleAvoiding = List.of(north("c-1", 0, "u-1"), north("c-2", 100));
    assertEquals(Map.of("u-1", "avoids-nearby {}"),
        reasons(List.of(circle), List.of(north("u-1", 200, "c-2")), upToThree));
    assertEquals(Map.of("u-1", "avoids-nearby {}"),
        reasons(List.of(circleAvoiding), List.of(north("u-1", 200)), upToThree));
    // nobody avoids anyone and there is exactly room for one more: only the way circles were drawn
    assertEquals(Map.of("u-1", "too-spread-out {maxMetres=1000, min=2}"),
        reasons(List.of(circle), List.of(north("u-1", 200)), upToThree));
  }

  @Test
  void aCircleOnlyPartlyWithinReachIsNotAvoidedButOutOfReach() {
    // u-1 avoids c-1, 500 m away; c-2 lives 1,500 m from u-1, so distance keeps them apart anyway
    FormationPolicy upToFour = new FormationPolicy(2, 3, 4, 0, 1_000, Map.of(), 0.0);
    List<Candidate> circle = List.of(north("c-1", 0), north("c-2", -1_000));
    assertEquals(Map.of("u-1", "too-spread-out {maxMetres=1000, min=2}"),
        reasons(List.of(circle), List.of(north("u-1", 500, "c-1")), upToFour));
  }
}
