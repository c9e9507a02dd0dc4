package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * Common shape of the identifiers ({@link CircleId}, {@link MemberId}, {@link RequestId}, {@link
 * BuildingId}): a short opaque text, ordered by its characters.
 *
 * <p>An identifier is 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter
 * or digit: enough for UUIDs and the keys of most member administrations. Do not use names or
 * other personal data as identifiers: identifiers do appear in messages and logs.
 *
 * @param <T> the concrete identifier type
 * @since 0.1.0
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** The rule every identifier follows. */
  static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  Identifier() {}

  /**
   * The identifier's text.
   *
   * @return 1 to 64 characters, never null
   */
  @Value.Parameter
  @NotBlank
  @Size(min = 1, max = 64)
  @Pattern(regexp = PATTERN, message = "{vzc.Pattern.identifier}")
  public abstract String value();

  /**
   * Orders identifiers by their text (ordinal order of characters), which is how ties are broken
   * everywhere in this library.
   */
  @Override
  public int compareTo(T other) {
    return value().compareTo(other.value());
  }

  /**
   * The identifier's text, unchanged.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
