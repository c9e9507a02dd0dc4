package nl.voorzorgcirkel.core.address;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * A Dutch home address as a sign-up list writes it: a postcode and house number, or a street,
 * house number and place, with an optional addition ({@code 12A}, {@code 12-2}, {@code 12 bis}).
 *
 * <p>An address is personal data: {@code toString()} shows none of it, and validation errors name
 * the field and rule, never the value. Use it to find a {@link Location} and then let it go; the
 * model keeps only the coarse location. Immutable and thread-safe. Example:
 *
 * <pre>{@code
 * Address home = Address.builder().postcode("1318 AB").houseNumber(12).addition("A").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Address {

  /** Some character other than white space. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  Address() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code houseNumber}, and {@code postcode} or both {@code street} and {@code
   * place}. Optional: {@code addition}, and the others of {@code postcode}, {@code street} and
   * {@code place} (empty).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a missing {@code houseNumber} as {@code NotNull} ("must be given"), an address
   * with neither a postcode nor a street and place as {@code Address.locatable} (on {@code
   * postcode}), and a value that breaks its accessor's pattern or range.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this address's values, for a changed copy.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The street (openbare ruimte), as written.
   *
   * @return 1 to 80 characters, empty if not given
   */
  @Value.Redacted
  public abstract Optional<@Size(min = 1, max = 80) @Pattern(regexp = NOT_BLANK) String> street();

  /**
   * The house number.
   *
   * @return 1 to 99,999
   */
  @Value.Redacted
  @Min(1)
  @Max(99_999)
  public abstract int houseNumber();

  /**
   * The house letter or number addition ({@code huisletter}, {@code toevoeging}), for example
   * {@code "A"}, {@code "2"}, {@code "bis"}.
   *
   * @return 1 to 10 letters, digits, spaces or hyphens; empty if none
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{0,9}") String> addition();

  /**
   * The Dutch postcode, with or without the space and in either case ({@code 1318 AB},
   * {@code 1318ab}).
   *
   * @return four digits (not starting with 0) and two letters; empty if not given
   * @see #postcodeKey()
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}") String> postcode();

  /**
   * The place (woonplaats), as written.
   *
   * @return 1 to 80 characters, empty if not given
   */
  @Value.Redacted
  public abstract Optional<@Size(min = 1, max = 80) @Pattern(regexp = NOT_BLANK) String> place();

  /**
   * The postcode as a lookup key: upper case, no space ({@code "1318AB"}).
   *
   * @return the key, empty if no postcode was given
   */
  public Optional<String> postcodeKey() {
    return postcode().map(Addresses::compactPostcode);
  }

  @AssertTrue(message = "{vzc.Address.locatable}")
  @Blames("postcode")
  boolean locatable() {
    return postcode().isPresent() || (street().isPresent() && place().isPresent());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link Address}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
