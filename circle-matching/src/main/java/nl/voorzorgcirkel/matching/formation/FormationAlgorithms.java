package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * Ready-made {@link FormationAlgorithm}s: recursive bisection (the one to use), the first
 * algorithm of this library (seeded compact growth), and the nearest-neighbour baseline to compare
 * them with. All are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FormationAlgorithms {

  private FormationAlgorithms() {}

  /**
   * Balanced circles by recursive inertial bisection, improved by swaps between neighbouring
   * circles: the recommended algorithm.
   *
   * <p><b>Method.</b>
   *
   * <ol>
   *   <li><i>Buildings.</i> Candidates with the same {@link
   *       nl.voorzorgcirkel.core.model.Member#building() building} move as one unit; a building
   *       with more candidates than a circle's maximum is cut into as few equal parts as possible,
   *       and residents who live too far apart or avoid one another are kept apart.
   *   <li><i>Regions.</i> Candidates linked through chains of neighbours within the policy's
   *       distance form regions (nobody from two regions could ever share a circle). Within a
   *       region, each {@link Candidate#neighbourhood() neighbourhood} large enough for a circle
   *       becomes a region of its own, so neighbourhoods are not mixed; the rest of the region
   *       (unknown or small neighbourhoods) is one region.
   *   <li><i>Bisection.</i> A region of m candidates is to make k circles, the k within the
   *       policy's sizes whose mean size is closest to the target (33 candidates make 11, 11 and
   *       11; 30 make three of 10). The region is sorted along its principal axis (the direction
   *       of greatest spread) and cut in two: at the widest empty band across it if one is a
   *       quarter of the circle distance wide and both sides can make circles, otherwise where
   *       the sides get as many candidates as their share of the k circles; each side is cut
   *       again in the same way until it is one circle. Both sides must be able to make circles
   *       with every building whole (by their counts, and for a side of at most three circles'
   *       worth, by trying every way to deal its buildings into circles); where no cut in order
   *       comes within one candidate of the share because a building lies across it, one unit
   *       near the cut may go to either side instead (22 neighbours around a building of 8 make
   *       11 and 11, not 15 and 7 left over). A circle whose members would live too far
   *       apart, or hold someone who avoids another, is cut further, or loses the candidates who
   *       clash most. This is recursive inertial bisection as used to partition meshes (Simon,
   *       "Partitioning of unstructured problems for parallel processing", 1991), with the cut
   *       chosen for sizes within bounds instead of exact halves.
   *   <li><i>Left over.</i> Candidates in a region too small for a circle, or dropped in step 3,
   *       join the smallest circle within reach that has room, they fit in (distance, avoidance)
   *       and, for a building, all its residents fit in.
   *   <li><i>Exchanges.</i> Up to eight rounds over every pair of neighbouring circles (centres
   *       within the circle distance, or a member of one wanting to be with a member of the other
   *       who lives within reach); a pair is looked at again only once one of its circles has
   *       changed since it last found nothing. While moving one unit from one circle to the other, or
   *       trading units between them (a building against one or two others), makes the two
   *       circles lack less (willing connectors, offers of required capabilities, vital members)
   *       or meets more wishes to be together, the best such exchange is made, as long as
   *       distance and avoidance still hold, sizes stay within the policy and as balanced as they
   *       were (two apart at most where a building moves; between regions sizes change only for
   *       an exchange that meets more wishes), and nobody joins a circle with members of a known
   *       neighbourhood but none of their own, unless someone there is whom they want to be with.
   *       What a circle lacks is weighed so that as many circles as possible meet each rule: each
   *       member missing counts a little less than the one before, so where the pool has too few
   *       vital members (or offers, or connectors) for every circle, they gather in the circles
   *       that can then meet the rule instead of spreading over circles that all fall short, and
   *       a circle that misses any rule weighs two vital members more, so that exchanges
   *       complete circles rather than improve circles that still fall short. Ties go to the
   *       exchange that keeps members closest to their circle's centre. A greedy local search in
   *       the spirit of Kernighan and Lin (1970).
   *   <li><i>Buildings opened up.</i> Where buildings were kept together, the exchanges run again
   *       with every resident on their own: a resident leaves the rest of their building only by
   *       an exchange that makes the two circles lack less or meet more wishes; of exchanges that
   *       gain as much, the one leaving buildings in fewer circles wins, and an exchange that
   *       brings a building's residents together again without loss is made. So a building stays
   *       whole where the policy allows, and is split where keeping it whole leaves a circle
   *       short of what the policy asks.
   * </ol>
   *
   * <p><b>Guarantees.</b> Every candidate is placed once or reported with the real reason
   * ({@link NotPlaced}); no circle holds a pair farther apart than the maximum distance or a pair
   * one of whom avoids the other; every circle has the minimum to the maximum size; a building
   * with no more candidates than the maximum size, whose residents are within the distance of
   * each other and avoid nobody among them, is split only by exchanges that make circles lack
   * less of the policy or meet more wishes (never where every circle already meets the policy
   * and no wish links two circles). Within a region without buildings
   * whose circles need no cut for distance or avoidance, circle sizes differ by at most one
   * (before left-over candidates join, and unless an exchange between regions meets a wish).
   * Connectors, coverage and vitality are pursued, not guaranteed; a circle that
   * misses one is reported with the rule. Circles are named after the neighbourhood most of their
   * members live in ({@code "Muziekwijk 2"}, id {@code "muziekwijk-2"}), or {@code "Circle 2"}
   * in neighbourhood {@code "unknown"} when no candidate has one.
   *
   * <p><b>Cost.</b> Time O(n log n log k) for the bisection of n candidates into k circles (a cut
   * whose sides hold buildings and are small also tries every way to deal at most a few
   * buildings into circles, and moving one unit near the cut costs O(s u) for u units and circles
   * of s), plus O(n d) to find regions (d candidates within reach of one another) and O(k b s²)
   * per round of exchanges (b neighbouring circles of s members; O(k b u⁴) for circles of u units
   * where buildings can trade against pairs), the rounds after the first only over pairs that
   * changed; space O(n). 30,000 candidates take 1.8 seconds on one core of a 2-vCPU Xeon,
   * 2.5 seconds where most live in buildings (see {@code BENCHMARKS.md}).
   * Deterministic for the same pool (in any order) and seed; the seed
   * only breaks ties between candidates at the same position along an axis.
   *
   * @param policy the policy, not null
   * @param seed the seed for tie-breaking
   * @return the algorithm
   */
  public static FormationAlgorithm recursiveBisection(FormationPolicy policy, long seed) {
    Objects.requireNonNull(policy, "policy");
    return new RecursiveBisection(policy, seed);
  }

  /**
   * Seeded compact growth, the first algorithm of this library; kept to compare with. It fills
   * circles to the target size one after another, so the last circle of a neighbourhood is often
   * small, and it ignores buildings and neighbourhoods.
   *
   * <p>Candidates are placed on a grid whose cells are as wide as the policy's maximum distance
   * and visited cell row by cell row (alternating direction), ties broken by a key drawn from the
   * seed. Each unplaced candidate in turn seeds a circle, which grows one member at a time with the
   * candidate that keeps every pair within the maximum distance, avoids nobody and is avoided by
   * nobody in it, and scores best: close to the circle's centre, wanted by or wanting someone in
   * it, offering a required capability still short, vital while the vital share is short, willing
   * to connect while connectors are short. A circle that cannot reach the minimum size is released.
   * Then candidates left over join the nearest circle with room they fit into. Whoever is still
   * left is reported with the reason ({@link NotPlaced}).
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
      int[] order = rowOrder(new Grid(candidates, policy.maxDistanceMetres()), new SplittableRandom(0));
      List<List<Candidate>> groups = new ArrayList<>();
      List<Candidate> current = new ArrayList<>();
      for (int i : order) {
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
      return Evaluation.result(groups, candidates, policy, on);
    };
  }

  /**
   * The pool sorted by id.
   *
   * @throws NullPointerException naming {@code pool} or the index of the first null candidate
   *     ({@code pool[3]})
   * @throws IllegalArgumentException if an id repeats
   */
  static List<Candidate> sorted(List<Candidate> pool) {
    List<Candidate> copy = new ArrayList<>(Arguments.noNulls(pool, "pool"));
    copy.sort(Comparator.comparing(Candidate::id));
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).id().equals(copy.get(i - 1).id())) {
        throw Arguments.invalid("FormationAlgorithm", "pool", "unique", Map.of("id", copy.get(i).id().value()));
      }
    }
    return copy;
  }

  /**
   * The grid's cells row by row, alternating direction, ties broken by a key drawn from the seed:
   * the order in which compact growth and the baseline visit candidates.
   */
  private static int[] rowOrder(Grid grid, SplittableRandom random) {
    int n = grid.x.length;
    double[] tie = new double[n];
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      tie[i] = random.nextDouble();
      idx[i] = i;
    }
    double cell = grid.cell;
    java.util.Arrays.sort(idx, Comparator
        .comparingLong((Integer i) -> (long) Math.floor(grid.y[i] / cell))
        .thenComparingDouble(i -> (((long) Math.floor(grid.y[i] / cell)) % 2 == 0 ? 1 : -1)
            * Math.floor(grid.x[i] / cell))
        .thenComparingDouble(i -> tie[i])
        .thenComparingInt(i -> i));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = idx[i];
    }
    return order;
  }

  /** One run of compact growth. */
  private static final class Growth {
    private final FormationPolicy policy;
    private final List<Candidate> candidates;
    private final Grid grid;
    private final int[] order;
    private final double limit;
    private final int[] circleOf;
    private final List<List<Integer>> circles = new ArrayList<>();
    /** The policy's required capabilities, and how many members must offer each. */
    private final Capability[] required;
    private final int[] needed;
    /** Per candidate, whether they offer each required kind of help: read once, asked on every score. */
    private final boolean[][] offersRequired;

    Growth(FormationPolicy policy, long seed, List<Candidate> candidates) {
      this.policy = policy;
      this.candidates = candidates;
      int count = policy.requiredCapabilities().size();
      this.required = new Capability[count];
      this.needed = new int[count];
      int at = 0;
      for (Map.Entry<Capability, Integer> entry : policy.requiredCapabilities().entrySet()) {
        required[at] = entry.getKey();
        needed[at++] = entry.getValue();
      }
      this.offersRequired = new boolean[candidates.size()][required.length];
      for (int i = 0; i < candidates.size(); i++) {
        for (int k = 0; k < required.length; k++) {
          offersRequired[i][k] = Evaluation.offers(candidates.get(i).member(), required[k], policy);
        }
      }
      this.grid = new Grid(candidates, policy.maxDistanceMetres());
      this.order = rowOrder(grid, new SplittableRandom(seed));
      this.limit = policy.maxDistanceMetres();
      this.circleOf = new int[candidates.size()];
      java.util.Arrays.fill(circleOf, -1);
    }

    FormationResult run(LocalDate on) {
      for (int i : order) {
        if (circleOf[i] < 0) {
          grow(i);
        }
      }
      for (int i : order) {
        if (circleOf[i] < 0) {
          join(i);
        }
      }
      List<List<Candidate>> groups = new ArrayList<>();
      for (List<Integer> circle : circles) {
        List<Candidate> group = new ArrayList<>();
        circle.stream().sorted().forEach(i -> group.add(candidates.get(i)));
        groups.add(group);
      }
      return Evaluation.result(groups, candidates, policy, on);
    }

    private void grow(int seed) {
      List<Integer> pool = new ArrayList<>();
      for (int j : grid.around(seed)) {
        if (circleOf[j] < 0 && grid.within(seed, j, limit) && compatible(seed, j)) {
          pool.add(j);
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
      for (int k = 0; k < required.length; k++) {
        if (offersRequired[p][k] && countOffering(members, k) < needed[k]) {
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
        if (!grid.within(p, m, limit) || !compatible(p, m)) {
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
          double d = grid.projected(p, j);
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

    private int countOffering(List<Integer> members, int k) {
      int n = 0;
      for (int m : members) {
        n += offersRequired[m][k] ? 1 : 0;
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
