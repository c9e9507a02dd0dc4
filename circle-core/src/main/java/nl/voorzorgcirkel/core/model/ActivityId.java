package nl.voorzorgcirkel.core.model;

import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a shared activity (and its series of occurrences), such as the Thursday meal. See
 * {@link Identifier} for the rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class ActivityId extends Identifier<ActivityId> {

  ActivityId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule
   */
  public static ActivityId of(String value) {
    return ImmutableActivityId.of(value);
  }
}
