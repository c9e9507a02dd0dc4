package nl.voorzorgcirkel.core.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * The periods and limits the health check reads a circle's life against. The defaults are
 * assumptions of this library (no published figure exists); a circle sets its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LifeThresholds {

  private static final LifeThresholds STANDARD = builder().build();

  LifeThresholds() {}

  /**
   * Every default.
   *
   * @return the standard thresholds
   */
  public static LifeThresholds standard() {
    return STANDARD;
  }

  /**
   * A new builder, starting from the defaults.
   *
   * <p>Nothing is required; each attribute has the default its accessor states ({@code
   * weeksOverCapacity} 3, {@code quietWeeks} 12, {@code recentWeeks} 4, {@code
   * connectorTasksPerWeek} 10, {@code weeksWithoutActivity} 4).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a value outside its accessor's range by that constraint.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Weeks in a row over capacity after which a helper is reported.
   *
   * @return 1 to 26, default 3
   */
  @Value.Default
  @Min(1)
  @Max(26)
  public int weeksOverCapacity() {
    return 3;
  }

  /**
   * Weeks looked back for members never asked and members who never ask.
   *
   * @return 1 to 52, default 12
   */
  @Value.Default
  @Min(1)
  @Max(52)
  public int quietWeeks() {
    return 12;
  }

  /**
   * The recent period, in weeks: expiries in it are compared with the period before, and
   * connectors' tasks averaged over it.
   *
   * @return 1 to 26, default 4
   */
  @Value.Default
  @Min(1)
  @Max(26)
  public int recentWeeks() {
    return 4;
  }

  /**
   * The most tasks a week (asking, referring, check-ins and calls) a connector should carry.
   *
   * @return 1 to 500, default 10
   */
  @Value.Default
  @Min(1)
  @Max(500)
  public int connectorTasksPerWeek() {
    return 10;
  }

  /**
   * Weeks without any shared activity after which the circle is reminded of company; circles
   * often share a meal every other week.
   *
   * @return 1 to 52, default 4
   */
  @Value.Default
  @Min(1)
  @Max(52)
  public int weeksWithoutActivity() {
    return 4;
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder, starting from the defaults. Not thread-safe.
   *
   * <p>One method per attribute of {@link LifeThresholds}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableLifeThresholds.Builder {
    Builder() {}
  }
}
