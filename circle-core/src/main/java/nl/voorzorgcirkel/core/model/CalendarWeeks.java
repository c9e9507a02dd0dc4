package nl.voorzorgcirkel.core.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local calendar weeks, Monday 00:00 to the next Monday 00:00 in a zone: the period over which a
 * member's weekly capacity is counted.
 *
 * <p>Matching and simulation ask for the week of an instant millions of times, and a time-zone
 * conversion costs more than the rest of the question. So the week starts from 1970 to 2200 are
 * computed once per zone with {@code java.time} (about 12,000 instants) and looked up; instants
 * outside that range are computed directly. The answers are the same either way.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CalendarWeeks {

  private static final long WEEK_SECONDS = 7 * 24 * 3600L;
  private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
  private static final LocalDate LAST_MONDAY = LocalDate.of(2200, 1, 6);
  private static final Map<ZoneId, long[]> STARTS = new ConcurrentHashMap<>();

  private CalendarWeeks() {}

  /**
   * The start of the local week that contains an instant.
   *
   * @param instant the instant, not null
   * @param zone the zone in which weeks are counted, not null
   * @return the Monday 00:00 (or the first moment of that Monday) at or before the instant
   */
  public static Instant startOf(Instant instant, ZoneId zone) {
    return weekStart(instant, zone, 0);
  }

  /**
   * The end of the local week that contains an instant, which is the start of the next week.
   *
   * @param instant the instant, not null
   * @param zone the zone in which weeks are counted, not null
   * @return the first Monday 00:00 after the instant
   */
  public static Instant endOf(Instant instant, ZoneId zone) {
    return weekStart(instant, zone, 1);
  }

  @SuppressWarnings("ReferenceEquality") // the constant itself takes the fast path; equal zones the map
  private static Instant weekStart(Instant instant, ZoneId zone, int weeksLater) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    long[] starts = zone == WeeklyAvailability.DEFAULT_ZONE ? DefaultZone.STARTS
        : STARTS.computeIfAbsent(zone, CalendarWeeks::table);
    long second = instant.getEpochSecond();
    if (second >= starts[0] && second < starts[starts.length - 1]) {
      int k = (int) ((second - starts[0]) / WEEK_SECONDS);
      // a week is 7 days of 23 to 25 hours; the estimate is at most one week off
      while (k + 1 < starts.length && starts[k + 1] <= second) {
        k++;
      }
      while (starts[k] > second) {
        k--;
      }
      return Instant.ofEpochSecond(starts[k + weeksLater]);
    }
    LocalDate monday = instant.atZone(zone).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksLater);
    return monday.atStartOfDay(zone).toInstant();
  }

  /** The table of the zone of Dutch circles, read without a map lookup; made on first use. */
  private static final class DefaultZone {
    static final long[] STARTS = CalendarWeeks.STARTS.computeIfAbsent(WeeklyAvailability.DEFAULT_ZONE,
        CalendarWeeks::table);
  }

  /** Epoch seconds of every Monday 00:00 from 1970 to 2200 in the zone. */
  private static long[] table(ZoneId zone) {
    int weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(FIRST_MONDAY, LAST_MONDAY)) + 1;
    long[] starts = new long[weeks];
    for (int i = 0; i < weeks; i++) {
      // zone offsets are whole seconds, so these instants have no nanoseconds
      starts[i] = FIRST_MONDAY.plusWeeks(i).atStartOfDay(zone).toEpochSecond();
    }
    return starts;
  }
}
