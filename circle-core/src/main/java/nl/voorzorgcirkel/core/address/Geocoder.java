package nl.voorzorgcirkel.core.address;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds where an address is: the port through which an import turns the addresses of a sign-up
 * list into coarse positions. Implementations: {@link PostcodeCentroids} (a table the user
 * supplies, no network) and the adapter for the Dutch national geocoding service in the {@code
 * circle-intake} module; or an organisation's own address register.
 *
 * <p><b>Specification for implementors.</b> Send the address only to the service the user
 * configured, and as little of it as the service needs; never log it or put it in an exception
 * message. Return empty when the service answers that it does not know the address, and throw
 * {@link GeocodingException} when it cannot answer. Must be thread-safe; the same address should
 * give the same location while the underlying data does not change.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Geocoder {

  /**
   * Where an address is.
   *
   * @param address the address, not null
   * @return the location, coarse; empty if the address is not known
   * @throws GeocodingException if the geocoder could not answer
   */
  Optional<Location> locate(Address address);

  /**
   * This geocoder, and where it does not know an address or cannot answer, the fallback. When this
   * geocoder cannot answer and the fallback does not know the address, the failure is thrown, its
   * message saying that the fallback was asked too. The
   * {@link Location#precision()} of the answer tells which one found it when their precisions
   * differ (for example the national service and a table of postcode centres).
   *
   * @param fallback the geocoder to ask second, not null
   * @return the combined geocoder
   */
  default Geocoder orElse(Geocoder fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return address -> {
      Optional<Location> first;
      try {
        first = locate(address);
      } catch (GeocodingException e) {
        Optional<Location> second = fallback.locate(address);
        if (second.isEmpty()) {
          throw e.fallbackDidNotKnow();
        }
        return second;
      }
      return first.isPresent() ? first : fallback.locate(address);
    };
  }
}
