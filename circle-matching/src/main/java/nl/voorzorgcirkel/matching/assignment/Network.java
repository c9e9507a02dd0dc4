package nl.voorzorgcirkel.matching.assignment;

import java.util.Arrays;

/**
 * The flow network of a batch and its current optimal flow, solved by successive shortest paths
 * with node potentials (Dijkstra on reduced costs).
 *
 * <p>Nodes: requests {@code 0..R-1}, members {@code R..R+M-1}, the sink {@code R+M}. Arcs: request
 * to eligible member (capacity 1, cost {@code cost[r][i]}); request to sink, "unplaced" (capacity
 * 1, cost {@link #unplacedCost}); member to sink, one unit per request the member takes, the k-th
 * at the convex marginal cost {@code penalty * (2 * (baseLoad + k) - 1)}, at most {@code
 * capacity[m]} units. The member-to-sink arcs are implicit: the next unit's cost follows from the
 * member's current load, which keeps the arc count at the number of eligible pairs.
 *
 * <p>Requests are added one at a time; each addition augments along a shortest path from the new
 * request to the sink in the residual graph, which keeps the flow minimum-cost for the requests
 * added so far (no negative cycle appears). Among shortest paths the one with the fewest arcs is
 * taken, so the fewest earlier assignments move. Not thread-safe; copied for each new plan.
 */
final class Network {

  static final int UNPLACED = -2;
  static final int NONE = -1;

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
  final double[] potential;
  private int added;

  Network(int[][] eligible, double[][] cost, double[] baseLoad, int[] capacity, double penalty) {
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
    this.unplacedCost = (requests + 1) * (1.0 + Math.max(0.0, maxMarginal)) + 1.0;
    this.assignedTo = new int[requests];
    Arrays.fill(assignedTo, NONE);
    this.load = new int[members];
    this.taken = new int[members][];
    for (int m = 0; m < members; m++) {
      this.taken[m] = new int[Math.min(this.capacity[m], requests)];
    }
    this.assignedCost = new double[requests];
    this.potential = new double[requests + members + 1];
  }

  /**
   * Takes over the optimal flow of a network over the same members and the same first requests,
   * so that only the requests added after them remain to be added.
   */
  void resumeFrom(Network earlier) {
    // capacities may only have gone down to no less than the load, or up from no eligible request
    System.arraycopy(earlier.assignedTo, 0, assignedTo, 0, earlier.requests);
    System.arraycopy(earlier.assignedCost, 0, assignedCost, 0, earlier.requests);
    System.arraycopy(earlier.load, 0, load, 0, members);
    for (int m = 0; m < members; m++) {
      System.arraycopy(earlier.taken[m], 0, taken[m], 0, earlier.load[m]);
    }
    for (int r = 0; r < earlier.requests; r++) {
      potential[r] = earlier.potential[r];
    }
    for (int v = 0; v <= members; v++) {
      potential[requests + v] = earlier.potential[earlier.requests + v];
    }
    added = earlier.added;
  }

  /** The cost of a member's k-th unit of load (k from 1). */
  double marginal(int member, int k) {
    return penalty * (2.0 * (baseLoad[member] + k) - 1.0);
  }

  /**
   * Adds the next request (index {@code added}) and re-optimises; returns the earlier requests
   * that moved.
   *
   * @param fewestMoves among shortest augmenting paths, take one with the fewest arcs (needed when
   *     adding to an existing plan); without it the search stops as soon as the sink's distance is
   *     final, which is faster and equally optimal
   */
  int[] addNext(boolean fewestMoves) {
    int source = added++;
    int sink = requests + members;
    int nodes = requests + members + 1;
    // Make the new request's arcs non-negative under the potentials.
    double start = potential[sink] - unplacedCost;
    for (int i = 0; i < eligible[source].length; i++) {
      start = Math.max(start, potential[requests + eligible[source][i]] - cost[source][i]);
    }
    potential[source] = start;

    double[] dist = new double[nodes];
    int[] hops = new int[nodes];
    int[] parent = new int[nodes];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(parent, -1);
    boolean[] done = new boolean[nodes];
    Heap heap = new Heap(nodes);
    dist[source] = 0;
    heap.push(source, 0, 0);
    while (!heap.isEmpty()) {
      int u = heap.pop();
      if (done[u]) {
        continue;
      }
      done[u] = true;
      if (u == sink || (!fewestMoves && dist[u] >= dist[sink])) {
        break;
      }
      if (u < requests) {
        int current = assignedTo[u];
        for (int i = 0; i < eligible[u].length; i++) {
          int m = eligible[u][i];
          if (m != current) {
            relax(u, requests + m, cost[u][i], dist, hops, parent, done, heap);
          }
        }
        if (current != UNPLACED) {
          relax(u, sink, unplacedCost, dist, hops, parent, done, heap);
        }
      } else {
        int m = u - requests;
        if (load[m] < capacity[m]) {
          relax(u, sink, marginal(m, load[m] + 1), dist, hops, parent, done, heap);
        }
        int[] requestsOfM = taken[m];
        for (int j = 0, n = load[m]; j < n; j++) {
          int r = requestsOfM[j];
          relax(u, r, -assignedCost[r], dist, hops, parent, done, heap);
        }
      }
    }
    double reach = dist[sink];
    for (int v = 0; v < nodes; v++) {
      potential[v] += Math.min(dist[v], reach);
    }
    return augment(source, sink, parent);
  }

  private void relax(int u, int v, double arcCost, double[] dist, int[] hops, int[] parent,
      boolean[] done, Heap heap) {
    if (done[v]) {
      return;
    }
    double reduced = arcCost + potential[u] - potential[v];
    if (reduced < 0) {
      // Rounding can leave a tiny negative; anything larger would mean a broken invariant.
      if (reduced < -1e-7 * (1.0 + Math.abs(arcCost) + Math.abs(potential[u]))) {
        throw new IllegalStateException("negative reduced cost " + reduced + ": please report");
      }
      reduced = 0.0;
    }
    double d = dist[u] + reduced;
    int h = hops[u] + 1;
    if (d < dist[v] || (d == dist[v] && h < hops[v])) {
      dist[v] = d;
      hops[v] = h;
      parent[v] = u;
      heap.push(v, d, h);
    }
  }

  /** Moves the flow along the path; returns the earlier requests that were reassigned. */
  private int[] augment(int source, int sink, int[] parent) {
    int[] moved = new int[requests];
    int count = 0;
    int v = sink;
    while (v != source) {
      int u = parent[v];
      if (u < requests) {
        // request u leaves its member (if any) for member v, or for the sink: unplaced
        int before = assignedTo[u];
        if (u != source && before != NONE) {
          moved[count++] = u;
        }
        if (before >= 0) {
          removeTaken(before, u);
        }
        if (v == sink) {
          assignedTo[u] = UNPLACED;
          assignedCost[u] = 0;
        } else {
          int m = v - requests;
          assignedTo[u] = m;
          assignedCost[u] = costOf(u, m);
          taken[m][load[m]++] = u;
        }
      }
      // a member -> request arc (the request leaves the member) and the member -> sink arc need
      // nothing more: the loads follow from the requests' moves above
      v = u;
    }
    return Arrays.copyOf(moved, count);
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

  double costOf(int request, int member) {
    int i = Arrays.binarySearch(eligible[request], member);
    return cost[request][i];
  }

  int added() {
    return added;
  }

  /** A binary min-heap of (distance, hops, node) with lazy deletion. */
  private static final class Heap {
    private double[] keys;
    private int[] hops;
    private int[] nodes;
    private int size;

    Heap(int capacity) {
      keys = new double[capacity * 2];
      hops = new int[capacity * 2];
      nodes = new int[capacity * 2];
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int node, double key, int hop) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        hops = Arrays.copyOf(hops, size * 2);
        nodes = Arrays.copyOf(nodes, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!less(key, hop, node, keys[p], hops[p], nodes[p])) {
          break;
        }
        keys[i] = keys[p];
        hops[i] = hops[p];
        nodes[i] = nodes[p];
        i = p;
      }
      keys[i] = key;
      hops[i] = hop;
      nodes[i] = node;
    }

    int pop() {
      int top = nodes[0];
      size--;
      double key = keys[size];
      int hop = hops[size];
      int node = nodes[size];
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= size) {
          break;
        }
        if (c + 1 < size && less(keys[c + 1], hops[c + 1], nodes[c + 1], keys[c], hops[c], nodes[c])) {
          c++;
        }
        if (!less(keys[c], hops[c], nodes[c], key, hop, node)) {
          break;
        }
        keys[i] = keys[c];
        hops[i] = hops[c];
        nodes[i] = nodes[c];
        i = c;
      }
      keys[i] = key;
      hops[i] = hop;
      nodes[i] = node;
      return top;
    }

    private static boolean less(double k1, int h1, int n1, double k2, int h2, int n2) {
      if (k1 != k2) {
        return k1 < k2;
      }
      return h1 != h2 ? h1 < h2 : n1 < n2;
    }
  }
}
