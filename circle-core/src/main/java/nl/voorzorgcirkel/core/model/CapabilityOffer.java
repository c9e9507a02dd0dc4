package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * What one member offers of one {@link Capability}, with the limits they set: the farthest they
 * will go (for example the farthest they will drive) and the longest they will help at a time.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CapabilityOffer {

  CapabilityOffer() {}

  /**
   * An offer without limits.
   *
   * @param capability what is offered, not null
   * @return the offer
   */
  public static CapabilityOffer of(Capability capability) {
    return builder().capability(capability).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: {@code capability}. Optional, with their defaults: {@code maxDistanceMetres} and
   * {@code maxDuration} (empty: no limit).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given") and a value
   * outside its accessor's range by that constraint.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What is offered.
   *
   * @return the capability, never null
   */
  @NotNull
  public abstract Capability capability();

  /**
   * The farthest distance, in metres, between the member's home and the place of the help (or its
   * destination, for a ride) that the member accepts.
   *
   * @return 1 metre or more, empty for no limit
   */
  public abstract Optional<@Positive Integer> maxDistanceMetres();

  /**
   * The longest the member will help at one time.
   *
   * @return 1 minute to 24 hours, empty for no limit
   */
  public abstract Optional<@DurationMin(minutes = 1) @DurationMax(hours = 24) Duration> maxDuration();

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder; set at least {@link #capability(Capability)}. Not thread-safe.
   *
   * <p>One method per attribute of {@link CapabilityOffer}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCapabilityOffer.Builder {
    Builder() {}
  }

}
