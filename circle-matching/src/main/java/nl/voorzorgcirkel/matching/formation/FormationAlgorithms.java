package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * Ready-made {@link FormationAlgorithm}s: seeded compact growth, and the nearest-neighbour
 * baseline to compare it with. Both are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FormationAlgorithms {

  /** Projected distances are accepted only this far below the limit, to absorb projection error. */
  private static final double MARGIN = 0.995;
  private static final double METRES_PER_DEGREE = 111_195.0;

  private FormationAlgorithms() {}

  /**
   * Seeded compact growth.
   *
   * <p>Candidates are placed on a grid whose cells are as wide as the policy's maximum distance
   * and visited cell row by cell row (alternating direction), ties broken by a key drawn from the
   * seed. Each unplaced candidate in turn seeds a circle, which grows one member at a time with the
   * candidate that keeps every pair within the maximum distance, avoids nobody and is avoided by
   * nobody in it, and scores best: close to the circle's centre, wanted by or wanting someone in
   * it, offering a required capability still short, vital while the vital share is short, willing
   * to connect while connectors are short. A circle that cannot reach the minimum size is released.
   * Then candidates left over join the nearest circle with room they fit into. Whoever is still
   * left is reported with the reason.
   *
   * <p>Guarantees: every candidate is placed once or reported; no circle holds a pair further
   * apart than the maximum distance or a pair one of whom avoids the other; every circle has at
   * least the minimum and at most the maximum size. Coverage, connectors and vitality are pursued,
   * not guaranteed: a circle that misses one is reported with the rule. Time O(n k p) for n
   * candidates, circles of k and p candidates within reach of a seed; space O(n). Deterministic for
   * the same pool (in any order) and seed.
   *
   * @param policy the policy, not null
   * @param seed the seed for tie-breaking
   * @return the algorithm
   */
  public static FormationAlgorithm compactGrowth(FormationPolicy policy, long seed) {
    Objects.requireNonNull(policy, "policy");
    return (pool, on) -> new Growth(policy, seed, sorted(pool)).run(on);
  }

  /**
   * The baseline: candidates in the same grid order, cut into consecutive groups of the target
   * size (a short last group joins the one before if that stays within the maximum size); no
   * distance limit, preferences or coverage considered. Everyone is placed; the breaches show the
   * price.
   *
   * @param policy the policy, not null
   * @return the algorithm
   */
  public static FormationAlgorithm nearestNeighbourBaseline(FormationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return (pool, on) -> {
      List<Candidate> candidates = sorted(pool);
      Grid grid = new Grid(candidates, policy.maxDistanceMetres(), new SplittableRandom(0));
      List<List<Candidate>> groups = new ArrayList<>();
      List<Candidate> current = new ArrayList<>();
      for (int i : grid.order) {
        current.add(candidates.get(i));
        if (current.size() == policy.targetSize()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      }
      if (!current.isEmpty()) {
        if (!groups.isEmpty() && groups.get(groups.size() - 1).size() + current.size() <= policy.maxSize()) {
          groups.get(groups.size() - 1).addAll(current);
        } else {
          groups.add(current);
        }
      }
      return Evaluation.result(groups, List.of(), candidates, policy, on);
    };
  }

  private static List<Candidate> sorted(List<Candidate> pool) {
    List<Candidate> copy = new ArrayList<>(pool);
    copy.sort(Comparator.comparing(Candidate::id));
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).id().equals(copy.get(i - 1).id())) {
        throw Arguments.invalid("FormationAlgorithm", "pool", "unique", Map.of("id", copy.get(i).id().value()));
      }
    }
    return copy;
  }

  /** Candidates projected to metres and bucketed in cells of the maximum distance. */
  private static final class Grid {
    final double[] x;
    final double[] y;
    final int[] order;
    final Map<Long, List<Integer>> cells = new HashMap<>();
    final double cell;

    Grid(List<Candidate> candidates, double cellMetres, SplittableRandom random) {
      int n = candidates.size();
      x = new double[n];
      y = new double[n];
      cell = cellMetres;
      double meanLat = 0;
      for (Candidate c : candidates) {
        meanLat += c.member().home().latitude() / Math.max(1, n);
      }
      double cos = Math.cos(Math.toRadians(meanLat));
      long[] keys = new long[n];
      double[] tie = new double[n];
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        GeoPoint home = candidates.get(i).member().home();
        x[i] = home.longitude() * cos * METRES_PER_DEGREE;
        y[i] = home.latitude() * METRES_PER_DEGREE;
        long cx = (long) Math.floor(x[i] / cell);
        long cy = (long) Math.floor(y[i] / cell);
        keys[i] = key(cx, cy);
        cells.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        tie[i] = random.nextDouble();
        idx[i] = i;
      }
      java.util.Arrays.sort(idx, Comparator
          .comparingLong((Integer i) -> (long) Math.floor(y[i] / cell))
          .thenComparingDouble(i -> (((long) Math.floor(y[i] / cell)) % 2 == 0 ? 1 : -1)
              * Math.floor(x[i] / cell))
          .thenComparingDouble(i -> tie[i])
          .thenComparingInt(i -> i));
      order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = idx[i];
      }
    }

    static long key(long cx, long cy) {
      return (cx << 32) ^ (cy & 0xffffffffL);
    }

    double distance(int a, int b) {
      return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    /** Every candidate in the 3 x 3 cells around {@code i}, {@code i} excluded. */
    List<Integer> around(int i) {
      long cx = (long) Math.floor(x[i] / cell);
      long cy = (long) Math.floor(y[i] / cell);
      List<Integer> out = new ArrayList<>();
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          List<Integer> in = cells.get(key(cx + dx, cy + dy));
          if (in != null) {
            for (int j : in) {
              if (j != i) {
                out.add(j);
              }
            }
          }
        }
      }
      return out;
    }
  }

  /** One run of compact growth. */
  private static final class Growth {
    private final FormationPolicy policy;
    private final List<Candidate> candidates;
    private final Grid grid;
    private final double limit;
    private final int[] circleOf;
    private final List<List<Integer>> circles = new ArrayList<>();
    private final Map<MemberId, Integer> index = new HashMap<>();
    private final int[] reachable;

    Growth(FormationPolicy policy, long seed, List<Candidate> candidates) {
      this.policy = policy;
      this.candidates = candidates;
      this.grid = new Grid(candidates, policy.maxDistanceMetres(), new SplittableRandom(seed));
      this.limit = policy.maxDistanceMetres() * MARGIN;
      this.circleOf = new int[candidates.size()];
      java.util.Arrays.fill(circleOf, -1);
      this.reachable = new int[candidates.size()];
      for (int i = 0; i < candidates.size(); i++) {
        index.put(candidates.get(i).id(), i);
      }
    }

    FormationResult run(LocalDate on) {
      for (int i : grid.order) {
        if (circleOf[i] < 0) {
          grow(i);
        }
      }
      List<NotPlaced> notPlaced = new ArrayList<>();
      for (int i : grid.order) {
        if (circleOf[i] < 0 && !join(i)) {
          String reason = reachable[i] == 0 ? "no-one-within-distance"
              : reachable[i] < policy.minSize() - 1 ? "too-few-nearby" : "no-room-nearby";
          notPlaced.add(new NotPlaced(candidates.get(i).id(), reason));
        }
      }
      List<List<Candidate>> groups = new ArrayList<>();
      for (List<Integer> circle : circles) {
        List<Candidate> group = new ArrayList<>();
        circle.stream().sorted().forEach(i -> group.add(candidates.get(i)));
        groups.add(group);
      }
      return Evaluation.result(groups, notPlaced, candidates, policy, on);
    }

    private void grow(int seed) {
      List<Integer> pool = new ArrayList<>();
      for (int j : grid.around(seed)) {
        if (grid.distance(seed, j) <= limit) {
          reachable[seed]++;
          if (circleOf[j] < 0 && compatible(seed, j)) {
            pool.add(j);
          }
        }
      }
      List<Integer> members = new ArrayList<>();
      members.add(seed);
      Set<Integer> in = new HashSet<>(members);
      double cx = grid.x[seed];
      double cy = grid.y[seed];
      while (members.size() < policy.targetSize()) {
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int p : pool) {
          if (in.contains(p) || !fits(p, members)) {
            continue;
          }
          double score = score(p, members, cx, cy);
          if (score < bestScore) {
            best = p;
            bestScore = score;
          }
        }
        if (best < 0) {
          break;
        }
        members.add(best);
        in.add(best);
        cx += (grid.x[best] - cx) / members.size();
        cy += (grid.y[best] - cy) / members.size();
      }
      if (members.size() >= policy.minSize()) {
        int id = circles.size();
        circles.add(members);
        for (int m : members) {
          circleOf[m] = id;
        }
      }
    }

    /** Lower is better: distance to the centre, minus what the candidate would bring. */
    private double score(int p, List<Integer> members, double cx, double cy) {
      double score = Math.hypot(grid.x[p] - cx, grid.y[p] - cy) / policy.maxDistanceMetres();
      Candidate c = candidates.get(p);
      for (int m : members) {
        Candidate other = candidates.get(m);
        if (c.wantsWith().contains(other.id()) || other.wantsWith().contains(c.id())) {
          score -= 0.5;
        }
      }
      for (Map.Entry<Capability, Integer> required : policy.requiredCapabilities().entrySet()) {
        if (c.member().offers(required.getKey()) && countOffering(members, required.getKey()) < required.getValue()) {
          score -= 0.3;
        }
      }
      if (c.member().vitality() == Vitality.VITAL
          && countVital(members) < policy.minVitalShare() * policy.targetSize()) {
        score -= 0.3;
      }
      if (c.willingToConnect() && countWilling(members) < policy.connectors()) {
        score -= 0.3;
      }
      return score;
    }

    private boolean fits(int p, List<Integer> members) {
      for (int m : members) {
        if (grid.distance(p, m) > limit || !compatible(p, m)) {
          return false;
        }
      }
      return true;
    }

    private boolean compatible(int a, int b) {
      Candidate ca = candidates.get(a);
      Candidate cb = candidates.get(b);
      return !ca.member().avoids().contains(cb.id()) && !cb.member().avoids().contains(ca.id());
    }

    /** Puts a left-over candidate into the nearest circle with room it fits into. */
    private boolean join(int p) {
      int best = -1;
      double bestDistance = Double.POSITIVE_INFINITY;
      Set<Integer> seen = new HashSet<>();
      for (int j : grid.around(p)) {
        int circle = circleOf[j];
        if (circle < 0 || !seen.add(circle)) {
          continue;
        }
        List<Integer> members = circles.get(circle);
        if (members.size() < policy.maxSize() && fits(p, members)) {
          double d = grid.distance(p, j);
          if (d < bestDistance) {
            best = circle;
            bestDistance = d;
          }
        }
      }
      if (best < 0) {
        return false;
      }
      circles.get(best).add(p);
      circleOf[p] = best;
      return true;
    }

    private int countOffering(List<Integer> members, Capability capability) {
      int n = 0;
      for (int m : members) {
        n += candidates.get(m).member().offers(capability) ? 1 : 0;
      }
      return n;
    }

    private int countVital(List<Integer> members) {
      int n = 0;
      for (int m : members) {
        n += candidates.get(m).member().vitality() == Vitality.VITAL ? 1 : 0;
      }
      return n;
    }

    private int countWilling(List<Integer> members) {
      int n = 0;
      for (int m : members) {
        n += candidates.get(m).willingToConnect() ? 1 : 0;
      }
      return n;
    }
  }
}
