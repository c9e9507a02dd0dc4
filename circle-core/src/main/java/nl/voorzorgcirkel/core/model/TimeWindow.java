package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * When help is needed: either a fixed window (the help starts at {@link #start()}, for example an
 * appointment at 10:30) or a flexible one (any time between {@link #start()} and {@link #end()},
 * "flexible within three days").
 *
 * <p>The window is half-open, {@code [start, end)}, and {@code end} is after {@code start}; both
 * lie in the years 1 to 9999 (UTC), so that every computation with them stays in range.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TimeWindow {

  /** The longest a flexible window may be, in days. */
  public static final int MAX_FLEXIBLE_DAYS = 62;

  TimeWindow() {}

  /**
   * A fixed window: the help starts at {@code start} and must be over by {@code end}.
   *
   * @param start when the help starts, not null
   * @param end when it must be over, after {@code start}, not null
   * @return the window
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a value is missing or {@code
   *     end} is not after {@code start}
   */
  public static TimeWindow fixed(Instant start, Instant end) {
    return ImmutableTimeWindow.builder().start(start).end(end).flexible(false).build();
  }

  /**
   * A flexible window: any time between {@code start} and {@code end}.
   *
   * @param start the earliest moment, not null
   * @param end the latest moment the help must be over, after {@code start}, not null
   * @return the window
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a value is missing or {@code
   *     end} is not after {@code start}
   */
  public static TimeWindow flexible(Instant start, Instant end) {
    return ImmutableTimeWindow.builder().start(start).end(end).flexible(true).build();
  }

  /**
   * "Flexible within N days": from the start of {@code firstDay} to the start of the day {@code
   * days} later, in the given zone.
   *
   * @param firstDay the first day the help may happen, not null
   * @param days 1 to {@value #MAX_FLEXIBLE_DAYS}
   * @param zone the zone of the circle, usually {@link WeeklyAvailability#DEFAULT_ZONE}; not null
   * @return the window
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code days} is out of
   *     range or {@code firstDay} lies outside the years 1 to 9999 (an {@link
   *     IllegalArgumentException}, in English and Dutch)
   */
  public static TimeWindow flexibleWithinDays(LocalDate firstDay, int days, ZoneId zone) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(zone, "zone");
    Arguments.between(days, 1, MAX_FLEXIBLE_DAYS, "TimeWindow", "days");
    if (!Arguments.supported(firstDay)) {
      throw Arguments.invalid("TimeWindow", "firstDay", "supportedYears", java.util.Map.of());
    }
    return flexible(
        firstDay.atStartOfDay(zone).toInstant(), firstDay.plusDays(days).atStartOfDay(zone).toInstant());
  }

  /**
   * The start: when a fixed window's help starts, the earliest moment of a flexible one.
   *
   * @return the instant, never null
   */
  @NotNull
  public abstract Instant start();

  /**
   * The end (excluded): by when the help must be over.
   *
   * @return the instant, never null, after {@link #start()}
   */
  @NotNull
  public abstract Instant end();

  /**
   * Whether the help may happen any time inside the window (true) or starts at {@link #start()}
   * (false).
   *
   * @return the flag; false unless set
   */
  @Value.Default
  public boolean flexible() {
    return false;
  }

  /**
   * The window's length.
   *
   * @return a positive duration
   */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * Whether a duration is no longer than the window: {@code duration.compareTo(length()) <= 0}
   * without the temporary length, for checks made on every request.
   *
   * @param duration the duration, not null
   * @return true if it fits
   */
  @SuppressWarnings({"JavaInstantGetSecondsGetNano", "JavaDurationGetSecondsGetNano"}) // both parts kept
  boolean fits(Duration duration) {
    // a window lies in the supported years, so the difference cannot overflow
    long seconds = end().getEpochSecond() - start().getEpochSecond();
    int nanos = end().getNano() - start().getNano();
    if (nanos < 0) {
      seconds--;
      nanos += 1_000_000_000;
    }
    int bySeconds = Long.compare(duration.getSeconds(), seconds);
    return bySeconds < 0 || (bySeconds == 0 && duration.getNano() <= nanos);
  }

  /**
   * Whether an instant lies in {@code [start, end)}.
   *
   * @param instant the instant, not null
   * @return true if inside
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  // one rule, blamed on the instant that breaks it: a path names the field to fix
  @AssertTrue(message = "{vzc.TimeWindow.supportedYears}")
  @Blames("start")
  boolean startInSupportedYears() {
    return Arguments.supported(start());
  }

  @AssertTrue(message = "{vzc.TimeWindow.supportedYears}")
  @Blames("end")
  boolean endInSupportedYears() {
    return Arguments.supported(end());
  }

  @AssertTrue(message = "{vzc.TimeWindow.endAfterStart}")
  @Blames("end")
  boolean endAfterStart() {
    return start() == null || end() == null || end().isAfter(start());
  }

  @Value.Check
  void validate() {
    if (!holdsDeclaredRules()) {
      ModelValidator.check(this);
    }
  }

  /**
   * The rules declared on this type, written out: true only if every one holds, and then Hibernate
   * Validator would find nothing. Values like this are built for every request a circle ranks or
   * simulates, and checking them here costs a few comparisons instead of the generic check's calls
   * through property readers. Anything else goes to the validator, which alone reports violations.
   * {@code DeclaredRulesTest} fails when a rule is declared here that this does not check, and
   * checks on random values, valid and not, that this never passes one the validator rejects.
   */
  boolean holdsDeclaredRules() {
    return start() != null && end() != null && end().isAfter(start())
        && Arguments.supported(start()) && Arguments.supported(end());
  }
}
