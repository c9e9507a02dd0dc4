package nl.voorzorgcirkel.core.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * When a circle considers that a member's needs may have grown beyond what neighbours should do:
 * a week is <em>heavy</em> when the member received at least {@link #hoursPerWeek()} of help or
 * help of at least {@link #kindsPerWeek()} different kinds; {@link #weeksInRow()} heavy weeks in a
 * row give a signal.
 *
 * <p>The defaults are assumptions, set well below what care recipients receive (about 17 hours a
 * week on average, CBS health survey 2021/22; see {@code CALIBRATION.md}): 4 hours a week, 3 kinds,
 * 3 weeks in a row. A circle sets its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CareThresholds {

  private static final CareThresholds STANDARD = builder().build();

  CareThresholds() {}

  /**
   * The thresholds with every default.
   *
   * @return 4 hours or 3 kinds a week, 3 weeks in a row
   */
  public static CareThresholds standard() {
    return STANDARD;
  }

  /**
   * A new builder, starting from the defaults.
   *
   * <p>Nothing is required; each attribute has the default its accessor states ({@code
   * hoursPerWeek} 4 hours, {@code kindsPerWeek} 3, {@code weeksInRow} 3).
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
   * Help received in a week that makes it heavy.
   *
   * @return 30 minutes to 80 hours, default 4 hours
   */
  @Value.Default
  @NotNull
  @DurationMin(minutes = 30)
  @DurationMax(hours = 80)
  public Duration hoursPerWeek() {
    return Duration.ofHours(4);
  }

  /**
   * Different kinds of help received in a week that make it heavy, read by kind of help as {@link
   * MoveToCare} says (two synonyms of one kind count once).
   *
   * @return 1 to 20, default 3
   */
  @Value.Default
  @Min(1)
  @Max(20)
  public int kindsPerWeek() {
    return 3;
  }

  /**
   * Heavy weeks in a row that give a signal.
   *
   * @return 1 to 26, default 3
   */
  @Value.Default
  @Min(1)
  @Max(26)
  public int weeksInRow() {
    return 3;
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder, starting from the defaults. Not thread-safe.
   *
   * <p>One method per attribute of {@link CareThresholds}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCareThresholds.Builder {
    Builder() {}
  }
}
