package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Compact growth on pools laid out by hand: it grows from the first home in the lowest row of
 * cells, takes the candidate nearest the centre of those already in (not nearest the seed), and a
 * candidate left over once circles reached their target joins one with room.
 */
class CompactGrowthKnownCirclesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final double DEGREE = 111_195.0;

  /** Homes at (east, north) metres from a point 30 m south of a border between rows of cells. */
  private static List<Candidate> pool(String[] ids, double[][] metres, double limit) {
    double latitude = 52.1;
    double longitude = 5.1;
    for (int attempt = 0; attempt < 2; attempt++) {
      // the border's place depends a little on the pool's latitudes: place, measure, place again
      Grid probe = new Grid(place(ids, metres, latitude, longitude), limit);
      double border = Math.ceil(latitude * DEGREE / probe.cell) * probe.cell;
      latitude = (border - 30) / DEGREE;
    }
    return place(ids, metres, latitude, longitude);
  }

  private static List<Candidate> place(String[] ids, double[][] metres, double latitude, double longitude) {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      pool.add(Candidate.of(Fixtures.member(ids[i]).home(GeoPoint.of(latitude + metres[i][1] / DEGREE,
          longitude + metres[i][0] / (DEGREE * Math.cos(Math.toRadians(latitude))))).build(), false));
    }
    return pool;
  }

  private static List<List<String>> circles(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().stream().map(m -> m.id().value())
        .collect(Collectors.toList())).collect(Collectors.toList());
  }

  @Test
  void growthTakesTheCandidateNearestTheCentreOfThoseAlreadyIn() {
    // the seed s is alone in the lower row of cells; a is nearest to it and joins first; then b
    // (85.6 m from the centre of s and a) comes before c (160.7 m), although c is nearer where the
    // centre would be if it moved further north or east than it does
    String[] ids = {"m-a", "m-b", "m-c", "m-s"};
    double[][] metres = {{10, 60}, {-80, 40}, {20, 190}, {0, 0}};
    FormationPolicy threes = new FormationPolicy(2, 3, 3, 0, 1_000, Map.of(), 0.0);
    List<Candidate> pool = pool(ids, metres, 1_000);
    Grid grid = new Grid(pool, 1_000);
    for (int i = 0; i < 3; i++) {
      assertTrue(Math.floor(grid.y[3] / grid.cell) < Math.floor(grid.y[i] / grid.cell), "s is in the lower row");
    }
    // whatever the seed's tie-breaks within a row: grown from c, the first in the upper row, the
    // circle would be a, c and s
    for (long seed = 1; seed <= 20; seed++) {
      FormationResult result = FormationAlgorithms.compactGrowth(threes, seed).form(pool, ON);
      assertEquals(List.of(List.of("m-a", "m-b", "m-s")), circles(result), "seed " + seed);
      assertEquals(List.of("m-c"), result.notPlaced().stream().map(n -> n.candidate().value()).toList());
    }
  }

  @Test
  void aCandidateLeftOverOnceTheCircleReachedItsTargetJoinsItWhileThereIsRoom() {
    String[] ids = {"m-a", "m-b", "m-c", "m-s"};
    double[][] metres = {{10, 60}, {-80, 40}, {20, 190}, {0, 0}};
    FormationPolicy roomForFour = new FormationPolicy(2, 3, 4, 0, 1_000, Map.of(), 0.0);
    FormationResult result = FormationAlgorithms.compactGrowth(roomForFour, 1).form(pool(ids, metres, 1_000), ON);
    assertEquals(List.of(List.of("m-a", "m-b", "m-c", "m-s")), circles(result));
    assertEquals(List.of(), result.notPlaced());
  }
}
