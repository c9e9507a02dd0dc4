package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;

import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * The distance, which keeps each point's cosine and computes each sine once, is the haversine
 * formula as written out below to the last bit: rankings, and the simulation's results, do not
 * change with it.
 */
class GeoPointDistancePropertyTest {

  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  @Test
  void isTheHaversineFormulaToTheLastBit() {
    Props.property("geo-point-distance-is-the-haversine-formula", 20_000)
        .forAll(doubles().between(-90, 90), doubles().between(-180, 180),
            doubles().between(-90, 90), doubles().between(-180, 180))
        .checkAssert((lat1, lon1, lat2, lon2) -> {
          GeoPoint a = GeoPoint.of(lat1, lon1);
          GeoPoint b = GeoPoint.of(lat2, lon2);
          assertEquals(Double.doubleToRawLongBits(haversine(lat1, lon1, lat2, lon2)),
              Double.doubleToRawLongBits(a.distanceMetresTo(b)));
          // a second distance from the same point reads its kept cosine
          assertEquals(Double.doubleToRawLongBits(haversine(lat2, lon2, lat1, lon1)),
              Double.doubleToRawLongBits(b.distanceMetresTo(a)));
        });
  }

  private static double haversine(double latitude1, double longitude1, double latitude2, double longitude2) {
    double lat1 = Math.toRadians(latitude1);
    double lat2 = Math.toRadians(latitude2);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(longitude2 - longitude1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
