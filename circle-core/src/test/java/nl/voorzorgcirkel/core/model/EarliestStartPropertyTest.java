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
import java.util.function.Predicate;
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
    return reference(availability, window, length, day -> true);
  }

  /** The same on the days a member takes part only. */
  private static Optional<Instant> reference(WeeklyAvailability availability, TimeWindow window,
      Duration length, Predicate<LocalDate> takesPart) {
    Instant latestStart = window.end().minus(length);
    if (latestStart.isBefore(window.start()) || availability.slots().isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime windowStart = LocalDateTime.ofInstant(window.start(), availability.zone());
    LocalDateTime lastStart = LocalDateTime.ofInstant(latestStart, availability.zone());
    LocalDate day = windowStart.toLocalDate();
    for (int i = 0; i <= TimeWindow.MAX_FLEXIBLE_DAYS && !day.isAfter(lastStart.toLocalDate()); i++) {
      LocalDateTime best = null;
      for (WeeklySlot slot : takesPart.test(day) ? availability.slots() : List.<WeeklySlot>of()) {
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

  /**
   * A member's earliest start skips the days they are away or paused (user test 7, K11: a member
   * away on Monday was given a Monday start), and is the availability's own when they take part
   * every day.
   */
  @Test
  void aMembersEarliestStartSkipsTheDaysAwayOrPaused() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    int[] moved = {0};
    Props.property("member-earliest-start-skips-days-away", 2_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          Member.Builder b = Member.builder().id(MemberId.of("m-1")).displayName("M").birthYear(1950)
              .home(GeoPoint.coarse(52.379, 5.223)).joined(LocalDate.of(2025, 1, 1));
          for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate first = monday.plusDays(random.nextInt(9) - 1);
            b.addAbsences(Absence.of(first, first.plusDays(random.nextInt(3))));
          }
          switch (random.nextInt(4)) {
            case 0 -> b.status(MemberStatus.PAUSED).pausedUntil(monday.plusDays(random.nextInt(6) - 1));
            case 1 -> b.status(MemberStatus.LEFT);
            default -> { }
          }
          if (random.nextBoolean()) {
            b.availability(WeeklyAvailability.of(List.of(WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)),
                LocalTime.of(9, 0), LocalTime.of(12, 0)), WeeklySlot.of(DayOfWeek.of(1 + random.nextInt(7)),
                LocalTime.of(13, 0), LocalTime.of(17, 0)))));
          }
          Member member = b.build();
          Instant start = monday.atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant()
              .plusSeconds(random.nextLong(5 * 86_400L));
          Duration span = Duration.ofMinutes(30 + random.nextInt(6 * 24 * 60));
          TimeWindow window = random.nextInt(4) > 0 ? TimeWindow.flexible(start, start.plus(span))
              : TimeWindow.fixed(start, start.plus(span));
          Duration length = Duration.ofMinutes(15 + random.nextInt(3 * 60));
          Optional<Instant> expected = reference(member.availability(), window, length, member::isAvailableOn);
          Optional<Instant> got = member.earliestStartWithin(window, length);
          assertEquals(expected, got, member + " " + window + " " + length);
          got.ifPresent(at -> assertTrue(member.isAvailableOn(LocalDate.ofInstant(at, WeeklyAvailability.DEFAULT_ZONE)),
              "a start on a day away: " + at));
          if (!expected.equals(member.availability().earliestStartWithin(window, length))) {
            moved[0]++;
          }
        });
    System.out.printf("member earliest start: %d of 2000 moved by days away or paused%n", moved[0]);
    assertTrue(moved[0] > 200, "too few starts moved by days away: " + moved[0]);
  }
}
