package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * Whether a request comes back: one-off, weekly, or every N weeks, optionally until a date
 * (included).
 *
 * <p>{@link #intervalWeeks()} is 0 for a one-off request and 1 to 52 for a recurring one; only a
 * recurring request has an end date. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Recurrence {

  Recurrence() {}

  /** Made on first use: a subclass instance in this class's initializer could deadlock. */
  private static final class OneOff {
    static final Recurrence VALUE = ImmutableRecurrence.builder().intervalWeeks(0).build();
  }

  /**
   * A request that happens once.
   *
   * @return the one-off recurrence
   */
  public static Recurrence oneOff() {
    return OneOff.VALUE;
  }

  /**
   * A request that comes back every week, with no end date.
   *
   * @return the weekly recurrence
   */
  public static Recurrence weekly() {
    return everyWeeks(1);
  }

  /**
   * A request that comes back every {@code weeks} weeks, with no end date.
   *
   * @param weeks 1 to 52
   * @return the recurrence
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code weeks} is out of
   *     range (an {@link IllegalArgumentException}, in English and Dutch)
   */
  public static Recurrence everyWeeks(int weeks) {
    Arguments.between(weeks, 1, 52, "Recurrence", "weeks");
    return ImmutableRecurrence.builder().intervalWeeks(weeks).build();
  }

  /**
   * A copy that ends on a date (included).
   *
   * @param lastDay the last day, not null
   * @return the changed recurrence
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if this is a one-off request
   */
  public Recurrence until(LocalDate lastDay) {
    return ImmutableRecurrence.builder().from(this).until(lastDay).build();
  }

  /**
   * Weeks between occurrences: 0 for one-off.
   *
   * @return 0 to 52
   */
  @Min(0)
  @Max(52)
  public abstract int intervalWeeks();

  /**
   * The last day on which the request recurs, if it ends.
   *
   * @return the date, empty for a one-off request or an open-ended recurrence
   */
  public abstract Optional<LocalDate> until();

  /**
   * Whether the request comes back.
   *
   * @return true if {@link #intervalWeeks()} is positive
   */
  public boolean recurs() {
    return intervalWeeks() > 0;
  }

  @AssertTrue(message = "{vzc.Recurrence.untilOnlyWhenRecurring}")
  boolean untilOnlyWhenRecurring() {
    return recurs() || until().isEmpty();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
