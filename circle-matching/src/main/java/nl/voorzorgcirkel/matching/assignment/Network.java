package nl.voorzorgcirkel.matching.assignment;

import java.util.Arrays;

/**
 * The flow network of a batch and its current optimal flow, solved by successive shortest paths
 * with node potentials, searched on the member graph.
 *
 * <p>The flow network: requests {@code 0..R-1} (a request here is a unit of the batch: one
 * request, or all legs of a trip), members {@code 0..M-1} (a member here is a helper node: one
 * member in one week), a sink. Arcs: request to eligible member (capacity 1, cost {@code
 * cost[r][i]}); request to sink, "unplaced" (capacity 1, cost {@link #unplacedCost}); member to
 * sink, one unit per request the member takes, the k-th at the convex marginal cost {@code penalty
 * * (2 * (baseLoad + k) - 1)}, at most {@code capacity[m]} units (kept implicit: the next unit's
 * cost follows from the member's load).
 *
 * <p>Requests are added one at a time; each addition augments along a shortest path from the new
 * request to the sink in the residual graph, which keeps the flow minimum-cost for the requests
 * added so far (no negative cycle appears). Every such path alternates members and the requests
 * they hand over, so it is searched on a graph of the members alone: an arc from member a to b
 * stands for the cheapest request a could hand to b ({@code cost(r, b) - cost(r, a)}, kept up to
 * date per member), and a member reaches the sink by taking one more unit or by leaving one of its
 * requests unplaced. Potentials live on the members and the sink; a dense Dijkstra over M + 1 nodes
 * costs O(M^2) per request, plus O(load x degree) to refresh the members whose requests changed.
 * Among shortest paths the one with the fewest arcs is taken, so the fewest earlier assignments
 * move.
 *
 * <p>Not thread-safe; a plan's network is never changed once the plan is made.
 */
final class Network {

  static final int UNPLACED = -2;
  static final int NONE = -1;
  private static final int SOURCE = -1;

  final int requests;
  final int members;
  /** Per request: the eligible member indices, ascending. */
  final int[][] eligible;
  /** Per request: the cost of each eligible member, aligned with {@link #eligible}. */
  final double[][] cost;
  final double[] baseLoad;
  final int[] capacity;
  final double penalty;
  final double unplacedCost;

  /** Per request: the member index it is assigned to, {@link #UNPLACED} or {@link #NONE}. */
  final int[] assignedTo;
  /** Per member: how many requests it takes. */
  final int[] load;
  /** Per member: the requests it takes, in {@code taken[m][0..load[m]-1]}, in no particular order. */
  private final int[][] taken;
  /** Per request: the cost of its current assignment (0 when unassigned or unplaced). */
  private final double[] assignedCost;
  /** Potentials of the members ({@code 0..M-1}) and the sink ({@code M}). */
  private final double[] potential;
  /** Per member pair: the least {@code cost(r, b) - cost(r, a)} over requests r that a takes. */
  private final double[][] bestMove;
  /** Per member pair: the request that achieves {@link #bestMove}, or -1. */
  private final int[][] bestMoveRequest;
  /** Per member: the largest cost among its requests (leaving that one unplaced is cheapest). */
  private final double[] dearest;
  private final int[] dearestRequest;
  private int added;

  Network(int[][] eligible, double[][] cost, double[] baseLoad, int[] capacity, double penalty) {
    this(eligible, cost, baseLoad, capacity, penalty, 1.0);
  }

  /**
   * A network whose request costs are at most {@code maxCost} (1 for single requests; a trip's
   * cost is the sum of its legs').
   */
  Network(int[][] eligible, double[][] cost, double[] baseLoad, int[] capacity, double penalty,
      double maxCost) {
    this.requests = eligible.length;
    this.members = baseLoad.length;
    this.eligible = eligible;
    this.cost = cost;
    this.baseLoad = baseLoad;
    this.capacity = new int[capacity.length];
    for (int m = 0; m < capacity.length; m++) {
      this.capacity[m] = Math.min(capacity[m], requests);
    }
    this.penalty = penalty;
    double maxBase = 0;
    for (double b : baseLoad) {
      maxBase = Math.max(maxBase, b);
    }
    // Larger than the cost of any augmenting path that places a request (no member takes more
    // than R units), so that placing as many requests as possible always comes first. It depends
    // only on R and the base loads, so it grows when a request is added and the reduced costs of
    // the earlier flow stay non-negative.
    double maxMarginal = penalty * (2.0 * (maxBase + requests) - 1.0);
    this.unplacedCost = (requests + 1) * (Math.max(1.0, maxCost) + Math.max(0.0, maxMarginal)) + 1.0;
    this.assignedTo = new int[requests];
    Arrays.fill(assignedTo, NONE);
    this.load = new int[members];
    this.taken = new int[members][];
    for (int m = 0; m < members; m++) {
      this.taken[m] = new int[this.capacity[m]];
    }
    this.assignedCost = new double[requests];
    this.potential = new double[members + 1];
    this.bestMove = new double[members][members];
    this.bestMoveRequest = new int[members][members];
    this.dearest = new double[members];
    this.dearestRequest = new int[members];
    for (int m = 0; m < members; m++) {
      refresh(m);
    }
  }

  /**
   * Takes over the optimal flow of a network over the same members and the same first requests,
   * so that only the requests added after them remain to be added. Capacities may only have gone
   * down to no less than the load, or up from no eligible request.
   */
  void resumeFrom(Network earlier) {
    System.arraycopy(earlier.assignedTo, 0, assignedTo, 0, earlier.requests);
    System.arraycopy(earlier.assignedCost, 0, assignedCost, 0, earlier.requests);
    System.arraycopy(earlier.load, 0, load, 0, members);
    System.arraycopy(earlier.potential, 0, potential, 0, members + 1);
    for (int m = 0; m < members; m++) {
      System.arraycopy(earlier.taken[m], 0, taken[m], 0, earlier.load[m]);
    }
    added = earlier.added;
    for (int m = 0; m < members; m++) {
      refresh(m);
    }
  }

  /** The cost of a member's k-th unit of load (k from 1). */
  double marginal(int member, int k) {
    return penalty * (2.0 * (baseLoad[member] + k) - 1.0);
  }

  /**
   * Adds the next request (index {@code added}) and re-optimises along one shortest augmenting
   * path, taking among shortest paths one with the fewest arcs; returns the earlier requests that
   * moved.
   */
  int[] addNext() {
    int source = added++;
    int sink = members;
    int[] eligibleOfSource = eligible[source];
    double[] costOfSource = cost[source];
    // A potential for the new request that makes its arcs' reduced costs non-negative.
    double sourcePotential = potential[sink] - unplacedCost;
    for (int i = 0; i < eligibleOfSource.length; i++) {
      sourcePotential = Math.max(sourcePotential, potential[eligibleOfSource[i]] - costOfSource[i]);
    }

    double[] dist = new double[members + 1];
    int[] hops = new int[members + 1];
    int[] parent = new int[members + 1];
    int[] viaRequest = new int[members + 1];
    boolean[] done = new boolean[members + 1];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(parent, SOURCE);
    Arrays.fill(viaRequest, -1);
    for (int i = 0; i < eligibleOfSource.length; i++) {
      int m = eligibleOfSource[i];
      dist[m] = reduced(costOfSource[i] + sourcePotential - potential[m]);
      hops[m] = 1;
    }
    dist[sink] = reduced(unplacedCost + sourcePotential - potential[sink]);
    hops[sink] = 1;
    viaRequest[sink] = source;

    while (true) {
      int u = -1;
      for (int v = 0; v <= members; v++) {
        if (!done[v] && dist[v] < Double.POSITIVE_INFINITY
            && (u < 0 || dist[v] < dist[u] || (dist[v] == dist[u] && hops[v] < hops[u]))) {
          u = v;
        }
      }
      if (u < 0 || u == sink) {
        break;
      }
      done[u] = true;
      double[] moves = bestMove[u];
      for (int b = 0; b < members; b++) {
        if (!done[b] && bestMoveRequest[u][b] >= 0) {
          improve(u, b, reduced(moves[b] + potential[u] - potential[b]), bestMoveRequest[u][b],
              dist, hops, parent, viaRequest);
        }
      }
      if (load[u] < capacity[u]) {
        improve(u, sink, reduced(marginal(u, load[u] + 1) + potential[u] - potential[sink]), -1,
            dist, hops, parent, viaRequest);
      }
      if (load[u] > 0) {
        improve(u, sink, reduced(unplacedCost - dearest[u] + potential[u] - potential[sink]),
            dearestRequest[u], dist, hops, parent, viaRequest);
      }
    }
    double reach = dist[sink];
    for (int v = 0; v <= members; v++) {
      potential[v] += Math.min(dist[v], reach);
    }
    return augment(source, sink, parent, viaRequest);
  }

  private static void improve(int u, int v, double arc, int request, double[] dist, int[] hops,
      int[] parent, int[] viaRequest) {
    double d = dist[u] + arc;
    int h = hops[u] + 1;
    if (d < dist[v] || (d == dist[v] && h < hops[v])) {
      dist[v] = d;
      hops[v] = h;
      parent[v] = u;
      viaRequest[v] = request;
    }
  }

  /** A reduced cost: a tiny negative from rounding becomes 0; a real one is a broken invariant. */
  private static double reduced(double value) {
    if (value >= 0) {
      return value;
    }
    if (value < -1e-7 * (1.0 + Math.abs(value))) {
      throw new IllegalStateException("negative reduced cost " + value + ": please report");
    }
    return 0.0;
  }

  /** Moves the flow along the path; returns the earlier requests that moved. */
  private int[] augment(int source, int sink, int[] parent, int[] viaRequest) {
    int[] moved = new int[members + 1];
    int count = 0;
    boolean[] changed = new boolean[members];
    
    int from = parent[sink];
    if (from == SOURCE) {
      // the new request itself is left unplaced
      assignedTo[source] = UNPLACED;
      return new int[0];
    }
    if (viaRequest[sink] >= 0) {
      // the last member leaves one of its requests unplaced to make room
      int r = viaRequest[sink];
      removeTaken(from, r);
      assignedTo[r] = UNPLACED;
      assignedCost[r] = 0;
      moved[count++] = r;
      changed[from] = true;
    }
    int v = from;
    while (parent[v] != SOURCE) {
      int a = parent[v];
      int r = viaRequest[v];
      removeTaken(a, r);
      take(v, r);
      moved[count++] = r;
      changed[a] = true;
      changed[v] = true;
      v = a;
    }
    take(v, source);
    changed[v] = true;
    for (int m = 0; m < members; m++) {
      if (changed[m]) {
        refresh(m);
      }
    }
    return Arrays.copyOf(moved, count);
  }

  private void take(int member, int request) {
    assignedTo[request] = member;
    assignedCost[request] = costOf(request, member);
    taken[member][load[member]++] = request;
  }

  /** Drops a request from a member's list; the load goes down by one. */
  private void removeTaken(int member, int request) {
    int[] list = taken[member];
    int n = load[member];
    for (int j = 0; j < n; j++) {
      if (list[j] == request) {
        list[j] = list[n - 1];
        load[member] = n - 1;
        return;
      }
    }
    throw new IllegalStateException("request " + request + " not taken by member " + member);
  }

  /** Recomputes a member's best hand-over to every other member and its dearest request. */
  private void refresh(int a) {
    double[] row = bestMove[a];
    int[] rowRequest = bestMoveRequest[a];
    Arrays.fill(row, Double.POSITIVE_INFINITY);
    Arrays.fill(rowRequest, -1);
    double worst = Double.NEGATIVE_INFINITY;
    int worstRequest = -1;
    int[] list = taken[a];
    for (int j = 0, n = load[a]; j < n; j++) {
      int r = list[j];
      double own = assignedCost[r];
      if (own > worst || (own == worst && r < worstRequest)) {
        worst = own;
        worstRequest = r;
      }
      int[] to = eligible[r];
      double[] costs = cost[r];
      for (int i = 0; i < to.length; i++) {
        int b = to[i];
        if (b != a) {
          double diff = costs[i] - own;
          if (diff < row[b] || (diff == row[b] && r < rowRequest[b])) {
            row[b] = diff;
            rowRequest[b] = r;
          }
        }
      }
    }
    dearest[a] = worst;
    dearestRequest[a] = worstRequest;
  }

  /**
   * The cost of the whole flow: each placed request's arc, each member's load penalty, and {@link
   * #unplacedCost} for each request left unplaced (or not yet added).
   */
  double totalCost() {
    return costOf(assignedTo, load);
  }

  /** The cost of any assignment of requests to members (or unplaced) in this network. */
  double costOf(int[] assignment, int[] loads) {
    double total = 0;
    for (int r = 0; r < requests; r++) {
      total += assignment[r] >= 0 ? costOf(r, assignment[r]) : unplacedCost;
    }
    for (int m = 0; m < members; m++) {
      for (int k = 1; k <= loads[m]; k++) {
        total += marginal(m, k);
      }
    }
    return total;
  }

  double costOf(int request, int member) {
    int i = Arrays.binarySearch(eligible[request], member);
    return cost[request][i];
  }
}
