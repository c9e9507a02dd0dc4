package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** The grid's fast answers on the projection never differ from the distance on the sphere. */
class GridPropertyTest {

  private static Candidate at(String id, double latitude, double longitude) {
    return Candidate.of(Fixtures.member(id).home(GeoPoint.of(latitude, longitude)).build(), false);
  }

  @Test
  void withinAgreesWithTheDistanceOnTheSphereForEveryPairAndLimit() {
    // a third home far off widens the pool's latitudes, and with them the projection's error
    Props.property("grid-within-sphere", 2_000)
        .forAll(doubles().between(-60, 60), doubles().between(-1, 1), doubles().between(-1, 1),
            integers().between(50, 50_000))
        .checkAssert((latitude, north, east, metres) -> {
          double spread = 3 * Math.abs(Math.sin(1_000 * north)); // 0 to 3 degrees, uncorrelated
          // the second home lies around the limit: scaled by a factor between 0.98 and 1.02
          double scale = 0.98 + 0.04 * (north + 1) / 2;
          double bearing = Math.PI * east;
          double dLat = metres * scale * Math.cos(bearing) / 111_195.0;
          double dLon = metres * scale * Math.sin(bearing) / (111_195.0 * Math.cos(Math.toRadians(latitude)));
          List<Candidate> pool = List.of(at("a", latitude, 5), at("b", latitude + dLat, 5 + dLon),
              at("c", Math.max(-70, Math.min(70, latitude + spread)), 5));
          Grid grid = new Grid(pool, metres);
          GeoPoint a = pool.get(0).member().home();
          GeoPoint b = pool.get(1).member().home();
          assertEquals(a.distanceMetresTo(b) <= metres, grid.within(0, 1, metres),
              () -> "distance " + a.distanceMetresTo(b) + " limit " + metres);
        });
  }
}
