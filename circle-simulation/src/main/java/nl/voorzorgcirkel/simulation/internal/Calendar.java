package nl.voorzorgcirkel.simulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.simulation.scenario.Experiment;

/**
 * The calendar of a run in epoch seconds, worked out once per experiment: the run's start, the
 * start of the measured period and its end (local midnights in the circles' zone), the calendar
 * months of the measured period (the first and last possibly partial), the month starts at which
 * dynamics are checked, and the local weeks (Monday to Monday) in which capacity counts.
 * Immutable and thread-safe.
 */
public final class Calendar {

  static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final long WEEK = 7 * 86_400L;

  final LocalDate startDate;
  /** The first measured day. */
  final LocalDate measureDate;
  final long start;
  final long measureFrom;
  final long end;
  /** Boundaries of the measured months: {@code months + 1} values from measureFrom to end. */
  final long[] monthBounds;
  final YearMonth[] monthLabels;
  final boolean[] partial;
  final int[] monthDays;
  /** Month starts after the run's start and before its end: when dynamics are checked. */
  final long[] ticks;
  final LocalDate[] tickDates;
  /** Local week starts covering the run, in order. */
  final long[] weeks;

  /**
   * The start of the measured period, after the warm-up.
   *
   * @return the instant, inclusive
   */
  public Instant periodStart() {
    return Instant.ofEpochSecond(measureFrom);
  }

  /**
   * The end of the run.
   *
   * @return the instant, exclusive
   */
  public Instant periodEnd() {
    return Instant.ofEpochSecond(end);
  }

  /**
   * The calendar of an experiment.
   *
   * @param experiment the experiment, valid
   */
  public Calendar(Experiment experiment) {
    this.startDate = experiment.start();
    LocalDate from = startDate.plusDays(experiment.warmupDays());
    this.measureDate = from;
    LocalDate to = from.plusDays(experiment.days());
    this.start = seconds(startDate);
    this.measureFrom = seconds(from);
    this.end = seconds(to);
    List<LocalDate> bounds = new ArrayList<>();
    bounds.add(from);
    for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); d.isBefore(to); d = d.plusMonths(1)) {
      bounds.add(d);
    }
    bounds.add(to);
    int months = bounds.size() - 1;
    monthBounds = new long[months + 1];
    monthLabels = new YearMonth[months];
    partial = new boolean[months];
    monthDays = new int[months];
    for (int i = 0; i <= months; i++) {
      monthBounds[i] = seconds(bounds.get(i));
    }
    for (int i = 0; i < months; i++) {
      LocalDate a = bounds.get(i);
      LocalDate b = bounds.get(i + 1);
      monthLabels[i] = YearMonth.from(a);
      monthDays[i] = (int) (b.toEpochDay() - a.toEpochDay());
      partial[i] = a.getDayOfMonth() != 1 || monthDays[i] != a.lengthOfMonth();
    }
    List<LocalDate> tickList = new ArrayList<>();
    for (LocalDate d = startDate.withDayOfMonth(1).plusMonths(1); d.isBefore(to); d = d.plusMonths(1)) {
      tickList.add(d);
    }
    tickDates = tickList.toArray(new LocalDate[0]);
    ticks = new long[tickDates.length];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = seconds(tickDates[i]);
    }
    long first = CalendarWeeks.startOf(Instant.ofEpochSecond(start), ZONE).getEpochSecond();
    List<Long> weekList = new ArrayList<>();
    for (long w = first; w < end + WEEK; ) {
      weekList.add(w);
      w = CalendarWeeks.endOf(Instant.ofEpochSecond(w), ZONE).getEpochSecond();
    }
    weeks = weekList.stream().mapToLong(Long::longValue).toArray();
  }

  static long seconds(LocalDate date) {
    return date.atStartOfDay(ZONE).toEpochSecond();
  }

  /**
   * The first day of a measured month within the period.
   *
   * @param month the measured month, from 0
   * @return the 1st, or the period's first day for a month the period starts in
   */
  public LocalDate firstDay(int month) {
    return month == 0 ? measureDate : monthLabels[month].atDay(1);
  }

  /** The number of measured months. */
  public int months() {
    return monthLabels.length;
  }

  /** The measured month of an instant in the period, or -1 before it; the last month after it. */
  int monthOf(long second) {
    if (second < measureFrom) {
      return -1;
    }
    int i = Arrays.binarySearch(monthBounds, second);
    int month = i >= 0 ? i : -i - 2;
    return Math.min(month, monthLabels.length - 1);
  }

  /** The index of the local week holding an instant. */
  int weekOf(long second) {
    int k = (int) ((second - weeks[0]) / WEEK);
    k = Math.max(0, Math.min(k, weeks.length - 1));
    while (k > 0 && weeks[k] > second) {
      k--;
    }
    while (k + 1 < weeks.length && weeks[k + 1] <= second) {
      k++;
    }
    return k;
  }

  /**
   * The measured months' labels.
   *
   * @return the year and month of each
   */
  public List<YearMonth> monthLabels() {
    return List.of(monthLabels);
  }

  /**
   * Days of each measured month in the period.
   *
   * @return a copy
   */
  public int[] monthDays() {
    return monthDays.clone();
  }

  /**
   * Whether each measured month is only partly in the period.
   *
   * @return a copy
   */
  public boolean[] partial() {
    return partial.clone();
  }
}
