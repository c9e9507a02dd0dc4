package nl.voorzorgcirkel.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * When a member can help, as weekly slots in local time (the circle's zone, {@code
 * Europe/Amsterdam} unless set), so that "Tuesday mornings" stays Tuesday mornings across daylight
 * saving changes.
 *
 * <p>Absences (holidays) are kept on the {@link Member}, not here. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeeklyAvailability.class)
@JsonDeserialize(as = ImmutableWeeklyAvailability.class)
public abstract class WeeklyAvailability {

  /** The zone of Dutch circles: {@code Europe/Amsterdam}. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

  private static final WeeklyAvailability DAYTIME = daily(LocalTime.of(9, 0), LocalTime.of(18, 0));

  WeeklyAvailability() {}

  /**
   * Availability in the given slots, in {@link #DEFAULT_ZONE}.
   *
   * @param slots the slots, not null, may be empty (never available)
   * @return the availability
   */
  public static WeeklyAvailability of(List<WeeklySlot> slots) {
    return builder().addAllSlots(slots).build();
  }

  /**
   * The same hours every day of the week, in {@link #DEFAULT_ZONE}.
   *
   * @param start local start time, not null
   * @param end local end time, after {@code start}, not null
   * @return the availability
   */
  public static WeeklyAvailability daily(LocalTime start, LocalTime end) {
    List<WeeklySlot> slots = new ArrayList<>(7);
    for (DayOfWeek day : DayOfWeek.values()) {
      slots.add(WeeklySlot.of(day, start, end));
    }
    return of(slots);
  }

  /**
   * Every day from 09:00 to 18:00: the default for a member who has not said when they can help
   * (an assumption of this library, not a published figure).
   *
   * @return the availability
   */
  public static WeeklyAvailability daytime() {
    return DAYTIME;
  }

  /**
   * A new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The weekly slots, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotNull WeeklySlot> slots();

  /**
   * The zone in which the slots' local times are meant.
   *
   * @return the zone, {@link #DEFAULT_ZONE} unless set
   */
  @Value.Default
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * The total time per week in all slots (overlapping slots count twice).
   *
   * @return a duration, zero or more
   */
  public Duration weeklyTotal() {
    Duration total = Duration.ZERO;
    for (WeeklySlot slot : slots()) {
      total = total.plus(slot.length());
    }
    return total;
  }

  /**
   * The earliest moment inside {@code window} at which help of the given length fits entirely in
   * one slot. For a fixed window that can only be the window's start; for a flexible window it is
   * the earliest fitting moment, looked for over at most {@value TimeWindow#MAX_FLEXIBLE_DAYS} days.
   *
   * @param window when the help is needed, not null
   * @param length how long the help takes, positive, not null
   * @return the earliest start, or empty if the help does not fit
   */
  public Optional<Instant> earliestStartWithin(TimeWindow window, Duration length) {
    Instant latestStart = window.end().minus(length);
    if (latestStart.isBefore(window.start())) {
      return Optional.empty();
    }
    LocalDate day = window.start().atZone(zone()).toLocalDate();
    LocalDate lastDay = window.end().atZone(zone()).toLocalDate();
    Instant best = null;
    for (int i = 0; i <= TimeWindow.MAX_FLEXIBLE_DAYS && !day.isAfter(lastDay); i++, day = day.plusDays(1)) {
      for (WeeklySlot slot : slots()) {
        if (slot.day() != day.getDayOfWeek()) {
          continue;
        }
        Instant slotStart = day.atTime(slot.start()).atZone(zone()).toInstant();
        Instant slotEnd = day.atTime(slot.end()).atZone(zone()).toInstant();
        Instant start = window.flexible()
            ? (slotStart.isAfter(window.start()) ? slotStart : window.start())
            : window.start();
        boolean fits = !start.isBefore(slotStart)
            && !start.plus(length).isAfter(slotEnd)
            && !start.isAfter(latestStart);
        if (fits && (best == null || start.isBefore(best))) {
          best = start;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /** The builder. Not thread-safe. */
  public static final class Builder extends ImmutableWeeklyAvailability.Builder {
    Builder() {}
  }
}
