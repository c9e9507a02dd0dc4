package nl.voorzorgcirkel.core.activity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * Where an activity takes place, described as people say it ("buurthuis De Schakel", "the bench by
 * the pond") and never as an address: the description holds no digits, so neither house numbers
 * nor postcodes. An activity at someone's home is described as such ("at the organiser's"), and
 * the address stays with the members who know it.
 *
 * <p>The description is free text and kept out of {@code toString()}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Place {

  Place() {}

  /**
   * A place with a description.
   *
   * @param description 1 to 100 characters, without digits, not null
   * @return the place
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the description is blank,
   *     too long or holds a digit
   */
  public static Place of(String description) {
    return ImmutablePlace.of(description);
  }

  /**
   * The description (free text).
   *
   * @return 1 to 100 characters, without digits
   */
  @Value.Parameter
  @Value.Redacted
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String description();

  @AssertTrue(message = "{vzc.Place.noHouseNumbers}")
  @Blames("description")
  boolean noHouseNumbers() {
    String description = description();
    return description == null || description.chars().noneMatch(Character::isDigit);
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
