package nl.voorzorgcirkel.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
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
 *     filing order (an int array: a national run keeps about 80 million of them)
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

  /** The same figures without the requests and ledger records. */
  CircleResult withoutDetails() {
    return new CircleResult(circle, created, done, expired, open, minutesToHelp, loads, capacityMinutes,
        weeksOverCapacity, ledgerMinutes, finalSize, firstDayBelowMinimum, monthlySize, monthlyCreated,
        monthlyDone, monthlyHelpMinutes, monthlyCoverage, firstDayLostCoverage, monthlyVital, List.of(),
        List.of());
  }

  private static final long MONTH_SECONDS = 30 * 86_400L;

  static CircleResult of(int index, Circle circle, List<RequestLifecycle> requests, HelpLedger ledger,
      Instant from, Instant to, int firstDayBelowMinimum, List<Integer> sizes, List<Integer> coverage,
      int firstDayLostCoverage, List<Integer> vital) {
    int months = (int) Math.max(1, (Duration.between(from, to).toDays() + 29) / 30);
    long[] monthlyCreated = new long[months];
    long[] monthlyDone = new long[months];
    long[] monthlyHelp = new long[months];
    int created = 0;
    int done = 0;
    int expired = 0;
    int open = 0;
    int[] toHelp = new int[16];
    int helped = 0;
    long fromSecond = from.getEpochSecond();
    for (RequestLifecycle r : requests) {
      long filed = r.request().createdAt().getEpochSecond();
      if (filed < fromSecond) {
        continue;
      }
      created++;
      int month = (int) Math.min(months - 1, (filed - fromSecond) / MONTH_SECONDS);
      monthlyCreated[month]++;
      if (r.state() == RequestState.DONE) {
        done++;
        monthlyDone[month]++;
        for (var t : r.history()) {
          if (t.event() instanceof RequestEvent.Accepted) {
            if (helped == toHelp.length) {
              toHelp = Arrays.copyOf(toHelp, helped * 2);
            }
            toHelp[helped++] = (int) ((t.event().at().getEpochSecond() - filed) / 60);
          }
        }
      } else if (r.state() == RequestState.EXPIRED) {
        expired++;
      } else {
        open++;
      }
    }
    long weeks = Math.max(1, Duration.between(from, to).toDays() / 7);
    Map<MemberId, Long> loads = new HashMap<>();
    long capacity = 0;
    for (Member m : circle.members()) {
      if (!m.capacityPerWeek().isZero()) {
        loads.put(m.id(), 0L);
        capacity += m.capacityPerWeek().toMinutes() * weeks;
      }
    }
    long ledgerMinutes = 0;
    Map<MemberId, Map<Long, Long>> weekly = new HashMap<>();
    long toSecond = to.getEpochSecond();
    for (HelpRecord record : ledger.records()) {
      long started = record.start().getEpochSecond();
      if (started < fromSecond || started >= toSecond) {
        continue;
      }
      long minutes = record.effort().toMinutes();
      ledgerMinutes += minutes;
      monthlyHelp[(int) Math.min(months - 1, (started - fromSecond) / MONTH_SECONDS)] += minutes;
      loads.merge(record.helper(), minutes, Long::sum);
      // calendar weeks, Monday to Monday, as capacity is counted when helpers are asked
      long week = CalendarWeeks.startOf(record.start(), WeeklyAvailability.DEFAULT_ZONE).getEpochSecond();
      weekly.computeIfAbsent(record.helper(), k -> new HashMap<>()).merge(week, minutes, Long::sum);
    }
    int over = 0;
    for (Map.Entry<MemberId, Map<Long, Long>> e : weekly.entrySet()) {
      long capacityPerWeek = circle.member(e.getKey()).map(m -> m.capacityPerWeek().toMinutes()).orElse(0L);
      for (long minutes : e.getValue().values()) {
        over += minutes > capacityPerWeek ? 1 : 0;
      }
    }
    LocalDate last = to.atZone(WeeklyAvailability.DEFAULT_ZONE).toLocalDate();
    return new CircleResult(index, created, done, expired, open, Arrays.copyOf(toHelp, helped), new TreeMap<>(loads), capacity,
        over, ledgerMinutes, circle.membersOn(last).size(), firstDayBelowMinimum, List.copyOf(sizes),
        monthlyCreated, monthlyDone, monthlyHelp, List.copyOf(coverage), firstDayLostCoverage,
        List.copyOf(vital), List.copyOf(requests),
        List.copyOf(ledger.records()));
  }
}
