package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * The grid as an index: which candidates it hands out as "around" a home, and its projected
 * distance. Everything formation does with neighbours rests on these two promises: the 3 x 3
 * cells around a home hold everyone within the grid's distance, and nobody else.
 */
class GridCellsTest {

  private static final double METRES_PER_DEGREE = 111_195.0;

  static Candidate at(String id, double latitude, double longitude) {
    return Candidate.of(Fixtures.member(id).home(GeoPoint.of(latitude, longitude)).build(), false);
  }

  /**
   * A pool of up to 40 homes around a latitude, spread over a few times the distance, and one home
   * up to 10 degrees away that widens the pool's latitudes (and so the projection's error).
   */
  static List<Candidate> pool(long seed, int size, double metres) {
    SplittableRandom random = new SplittableRandom(seed);
    double latitude = -70 + 140 * random.nextDouble();
    double box = 4 * metres / METRES_PER_DEGREE;
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double north = latitude + box * random.nextDouble();
      double east = 5 + box * random.nextDouble() / Math.cos(Math.toRadians(latitude));
      pool.add(at(String.format("m-%03d", i), north, east));
    }
    double far = latitude + (random.nextBoolean() ? 1 : -1) * 10 * random.nextDouble();
    pool.add(at("m-999", Math.max(-80, Math.min(80, far)), 5));
    return pool;
  }

  private static long cellOf(double coordinate, double cell) {
    return (long) Math.floor(coordinate / cell);
  }

  @Test
  void aroundIsExactlyTheOtherCandidatesInTheThreeByThreeCells() {
    Props.property("grid-around-3x3", 400)
        .forAll(longs().all(), integers().between(1, 40), integers().between(50, 50_000))
        .checkAssert((seed, size, metres) -> {
          List<Candidate> pool = pool(seed, size, metres);
          Grid grid = new Grid(pool, metres);
          for (int i = 0; i < pool.size(); i++) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int j = 0; j < pool.size(); j++) {
              if (j != i
                  && Math.abs(cellOf(grid.x[j], grid.cell) - cellOf(grid.x[i], grid.cell)) <= 1
                  && Math.abs(cellOf(grid.y[j], grid.cell) - cellOf(grid.y[i], grid.cell)) <= 1) {
                expected.add(j);
              }
            }
            List<Integer> around = grid.around(i);
            assertEquals(expected.size(), around.size(), "no one twice, no one from farther cells");
            assertEquals(expected, new TreeSet<>(around));
          }
        });
  }

  @Test
  void everyoneWithinTheDistanceOnTheSphereIsAround() {
    Props.property("grid-around-superset", 400)
        .forAll(longs().all(), integers().between(1, 40), integers().between(50, 50_000))
        .checkAssert((seed, size, metres) -> {
          List<Candidate> pool = pool(seed, size, metres);
          Grid grid = new Grid(pool, metres);
          for (int i = 0; i < pool.size(); i++) {
            List<Integer> around = grid.around(i);
            for (int j = 0; j < pool.size(); j++) {
              GeoPoint a = pool.get(i).member().home();
              GeoPoint b = pool.get(j).member().home();
              if (j != i && a.distanceMetresTo(b) <= metres) {
                assertTrue(around.contains(j), i + " and " + j + " at " + a.distanceMetresTo(b));
              }
            }
          }
        });
  }

  @Test
  void theProjectedDistanceIsTheSphereDistanceWithinTheProjectionsError() {
    Props.property("grid-projected", 400)
        .forAll(longs().all(), integers().between(1, 40), integers().between(50, 50_000))
        .checkAssert((seed, size, metres) -> {
          List<Candidate> pool = pool(seed, size, metres);
          Grid grid = new Grid(pool, metres);
          double slack = (1 + grid.error) * (1 + 1e-4);
          for (int i = 0; i < pool.size(); i++) {
            for (int j = 0; j < pool.size(); j++) {
              double sphere = pool.get(i).member().home().distanceMetresTo(pool.get(j).member().home());
              double projected = grid.projected(i, j);
              assertEquals(projected, grid.projected(j, i));
              assertTrue(projected <= sphere * slack + 1e-6 && projected >= sphere / slack - 1e-6,
                  () -> "projected " + projected + " sphere " + sphere);
            }
          }
        });
  }

  @Test
  void cellsAreAtLeastTheDistanceWideOnAPoolWithoutProjectionError() {
    // on the equator the projection is exact (error 0): a neighbour 999.5 m east of a home
    // 0.1 m inside its cell's east border lies in the next cell, never in the one after
    Grid probe = new Grid(List.of(at("a", 0, 0)), 1_000);
    assertEquals(0.0, probe.error);
    double start = probe.cell - 0.1;
    List<Candidate> pool = List.of(at("a", 0, start / METRES_PER_DEGREE),
        at("b", 0, (start + 999.5) / METRES_PER_DEGREE));
    assertTrue(pool.get(0).member().home().distanceMetresTo(pool.get(1).member().home()) <= 1_000);
    Grid grid = new Grid(pool, 1_000);
    assertEquals(List.of(1), grid.around(0));
    assertEquals(List.of(0), grid.around(1));
  }

  @Test
  void cellsAreWidenedByTheProjectionsErrorWhereLongitudesAreStretched() {
    // homes at 53 degrees, the pool's mean at 52: the projection stretches east-west distances
    // there by about 2 %, so two homes 990 m apart are about 1,013 m apart on the grid; wherever
    // the first lies in its cell, the second must be in a neighbouring cell
    double metres = 1_000;
    double degree = METRES_PER_DEGREE * Math.cos(Math.toRadians(53));
    for (int step = 0; step < 100; step++) {
      double east = 5 + step * 11.0 / degree;
      List<Candidate> pool = List.of(at("a", 53, east), at("b", 53, east + 990 / degree), at("c", 50, 5));
      GeoPoint a = pool.get(0).member().home();
      GeoPoint b = pool.get(1).member().home();
      assertTrue(a.distanceMetresTo(b) <= metres, () -> "distance " + a.distanceMetresTo(b));
      Grid grid = new Grid(pool, metres);
      assertTrue(grid.projected(0, 1) > metres, "the projection stretches this pair");
      assertTrue(grid.around(0).contains(1), "offset " + step);
      assertTrue(grid.within(0, 1, metres));
    }
  }

  @Test
  void aPairWithinTheDistanceWhereTheProjectionStretchesMostIsWithinAndAround() {
    // two homes 49,950 m apart east-west at 53 degrees, three more at 50 degrees: the pool's mean
    // latitude is 51.2, and at 53 the projection stretches east-west distances by
    // cos(51.2) / cos(53) - 1 = 4.1 %, more than 1 - cos(53) / cos(51.2) = 4.0 %
    double metres = 50_000;
    double degree = METRES_PER_DEGREE * Math.cos(Math.toRadians(53));
    for (int step = 0; step < 50; step++) {
      double east = 5 + step * 1_000.0 / degree;
      List<Candidate> pool = List.of(at("a", 53, east), at("b", 53, east + 49_950 / degree),
          at("c", 50, 5), at("d", 50, 5.1), at("e", 50, 5.2));
      GeoPoint a = pool.get(0).member().home();
      GeoPoint b = pool.get(1).member().home();
      assertTrue(a.distanceMetresTo(b) <= metres, () -> "distance " + a.distanceMetresTo(b));
      Grid grid = new Grid(pool, metres);
      assertTrue(grid.within(0, 1, metres), "offset " + step);
      assertTrue(grid.around(0).contains(1), "offset " + step);
      assertTrue(grid.projected(0, 1) <= a.distanceMetresTo(b) * (1 + grid.error) * (1 + 1e-4));
    }
  }

  @Test
  void aPairExactlyAtTheDistanceOnTheSphereIsWithin() {
    List<Candidate> pool = List.of(at("a", 52.1, 5.1), at("b", 52.1037, 5.1051));
    double exact = pool.get(0).member().home().distanceMetresTo(pool.get(1).member().home());
    Grid grid = new Grid(pool, exact);
    assertTrue(grid.within(0, 1, exact));
    assertTrue(!grid.within(0, 1, Math.nextDown(exact)));
  }

  @Test
  void aPairJustBeyondTheDistanceIsNotWithinWhereTheProjectionIsExact() {
    // on the equator the projection is exact but for its rounded metres per degree: two homes
    // 50,002 m apart on the sphere are not within 50 km, whatever the fast answer allows for
    double east = 50_002 / (Math.PI / 180 * 6_371_008.8);
    List<Candidate> pool = List.of(at("a", 0, 5), at("b", 0, 5 + east));
    GeoPoint a = pool.get(0).member().home();
    assertTrue(a.distanceMetresTo(pool.get(1).member().home()) > 50_001);
    assertTrue(!new Grid(pool, 50_000).within(0, 1, 50_000));
    assertTrue(new Grid(pool, 50_003).within(0, 1, 50_003));
  }
}
