package nl.voorzorgcirkel.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;

/**
 * What one circle did in one replication, over the measured period (after the warm-up).
 *
 * @param circle the circle's index
 * @param created requests filed in the period
 * @param done requests helped
 * @param expired requests nobody could help in time (referred)
 * @param open requests still open or under way at the end
 * @param minutesToHelp for each request helped, minutes from filing to a helper saying yes, in
 *     the order helped (an int array: a national run keeps about 65 million of them)
 * @param loads minutes of help each potential helper (capacity above zero) gave, by member id
 * @param capacityMinutes the summed capacity of the potential helpers over the period
 * @param weeksOverCapacity helper-weeks (calendar weeks) in which a helper gave more than their
 *     capacity at the end
 * @param ledgerMinutes all help recorded in the ledger in the period, in minutes
 * @param finalSize members in the circle at the end
 * @param firstDayBelowMinimum days from the start until the circle first fell below its
 *     minimum size, or -1
 * @param monthlySize active members at the start of each 30-day month of the period
 * @param monthlyCreated requests filed in each month
 * @param monthlyDone of those, requests that were helped
 * @param monthlyHelpMinutes help given in each month, minutes
 * @param monthlyCoverage kinds of help offered by an active member with capacity, each month
 * @param firstDayLostCoverage days from the start until a kind of help covered at the start of
 *     the period was no longer covered, or -1
 * @param monthlyVital active vital members at the start of each month
 * @param lifecycles every request's lifecycle at the end, in filing order (for checks)
 * @param records the ledger's records (for checks)
 */
record CircleResult(int circle, int created, int done, int expired, int open,
    int[] minutesToHelp, Map<MemberId, Long> loads, long capacityMinutes,
    int weeksOverCapacity, long ledgerMinutes, int finalSize, int firstDayBelowMinimum,
    List<Integer> monthlySize, long[] monthlyCreated, long[] monthlyDone, long[] monthlyHelpMinutes,
    List<Integer> monthlyCoverage, int firstDayLostCoverage, List<Integer> monthlyVital,
    List<RequestLifecycle> lifecycles, List<HelpRecord> records) {

  private static final long MONTH_SECONDS = 30 * 86_400L;

  /**
   * The figures of one circle's run, added up by the engine as things happen, while the request
   * and the record at hand are still in the processor's cache: reading every request's history
   * back at the end cost a tenth of a national run. Not thread-safe; one per circle run.
   */
  static final class Tally {
    private final long from;
    private final long to;
    private final int months;
    private final long[] monthlyCreated;
    private final long[] monthlyDone;
    private final long[] monthlyHelp;
    /** Per request: its month in the period, or -1 if filed before; minutes until a yes, or -1. */
    private int[] monthOf = new int[64];
    private int[] minutesToYes = new int[64];
    private int[] toHelp = new int[16];
    private int helped;
    private int created;
    private int done;
    private int expired;
    private long ledgerMinutes;
    private final Map<MemberId, Long> loads = new HashMap<>();
    /** Per helper, minutes given in each calendar week of the period, by week number. */
    private final Map<MemberId, long[]> weekly = new HashMap<>();
    private final long firstWeek;
    private final int weeks;

    Tally(Instant from, Instant to) {
      this.from = from.getEpochSecond();
      this.to = to.getEpochSecond();
      this.months = (int) Math.max(1, (Duration.between(from, to).toDays() + 29) / 30);
      this.monthlyCreated = new long[months];
      this.monthlyDone = new long[months];
      this.monthlyHelp = new long[months];
      this.firstWeek = CalendarWeeks.startOf(from, WeeklyAvailability.DEFAULT_ZONE).getEpochSecond();
      this.weeks = (int) (Duration.between(from, to).toDays() / 7) + 2;
    }

    private int month(long second) {
      return (int) Math.min(months - 1, (second - from) / MONTH_SECONDS);
    }

    /** Request {@code request} (numbered from 0 in filing order) was filed. */
    void filed(int request, Instant at) {
      if (request == monthOf.length) {
        monthOf = Arrays.copyOf(monthOf, request * 2);
        minutesToYes = Arrays.copyOf(minutesToYes, request * 2);
      }
      long second = at.getEpochSecond();
      int month = second < from ? -1 : month(second);
      monthOf[request] = month;
      minutesToYes[request] = -1;
      if (month >= 0) {
        created++;
        monthlyCreated[month]++;
      }
    }

    /** A helper said yes, {@code minutes} after the request was filed. */
    void accepted(int request, long minutes) {
      minutesToYes[request] = (int) minutes;
    }

    /** The request was helped, as the record says. */
    void done(int request, HelpRecord record) {
      int month = monthOf[request];
      if (month >= 0) {
        done++;
        monthlyDone[month]++;
        if (helped == toHelp.length) {
          toHelp = Arrays.copyOf(toHelp, helped * 2);
        }
        toHelp[helped++] = minutesToYes[request];
      }
      long started = record.start().getEpochSecond();
      if (started >= from && started < to) {
        long minutes = record.effort().toMinutes();
        ledgerMinutes += minutes;
        monthlyHelp[month(started)] += minutes;
        loads.merge(record.helper(), minutes, Long::sum);
        // calendar weeks, Monday to Monday, as capacity is counted when helpers are asked; a week
        // is 7 days give or take the hour of a clock change, so rounding numbers it exactly
        long week = CalendarWeeks.startOf(record.start(), WeeklyAvailability.DEFAULT_ZONE).getEpochSecond();
        int number = (int) Math.round((week - firstWeek) / (7 * 86_400.0));
        weekly.computeIfAbsent(record.helper(), k -> new long[weeks])[number] += minutes;
      }
    }

    /** Nobody could help in time: the request expired and was referred. */
    void expired(int request) {
      if (monthOf[request] >= 0) {
        expired++;
      }
    }
  }

  static CircleResult of(int index, Circle circle, Tally tally, Instant from, Instant to,
      int firstDayBelowMinimum, List<Integer> sizes, List<Integer> coverage,
      int firstDayLostCoverage, List<Integer> vital, List<RequestLifecycle> requests,
      List<HelpRecord> records) {
    long weeks = Math.max(1, Duration.between(from, to).toDays() / 7);
    Map<MemberId, Long> loads = new TreeMap<>(tally.loads);
    long capacity = 0;
    for (Member m : circle.members()) {
      if (!m.capacityPerWeek().isZero()) {
        loads.putIfAbsent(m.id(), 0L);
        capacity += m.capacityPerWeek().toMinutes() * weeks;
      }
    }
    int over = 0;
    for (Map.Entry<MemberId, long[]> e : tally.weekly.entrySet()) {
      long capacityPerWeek = circle.member(e.getKey()).map(m -> m.capacityPerWeek().toMinutes()).orElse(0L);
      for (long minutes : e.getValue()) {
        over += minutes > capacityPerWeek ? 1 : 0;
      }
    }
    LocalDate last = to.atZone(WeeklyAvailability.DEFAULT_ZONE).toLocalDate();
    return new CircleResult(index, tally.created, tally.done, tally.expired,
        tally.created - tally.done - tally.expired, Arrays.copyOf(tally.toHelp, tally.helped), loads,
        capacity, over, tally.ledgerMinutes, circle.membersOn(last).size(), firstDayBelowMinimum,
        List.copyOf(sizes), tally.monthlyCreated, tally.monthlyDone, tally.monthlyHelp,
        List.copyOf(coverage), firstDayLostCoverage, List.copyOf(vital), requests, records);
  }
}
