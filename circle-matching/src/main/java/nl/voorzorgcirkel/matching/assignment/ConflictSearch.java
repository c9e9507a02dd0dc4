package nl.voorzorgcirkel.matching.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * Branch and bound over the flow relaxation: the exact plan when units held by one member must
 * not overlap in time.
 *
 * <p><b>Relaxation.</b> Leave out the time conflicts (and, for a trip whose legs fall in two
 * weeks, the capacity of its later week): what remains is the minimum-cost flow of {@link
 * Network}, solved exactly; its cost is a lower bound on every plan that keeps to the
 * constraints the search node added.
 *
 * <p><b>Branching.</b> If the relaxation's plan has a member holding units that overlap, take
 * the earliest moment {@code p} at which two of them do, and the set {@code S} of that member's
 * units that are busy at {@code p} (travel buffer included): any two of them overlap, so a plan
 * keeps at most one. Children: for each {@code u} in {@code S}, "{@code u} goes to this member
 * and the rest of {@code S} does not"; and one child "none of {@code S} goes to this member".
 * Every feasible plan is in one of the children, so the search is exhaustive. A capacity breach
 * in a later week branches on which of the units counting there leaves the member.
 *
 * <p><b>Search.</b> Best bound first (ties by creation order, so the result is deterministic);
 * every relaxation that breaks a constraint is also repaired into a feasible plan (of two
 * overlapping units the later is left unplaced) to tighten the upper bound early. A node whose
 * bound is not below the best plan's cost is pruned. The search ends when no node is left (the
 * best plan is optimal) or a limit on nodes or time is reached (then the best plan so far and the
 * lowest bound among the open nodes are reported: the optimum lies between them).
 *
 * <p><b>Complexity.</b> Each node solves one flow relaxation, O(U (N^2 + L D)) for U units, N
 * helper nodes, L the most units one node takes and D the most nodes one unit could go to; the
 * number of nodes is exponential in the number of conflicts in the worst case (fixed interval
 * scheduling with machine eligibility is NP-hard: Arkin and Silverberg, "Scheduling jobs with
 * fixed start and end times", Discrete Applied Mathematics 18, 1987; Kolen, Lenstra, Papadimitriou
 * and Spieksma, "Interval scheduling: a survey", Naval Research Logistics 54, 2007), and small in
 * practice: a circle's week has few overlapping appointments per member. Branching on a clique of
 * an interval graph instead of a single pair is special ordered set branching (Beale and Tomlin,
 * 1970), which removes a whole overlap at once.
 *
 * <p>Not thread-safe: one search per plan.
 */
final class ConflictSearch {

  /** A restriction a search node adds: one unit kept from, or kept to, one member. */
  private static final class Restriction {
    final int unit;
    final int member;
    /** True: the unit may go to this member only; false: never to this member. */
    final boolean only;
    final Restriction next;

    Restriction(int unit, int member, boolean only, Restriction next) {
      this.unit = unit;
      this.member = member;
      this.only = only;
      this.next = next;
    }
  }

  /** An open search node: its restrictions, and the plan and bound its relaxation gave. */
  private static final class Node {
    final Restriction restrictions;
    final double bound;
    final int[] assignment;
    final int[] load;
    final long sequence;

    Node(Restriction restrictions, Network relaxation, long sequence) {
      this.restrictions = restrictions;
      this.bound = relaxation.totalCost();
      this.assignment = relaxation.assignedTo.clone();
      this.load = relaxation.load.clone();
      this.sequence = sequence;
    }
  }

  /** The answer: the best plan found and what is known about the optimum. */
  static final class Result {
    /** Per unit: the node it goes to, or {@link Network#UNPLACED}. */
    final int[] assignedTo;
    /** Per node: how many units it takes. */
    final int[] load;
    final double cost;
    final double bound;
    final boolean optimal;
    final long nodes;
    /** The relaxation whose flow is the plan, when the root's plan was feasible; else null. */
    final Network flow;

    Result(int[] assignedTo, int[] load, double cost, double bound, boolean optimal, long nodes, Network flow) {
      this.assignedTo = assignedTo;
      this.load = load;
      this.cost = cost;
      this.bound = bound;
      this.optimal = optimal;
      this.nodes = nodes;
      this.flow = flow;
    }
  }

  private final Batch batch;
  private final int[] capacity;
  private final double penalty;
  private final long bufferSeconds;
  private final long nodeLimit;
  private final long deadline;
  private final LongSupplier ticker;
  private final boolean checkWeeks;
  /** The relaxation without restrictions: it prices every plan. */
  private Network root;
  private long sequence;
  private int[] bestAssignment;
  private int[] bestLoad;
  private double bestCost = Double.POSITIVE_INFINITY;
  private Network bestFlow;

  ConflictSearch(Batch batch, int[] capacity, double penalty, long bufferSeconds, long nodeLimit,
      long timeLimitNanos, LongSupplier ticker) {
    this.batch = batch;
    this.capacity = capacity;
    this.penalty = penalty;
    this.bufferSeconds = bufferSeconds;
    this.nodeLimit = nodeLimit;
    this.ticker = ticker;
    this.deadline = timeLimitNanos <= 0 ? Long.MAX_VALUE : ticker.getAsLong() + timeLimitNanos;
    this.checkWeeks = batch.spansWeeks();
  }

  Result solve() {
    root = relax(batch.eligible, batch.cost);
    PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> a.bound != b.bound
        ? Double.compare(a.bound, b.bound) : Long.compare(a.sequence, b.sequence));
    open.add(new Node(null, root, sequence++));
    long explored = 0;
    boolean stopped = false;
    while (!open.isEmpty()) {
      Node node = open.peek();
      if (node.bound >= bestCost - tolerance(bestCost)) {
        open.clear(); // best bound first: every other open node is as bad
        break;
      }
      if (explored >= nodeLimit || ticker.getAsLong() >= deadline) {
        stopped = true;
        break;
      }
      open.poll();
      explored++;
      List<Restriction> children = violation(node.assignment);
      if (children == null) {
        offer(node.assignment, node.load, node.bound, node.restrictions == null ? root : null);
        continue;
      }
      repair(node.assignment);
      for (Restriction added : children) {
        Restriction restrictions = node.restrictions;
        for (Restriction r = added; r != null; r = r.next) {
          restrictions = new Restriction(r.unit, r.member, r.only, restrictions);
        }
        Node child = new Node(restrictions, relax(restrictions), sequence++);
        if (child.bound < bestCost - tolerance(bestCost)) {
          open.add(child);
        }
      }
    }
    double bound = bestCost;
    for (Node node : open) {
      bound = Math.min(bound, node.bound);
    }
    boolean optimal = !stopped || bound >= bestCost - tolerance(bestCost);
    return new Result(bestAssignment, bestLoad, bestCost, optimal ? bestCost : bound, optimal, explored,
        bestFlow);
  }

  /** The relaxation without restrictions, once {@link #solve()} ran: it prices every plan. */
  Network root() {
    return root;
  }

  /** Whether an assignment keeps every constraint the relaxation leaves out. */
  boolean feasible(int[] assignment) {
    return violation(assignment) == null;
  }

  private static double tolerance(double cost) {
    return Double.isInfinite(cost) ? 0 : 1e-9 * Math.max(1.0, Math.abs(cost));
  }

  private void offer(int[] assignment, int[] load, double cost, Network flow) {
    if (cost < bestCost - tolerance(bestCost)) {
      bestAssignment = assignment;
      bestLoad = load;
      bestCost = cost;
      bestFlow = flow;
    }
  }

  /** The relaxation with a node's restrictions: the root's arcs, less those restricted away. */
  private Network relax(Restriction restrictions) {
    Map<Integer, List<Restriction>> byUnit = new HashMap<>();
    for (Restriction r = restrictions; r != null; r = r.next) {
      byUnit.computeIfAbsent(r.unit, k -> new ArrayList<>()).add(r);
    }
    int[][] eligible = batch.eligible.clone();
    double[][] cost = batch.cost.clone();
    for (Map.Entry<Integer, List<Restriction>> entry : byUnit.entrySet()) {
      int u = entry.getKey();
      int[] from = batch.eligible[u];
      int[] keep = new int[from.length];
      double[] keepCost = new double[from.length];
      int n = 0;
      for (int i = 0; i < from.length; i++) {
        int member = batch.memberIndex[from[i]];
        boolean allowed = true;
        for (Restriction r : entry.getValue()) {
          allowed &= r.only ? member == r.member : member != r.member;
        }
        if (allowed) {
          keep[n] = from[i];
          keepCost[n++] = batch.cost[u][i];
        }
      }
      eligible[u] = Arrays.copyOf(keep, n);
      cost[u] = Arrays.copyOf(keepCost, n);
    }
    return relax(eligible, cost);
  }

  private Network relax(int[][] eligible, double[][] cost) {
    Network network = new Network(eligible, cost, batch.baseHours, capacity, penalty, batch.maxCost);
    for (int u = 0; u < batch.units(); u++) {
      network.addNext();
    }
    return network;
  }

  /**
   * The children of a plan that breaks a constraint, each a list of restrictions to add; null if
   * the plan keeps to every constraint.
   */
  private List<Restriction> violation(int[] assignment) {
    int members = batch.members.size();
    List<List<Integer>> held = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      held.add(new ArrayList<>());
    }
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] >= 0) {
        held.get(batch.memberIndex[assignment[u]]).add(u);
      }
    }
    for (int m = 0; m < members; m++) {
      List<Integer> units = held.get(m);
      long point = firstOverlap(units);
      if (point != Long.MIN_VALUE) {
        List<Integer> busy = new ArrayList<>();
        for (int u : units) {
          if (busyAt(u, point)) {
            busy.add(u);
          }
        }
        List<Restriction> children = new ArrayList<>(busy.size() + 1);
        for (int keep : busy) {
          Restriction child = new Restriction(keep, m, true, null);
          for (int other : busy) {
            if (other != keep) {
              child = new Restriction(other, m, false, child);
            }
          }
          children.add(child);
        }
        Restriction none = null;
        for (int u : busy) {
          none = new Restriction(u, m, false, none);
        }
        children.add(none);
        return children;
      }
      if (checkWeeks) {
        List<Integer> over = overWeek(m, units, assignment);
        if (over != null) {
          List<Restriction> children = new ArrayList<>(over.size());
          for (int u : over) {
            children.add(new Restriction(u, m, false, null));
          }
          return children;
        }
      }
    }
    return null;
  }

  /** The earliest moment at which two of the units overlap, or {@code Long.MIN_VALUE}. */
  private long firstOverlap(List<Integer> units) {
    long best = Long.MIN_VALUE;
    for (int a = 0; a < units.size(); a++) {
      int ua = units.get(a);
      for (int b = a + 1; b < units.size(); b++) {
        int ub = units.get(b);
        for (int i = 0; i < batch.fixedFrom[ua].length; i++) {
          for (int j = 0; j < batch.fixedFrom[ub].length; j++) {
            long sa = batch.fixedFrom[ua][i];
            long sb = batch.fixedFrom[ub][j];
            if (sa < batch.fixedTo[ub][j] + bufferSeconds && sb < batch.fixedTo[ua][i] + bufferSeconds) {
              long point = Math.max(sa, sb);
              if (best == Long.MIN_VALUE || point < best) {
                best = point;
              }
            }
          }
        }
      }
    }
    return best;
  }

  /** Whether a unit is busy at a moment, travel buffer after each leg included. */
  private boolean busyAt(int unit, long point) {
    for (int i = 0; i < batch.fixedFrom[unit].length; i++) {
      if (batch.fixedFrom[unit][i] <= point && point < batch.fixedTo[unit][i] + bufferSeconds) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a member whose units have legs in other weeks than their node's: the units counting in a
   * week whose capacity they pass, or null.
   */
  private List<Integer> overWeek(int member, List<Integer> units, int[] assignment) {
    Map<Instant, Long> seconds = new HashMap<>();
    Map<Instant, List<Integer>> who = new HashMap<>();
    for (int u : units) {
      int i = Arrays.binarySearch(batch.eligible[u], assignment[u]);
      Instant[] weeks = batch.legWeek[u][i];
      for (int leg = 0; leg < batch.legs[u].length; leg++) {
        Instant week = weeks == null ? batch.nodeWeek.get(assignment[u]) : weeks[leg];
        seconds.merge(week, batch.legSeconds[u][leg], Long::sum);
        List<Integer> list = who.computeIfAbsent(week, k -> new ArrayList<>());
        if (!list.contains(u)) {
          list.add(u);
        }
      }
    }
    for (Map.Entry<Instant, Long> week : new java.util.TreeMap<>(seconds).entrySet()) {
      if (batch.baseSeconds(member, week.getKey()) + week.getValue() > batch.capacitySeconds[member]) {
        return who.get(week.getKey());
      }
    }
    return null;
  }

  /**
   * A feasible plan from a relaxation's: per member, units in order of their first set time, each
   * kept only if it overlaps none kept before (and, across weeks, fits); the rest unplaced. Offered
   * as the best plan if it is.
   */
  private void repair(int[] relaxed) {
    int[] assignment = relaxed.clone();
    int[] load = new int[batch.nodes()];
    int members = batch.members.size();
    List<List<Integer>> held = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      held.add(new ArrayList<>());
    }
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] >= 0) {
        held.get(batch.memberIndex[assignment[u]]).add(u);
      }
    }
    for (int m = 0; m < members; m++) {
      List<Integer> kept = new ArrayList<>();
      List<Integer> units = held.get(m);
      units.sort((a, b) -> Long.compare(firstTime(a), firstTime(b)));
      for (int u : units) {
        kept.add(u);
        if (firstOverlap(kept) != Long.MIN_VALUE || checkWeeks && overWeek(m, kept, assignment) != null) {
          kept.remove(kept.size() - 1);
          assignment[u] = Network.UNPLACED;
        }
      }
    }
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] >= 0) {
        load[assignment[u]]++;
      }
    }
    offer(assignment, load, root.costOf(assignment, load), null);
  }

  private long firstTime(int unit) {
    return batch.fixedFrom[unit].length == 0 ? Long.MIN_VALUE : batch.fixedFrom[unit][0];
  }
}
