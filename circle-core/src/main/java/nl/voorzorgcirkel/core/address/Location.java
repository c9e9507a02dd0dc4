package nl.voorzorgcirkel.core.address;

import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Names;
import nl.voorzorgcirkel.core.model.GeoPoint;

/**
 * Where an address is, as a geocoder found it: a coarse position (rounded to 0.001 degrees, as
 * {@link GeoPoint#coarse} does, whatever the geocoder returned), how exactly it was found, and the
 * neighbourhood, district and municipality it lies in when the geocoder knows them.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows the precision only: a position is
 * personal data while it belongs to someone.
 *
 * @param point the position, coarsened on construction; not null
 * @param precision how exactly it was found, not null
 * @param neighbourhood the neighbourhood (CBS buurt), for example {@code "Muziekwijk Noord"}; not
 *     null, empty if unknown
 * @param district the district (CBS wijk), for example {@code "Muziekwijk"}; not null, empty if
 *     unknown
 * @param municipality the municipality (gemeente); not null, empty if unknown
 * @since 0.1.0
 */
public record Location(GeoPoint point, Precision precision, Optional<String> neighbourhood,
    Optional<String> district, Optional<String> municipality) {

  /**
   * Checks the components and coarsens the point.
   *
   * @param point see the record description
   * @param precision see the record description
   * @param neighbourhood see the record description
   * @param district see the record description
   * @param municipality see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) naming the field if a name is blank, longer than 100 characters,
   *     or holds control characters or starts with {@code = + - @} as a model name may not
   */
  public Location {
    Objects.requireNonNull(point, "point");
    point = GeoPoint.coarse(point.latitude(), point.longitude());
    Objects.requireNonNull(precision, "precision");
    Names.check(neighbourhood, "Location", "neighbourhood");
    Names.check(district, "Location", "district");
    Names.check(municipality, "Location", "municipality");
  }

  /**
   * A location without names.
   *
   * @param point the position, not null; coarsened
   * @param precision how exactly it was found, not null
   * @return the location
   */
  public static Location of(GeoPoint point, Precision precision) {
    return new Location(point, precision, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The precision only.
   *
   * @return for example {@code "Location{POSTCODE}"}
   */
  @Override
  public String toString() {
    return "Location{" + precision + "}";
  }
}
