package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Compact growth at its edges: two seniors exactly at the distance it accepts form a circle, one
 * step further apart they do not; and who is left near a full circle is told there is no room, not
 * that too few live nearby.
 */
class FormationGrowthBoundariesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  private static Candidate at(String id, double latitude, double longitude, String... avoids) {
    return Candidate.of(Fixtures.member(id).home(GeoPoint.of(latitude, longitude))
        .avoids(List.of(avoids).stream().map(MemberId::of).collect(Collectors.toList())).build(), false);
  }

  private static List<String> circles(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().stream().map(m -> m.id().value())
        .collect(Collectors.toList()).toString()).collect(Collectors.toList());
  }

  @Test
  void twoSeniorsExactlyAtTheAcceptedDistanceFormACircleAndOneStepFurtherDoNot() {
    // within 1,000 m, growth accepts a projected 995 m (its margin for projection error); on one
    // meridian the projection is latitude times 111,195 m, and this latitude is exactly 995 m north
    double north = 52.378948244075715;
    assertEquals(995.0, north * 111_195.0 - 52.37 * 111_195.0, 0.0);
    FormationPolicy pairs = new FormationPolicy(2, 2, 2, 0, 1000, Map.of(), 0.0);
    FormationResult exact = FormationAlgorithms.compactGrowth(pairs, 1)
        .form(List.of(at("a-1", 52.37, 5.21), at("a-2", north, 5.21)), ON);
    assertEquals(List.of("[a-1, a-2]"), circles(exact));
    FormationResult beyond = FormationAlgorithms.compactGrowth(pairs, 1)
        .form(List.of(at("a-1", 52.37, 5.21), at("a-2", Math.nextUp(north), 5.21)), ON);
    assertEquals(List.of(), circles(beyond));
    // on the sphere the two still live within 1,000 m of each other, so the reason is not that
    // nobody lives within the distance: growth's margin kept them apart
    assertEquals(List.of("too-spread-out"), beyond.notPlaced().stream().map(NotPlaced::reason).distinct()
        .collect(Collectors.toList()));
  }

  @Test
  void whoLivesNearEnoughOthersForACircleButFindsItFullIsToldThereIsNoRoom() {
    // x-1 lives 600 m from c-1 and c-2 (but rather not with them), 900 m from c-3: all within
    // reach of one another; c-1, c-2 and c-3 fill the one circle, which has no room for x-1
    double metre = 1 / 111_195.0;
    FormationPolicy threes = new FormationPolicy(3, 3, 3, 0, 1000, Map.of(), 0.0);
    FormationResult result = FormationAlgorithms.compactGrowth(threes, 1).form(List.of(
        at("x-1", 52.37, 5.21, "c-1", "c-2"), at("c-1", 52.37 + 600 * metre, 5.21),
        at("c-2", 52.37 + 600 * metre, 5.21), at("c-3", 52.37 + 900 * metre, 5.21)), ON);
    assertEquals(List.of("[c-1, c-2, c-3]"), circles(result));
    assertEquals(List.of(new NotPlaced(MemberId.of("x-1"), "no-room-nearby", Map.of("max", 3, "together", 1))),
        result.notPlaced());
  }
}
