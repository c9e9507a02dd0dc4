package nl.voorzorgcirkel.core.model;

import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a building or housing complex that several members live in: a block of flats, a
 * senior housing complex, a courtyard of homes. Most circles start in such a building, and
 * forming circles keeps its residents together. See {@link Identifier} for the rules.
 *
 * <p>Use the key a housing corporation or welfare organisation already has (a complex number, for
 * example {@code "complex-1234"}), or one derived from the addresses when importing; never an
 * address: identifiers appear in messages and logs. Immutable and thread-safe; serialised to JSON
 * as a plain string.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class BuildingId extends Identifier<BuildingId> {

  BuildingId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule
   */
  public static BuildingId of(String value) {
    return ImmutableBuildingId.of(value);
  }
}
