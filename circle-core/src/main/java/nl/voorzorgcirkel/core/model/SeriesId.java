package nl.voorzorgcirkel.core.model;

import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a series: the occurrences of one recurring request, such as the weekly groceries. See
 * {@link Identifier} for the rules.
 *
 * <p>Immutable and thread-safe; serialised to JSON as a plain string.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class SeriesId extends Identifier<SeriesId> {

  SeriesId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule
   */
  public static SeriesId of(String value) {
    return ImmutableSeriesId.of(value);
  }
}
