package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.internal.FreeStarts;
import org.jspecify.annotations.Nullable;

/**
 * Whether the units one member holds in a plan leave their flexible help starts that keep every
 * rule ({@link StartTimes#clearStarts}: in the window, the member's slots on a day they take part,
 * the week, clear of their other help and promises with the travel buffer). The search counts
 * flexible help as taking no set time; without this a plan could give a member flexible help for
 * which no time is left (user test 10: a flexible 90 minutes, 14:00 to 18:00Z, beside help at
 * 15:00 to 15:30Z, in slots that end at 17:00Z).
 *
 * <p>The search asks about the same sets again and again (the repair, the local search), and
 * mostly about a set just grown by one unit. So each answer is kept with its starts, per set (at
 * most {@link #MAX_KEPT} sets; then all are forgotten), and a set that is a kept set with starts
 * plus one unit is first tried by placing that unit's legs clear of the kept starts: where they
 * fit, those starts are the answer; where they do not, the exact test decides. So the answers are
 * exact whatever is kept: only the time they take depends on it.
 *
 * <p>Not thread-safe: one per search.
 */
final class FlexibleTimes {

  private static final int MAX_KEPT = 1 << 16;
  /**
   * The most states of the exact test's search over orders per set, where the search puts a unit
   * in a plan ({@code ConflictSearch.place}: a refusal only costs that plan a unit) and where it
   * branches on a plan (a refusal not known makes the node's bound the most the search proves):
   * past it the set counts as without starts, and the answer as not known ({@link #unknowns()}).
   */
  static final long PLACE_BUDGET = 50;
  static final long BRANCH_BUDGET = 20_000;
  /** The answer kept for a set with no starts that keep the rules. */
  private static final Instant[][] NONE = new Instant[0][];
  /** The answer kept for a set the exact test could not decide within its budget. */
  private static final Instant[][] UNKNOWN = new Instant[0][];

  private final Batch batch;
  private final Duration buffer;
  /** Per set of (unit, node), sorted by unit: per unit of the set, each leg's start; or NONE. */
  private final Map<Held, Instant[][]> kept = new HashMap<>();
  private long exactTests;
  private long unknowns;
  private long work;

  FlexibleTimes(Batch batch, Duration buffer) {
    this.batch = batch;
    this.buffer = buffer;
  }

  /**
   * Whether the units, all held by one member in {@code assignment}, have starts that keep every
   * rule. Units at set times only: true (their overlaps are checked apart). False also where the
   * exact test stops at {@code budget} states without an answer ({@link #unknowns()} counts these).
   *
   * @param units the units, each held by one member (their nodes in {@code assignment}); the last
   *     is the one most recently added, if any
   * @param assignment per unit its node, or negative
   * @param budget the most states of the exact test's search ({@link #PLACE_BUDGET} or {@link
   *     #BRANCH_BUDGET}); an answer not known within a smaller one is sought again with a larger
   */
  boolean clear(List<Integer> units, int[] assignment, long budget) {
    boolean any = false;
    for (int u : units) {
      any |= batch.flexible[u];
    }
    if (!any) {
      return true;
    }
    // the set's key, sorted, and looking it up
    work += units.size();
    Held held = Held.of(units, assignment, -1);
    Instant[][] known = kept.get(held);
    if (known == UNKNOWN && budget > PLACE_BUDGET) {
      known = null;
    }
    if (known == null && units.size() > 1) {
      int added = units.get(units.size() - 1);
      Held before = Held.of(units, assignment, added);
      Instant[][] starts = kept.get(before);
      if (starts != null && starts != NONE && starts != UNKNOWN) {
        known = extended(before, starts, added, assignment[added]);
      }
    }
    boolean sought = known == null;
    if (sought) {
      known = exact(held, budget);
    }
    if (sought || !kept.containsKey(held)) {
      if (kept.size() >= MAX_KEPT) {
        kept.clear();
      }
      kept.put(held, known);
    }
    if (known == UNKNOWN) {
      unknowns++;
    }
    return known != NONE && known != UNKNOWN;
  }

  /**
   * The work of all answers so far: per question one per unit of its set (the set's key and its
   * look-up, also where the answer is kept), per kept set grown by one unit the added unit's legs
   * times all legs the grown set holds, and the exact test's ({@link StartTimes.Answer#work}).
   * Deterministic: the same questions in the same order give the same work.
   */
  long work() {
    return work;
  }

  /** How many sets the exact test ({@link StartTimes#clearStarts}) was asked about. */
  long exactTests() {
    return exactTests;
  }

  /**
   * How many answers of {@link #clear} so far were false only because the exact test stopped at
   * its budget: a plan refused on such an answer might have had starts.
   */
  long unknowns() {
    return unknowns;
  }

  /** A kept set's starts with one more unit's legs placed clear of them; null where they do not fit. */
  private Instant @Nullable [][] extended(Held before, Instant[][] starts, int added, int node) {
    List<FreeStarts.Busy> busy = new ArrayList<>();
    for (int i = 0; i < before.units.length; i++) {
      int u = before.units[i];
      for (int leg = 0; leg < batch.legs[u].length; leg++) {
        busy.add(StartTimes.busy(batch.requests.get(batch.legs[u][leg]), starts[i][leg]));
      }
    }
    Instant[] earliest = earliest(added, node);
    Member member = batch.memberOf[batch.memberIndex[node]];
    Instant[] own = new Instant[earliest.length];
    work += (long) earliest.length * (busy.size() + earliest.length);
    // the set times first: the flexible legs then keep clear of them as well
    for (int pass = 0; pass < 2; pass++) {
      for (int leg = 0; leg < own.length; leg++) {
        HelpRequest request = batch.requests.get(batch.legs[added][leg]);
        if (request.window().flexible() == (pass == 1)) {
          StartTimes.Placed p = new StartTimes.Placed(request, member, earliest[leg]);
          Optional<Instant> at = StartTimes.clearStart(p, earliest[leg], busy, batch.snapshot(), buffer);
          if (at.isEmpty()) {
            return null;
          }
          own[leg] = at.get();
          busy.add(StartTimes.busy(request, own[leg]));
        }
      }
    }
    int at = -Arrays.binarySearch(before.units, added) - 1;
    Instant[][] grown = new Instant[starts.length + 1][];
    System.arraycopy(starts, 0, grown, 0, at);
    grown[at] = own;
    System.arraycopy(starts, at, grown, at + 1, starts.length - at);
    return grown;
  }

  /** The exact test of a set: its starts, or NONE, or UNKNOWN. */
  private Instant[][] exact(Held held, long budget) {
    exactTests++;
    List<StartTimes.Placed> placed = new ArrayList<>();
    for (int i = 0; i < held.units.length; i++) {
      int u = held.units[i];
      int node = held.nodes[i];
      Instant[] earliest = earliest(u, node);
      Member member = batch.memberOf[batch.memberIndex[node]];
      for (int leg = 0; leg < batch.legs[u].length; leg++) {
        placed.add(new StartTimes.Placed(batch.requests.get(batch.legs[u][leg]), member, earliest[leg]));
      }
    }
    StartTimes.Answer answer = StartTimes.clearStarts(placed, batch.snapshot(), buffer, budget);
    work += answer.work;
    Instant[] at = answer.starts;
    if (at == null) {
      return answer.unknown ? UNKNOWN : NONE;
    }
    Instant[][] starts = new Instant[held.units.length][];
    for (int i = 0, j = 0; i < held.units.length; i++) {
      starts[i] = Arrays.copyOfRange(at, j, j + batch.legs[held.units[i]].length);
      j += starts[i].length;
    }
    return starts;
  }

  private Instant[] earliest(int unit, int node) {
    return batch.legEarliest[unit][Arrays.binarySearch(batch.eligible[unit], node)];
  }

  /** A set of units with their nodes, by unit. */
  private static final class Held {
    final int[] units;
    final int[] nodes;

    Held(int[] units, int[] nodes) {
      this.units = units;
      this.nodes = nodes;
    }

    /** The units of {@code list} but {@code leave} (-1: none), by unit, with their nodes. */
    static Held of(List<Integer> list, int[] assignment, int leave) {
      int n = list.size() - (leave >= 0 ? 1 : 0);
      int[] units = new int[n];
      int i = 0;
      for (int u : list) {
        if (u != leave) {
          units[i++] = u;
        }
      }
      Arrays.sort(units);
      int[] nodes = new int[n];
      for (i = 0; i < n; i++) {
        nodes[i] = assignment[units[i]];
      }
      return new Held(units, nodes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Held other && Arrays.equals(units, other.units) && Arrays.equals(nodes, other.nodes);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(units) + Arrays.hashCode(nodes);
    }

    @Override
    public String toString() {
      return Arrays.toString(units) + " at " + Arrays.toString(nodes);
    }
  }
}
