package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void twoSeniorsExactlyAtTheMaximumDistanceFormACircleAndOneStepFurtherDoNot() {
    // the last latitude north of a-1 still within 1,000 m on the sphere; growth used to refuse
    // homes beyond 995 m on its projection, so two seniors 996 m apart found "no one within reach"
    double south = 52.37;
    double low = south;
    double high = south + 0.01;
    while (Math.nextUp(low) < high) {
      double mid = low + (high - low) / 2;
      if (mid <= low || mid >= high) {
        break;
      }
      if (GeoPoint.of(south, 5.21).distanceMetresTo(GeoPoint.of(mid, 5.21)) <= 1000) {
        low = mid;
      } else {
        high = mid;
      }
    }
    assertTrue(GeoPoint.of(south, 5.21).distanceMetresTo(GeoPoint.of(low, 5.21)) > 999.99);
    FormationPolicy pairs = new FormationPolicy(2, 2, 2, 0, 1000, Map.of(), 0.0);
    FormationResult exact = FormationAlgorithms.compactGrowth(pairs, 1)
        .form(List.of(at("a-1", south, 5.21), at("a-2", low, 5.21)), ON);
    assertEquals(List.of("[a-1, a-2]"), circles(exact));
    FormationResult beyond = FormationAlgorithms.compactGrowth(pairs, 1)
        .form(List.of(at("a-1", south, 5.21), at("a-2", high, 5.21)), ON);
    assertEquals(List.of(), circles(beyond));
    assertEquals(List.of("no-one-within-distance"), beyond.notPlaced().stream().map(NotPlaced::reason).distinct()
        .collect(Collectors.toList()));
  }

  @Test
  void whoLivesNearEnoughOthersForACircleButFindsItFullIsToldThereIsNoRoom() {
    // x-1 lives 600 m from c-1 and c-2 (but rather not with them); c-1, c-2 and c-3 fill the one
    // circle, which has no room for x-1, whether c-3 lives within reach of x-1 (900 m) or not
    // (1,300 m: the circle is full however far its other members live)
    double metre = 1 / 111_195.0;
    FormationPolicy threes = new FormationPolicy(3, 3, 3, 0, 1000, Map.of(), 0.0);
    for (double c3 : new double[] {900, 1300}) {
      FormationResult result = FormationAlgorithms.compactGrowth(threes, 1).form(List.of(
          at("x-1", 52.37, 5.21, "c-1", "c-2"), at("c-1", 52.37 + 600 * metre, 5.21),
          at("c-2", 52.37 + 600 * metre, 5.21), at("c-3", 52.37 + c3 * metre, 5.21)), ON);
      assertEquals(List.of("[c-1, c-2, c-3]"), circles(result));
      assertEquals(List.of(new NotPlaced(MemberId.of("x-1"), "no-room-nearby", Map.of("max", 3, "together", 1))),
          result.notPlaced(), "c-3 at " + c3 + " m");
    }
  }
}
