package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * {@link WeeklyAvailability#earliestStartWithin} against a plain reading of its contract, on
 * random slots and windows around the clock changes of 2026.
 */
class EarliestStartPropertyTest {

  /** The contract read plainly: every candidate start, in local date-times, the earliest that fits. */
  private static Optional<Instant> reference(WeeklyAvailability availability, TimeWindow window,
      Duration length) {
    Instant latestStart = window.end().minus(length);
    if (latestStart.isBefore(window.start()) || availability.slots().isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime windowStart = LocalDateTime.ofInstant(window.start(), availability.zone());
    LocalDateTime lastStart = LocalDateTime.ofInstant(latestStart, availability.zone());
    LocalDate day = windowStart.toLocalDate();
    for (int i = 0; i <= TimeWindow.MAX_FLEXIBLE_DAYS && !day.isAfter(lastStart.toLocalDate()); i++) {
      LocalDateTime best = null;
      for (WeeklySlot slot : availability.slots()) {
        LocalDateTime slotStart = day.atTime(slot.start());
        LocalDateTime start = window.flexible() && slotStart.isAfter(windowStart) ? slotStart : windowStart;
        boolean fits = slot.day() == day.getDayOfWeek() && !start.isBefore(slotStart)
            && !start.plusSeconds(length.toSeconds()).isAfter(day.atTime(slot.end()))
            && !start.isAfter(lastStart);
        if (fits && (best == null || start.isBefore(best))) {
          best = start;
        }
      }
      if (best != null) {
        // the window's own start is returned as it is, also in the hour a clock change repeats
        return Optional.of(best.equals(windowStart) ? window.start()
            : best.atZone(availability.zone()).toInstant());
      }
      if (!window.flexible()) {
        return Optional.empty();
      }
      day = day.plusDays(1);
    }
    return Optional.empty();
  }

  @Test
  void earliestStartIsTheEarliestThatFits() {
    Instant base = Instant.parse("2026-03-20T00:00:00Z"); // a week before summer time begins
    int[] found = {0};
    Props.property("earliest-start-is-the-earliest-that-fits", 5_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<WeeklySlot> slots = new ArrayList<>();
          for (int i = random.nextInt(6); i > 0; i--) {
            int from = random.nextInt(24 * 4 - 1);
            int to = from + 1 + random.nextInt(24 * 4 - from - 1);
            slots.add(WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)),
                LocalTime.ofSecondOfDay(from * 900L), to == 96 ? LocalTime.MAX : LocalTime.ofSecondOfDay(to * 900L)));
          }
          WeeklyAvailability availability = slots.isEmpty() ? WeeklyAvailability.daytime()
              : WeeklyAvailability.of(slots);
          // around the spring or the autumn change, at any second, sometimes with nanoseconds
          Instant start = (random.nextBoolean() ? base : base.plus(Duration.ofDays(217)))
              .plusSeconds(random.nextLong(14 * 86_400L)).plusNanos(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
          Duration span = Duration.ofMinutes(30 + random.nextInt(5 * 24 * 60));
          TimeWindow window = random.nextBoolean() ? TimeWindow.flexible(start, start.plus(span))
              : TimeWindow.fixed(start, start.plus(span));
          Duration length = Duration.ofMinutes(1 + random.nextInt(6 * 60));
          Optional<Instant> expected = reference(availability, window, length);
          assertEquals(expected, availability.earliestStartWithin(window, length));
          if (expected.isPresent()) {
            found[0]++;
            assertTrue(!expected.get().isBefore(window.start()) || !window.flexible(), "before the window");
          }
        });
    assertTrue(found[0] > 500, "too few windows with a fitting start: " + found[0]);
  }
}
