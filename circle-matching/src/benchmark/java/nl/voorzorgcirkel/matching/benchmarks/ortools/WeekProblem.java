package nl.voorzorgcirkel.matching.benchmarks.ortools;

import java.util.List;

/**
 * A week's batch as plain numbers, the problem our exact batch solves, for a general solver: per
 * unit (a request, or a trip's legs together) its eligible member-weeks ("nodes") and its cost at
 * each; per node a count limit and the marginal load penalty of its j-th unit; the unplaced cost;
 * the hours as knapsack rows; the set times as cliques of units one member cannot hold together.
 * Made from our {@code Batch} in the benchmark sources of the assignment package
 * ({@code OrToolsWeeks}); nothing here recomputes a rule.
 *
 * <p>A plan is an array: per unit its node or -1 (unplaced). Its total cost is the sum of its arcs'
 * costs, of each node's marginal penalties 1 to its load, and {@link #unplacedCost} per unit left
 * unplaced: the cost our search minimises.
 *
 * <p>Immutable once made (the arrays are not copied: do not change them). Thread-safe.
 */
public final class WeekProblem {

  /**
   * A knapsack row on the hours of one member in one week: the arcs {@code (unit[i], arc[i])} (an
   * index into {@code eligible[unit]}) count {@code seconds[i]} there; at most {@code limit}
   * seconds. A negative limit forbids every arc of the row (the week was full already).
   */
  public record Hours(int[] unit, int[] arc, long[] seconds, long limit) {}

  /** Units no two of which one member may hold (they are busy at one moment, travel buffer included). */
  public record Clique(int member, int[] units) {}

  /**
   * The starts a flexible unit may take at one of its arcs ({@code arc}, an index into {@code
   * eligible[unit]}): each {@code start[i]} (epoch seconds) keeps every rule of its own (window,
   * ranked earliest start, the member's slots and days, the week, the member's promises), and the
   * unit is then busy from it to {@code busyTo[i]} (its end plus the travel buffer). Exactly one is
   * taken where the arc is. The member's help at set times is busy from its start to its end plus
   * the buffer; no two busy periods of one member may meet.
   */
  public record Starts(int unit, int arc, long[] start, long[] busyTo) {}

  /** Per member: busy periods of the units at set times, as {unit, from, to} (to: end plus buffer). */
  public final List<List<long[]>> fixedBusy;
  /** The start options of the flexible units, per arc; empty where flexible help takes no time. */
  public final List<Starts> starts;

  /** The number of units and of nodes (member-weeks) and of members. */
  public final int units;
  public final int nodes;
  public final int members;
  /** Per unit: eligible nodes, ascending, and the unit's cost at each. */
  public final int[][] eligible;
  public final double[][] cost;
  /** Per node: its member. */
  public final int[] memberOf;
  /** Per node: the most units it takes. */
  public final int[] count;
  /** Per node: the marginal load penalty of its j-th unit, at index j - 1 (count[k] of them). */
  public final double[][] marginal;
  /** What leaving one unit unplaced costs. */
  public final double unplacedCost;
  public final List<Hours> hours;
  public final List<Clique> cliques;

  public WeekProblem(int[][] eligible, double[][] cost, int[] memberOf, int members, int[] count,
      double[][] marginal, double unplacedCost, List<Hours> hours, List<Clique> cliques) {
    this(eligible, cost, memberOf, members, count, marginal, unplacedCost, hours, cliques, List.of(), List.of());
  }

  /** The problem where flexible help takes time: its start options and the busy periods at set times. */
  public WeekProblem(int[][] eligible, double[][] cost, int[] memberOf, int members, int[] count,
      double[][] marginal, double unplacedCost, List<Hours> hours, List<Clique> cliques, List<Starts> starts,
      List<List<long[]>> fixedBusy) {
    this.starts = List.copyOf(starts);
    this.fixedBusy = List.copyOf(fixedBusy);
    this.units = eligible.length;
    this.nodes = memberOf.length;
    this.members = members;
    this.eligible = eligible;
    this.cost = cost;
    this.memberOf = memberOf;
    this.count = count;
    this.marginal = marginal;
    this.unplacedCost = unplacedCost;
    this.hours = List.copyOf(hours);
    this.cliques = List.copyOf(cliques);
  }

  /** The total cost of a plan (per unit its node or -1), as our search counts it. */
  public double totalCost(int[] plan) {
    double total = 0;
    int[] load = new int[nodes];
    for (int u = 0; u < units; u++) {
      if (plan[u] < 0) {
        total += unplacedCost;
      } else {
        total += cost[u][arcOf(u, plan[u])];
        load[plan[u]]++;
      }
    }
    for (int k = 0; k < nodes; k++) {
      for (int j = 0; j < load[k]; j++) {
        total += marginal[k][j];
      }
    }
    return total;
  }

  /**
   * Whether a plan keeps every constraint of this problem: eligibility, counts, hours and cliques;
   * null if it does, else which one it breaks (an independent check of a plan from either side).
   */
  public String violation(int[] plan) {
    int[] load = new int[nodes];
    for (int u = 0; u < units; u++) {
      if (plan[u] >= 0) {
        if (arcOf(u, plan[u]) < 0) {
          return "unit " + u + " at an ineligible node " + plan[u];
        }
        load[plan[u]]++;
      }
    }
    for (int k = 0; k < nodes; k++) {
      if (load[k] > count[k]) {
        return "node " + k + " takes " + load[k] + " units, count " + count[k];
      }
    }
    for (Hours h : hours) {
      long used = 0;
      boolean any = false;
      for (int a = 0; a < h.unit().length; a++) {
        if (plan[h.unit()[a]] == eligible[h.unit()[a]][h.arc()[a]]) {
          used += h.seconds()[a];
          any = true;
        }
      }
      if (any && used > h.limit()) {
        return "hours row: " + used + " s against " + h.limit();
      }
    }
    for (Clique c : cliques) {
      int held = 0;
      for (int u : c.units()) {
        held += plan[u] >= 0 && memberOf[plan[u]] == c.member() ? 1 : 0;
      }
      if (held > 1) {
        return "member " + c.member() + " holds " + held + " units of a clique";
      }
    }
    return null;
  }

  /** The index of a node among a unit's eligible nodes; negative if it is not eligible. */
  public int arcOf(int unit, int node) {
    return java.util.Arrays.binarySearch(eligible[unit], node);
  }

  /** How many units a plan places. */
  public static int placed(int[] plan) {
    int placed = 0;
    for (int node : plan) {
      placed += node >= 0 ? 1 : 0;
    }
    return placed;
  }

  /** The number of eligible arcs (the binary variables of the models). */
  public int arcs() {
    int arcs = 0;
    for (int[] e : eligible) {
      arcs += e.length;
    }
    return arcs;
  }
}
