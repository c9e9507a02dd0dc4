package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.internal.FreeStarts;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The starts of a plan's assignments, and whether one member's help can have starts that keep
 * every rule. A start keeps the rules where it is the set time of help at a set time, or, for
 * flexible help, lies in the request's window, no earlier than the ranked earliest start, fits the
 * member's weekly slots on a day they take part (not away, not paused), stays in the same local
 * week (the week whose capacity it counts against), and keeps the travel buffer clear of the
 * member's other help in the plan and their promises at set times (no buffer between legs of one
 * trip): the rules of the ranking's own start ({@link FreeStarts}), which is the only code here
 * that knows them.
 *
 * <p><b>Greedy first.</b> Member by member: help at a set time starts at its set time; then the
 * flexible help, by the end of its window (then its earliest start, then request id), each at the
 * earliest start that keeps the rules clear of the help placed before it. Where every flexible
 * request gets one, these are the starts (user test 6, J2).
 *
 * <p><b>Exact where the greedy fails.</b> The greedy order is not an exact test (a request with a
 * late window end may have to go first). Then a search over the orders: in a plan with clear
 * starts the member's flexible help follows in some order in time, each starting at or after the
 * end of the one before; for a fixed order, each at the earliest start that keeps the rules from
 * the end of the one before on is as good as any (the earliest start from a lower limit, {@code
 * FreeStarts.from} after the member's first start in their slots from that limit, is the least
 * start that keeps the rules at or after the limit: every start it skips meets a period, so it is
 * monotone in the limit, and an earlier end never leaves fewer starts to the rest). So a state is
 * the set placed and the last one placed, and the earliest end of that last one dominates: a
 * depth-first search over the states, remembering per state the earliest end that failed (a later
 * one fails too), and cutting a state where some request left has no start after the last one's
 * end, is exact; at most {@code 2^k k} states for {@code k} flexible requests, each {@code O(k)}
 * starts. The requests fall apart first into groups whose reach (ranked earliest start to window
 * end plus the buffer) overlaps; the groups do not meet one another and are
 * searched apart, so {@code k} is the size of a group: a day's or a window's help, in practice a
 * handful. There is no size above which it gives up or guesses.
 *
 * <p>Where no starts keep the rules (only for plans made elsewhere: {@link BatchAssignment} keeps
 * only plans that have them), the greedy's starts stand, and the help it could not place keeps its
 * earliest start, which then meets other help: {@link Assignment#start()} says what a platform does
 * then.
 *
 * <p>Deterministic: the same assignments give the same starts whatever their order. Not part of
 * the search's objective: the plan and its cost do not depend on which starts are chosen.
 * Stateless.
 */
final class StartTimes {

  /** One placed request: the request, its member and the earliest start its ranking gave. */
  record Placed(HelpRequest request, Member member, Instant earliest) {}

  /** A start, and whether it keeps clear of the member's other help (false: the earliest start kept). */
  record Start(Instant at, boolean clear) {}

  private StartTimes() {}

  /**
   * The start of each placed request.
   *
   * @param placed the plan's placed requests
   * @param snapshot the circle, its promises ({@link CircleSnapshot#commitments()}) and zone
   * @param buffer the travel time kept free between two pieces of help
   * @return each placed request's start, in the order of {@code placed}
   */
  static List<Start> of(List<Placed> placed, CircleSnapshot snapshot, Duration buffer) {
    Map<MemberId, List<Integer>> byMember = new TreeMap<>();
    for (int i = 0; i < placed.size(); i++) {
      byMember.computeIfAbsent(placed.get(i).member().id(), k -> new ArrayList<>()).add(i);
    }
    Start[] starts = new Start[placed.size()];
    for (List<Integer> own : byMember.values()) {
      List<Placed> help = new ArrayList<>(own.size());
      for (int i : own) {
        help.add(placed.get(i));
      }
      Start[] greedy = greedy(help, snapshot, buffer);
      Instant @Nullable [] exact = allClear(greedy) ? null : exact(help, snapshot, buffer, PLAN_BUDGET).starts;
      for (int j = 0; j < own.size(); j++) {
        starts[own.get(j)] = exact == null ? greedy[j] : new Start(exact[j], true);
      }
    }
    return List.of(starts);
  }

  /**
   * The states the exact test looks at for {@link #of} at most: beyond it the greedy's starts stand
   * (never met in the tests and benchmarks: the search's own test ({@link FlexibleTimes}) found
   * starts for every member first).
   */
  static final long PLAN_BUDGET = 1_000_000;

  /** An answer of the exact test: starts, none, or not known within the budget. */
  static final class Answer {
    /** Per request, its start; null if there are none or the answer is not known. */
    final Instant @Nullable [] starts;
    /** Whether the search stopped at its budget (then {@link #starts} is null). */
    final boolean unknown;

    Answer(Instant @Nullable [] starts, boolean unknown) {
      this.starts = starts;
      this.unknown = unknown;
    }
  }

  /**
   * Starts for one member's help that keep every rule (an exact test: see the class description),
   * or none, or, past {@code budget} states of the search over orders, not known.
   *
   * @param own the help of one member, each with that member
   * @param snapshot the circle's promises and zone
   * @param buffer the travel time kept free between two pieces of help
   * @param budget the most states the search looks at, 1 or more
   * @return per request of {@code own}, in its order, a start; or none; or unknown
   */
  static Answer clearStarts(List<Placed> own, CircleSnapshot snapshot, Duration buffer, long budget) {
    Start[] greedy = greedy(own, snapshot, buffer);
    if (allClear(greedy)) {
      Instant[] at = new Instant[greedy.length];
      for (int i = 0; i < at.length; i++) {
        at[i] = greedy[i].at();
      }
      return new Answer(at, false);
    }
    return exact(own, snapshot, buffer, budget);
  }

  private static boolean allClear(Start[] starts) {
    for (Start start : starts) {
      if (!start.clear()) {
        return false;
      }
    }
    return true;
  }

  /** The greedy's starts for one member's help (see the class description). */
  private static Start[] greedy(List<Placed> own, CircleSnapshot snapshot, Duration buffer) {
    Start[] starts = new Start[own.size()];
    List<FreeStarts.Busy> busy = new ArrayList<>();
    List<Integer> flexible = flexibleInOrder(own, busy, starts);
    for (int i : flexible) {
      Placed p = own.get(i);
      Optional<Instant> clear = clearStart(p, p.earliest(), busy, snapshot, buffer);
      Instant start = clear.orElse(p.earliest());
      starts[i] = new Start(start, clear.isPresent());
      busy.add(busy(p.request(), start));
    }
    return starts;
  }

  /**
   * The help at set times at its set times (into {@code starts} and {@code busy}); returns the
   * flexible help by the end of its window, then its earliest start, then request id.
   */
  private static List<Integer> flexibleInOrder(List<Placed> own, List<FreeStarts.Busy> busy, Start[] starts) {
    List<Integer> flexible = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      Placed p = own.get(i);
      if (p.request().window().flexible()) {
        flexible.add(i);
      } else {
        starts[i] = new Start(p.earliest(), true);
        busy.add(busy(p.request(), p.earliest()));
      }
    }
    flexible.sort(Comparator.comparing((Integer i) -> own.get(i).request().window().end())
        .thenComparing(i -> own.get(i).earliest()).thenComparing(i -> own.get(i).request().id()));
    return flexible;
  }

  /** The exact search (see the class description): starts that keep every rule, or null. */
  private static Answer exact(List<Placed> own, CircleSnapshot snapshot, Duration buffer, long budget) {
    Start[] fixed = new Start[own.size()];
    List<FreeStarts.Busy> busy = new ArrayList<>();
    List<Integer> flexible = flexibleInOrder(own, busy, fixed);
    Instant[] at = new Instant[own.size()];
    for (int i = 0; i < own.size(); i++) {
      if (fixed[i] != null) {
        at[i] = fixed[i].at();
      }
    }
    // groups whose reach overlaps, by earliest start; a group's help cannot meet another group's
    // (help ends by its window's end: what starts a buffer after that is clear of it)
    Instant[] reach = new Instant[own.size()];
    for (int i : flexible) {
      reach[i] = own.get(i).request().window().end().plus(buffer);
    }
    List<Integer> byEarliest = new ArrayList<>(flexible);
    byEarliest.sort(Comparator.comparing((Integer i) -> own.get(i).earliest()).thenComparing(flexible::indexOf));
    List<Integer> group = new ArrayList<>();
    Instant groupReach = Instant.MIN;
    for (int g = 0; g <= byEarliest.size(); g++) {
      boolean last = g == byEarliest.size();
      if (!group.isEmpty() && (last || !own.get(byEarliest.get(g)).earliest().isBefore(groupReach))) {
        group.sort(Comparator.comparingInt(flexible::indexOf)); // the greedy's order, for determinism
        Orders orders = new Orders(own, group, busy, snapshot, buffer, budget);
        if (!orders.search(at)) {
          return new Answer(null, orders.unknown);
        }
        group.clear();
      }
      if (!last) {
        int i = byEarliest.get(g);
        group.add(i);
        groupReach = group.size() == 1 || reach[i].isAfter(groupReach) ? reach[i] : groupReach;
      }
    }
    return new Answer(at, false);
  }

  /** The search over the orders of one group of a member's flexible help. */
  private static final class Orders {
    private final List<Placed> own;
    private final List<Integer> items;
    private final List<FreeStarts.Busy> fixed;
    private final CircleSnapshot snapshot;
    private final Duration buffer;
    /** Per item: the end of the week its start must lie in. */
    private final Instant[] before;
    private final Instant[] start;
    /** Per state (items placed, last placed): the earliest end of the last one known to fail. */
    private final Map<State, Instant> failed = new HashMap<>();
    /** The most states the search looks at; past it, {@link #unknown}. */
    private final long budget;
    private long states;
    /** Whether the search stopped at its budget without an answer. */
    boolean unknown;

    Orders(List<Placed> own, List<Integer> items, List<FreeStarts.Busy> fixed, CircleSnapshot snapshot,
        Duration buffer, long budget) {
      this.budget = budget;
      this.own = own;
      this.items = items;
      this.fixed = fixed;
      this.snapshot = snapshot;
      this.buffer = buffer;
      before = new Instant[items.size()];
      start = new Instant[items.size()];
      for (int j = 0; j < items.size(); j++) {
        before[j] = CalendarWeeks.endOf(own.get(items.get(j)).earliest(), snapshot.zone());
      }
    }

    /**
     * Whether the group's help has starts that keep the rules; if so, writes them into {@code at}.
     * Past {@code budget} states, stops with {@link #unknown} set.
     */
    boolean search(Instant[] at) {
      if (!place(new long[(items.size() + 63) / 64], 0, -1, null)) {
        return false;
      }
      for (int j = 0; j < items.size(); j++) {
        at[items.get(j)] = start[j];
      }
      return true;
    }

    private boolean place(long[] placed, int count, int last, FreeStarts.@Nullable Busy lastBusy) {
      int k = items.size();
      if (count == k) {
        return true;
      }
      State state = new State(placed, last);
      Instant known = failed.get(state);
      if (known != null && lastBusy != null && !lastBusy.to().isBefore(known)) {
        return false; // an end no earlier than one that failed from this state
      }
      // every item left must start after the last one: where one cannot, nothing follows here
      Instant[] next = new Instant[k];
      List<Integer> left = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if ((placed[j >> 6] & 1L << j) == 0) {
          Optional<Instant> s = startAfter(j, lastBusy);
          if (s.isEmpty()) {
            fail(state, lastBusy);
            return false;
          }
          next[j] = s.get();
          left.add(j);
        }
      }
      if (!loadFits(left, next)) {
        fail(state, lastBusy);
        return false;
      }
      if (++states > budget) {
        unknown = true;
        return false;
      }
      left.sort(Comparator.comparing((Integer j) -> next[j]).thenComparing(j -> j));
      // only an item that starts before every other ends (and a buffer) can come next: where
      // another fits wholly before it, that one first leaves it the same start and places one more
      Instant first = null;
      Instant second = null;
      int firstItem = -1;
      for (int j : left) {
        Instant free = next[j].plus(own.get(items.get(j)).request().expectedDuration()).plus(buffer);
        if (first == null || free.isBefore(first)) {
          second = first;
          first = free;
          firstItem = j;
        } else if (second == null || free.isBefore(second)) {
          second = free;
        }
      }
      for (int j : left) {
        Instant bound = j == firstItem ? second : first;
        if (bound != null && !next[j].isBefore(bound)) {
          continue;
        }
        long[] then = placed.clone();
        then[j >> 6] |= 1L << j;
        start[j] = next[j];
        if (place(then, count + 1, j, busy(own.get(items.get(j)).request(), next[j]))) {
          return true;
        }
        if (unknown) {
          return false;
        }
      }
      fail(state, lastBusy);
      return false;
    }

    /**
     * A test every order that keeps the rules passes (so failing it proves there is none): the
     * items left, each between its earliest start here and its window's end, need no more time
     * than lies between any one's earliest start and any one's window end, one after another with
     * the buffer between (none where a leg of a trip is among them).
     */
    private boolean loadFits(List<Integer> left, Instant[] next) {
      if (!slotTimeFits(left, next)) {
        return false;
      }
      int n = left.size();
      long[] release = new long[n];
      long[] due = new long[n];
      long[] length = new long[n];
      boolean[] trip = new boolean[n];
      Integer[] byDue = new Integer[n];
      for (int i = 0; i < n; i++) {
        HelpRequest request = own.get(items.get(left.get(i))).request();
        release[i] = next[left.get(i)].getEpochSecond();
        due[i] = request.window().end().getEpochSecond();
        length[i] = request.expectedDuration().toSeconds();
        trip[i] = request.trip().isPresent();
        byDue[i] = i;
      }
      Arrays.sort(byDue, Comparator.comparingLong((Integer i) -> due[i]));
      long gap = buffer.toSeconds();
      for (int a = 0; a < n; a++) {
        long from = release[a];
        long sum = 0;
        int count = 0;
        boolean anyTrip = false;
        for (int i : byDue) {
          if (release[i] >= from) {
            sum += length[i];
            count++;
            anyTrip |= trip[i];
            if (from + sum + (anyTrip ? 0 : (count - 1) * gap) > due[i]) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /**
     * The same test in the member's slot time: the items left between the earliest of their
     * earliest starts here and the latest of their window ends need no more than the time of the
     * member's weekly slots there (every day counted, so never less than they have), less nothing
     * for the buffer (it may fall between slots).
     */
    private boolean slotTimeFits(List<Integer> left, Instant[] next) {
      Instant from = null;
      Instant to = null;
      long need = 0;
      for (int j : left) {
        HelpRequest request = own.get(items.get(j)).request();
        from = from == null || next[j].isBefore(from) ? next[j] : from;
        Instant end = request.window().end();
        to = to == null || end.isAfter(to) ? end : to;
        need += request.expectedDuration().toSeconds();
      }
      return from == null || to == null || need <= slotSeconds(own.get(items.get(left.get(0))).member(), from, to);
    }

    private void fail(State state, FreeStarts.@Nullable Busy lastBusy) {
      if (lastBusy != null) {
        failed.merge(state, lastBusy.to(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }

    /**
     * The earliest start of item {@code j} that keeps the rules, at or after the end of {@code
     * last} (the help before it in time; null for none), clear of it and of the help at set times.
     */
    private Optional<Instant> startAfter(int j, FreeStarts.@Nullable Busy last) {
      Placed p = own.get(items.get(j));
      HelpRequest request = p.request();
      Instant from = p.earliest();
      List<FreeStarts.Busy> busy = fixed;
      if (last != null) {
        busy = new ArrayList<>(fixed);
        busy.add(last);
        if (last.to().isAfter(from)) {
          if (!last.to().isBefore(request.window().end())) {
            return Optional.empty();
          }
          Optional<Instant> first = p.member().earliestStartWithin(
              TimeWindow.flexible(last.to(), request.window().end()), request.expectedDuration());
          if (first.isEmpty() || !first.get().isBefore(before[j])) {
            return Optional.empty();
          }
          from = first.get();
        }
      }
      return clearStart(p, from, busy, snapshot, buffer);
    }
  }

  /**
   * The seconds of a member's weekly slots between two instants, never less than there are: each
   * slot on every day (days away counted too), and on a day whose offset changes an hour more either
   * side.
   */
  static long slotSeconds(Member member, Instant from, Instant to) {
    java.time.ZoneId zone = member.availability().zone();
    java.time.LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
    java.time.LocalDate last = to.atZone(zone).toLocalDate();
    long total = 0;
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      java.time.ZonedDateTime midnight = day.atStartOfDay(zone);
      boolean changes = !midnight.getOffset().equals(day.plusDays(1).atStartOfDay(zone).getOffset());
      long margin = changes ? 3600 : 0;
      for (nl.voorzorgcirkel.core.model.WeeklySlot slot : member.availability().slots()) {
        if (slot.day() != day.getDayOfWeek()) {
          continue;
        }
        long startSecond = slot.start().toSecondOfDay();
        long endSecond = slot.end().equals(java.time.LocalTime.MAX) ? 86_400 : slot.end().toSecondOfDay();
        long a = Math.max(midnight.toEpochSecond() + startSecond - margin, from.getEpochSecond());
        long b = Math.min(midnight.toEpochSecond() + endSecond + margin, to.getEpochSecond());
        total += Math.max(0, b - a);
      }
    }
    return total;
  }

  /** A state of the search over orders: the items placed (a bit each) and the last one placed. */
  private static final class State {
    final long[] placed;
    final int last;

    State(long[] placed, int last) {
      this.placed = placed;
      this.last = last;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State other && last == other.last && Arrays.equals(placed, other.placed);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(placed) + last;
    }

    @Override
    public String toString() {
      return Arrays.toString(placed) + "/" + last;
    }
  }

  static FreeStarts.Busy busy(HelpRequest request, Instant start) {
    return new FreeStarts.Busy(start, start.plus(request.expectedDuration()), request.trip().orElse(null));
  }

  /**
   * The earliest start from {@code from} (a start the member can take) that keeps clear of the busy
   * periods and the promises, in the member's slots on a day they take part, within the window and
   * the week of the ranked earliest start; empty if there is none. The ranking's own search ({@code
   * MatchContext.helpStart}), with the plan's help added.
   */
  static Optional<Instant> clearStart(Placed p, Instant from, List<FreeStarts.Busy> busy, CircleSnapshot snapshot,
      Duration buffer) {
    MemberId member = p.member().id();
    List<Commitment> promised = snapshot.commitments().hasCommitments(member)
        ? snapshot.commitments().commitmentsOf(member) : List.of();
    return FreeStarts.from(from, p.member(), p.request(), promised, busy, buffer,
        CalendarWeeks.endOf(p.earliest(), snapshot.zone()));
  }
}
