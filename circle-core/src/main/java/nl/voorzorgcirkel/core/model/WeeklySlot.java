package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * A recurring weekly period in local time during which a member can help, for example Tuesday
 * 09:00 to 12:00.
 *
 * <p>A slot lies within one day: {@link #end()} is after {@link #start()}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WeeklySlot {

  WeeklySlot() {}

  /**
   * A slot on one day of the week.
   *
   * @param day the day, not null
   * @param start local start time, not null
   * @param end local end time, after {@code start}, not null
   * @return the slot
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a value is missing or the
   *     end is not after the start
   */
  public static WeeklySlot of(DayOfWeek day, LocalTime start, LocalTime end) {
    return ImmutableWeeklySlot.of(day, start, end);
  }

  /**
   * The day of the week.
   *
   * @return the day, never null
   */
  @Value.Parameter
  @NotNull
  public abstract DayOfWeek day();

  /**
   * Local start time.
   *
   * @return the start, never null
   */
  @Value.Parameter
  @NotNull
  public abstract LocalTime start();

  /**
   * Local end time, after the start on the same day.
   *
   * @return the end, never null
   */
  @Value.Parameter
  @NotNull
  public abstract LocalTime end();

  /**
   * The slot's length.
   *
   * @return a positive duration
   */
  public Duration length() {
    return Duration.between(start(), end());
  }

  @AssertTrue(message = "{vzc.WeeklySlot.endAfterStart}")
  @Blames("end")
  boolean endAfterStart() {
    return start() == null || end() == null || end().isAfter(start());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
