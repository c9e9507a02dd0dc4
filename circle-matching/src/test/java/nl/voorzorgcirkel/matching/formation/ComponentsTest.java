package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.voorzorgcirkel.core.model.GeoPoint;
import org.junit.jupiter.api.Test;
import nl.voorzorgcirkel.testing.Props;

/**
 * The chains of neighbours found through cells are exactly single linkage on the sphere: two
 * candidates share a component when a chain of candidates, each within the distance of the next,
 * joins them, counting only the candidates given.
 */
class ComponentsTest {

  /** Single linkage by comparing every pair on the sphere, in the form {@link Components#of} returns. */
  private static int[] bruteForce(List<Candidate> pool, int[] members, double limit) {
    int[] label = new int[members.length];
    for (int p = 0; p < members.length; p++) {
      label[p] = p;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int p = 0; p < members.length; p++) {
        for (int q = 0; q < members.length; q++) {
          GeoPoint a = pool.get(members[p]).member().home();
          GeoPoint b = pool.get(members[q]).member().home();
          if (label[q] < label[p] && a.distanceMetresTo(b) <= limit) {
            label[p] = label[q];
            changed = true;
          }
        }
      }
    }
    return label;
  }

  @Test
  void componentsAreSingleLinkageOnTheSphere() {
    Props.property("components-single-linkage", 500)
        .forAll(longs().all(), integers().between(1, 40), integers().between(50, 50_000))
        .checkAssert((seed, size, limit) -> {
          List<Candidate> pool = GridCellsTest.pool(seed, size, limit);
          Components components = new Components(new Grid(pool, limit), limit);
          int[] everyone = IntStream.range(0, pool.size()).toArray();
          assertArrayEquals(bruteForce(pool, everyone, limit), components.of(everyone), "everyone");
          // a second call on the same object links only the candidates it is given
          SplittableRandom random = new SplittableRandom(seed);
          int[] some = IntStream.range(0, pool.size()).filter(i -> random.nextBoolean()).toArray();
          assertArrayEquals(bruteForce(pool, some, limit), components.of(some), "a subset");
        });
  }

  @Test
  void homesInOneRowOfCellsFarApartAreNotLinked() {
    // on the equator, 10 km apart east-west: the same row of cells, many cells apart
    List<Candidate> pool = List.of(GridCellsTest.at("a", 0, 5), GridCellsTest.at("b", 0, 5.09),
        GridCellsTest.at("c", 0, 5.0905));
    int[] everyone = {0, 1, 2};
    assertArrayEquals(new int[] {0, 1, 1}, new Components(new Grid(pool, 1_000), 1_000).of(everyone));
  }

  @Test
  void homesJustOverTheDistanceAcrossACellsDiagonalAreNotLinked() {
    // two homes near the equator 50.5 m apart along a diagonal, with a limit of 50 m: wherever
    // the pair lies in the cells (scanned in 0.6 m steps both ways), they are two components
    double limit = 50;
    double degree = 111_195.0;
    double step = 50.5 / Math.sqrt(2) / degree;
    for (int north = 0; north < 60; north++) {
      for (int east = 0; east < 60; east++) {
        double latitude = north * 0.6 / degree;
        double longitude = 5 + east * 0.6 / degree;
        List<Candidate> pool = List.of(GridCellsTest.at("a", latitude, longitude),
            GridCellsTest.at("b", latitude + step, longitude + step));
        double distance = pool.get(0).member().home().distanceMetresTo(pool.get(1).member().home());
        int[] expected = distance <= limit ? new int[] {0, 0} : new int[] {0, 1};
        assertArrayEquals(expected, new Components(new Grid(pool, limit), limit).of(new int[] {0, 1}),
            () -> "at " + latitude + ", " + longitude);
      }
    }
  }
}
