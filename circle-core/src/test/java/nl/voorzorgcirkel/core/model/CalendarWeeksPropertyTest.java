package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

class CalendarWeeksPropertyTest {

  private static final List<ZoneId> ZONES = List.of(WeeklyAvailability.DEFAULT_ZONE,
      ZoneId.of("UTC"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("Pacific/Apia"), ZoneId.of("America/St_Johns"));

  private static Instant mondayOnOrBefore(Instant instant, ZoneId zone, int weeksLater) {
    LocalDate monday = instant.atZone(zone).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksLater);
    return monday.atStartOfDay(zone).toInstant();
  }

  /** The table gives the weeks java.time gives, in and out of its range, in zones with odd rules. */
  @Test
  void weeksEqualThoseOfJavaTime() {
    long from = Instant.parse("1960-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2210-01-01T00:00:00Z").getEpochSecond();
    Props.property("calendar-weeks-equal-java-time", 20_000)
        .forAll(longs().between(from, to), integers().between(0, 999_999_999),
            integers().between(0, ZONES.size() - 1))
        .checkAssert((second, nano, z) -> {
          Instant instant = Instant.ofEpochSecond(second, nano);
          ZoneId zone = ZONES.get(z);
          assertEquals(mondayOnOrBefore(instant, zone, 0), CalendarWeeks.startOf(instant, zone));
          assertEquals(mondayOnOrBefore(instant, zone, 1), CalendarWeeks.endOf(instant, zone));
        });
  }

  /** The instants around a week's start, and around the clock changes, fall in the right week. */
  @Test
  void edgesOfAWeekAndOfSummerTime() {
    ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    Instant monday = LocalDate.of(2026, 3, 30).atStartOfDay(zone).toInstant(); // after summer time began
    assertEquals(monday, CalendarWeeks.startOf(monday, zone));
    assertEquals(LocalDate.of(2026, 3, 23).atStartOfDay(zone).toInstant(),
        CalendarWeeks.startOf(monday.minusNanos(1), zone));
    assertEquals(monday, CalendarWeeks.endOf(monday.minusNanos(1), zone));
    assertEquals(Instant.parse("2026-03-22T23:00:00Z"), CalendarWeeks.startOf(Instant.parse("2026-03-29T01:30:00Z"), zone));
    assertEquals(Instant.parse("2026-03-29T22:00:00Z"), CalendarWeeks.endOf(Instant.parse("2026-03-29T01:30:00Z"), zone));
  }
}
