package nl.voorzorgcirkel.matching.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A local search on a feasible plan of a {@link ConflictSearch}: moves that make it cheaper while it
 * keeps every rule, until none does or after {@link #MAX_PASSES} passes. In a fixed order, each
 * pass tries for every unit (by index): to <b>relocate</b> it to another member-week (by index), in
 * from unplaced or out to unplaced; to <b>eject</b>: take the place of a unit held by another
 * member-week, that unit going on to a third member-week or unplaced; and for every pair of units
 * held by two member-weeks, to <b>swap</b> them. The first move that is cheaper by more than a
 * tolerance and keeps the rules is made (first improvement). Whether a move keeps the rules is
 * decided by the search's own {@code place} (count, hours, set times with the travel buffer, a
 * trip's legs in their weeks); what a move saves from the arcs' costs, the unplaced cost and the
 * convex load penalty of each member-week's count, the same terms as the flow's cost of a plan.
 *
 * <p>Deterministic: the same plan gives the same result and the same {@link #work()}, which counts
 * one per move priced, per rule check one per unit the member holds, and one per unit put back
 * after a move that did not fit (without a check: its member-week then holds what it held), so the
 * search's work limit counts it too; the search counts the rule checks' flexible-time tests. Before each unit's moves it asks the search whether its work limit (this
 * call's work counted) or its time limit (the clock read after every {@link #CLOCK_EVERY} of its
 * work) is reached, and if so stops ({@link #stopped()}) with the plan of its moves so far: it
 * keeps every rule and is no dearer than the plan given, and a search with a larger limit makes
 * the same moves and more, so its plan is no dearer either (the search's anytime property).
 *
 * <p>Not thread-safe: one per search.
 */
final class LocalSearch {

  /** The most passes over all moves one call makes; each pass but the last makes a plan cheaper. */
  static final int MAX_PASSES = 20;
  /**
   * The most work between two readings of the clock: 65,536, read only under a time limit (the
   * work limit is checked at every unit). Its time depends on the week: 1 to 3 ms on the week of
   * 100 requests at set times of {@code BENCHMARKS.md}, whose moves are dear, so a time limit may
   * be passed by that much here ("What a 5 ms budget gives").
   */
  static final long CLOCK_EVERY = 1 << 16;

  private final ConflictSearch search;
  private final Batch batch;
  /** Per member-week: the load penalty of taking 0, 1, 2, ... units, up to its count. */
  private final double[][] penaltyOf;
  private final double unplacedCost;
  private final double tolerance;
  private long work;
  /** Whether the last {@link #improve} stopped at the search's limits. */
  private boolean stopped;
  /** The work at which the search's clock is read next. */
  private long clockAt;

  private int[] assignment = new int[0];
  private int[] load = new int[0];
  private long[] used = new long[0];
  private List<List<Integer>> held = List.of();

  /**
   * A local search for plans of {@code search} over {@code batch}; {@code penaltyOf[k][j]} the load
   * penalty of {@code j} units at member-week {@code k} (its length one more than the count), and
   * {@code unplacedCost} the cost of a unit left unplaced, both as the search's flow prices them.
   */
  LocalSearch(ConflictSearch search, Batch batch, double[][] penaltyOf, double unplacedCost) {
    this.search = search;
    this.batch = batch;
    this.penaltyOf = penaltyOf;
    this.unplacedCost = unplacedCost;
    this.tolerance = 1e-9 * Math.max(1.0, unplacedCost);
  }

  /** The work done by all calls so far. */
  long work() {
    return work;
  }

  /** Whether the last {@link #improve} stopped at the search's work or time limit, not at its end. */
  boolean stopped() {
    return stopped;
  }

  /**
   * A plan at most as dear as {@code plan} (per unit its member-week or {@link Network#UNPLACED}),
   * which must keep every rule; the result keeps them too. {@code plan} is not changed.
   */
  int[] improve(int[] plan) {
    long start = work;
    clockAt = start + CLOCK_EVERY;
    stopped = false;
    assignment = plan.clone();
    load = new int[batch.nodes()];
    used = new long[batch.nodes()];
    held = new ArrayList<>();
    for (int m = 0; m < batch.members.size(); m++) {
      held.add(new ArrayList<>());
    }
    for (int u = 0; u < assignment.length; u++) {
      int k = assignment[u];
      if (k >= 0) {
        load[k]++;
        used[k] += batch.seconds[u];
        held.get(batch.memberIndex[k]).add(u);
      }
    }
    work += assignment.length;
    // the limits are checked before each unit's moves: stopped, the plan of the moves so far
    // keeps every rule and is no dearer, and a longer search makes the same moves and more
    for (int pass = 0; pass < MAX_PASSES && !stopped; pass++) {
      boolean better = false;
      for (int u = 0; u < assignment.length && !limited(start); u++) {
        better |= relocate(u) || eject(u);
      }
      for (int u = 0; u < assignment.length && !limited(start); u++) {
        for (int v = u + 1; v < assignment.length; v++) {
          better |= swap(u, v);
        }
      }
      if (!better) {
        break;
      }
    }
    return assignment;
  }

  /**
   * Whether the search's work limit is reached, this call's work since {@code start} counted, or
   * its time limit, by the clock once {@link #CLOCK_EVERY} work has passed since it was last read.
   */
  private boolean limited(long start) {
    boolean readClock = work >= clockAt;
    if (readClock) {
      clockAt = work + CLOCK_EVERY;
    }
    stopped = search.outOfWork(work - start, readClock);
    return stopped;
  }

  /** Moves a unit to the first member-week, or out, where it is cheaper and fits. */
  private boolean relocate(int u) {
    int from = assignment[u];
    double out = leave(u, from);
    for (int i = -1; i < batch.eligible[u].length; i++) {
      int to = i < 0 ? Network.UNPLACED : batch.eligible[u][i];
      if (to == from || to >= 0 && full(to)) {
        continue;
      }
      work++;
      if (out + enter(u, to, i) < -tolerance) {
        detach(u);
        if (put(u, to)) {
          return true;
        }
        putBack(u, from);
      }
    }
    return false;
  }

  /**
   * Puts a unit where another unit is, at the first member-week where that is cheaper, the other
   * going on to the first member-week (or out) where it fits.
   */
  private boolean eject(int u) {
    int from = assignment[u];
    double out = leave(u, from);
    for (int i = 0; i < batch.eligible[u].length; i++) {
      int at = batch.eligible[u][i];
      if (at == from) {
        continue;
      }
      double in = out + batch.cost[u][i];
      for (int v : List.copyOf(held.get(batch.memberIndex[at]))) {
        if (assignment[v] != at) {
          continue;
        }
        double vOut = -arc(v, at);
        for (int j = -1; j < batch.eligible[v].length; j++) {
          int to = j < 0 ? Network.UNPLACED : batch.eligible[v][j];
          if (to == at || to == from) {
            continue; // staying, or the swap's move
          }
          if (to >= 0 && full(to)) {
            continue;
          }
          work++;
          // at keeps its count; from loses one (priced in out), to gains one
          if (in + vOut + enter(v, to, j) < -tolerance && moveTwo(u, at, v, to, true)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Swaps two units held by two member-weeks if that is cheaper and both fit. */
  private boolean swap(int u, int v) {
    int a = assignment[u];
    int b = assignment[v];
    if (a < 0 || b < 0 || a == b) {
      return false;
    }
    int ub = Arrays.binarySearch(batch.eligible[u], b);
    int va = Arrays.binarySearch(batch.eligible[v], a);
    work++;
    if (ub < 0 || va < 0 || batch.cost[u][ub] + batch.cost[v][va] - arc(u, a) - arc(v, b) >= -tolerance) {
      return false;
    }
    return moveTwo(u, b, v, a, false);
  }

  /**
   * Moves {@code x} to {@code xTo} and then {@code y} to {@code yTo}, or, where either does not
   * fit, puts both back where they were: {@code y} first if {@code yBackFirst} (an eject), else
   * {@code x} first (a swap). The order is each move's own and is kept: where both are one
   * member's, it decides the order of the member's held units, which steers later moves.
   */
  private boolean moveTwo(int x, int xTo, int y, int yTo, boolean yBackFirst) {
    int xFrom = assignment[x];
    int yFrom = assignment[y];
    detach(x);
    detach(y);
    if (put(x, xTo)) {
      if (put(y, yTo)) {
        return true;
      }
      detach(x);
    }
    if (yBackFirst) {
      putBack(y, yFrom);
      putBack(x, xFrom);
    } else {
      putBack(x, xFrom);
      putBack(y, yFrom);
    }
    return false;
  }

  /** What taking a unit away from where it is saves (negative) or costs. */
  private double leave(int u, int from) {
    if (from < 0) {
      return -unplacedCost;
    }
    return -arc(u, from) + penaltyOf[from][load[from] - 1] - penaltyOf[from][load[from]];
  }

  /** What putting a unit at {@code to} (its {@code i}-th arc; unplaced: any) adds. */
  private double enter(int u, int to, int i) {
    if (to < 0) {
      return unplacedCost;
    }
    return batch.cost[u][i] + penaltyOf[to][load[to] + 1] - penaltyOf[to][load[to]];
  }

  private boolean full(int node) {
    return load[node] + 1 >= penaltyOf[node].length;
  }

  private double arc(int u, int node) {
    return batch.cost[u][Arrays.binarySearch(batch.eligible[u], node)];
  }

  private void detach(int u) {
    int k = assignment[u];
    if (k >= 0) {
      held.get(batch.memberIndex[k]).remove((Integer) u);
      load[k]--;
      used[k] -= batch.seconds[u];
      assignment[u] = Network.UNPLACED;
    }
  }

  /**
   * Puts a detached unit back where it was, after a move that did not fit: the member-week then
   * holds what it held before the move, which kept every rule, so the rules are not checked again
   * (the flexible-time test's lookups were half of its work in the moves that failed). The unit
   * goes to the end of the member's held units, as {@link #put} puts it.
   */
  private void putBack(int u, int node) {
    work++;
    if (node >= 0) {
      held.get(batch.memberIndex[node]).add(u);
      assignment[u] = node;
      load[node]++;
      used[node] += batch.seconds[u];
    }
  }

  /** Puts a detached unit at a member-week by the search's rules, or leaves it unplaced. */
  private boolean put(int u, int node) {
    if (node < 0) {
      return true;
    }
    work += held.get(batch.memberIndex[node]).size() + 1;
    return search.place(u, node, assignment, load, used, held);
  }
}
