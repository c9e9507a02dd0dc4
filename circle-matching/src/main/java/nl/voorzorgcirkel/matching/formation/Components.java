package nl.voorzorgcirkel.matching.formation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of candidates linked through chains of neighbours who live within a distance of each
 * other (single linkage), found with a union-find. Candidates are put in square cells so small
 * that everyone in a cell lives within the distance of everyone else there (a cell is one link
 * already); two nearby cells are linked as soon as one pair between them is. Only the candidates
 * given to one call are linked. Not thread-safe: one per formation run.
 */
final class Components {

  private final Grid grid;
  private final double limit;
  private final double cell;
  private final int[] parent;

  Components(Grid grid, double limit) {
    this.grid = grid;
    this.limit = limit;
    // a cell's diagonal, allowing for the projection's error, is within the distance
    this.cell = limit / Math.sqrt(2) / (1 + 2 * grid.error) - 1;
    this.parent = new int[grid.x.length];
  }

  /**
   * The components among the given candidates.
   *
   * @param members candidate indices, ascending
   * @return for each position in {@code members}, the index (into {@code members}) of its
   *     component's first member: equal values, same component
   */
  int[] of(int[] members) {
    Map<Long, List<Integer>> cells = new LinkedHashMap<>();
    for (int i : members) {
      parent[i] = i;
      cells.computeIfAbsent(key(i, 0, 0), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> in : cells.values()) {
      for (int i : in) {
        union(in.get(0), i);
      }
    }
    // a pair within the distance is at most this many cells apart, allowing for the error
    int reach = (int) Math.ceil(limit * (1 + 2 * grid.error) / cell);
    for (Map.Entry<Long, List<Integer>> entry : cells.entrySet()) {
      List<Integer> in = entry.getValue();
      int first = in.get(0);
      for (int dx = -reach; dx <= reach; dx++) {
        for (int dy = -reach; dy <= reach; dy++) {
          long other = key(first, dx, dy);
          if (other <= entry.getKey()) {
            continue;
          }
          List<Integer> near = cells.get(other);
          if (near != null && find(first) != find(near.get(0))) {
            link(in, near);
          }
        }
      }
    }
    Map<Integer, Integer> firstPosition = new HashMap<>();
    int[] out = new int[members.length];
    for (int p = 0; p < members.length; p++) {
      int root = find(members[p]);
      // the root is the smallest member of its component: union keeps the smaller
      out[p] = firstPosition.computeIfAbsent(root, r -> Arrays.binarySearch(members, r));
    }
    return out;
  }

  private void link(List<Integer> a, List<Integer> b) {
    for (int i : a) {
      for (int j : b) {
        if (grid.within(i, j, limit)) {
          union(i, j);
          return;
        }
      }
    }
  }

  private long key(int i, int dx, int dy) {
    long cx = (long) Math.floor(grid.x[i] / cell) + dx;
    long cy = (long) Math.floor(grid.y[i] / cell) + dy;
    return (cx << 32) ^ (cy & 0xffffffffL);
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
