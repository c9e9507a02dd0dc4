package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
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

  /**
   * The most occurrences {@link #occurrences} lists in one call: 1,000, more than 19 years of a
   * weekly request. A bound, as {@code java.time} bounds its years, so that an end far away (year
   * 9999 asks for about 400,000 weekly starts) is refused with a clear error instead of filling the
   * heap; ask again from a later first occurrence for more.
   */
  public static final int MAX_OCCURRENCES = 1_000;

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

  /**
   * When each occurrence starts, from a first one up to an end: {@code first} itself, then the
   * same local time every {@link #intervalWeeks()} weeks in {@code zone}, on days up to {@link
   * #until()} (included). The local time is kept across clock changes: a weekly 10:00 stays 10:00
   * in summer and in winter, so occurrences are 167 or 169 hours apart in the weeks the clock
   * changes. A local time the clock skips (02:30 on the night clocks go forward) moves forward by
   * the length of the skip, as {@code java.time} does; a local time it repeats is the first of the
   * two.
   *
   * <p>For example, weekly from Thursday 3 December 2026 10:00 in {@code Europe/Amsterdam}, until
   * 31 December, gives 3, 10, 17, 24 and 31 December, 10:00 local time each.
   *
   * @param first when the first occurrence starts, not null
   * @param to the end (excluded): occurrences that start at or after it are left out; not null
   * @param zone the zone whose local time occurrences keep, not null
   * @return the starts, in order; just {@code first} for a one-off request (if before {@code
   *     to}); empty when {@code to} is not after {@code first}; at most {@link #MAX_OCCURRENCES}
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     tooManyOccurrences} on {@code to} (in English and Dutch) if more than {@link
   *     #MAX_OCCURRENCES} occurrences start before {@code to}
   */
  public List<Instant> occurrences(Instant first, Instant to, ZoneId zone) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    List<Instant> starts = new ArrayList<>();
    LocalDateTime local = LocalDateTime.ofInstant(first, zone);
    LocalDate last = until().orElse(LocalDate.MAX);
    for (long k = 0; ; k++) {
      Instant start;
      if (k == 0) {
        start = first;
      } else {
        LocalDateTime next = local.plusWeeks(k * intervalWeeks());
        if (next.toLocalDate().isAfter(last)) {
          break;
        }
        start = ZonedDateTime.ofLocal(next, zone, null).toInstant();
      }
      if (!start.isBefore(to)) {
        break;
      }
      if (starts.size() == MAX_OCCURRENCES) {
        throw Arguments.invalid("Recurrence", "to", "tooManyOccurrences", Map.of("max", MAX_OCCURRENCES));
      }
      starts.add(start);
      if (!recurs()) {
        break;
      }
    }
    return List.copyOf(starts);
  }

  @AssertTrue(message = "{vzc.Recurrence.untilOnlyWhenRecurring}")
  @Blames("until")
  boolean untilOnlyWhenRecurring() {
    return recurs() || until().isEmpty();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
