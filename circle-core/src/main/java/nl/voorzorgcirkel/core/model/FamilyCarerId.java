package nl.voorzorgcirkel.core.model;

import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a family carer (mantelzorger) who is not a member of the circle, for example a
 * daughter whom a member lets answer asks for them. Only the id is kept: who the carer is (name,
 * phone number) is the platform's personal data. See {@link Identifier} for the rules.
 *
 * <p>Immutable and thread-safe; serialised to JSON as a plain string.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class FamilyCarerId extends Identifier<FamilyCarerId> {

  FamilyCarerId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule
   */
  public static FamilyCarerId of(String value) {
    return ImmutableFamilyCarerId.of(value);
  }
}
