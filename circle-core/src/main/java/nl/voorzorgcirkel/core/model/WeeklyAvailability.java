package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
public abstract class WeeklyAvailability {

  /** No clock change this close to a window: one offset holds throughout it. */
  private static final long STEADY_MARGIN_SECONDS = 2 * 86_400L;
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** The zone of Dutch circles: {@code Europe/Amsterdam}. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

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
    return Daytime.VALUE;
  }

  /**
   * A new builder.
   *
   * <p>Nothing is required. Optional, with their defaults: {@code slots} (an empty list: never
   * available); {@code zone} ({@link #DEFAULT_ZONE}).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a null slot or zone as {@code NotNull} ("must be given") and the rules its
   * accessors state.
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
  @NotNull
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * A short description for logs: {@code WeeklyAvailability{daily 09:00-18:00}}, or the number of
   * slots and their time a week ({@code WeeklyAvailability{5 slots, PT12H30M a week}}), with the zone
   * where it is not {@link #DEFAULT_ZONE}. The slots one by one are in {@link #slots()}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return "WeeklyAvailability{" + summary() + "}";
  }

  /** The description of {@link #toString()} without the type's name, for a member's. */
  String summary() {
    List<WeeklySlot> slots = slots();
    String hours;
    if (slots.isEmpty()) {
      hours = "no slots";
    } else if (daily(slots)) {
      hours = "daily " + slots.get(0).start() + "-" + slots.get(0).end();
    } else {
      hours = slots.size() + (slots.size() == 1 ? " slot, " : " slots, ") + weeklyTotal() + " a week";
    }
    return zone().equals(DEFAULT_ZONE) ? hours : hours + ", " + zone();
  }

  /** Whether the slots are the same hours on each day of the week, Monday to Sunday. */
  private static boolean daily(List<WeeklySlot> slots) {
    if (slots.size() != 7) {
      return false;
    }
    for (int i = 0; i < 7; i++) {
      WeeklySlot slot = slots.get(i);
      if (slot.day() != DayOfWeek.of(i + 1) || !slot.start().equals(slots.get(0).start())
          || !slot.end().equals(slots.get(0).end())) {
        return false;
      }
    }
    return true;
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
   * Every day of the week counts: a member's absences and pause are not known here ({@link
   * Member#earliestStartWithin} skips them).
   *
   * @param window when the help is needed, not null
   * @param length how long the help takes, positive, not null
   * @return the earliest start, or empty if the help does not fit
   */
  public Optional<Instant> earliestStartWithin(TimeWindow window, Duration length) {
    return earliestStartWithin(window, length, null);
  }

  /**
   * {@link #earliestStartWithin(TimeWindow, Duration)} on the local days (in {@link #zone()}, as
   * epoch days) that {@code days} accepts, or on every day if it is null: a member's days away
   * are skipped in the same walk over the days ({@link Member#earliestStartWithin}).
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanoseconds are used apart
  Optional<Instant> earliestStartWithin(TimeWindow window, Duration length, @Nullable LongPredicate days) {
    Instant latestStart = window.end().minus(length);
    if (latestStart.isBefore(window.start()) || slots().isEmpty()) {
      return Optional.empty();
    }
    // Work in local time, as a day number and nanoseconds into the day, which costs no objects per
    // slot; a slot that spans a daylight-saving change (only night slots can) is measured in local
    // time. Away from clock changes (no transition within two days of the window, the usual case)
    // one offset holds throughout and converts both ways exactly; near one, java.time does.
    ZoneTable table = ZoneTable.of(zone());
    int offset = table.steadyOffset(window.start().getEpochSecond() - STEADY_MARGIN_SECONDS,
        latestStart.getEpochSecond() + STEADY_MARGIN_SECONDS);
    boolean steady = offset != ZoneTable.NOT_STEADY;
    long firstDay;
    long windowNano;
    long lastDay;
    long lastNano;
    if (steady) {
      long windowLocal = window.start().getEpochSecond() + offset;
      firstDay = Math.floorDiv(windowLocal, SECONDS_PER_DAY);
      windowNano = Math.floorMod(windowLocal, SECONDS_PER_DAY) * NANOS_PER_SECOND + window.start().getNano();
      long lastLocal = latestStart.getEpochSecond() + offset;
      lastDay = Math.floorDiv(lastLocal, SECONDS_PER_DAY);
      lastNano = Math.floorMod(lastLocal, SECONDS_PER_DAY) * NANOS_PER_SECOND + latestStart.getNano();
    } else {
      LocalDateTime windowStart = LocalDateTime.ofInstant(window.start(), zone());
      LocalDateTime lastStart = LocalDateTime.ofInstant(latestStart, zone());
      firstDay = windowStart.toLocalDate().toEpochDay();
      windowNano = windowStart.toLocalTime().toNanoOfDay();
      lastDay = lastStart.toLocalDate().toEpochDay();
      lastNano = lastStart.toLocalTime().toNanoOfDay();
    }
    long lengthNanos = length.toSeconds() * NANOS_PER_SECOND; // whole seconds, as always
    boolean flexible = window.flexible();
    SlotTable slotTable = slotTable();
    for (int i = 0; i <= TimeWindow.MAX_FLEXIBLE_DAYS && firstDay + i <= lastDay; i++) {
      long day = firstDay + i;
      if (days != null && !days.test(day)) {
        if (!flexible) {
          return Optional.empty();
        }
        continue;
      }
      int dayIndex = (int) Math.floorMod(day + 3, 7L); // Monday is 0, as in DayOfWeek
      long[] starts = slotTable.starts[dayIndex];
      long[] ends = slotTable.ends[dayIndex];
      long best = -1;
      for (int k = 0; k < starts.length; k++) {
        long slotStart = starts[k];
        // the window's start, or a later slot start on a flexible window; a start on an earlier
        // day than this one is before the slot, so it never fits
        boolean atWindowStart = i == 0 && !(flexible && slotStart > windowNano);
        long start = atWindowStart ? windowNano : slotStart;
        boolean fits = start >= slotStart
            && start + lengthNanos <= ends[k]
            && (day < lastDay || start <= lastNano);
        if (fits && (best < 0 || start < best)) {
          best = start;
        }
      }
      if (best >= 0) {
        if (i == 0 && best == windowNano) {
          return Optional.of(window.start()); // exactly, also in the hour a clock change repeats
        }
        if (steady) {
          return Optional.of(Instant.ofEpochSecond(day * SECONDS_PER_DAY + best / NANOS_PER_SECOND - offset,
              best % NANOS_PER_SECOND));
        }
        return Optional.of(LocalDateTime.of(LocalDate.ofEpochDay(day), LocalTime.ofNanoOfDay(best))
            .atZone(zone()).toInstant());
      }
      if (!flexible) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The slots by day, worked out on first use and kept: immutable, as the slots. */
  @Value.Lazy
  SlotTable slotTable() {
    return new SlotTable(slots());
  }

  /**
   * {@link #daytime()}, built at its first call and not when the class loads: building a value
   * starts Hibernate Validator, so reading {@link #DEFAULT_ZONE} in a static field did so before a
   * program could quieten its log line (user test 12, L6).
   */
  private static final class Daytime {
    static final WeeklyAvailability VALUE = daily(LocalTime.of(9, 0), LocalTime.of(18, 0));
  }

  /**
   * The slots of each day of the week (Monday first) as nanoseconds of the day, in the order given:
   * the earliest-start search reads two arrays instead of each slot's day and times.
   */
  static final class SlotTable {
    private final long[][] starts = new long[7][];
    private final long[][] ends = new long[7][];

    private SlotTable(List<WeeklySlot> slots) {
      int[] count = new int[7];
      for (WeeklySlot slot : slots) {
        count[slot.day().getValue() - 1]++;
      }
      for (int d = 0; d < 7; d++) {
        starts[d] = new long[count[d]];
        ends[d] = new long[count[d]];
        count[d] = 0;
      }
      for (WeeklySlot slot : slots) {
        int d = slot.day().getValue() - 1;
        starts[d][count[d]] = slot.start().toNanoOfDay();
        ends[d][count[d]++] = slot.end().toNanoOfDay();
      }
    }
  }


  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link WeeklyAvailability}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableWeeklyAvailability.Builder {
    Builder() {}
  }
}
