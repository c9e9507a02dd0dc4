package nl.voorzorgcirkel.core.model;

import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a trip: requests that are legs of one journey, such as a broken denture taken to the
 * dental practice and fetched back, or a ride to the hospital and home again. See {@link Identifier}
 * for the rules.
 *
 * <p>Immutable and thread-safe; serialised to JSON as a plain string.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class TripId extends Identifier<TripId> {

  TripId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule
   */
  public static TripId of(String value) {
    return ImmutableTripId.of(value);
  }
}
