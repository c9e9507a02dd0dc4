package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * A position on earth in WGS 84 degrees: a member's home, the place of a request.
 *
 * <p>A home position is personal data. Store it coarsely: {@link #coarse(double, double)} rounds
 * to 0.001 degrees (about 110 m north-south, 70 m east-west in the Netherlands), which is enough to
 * tell walking distances. {@code toString()} never shows the coordinates.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GeoPoint {

  /** Mean earth radius in metres (IUGG). */
  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  GeoPoint() {}

  /**
   * A point at the given coordinates.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the point
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a coordinate is out of range
   *     or not a number
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * A point rounded to 0.001 degrees, the recommended precision for home positions.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the rounded point
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a coordinate is out of range
   *     or not a number
   */
  public static GeoPoint coarse(double latitude, double longitude) {
    return of(rounded(latitude), rounded(longitude));
  }

  /** To 0.001 degrees; not a number and infinities stay as they are, for validation to refuse. */
  private static double rounded(double degrees) {
    return Double.isFinite(degrees) ? Math.round(degrees * 1000.0) / 1000.0 : degrees;
  }

  /**
   * Degrees north.
   *
   * @return -90 to 90
   */
  @Value.Parameter
  @Value.Redacted
  @DecimalMin("-90")
  @DecimalMax("90")
  public abstract double latitude();

  /**
   * Degrees east.
   *
   * @return -180 to 180
   */
  @Value.Parameter
  @Value.Redacted
  @DecimalMin("-180")
  @DecimalMax("180")
  public abstract double longitude();

  /**
   * The great-circle (haversine) distance to another point, in metres.
   *
   * @param other the other point, not null
   * @return the distance in metres, 0 or more
   */
  public double distanceMetresTo(GeoPoint other) {
    double lat1 = Math.toRadians(latitude());
    double lat2 = Math.toRadians(other.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude() - longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
