package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** Occurrences of recurring requests keep their local time across clock changes. */
class RecurrencePropertyTest {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"),
      ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"), ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("Europe/London"), ZoneId.of("Australia/Lord_Howe"));

  /**
   * The reference, from the zone's rules by hand: the n-th occurrence's local date and time, then
   * the earliest instant that has it, or for a time the clock skips, the time moved on by the skip.
   */
  private static List<Instant> reference(Instant first, Instant to, ZoneId zone, int weeks, LocalDate until) {
    ZoneRules rules = zone.getRules();
    ZoneOffset offset = rules.getOffset(first);
    LocalDateTime local = LocalDateTime.ofEpochSecond(first.getEpochSecond(), first.getNano(), offset);
    List<Instant> out = new ArrayList<>();
    for (int n = 0; ; n++) {
      LocalDateTime wanted = local.plusDays(7L * weeks * n);
      if (n > 0 && until != null && wanted.toLocalDate().isAfter(until)) {
        break;
      }
      Instant start;
      if (n == 0) {
        start = first;
      } else {
        List<ZoneOffset> valid = rules.getValidOffsets(wanted);
        if (valid.isEmpty()) {
          ZoneOffsetTransition gap = rules.getTransition(wanted);
          start = wanted.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
        } else {
          Instant earliest = null;
          for (ZoneOffset o : valid) {
            Instant candidate = wanted.toInstant(o);
            if (earliest == null || candidate.isBefore(earliest)) {
              earliest = candidate;
            }
          }
          start = earliest;
        }
      }
      if (!start.isBefore(to) || (weeks == 0 && n > 0)) {
        break;
      }
      out.add(start);
      if (weeks == 0) {
        break;
      }
    }
    return out;
  }

  @Test
  void occurrencesAgreeWithAReferenceAcrossClockChanges() {
    int[] crossings = {0};
    Props.property("occurrences-across-clock-changes", 3_000)
        .forAll(longs().all(), integers().between(0, 4))
        .checkAssert((seed, weeks) -> {
          SplittableRandom random = new SplittableRandom(seed);
          ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
          // near a clock change most of the time: a transition of 2020 to 2030, give or take weeks
          Instant base = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextLong(10L * 365 * 86_400));
          ZoneOffsetTransition near = zone.getRules().nextTransition(base);
          Instant first = near != null && random.nextInt(5) > 0
              ? near.getInstant().minusSeconds(random.nextLong(-3 * 3600, 21L * 86_400)) : base;
          // local times that repeat or are skipped in some week are picked on purpose now and then
          if (random.nextInt(4) == 0) {
            first = first.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(1800);
          }
          Instant to = first.plus(Duration.ofDays(random.nextInt(1, 200)));
          Recurrence recurrence = weeks == 0 ? Recurrence.oneOff() : Recurrence.everyWeeks(weeks);
          LocalDate until = null;
          if (weeks > 0 && random.nextBoolean()) {
            until = LocalDate.ofInstant(first, zone).plusDays(random.nextInt(0, 150));
            recurrence = recurrence.until(until);
          }
          List<Instant> ours = recurrence.occurrences(first, to, zone);
          List<Instant> expected = reference(first, to, zone, weeks, until);
          assertEquals(expected, ours, zone + " from " + first);
          // the request's occurrences: the same starts, and every window as long as the first
          // (user test 4, G8: a 02:30 to 03:00 window in the autumn night was 1 h 30)
          Duration length = Duration.ofMinutes(random.nextInt(1, 6 * 60));
          boolean flexible = random.nextBoolean();
          HelpRequest request = Fixtures.request("r-p", "m-1")
              .window(flexible ? TimeWindow.flexible(first, first.plus(length)) : TimeWindow.fixed(first, first.plus(length)))
              .expectedDuration(Duration.ofMinutes(Math.max(1, length.toMinutes() / 2)))
              .recurrence(recurrence).createdAt(first).build();
          List<HelpRequest> occurrences = request.occurrences(to, zone);
          assertEquals(expected.size(), occurrences.size());
          for (int i = 0; i < expected.size(); i++) {
            TimeWindow window = occurrences.get(i).window();
            assertEquals(expected.get(i), window.start(), zone + " from " + first);
            assertEquals(expected.get(i).plus(length), window.end(), zone + " from " + first + ": the length changed");
            assertEquals(flexible, window.flexible());
          }
          LocalTime wanted = LocalDateTime.ofInstant(first, zone).toLocalTime();
          for (int i = 1; i < ours.size(); i++) {
            LocalDateTime local = LocalDateTime.ofInstant(ours.get(i), zone);
            boolean skipped = zone.getRules().getValidOffsets(LocalDateTime.of(local.toLocalDate(), wanted)).isEmpty();
            assertTrue(local.toLocalTime().equals(wanted) || skipped, "the local time moved: " + local);
            if (Duration.between(ours.get(i - 1), ours.get(i)).toHours() != 168L * weeks) {
              crossings[0]++;
            }
          }
        });
    assertTrue(crossings[0] > 500, "too few occurrences across clock changes: " + crossings[0]);
  }

  @Test
  void aWeeklyRequestKeepsItsLocalTimeAndGetsASeries() {
    ZoneId amsterdam = WeeklyAvailability.DEFAULT_ZONE;
    // Tuesday 20 October 2026, 10:00 to 12:00; clocks go back on Sunday 25 October
    Instant tuesday = LocalDateTime.of(2026, 10, 20, 10, 0).atZone(amsterdam).toInstant();
    HelpRequest shopping = Fixtures.request("r-shop", "m-1")
        .window(TimeWindow.fixed(tuesday, tuesday.plus(Duration.ofHours(2))))
        .recurrence(Recurrence.weekly().until(LocalDate.of(2026, 11, 10)))
        .build();
    List<HelpRequest> occurrences = shopping.occurrences(tuesday.plus(Duration.ofDays(365)), amsterdam);
    assertEquals(List.of("r-shop:2026-10-20", "r-shop:2026-10-27", "r-shop:2026-11-03", "r-shop:2026-11-10"),
        occurrences.stream().map(r -> r.id().value()).collect(java.util.stream.Collectors.toList()));
    for (HelpRequest occurrence : occurrences) {
      LocalDateTime start = LocalDateTime.ofInstant(occurrence.window().start(), amsterdam);
      assertEquals(LocalTime.of(10, 0), start.toLocalTime());
      assertEquals(DayOfWeek.TUESDAY, start.getDayOfWeek());
      assertEquals(LocalTime.NOON, LocalDateTime.ofInstant(occurrence.window().end(), amsterdam).toLocalTime());
      assertEquals(SeriesId.of("r-shop"), occurrence.series().orElseThrow());
      assertEquals(Recurrence.oneOff(), occurrence.recurrence());
      assertEquals(shopping.capability(), occurrence.capability());
    }
    assertEquals(Duration.ofHours(169), Duration.between(occurrences.get(0).window().start(),
        occurrences.get(1).window().start()), "the week the clock goes back has an hour more");
    assertEquals(1, Fixtures.request("r-once", "m-1").build()
        .occurrences(Fixtures.NOW.plus(Duration.ofDays(30)), amsterdam).size());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Fixtures.request("r-" + "x".repeat(52), "m-1").recurrence(Recurrence.weekly()).build()
            .occurrences(Fixtures.NOW.plus(Duration.ofDays(30)), amsterdam));
  }

  @Test
  void aNightWindowKeepsItsLengthAcrossBothClockChanges() {
    // user test 4, G8: Sundays 02:30 to 03:00 in Amsterdam from 18 October 2026; before the fix the
    // occurrence of 25 October (clocks go back at 03:00) ran from 00:30Z to 02:00Z, 1 h 30
    ZoneId amsterdam = WeeklyAvailability.DEFAULT_ZONE;
    Instant first = LocalDateTime.of(2026, 10, 18, 2, 30).atZone(amsterdam).toInstant();
    HelpRequest night = Fixtures.request("r-night", "m-1")
        .window(TimeWindow.fixed(first, first.plus(Duration.ofMinutes(30))))
        .expectedDuration(Duration.ofMinutes(20))
        .recurrence(Recurrence.weekly()).createdAt(first).build();
    List<HelpRequest> autumn = night.occurrences(first.plus(Duration.ofDays(15)), amsterdam);
    assertEquals(3, autumn.size());
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), autumn.get(1).window().start());
    for (HelpRequest occurrence : autumn) {
      assertEquals(Duration.ofMinutes(30), occurrence.window().length(), occurrence.id().value());
    }
    // spring: 02:30 does not exist on 28 March 2027; the occurrence starts at 03:30 and is 30 minutes
    Instant march = LocalDateTime.of(2027, 3, 21, 2, 30).atZone(amsterdam).toInstant();
    List<HelpRequest> spring = night.toBuilder().window(TimeWindow.fixed(march, march.plus(Duration.ofMinutes(30))))
        .createdAt(march).build().occurrences(march.plus(Duration.ofDays(8)), amsterdam);
    assertEquals(LocalTime.of(3, 30), LocalDateTime.ofInstant(spring.get(1).window().start(), amsterdam).toLocalTime());
    assertEquals(Duration.ofMinutes(30), spring.get(1).window().length());
  }

  @Test
  void anEndFarAwayIsRefusedInsteadOfFillingTheHeap() {
    ZoneId amsterdam = WeeklyAvailability.DEFAULT_ZONE;
    Instant first = LocalDateTime.of(2026, 12, 3, 10, 0).atZone(amsterdam).toInstant();
    HelpRequest groceries = Fixtures.request("r-shop", "m-1")
        .window(TimeWindow.fixed(first, first.plus(Duration.ofHours(1))))
        .recurrence(Recurrence.weekly()).build();
    // the 1,000th weekly start is 999 weeks after the first: an end just after it lists all 1,000
    Instant thousandth = LocalDateTime.of(2026, 12, 3, 10, 0).plusWeeks(999).atZone(amsterdam).toInstant();
    List<HelpRequest> all = groceries.occurrences(thousandth.plusSeconds(1), amsterdam);
    assertEquals(Recurrence.MAX_OCCURRENCES, all.size());
    assertEquals(thousandth, all.get(all.size() - 1).window().start());
    // one more start before the end is one too many; year 9999 would be about 415,000
    for (Instant to : List.of(thousandth.plus(Duration.ofDays(7)).plusSeconds(1), LocalDate.of(9999, 12, 31)
        .atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.MAX)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> groceries.occurrences(to, amsterdam));
      assertEquals("to:tooManyOccurrences", e.violations().get(0).path() + ":" + e.violations().get(0).rule());
      assertEquals("Recurrence.to: must come soon enough that at most 1000 occurrences start before it",
          e.violations().get(0).message(Locale.ENGLISH));
      assertEquals("Recurrence.to: moet vroeg genoeg liggen dat er hoogstens 1000 herhalingen vóór beginnen",
          e.violations().get(0).message(Locale.forLanguageTag("nl")));
    }
    // an end date of the series itself bounds it: no refusal, however far the end asked for
    assertEquals(5, Fixtures.request("r-shop", "m-1")
        .window(TimeWindow.fixed(first, first.plus(Duration.ofHours(1))))
        .recurrence(Recurrence.weekly().until(LocalDate.of(2026, 12, 31))).build()
        .occurrences(Instant.MAX, amsterdam).size());
  }
}
