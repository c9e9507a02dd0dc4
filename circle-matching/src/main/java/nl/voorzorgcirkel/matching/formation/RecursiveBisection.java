package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import org.jspecify.annotations.Nullable;

/**
 * Balanced circles by recursive inertial bisection, then swaps between neighbouring circles. See
 * {@link FormationAlgorithms#recursiveBisection} for the description, guarantees and complexity.
 */
final class RecursiveBisection implements FormationAlgorithm {

  /** A band this wide (as a share of the circle distance) with nobody in it is a natural border. */
  private static final double GAP_SHARE = 0.25;
  /** Rounds of swaps between neighbouring circles; each round only runs if the last one helped. */
  private static final int SWAP_ROUNDS = 8;
  /** The weights of {@code shortfall} are in units of 1/SCALE. */
  private static final int SCALE = 256;
  /** What one more wish to be together met is worth, as much as two vital members. */
  private static final int WISH = 2 * SCALE;
  /** What a circle missing any rule of the policy weighs on top of what it lacks. */
  private static final int WHOLE = 2 * SCALE;
  /**
   * Gains are multiplied by this before the change in a building's parts is taken off, so that
   * parts only break ties: a gain moves at most two residents, whose buildings change by at most
   * four parts in all.
   */
  private static final int PARTS = 8;

  private final FormationPolicy policy;
  private final long seed;

  RecursiveBisection(FormationPolicy policy, long seed) {
    this.policy = policy;
    this.seed = seed;
  }

  @Override
  public FormationResult form(List<Candidate> pool, LocalDate on) {
    List<Candidate> candidates = FormationAlgorithms.sorted(pool);
    return Evaluation.result(new Run(candidates).groups(), candidates, policy, on);
  }

  /** How many circles m candidates make: sizes within the policy, the mean nearest the target. */
  static int circlesFor(int m, FormationPolicy policy) {
    if (m < policy.minSize()) {
      return 0;
    }
    int low = (m + policy.maxSize() - 1) / policy.maxSize();
    int high = m / policy.minSize();
    if (low > high) {
      return 0;
    }
    int a = Math.max(low, Math.min(high, (int) Math.floor((double) m / policy.targetSize())));
    int b = Math.max(low, Math.min(high, (int) Math.ceil((double) m / policy.targetSize())));
    a = Math.max(a, 1);
    b = Math.max(b, 1);
    double da = Math.abs((double) m / a - policy.targetSize());
    double db = Math.abs((double) m / b - policy.targetSize());
    return db < da - 1e-9 ? b : a;
  }

  /** One run over one pool; not thread-safe, used once. */
  private final class Run {
    private final List<Candidate> candidates;
    private final int n;
    private final Grid grid;
    private final Components components;
    private final double limit;
    private final double[] tie;
    private final Map<MemberId, Integer> index = new HashMap<>();
    /** Units: candidates who move together (one building), as candidate indices. */
    private final List<int[]> units = new ArrayList<>();
    private final List<Integer> orphans = new ArrayList<>();
    private final List<List<Integer>> circles = new ArrayList<>();
    private final int[] circleOf;
    /** Per candidate: their unit. */
    private final int[] unitOf;
    /**
     * Per candidate: the unit of their building's residents as the bisection kept them together,
     * -1 for a candidate on their own or while buildings move whole.
     */
    private final int[] home;
    /** Per building (as {@link #home}): its residents in the two circles of an exchange. */
    private final int[] homesInA;
    private final int[] homesInB;
    /** Per circle: the region it was cut from (left-over candidates join circles of any region). */
    private final List<Integer> regionOf = new ArrayList<>();
    private int region;

    Run(List<Candidate> candidates) {
      this.candidates = candidates;
      this.n = candidates.size();
      this.limit = policy.maxDistanceMetres();
      this.grid = new Grid(candidates, limit);
      this.components = new Components(grid, limit);
      SplittableRandom random = new SplittableRandom(seed);
      this.tie = new double[n];
      for (int i = 0; i < n; i++) {
        tie[i] = random.nextDouble();
        index.put(candidates.get(i).id(), i);
      }
      this.circleOf = new int[n];
      Arrays.fill(circleOf, -1);
      this.unitOf = new int[n];
      this.home = new int[n];
      Arrays.fill(home, -1);
      this.homesInA = new int[n];
      this.homesInB = new int[n];
    }

    List<List<Candidate>> groups() {
      buildUnits();
      for (List<Integer> unitList : regions()) {
        partition(unitList);
        region++;
      }
      placeOrphans();
      swap();
      List<List<Candidate>> groups = new ArrayList<>();
      for (List<Integer> circle : circles) {
        List<Candidate> group = new ArrayList<>();
        circle.stream().sorted().forEach(i -> group.add(candidates.get(i)));
        groups.add(group);
      }
      return groups;
    }

    // ---- units: a building's residents stay together --------------------------------------

    private void buildUnits() {
      Map<BuildingId, List<Integer>> byBuilding = new TreeMap<>();
      List<int[]> singles = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Optional<BuildingId> building = candidates.get(i).member().building();
        if (building.isPresent()) {
          byBuilding.computeIfAbsent(building.get(), b -> new ArrayList<>()).add(i);
        } else {
          singles.add(new int[] {i});
        }
      }
      List<int[]> all = new ArrayList<>(singles);
      for (List<Integer> residents : byBuilding.values()) {
        // residents who live too far apart or avoid one another cannot share a circle: first fit
        List<List<Integer>> groups = new ArrayList<>();
        for (int i : residents) {
          List<Integer> home = null;
          for (List<Integer> g : groups) {
            if (fits(i, g)) {
              home = g;
              break;
            }
          }
          if (home == null) {
            home = new ArrayList<>();
            groups.add(home);
          }
          home.add(i);
        }
        for (List<Integer> g : groups) {
          // a building larger than a circle is split into as few balanced parts as possible
          int parts = (g.size() + policy.maxSize() - 1) / policy.maxSize();
          for (int p = 0; p < parts; p++) {
            int from = g.size() * p / parts;
            int to = g.size() * (p + 1) / parts;
            all.add(g.subList(from, to).stream().mapToInt(Integer::intValue).toArray());
          }
        }
      }
      all.sort(Comparator.comparingInt(u -> u[0]));
      units.addAll(all);
      for (int u = 0; u < units.size(); u++) {
        for (int i : units.get(u)) {
          unitOf[i] = u;
        }
      }
    }

    private int count(List<Integer> unitList) {
      int m = 0;
      for (int u : unitList) {
        m += units.get(u).length;
      }
      return m;
    }

    private int[] membersOf(List<Integer> unitList) {
      int[] out = new int[count(unitList)];
      int k = 0;
      for (int u : unitList) {
        for (int i : units.get(u)) {
          out[k++] = i;
        }
      }
      Arrays.sort(out);
      return out;
    }

    // ---- regions: who could ever share a circle, neighbourhoods apart ---------------------

    private List<List<Integer>> regions() {
      List<List<Integer>> regions = new ArrayList<>();
      for (List<Integer> physical : split(allUnits())) {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int u : physical) {
          byName.computeIfAbsent(neighbourhoodOf(units.get(u)), k -> new ArrayList<>()).add(u);
        }
        List<Integer> rest = new ArrayList<>();
        byName.forEach((name, named) -> {
          if (name.isEmpty() || byName.size() == 1) {
            rest.addAll(named);
            return;
          }
          for (List<Integer> part : split(named)) {
            if (count(part) >= policy.minSize()) {
              regions.add(part);
            } else {
              rest.addAll(part);
            }
          }
        });
        rest.sort(null);
        for (List<Integer> part : split(rest)) {
          if (count(part) >= policy.minSize()) {
            regions.add(part);
          } else {
            orphans.addAll(part);
          }
        }
      }
      return regions;
    }

    private List<Integer> allUnits() {
      List<Integer> all = new ArrayList<>();
      for (int u = 0; u < units.size(); u++) {
        all.add(u);
      }
      return all;
    }

    /** The units split into their components, each in unit order, in order of first unit. */
    private List<List<Integer>> split(List<Integer> unitList) {
      if (unitList.isEmpty()) {
        return List.of();
      }
      int[] members = membersOf(unitList);
      int[] component = components.of(members);
      Map<Integer, TreeSet<Integer>> byComponent = new TreeMap<>();
      for (int p = 0; p < members.length; p++) {
        byComponent.computeIfAbsent(component[p], c -> new TreeSet<>()).add(unitOf[members[p]]);
      }
      List<List<Integer>> out = new ArrayList<>();
      byComponent.values().forEach(set -> out.add(new ArrayList<>(set)));
      out.sort(Comparator.comparingInt(list -> list.get(0)));
      return out;
    }

    /** The neighbourhood most of the unit's members live in, "" if none is known. */
    private String neighbourhoodOf(int[] unit) {
      List<Candidate> residents = new ArrayList<>();
      for (int i : unit) {
        residents.add(candidates.get(i));
      }
      return Evaluation.commonNeighbourhood(residents).orElse("");
    }

    // ---- recursive inertial bisection ---------------------------------------------------

    private void partition(List<Integer> unitList) {
      int m = count(unitList);
      int k = circlesFor(m, policy);
      if (k == 0) {
        orphans.addAll(unitList);
        return;
      }
      if (unitList.size() == 1) {
        // one unit cannot be cut: a circle if it can be one, else left over
        if (m <= policy.maxSize() && fitsTogether(unitList)) {
          newCircle(unitList);
        } else {
          orphans.addAll(unitList);
        }
        return;
      }
      if (k == 1) {
        if (fitsTogether(unitList)) {
          newCircle(unitList);
          return;
        }
        if (m < 2 * policy.minSize()) {
          peel(unitList);
          return;
        }
        k = 2;
      }
      int u = unitList.size();
      double[] centre = new double[2 * u];
      for (int p = 0; p < u; p++) {
        int[] unit = units.get(unitList.get(p));
        for (int i : unit) {
          centre[2 * p] += grid.x[i] / unit.length;
          centre[2 * p + 1] += grid.y[i] / unit.length;
        }
      }
      double[] axis = principalAxis(unitList, centre);
      double[] projection = new double[u];
      Integer[] order = new Integer[u];
      for (int p = 0; p < u; p++) {
        projection[p] = centre[2 * p] * axis[0] + centre[2 * p + 1] * axis[1];
        order[p] = p;
      }
      Arrays.sort(order, Comparator.comparingDouble((Integer p) -> projection[p])
          .thenComparingDouble(p -> tie[units.get(unitList.get(p))[0]])
          .thenComparingInt(p -> unitList.get(p)));
      Cut cut = cut(unitList, order, projection, m, k);
      List<Integer> left = new ArrayList<>();
      List<Integer> right = new ArrayList<>();
      for (int p = 0; p < u; p++) {
        (cut.left(p) ? left : right).add(unitList.get(order[p]));
      }
      partition(left);
      partition(right);
    }

    /** The direction of greatest spread of the units' centres, weighted by their sizes. */
    private double[] principalAxis(List<Integer> unitList, double[] centre) {
      double w = 0;
      double mx = 0;
      double my = 0;
      for (int p = 0; p < unitList.size(); p++) {
        int size = units.get(unitList.get(p)).length;
        w += size;
        mx += size * centre[2 * p];
        my += size * centre[2 * p + 1];
      }
      mx /= w;
      my /= w;
      double sxx = 0;
      double syy = 0;
      double sxy = 0;
      for (int p = 0; p < unitList.size(); p++) {
        int size = units.get(unitList.get(p)).length;
        double dx = centre[2 * p] - mx;
        double dy = centre[2 * p + 1] - my;
        sxx += size * dx * dx;
        syy += size * dy * dy;
        sxy += size * dx * dy;
      }
      double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
      return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /**
     * A cut of the sorted units: the first {@code at} go to the first part, except the unit at
     * position {@code moved} of the order (-1 for none), which goes to the first part if {@code
     * movedFirst} and to the second otherwise; {@code at} counts the units without it.
     */
    private record Cut(int at, int moved, boolean movedFirst) {
      boolean left(int position) {
        if (position == moved) {
          return movedFirst;
        }
        return (moved >= 0 && position > moved ? position - 1 : position) < at;
      }
    }

    /**
     * Where to cut the sorted units: at the widest empty band if one is wide enough and both
     * sides can make circles, otherwise as near the balanced share as both sides allow. Where
     * no cut in order comes within one candidate of that share (a building lies across it), one
     * unit near it may go to either side instead, so a building does not cost a circle.
     */
    private Cut cut(List<Integer> unitList, Integer[] order, double[] projection, int m, int k) {
      int u = order.length;
      int half = k / 2; // the first part gets the smaller half
      double balanced = (double) m * half / k;
      int[] prefix = new int[u + 1];
      for (int c = 1; c <= u; c++) {
        prefix[c] = prefix[c - 1] + units.get(unitList.get(order[c - 1])).length;
      }
      int best = -1;
      double bestOff = Double.POSITIVE_INFINITY;
      int widest = -1;
      double widestGap = GAP_SHARE * limit;
      int fallback = 1;
      double fallbackOff = Double.POSITIVE_INFINITY;
      for (int c = 1; c < u; c++) {
        double off = Math.abs(prefix[c] - balanced);
        double gap = projection[order[c]] - projection[order[c - 1]];
        if (off < fallbackOff) {
          fallback = c;
          fallbackOff = off;
        }
        if (!sidesMakeCircles(unitList, order, new Cut(c, -1, false), prefix[c], m)) {
          continue;
        }
        if (off < bestOff) {
          best = c;
          bestOff = off;
        }
        if (gap >= widestGap) {
          widest = c;
          widestGap = gap;
        }
      }
      if (widest > 0) {
        return new Cut(widest, -1, false);
      }
      Cut chosen = new Cut(best > 0 ? best : fallback, -1, false);
      if (bestOff <= 1) {
        return chosen;
      }
      // one unit within a circle's size of the balanced share goes to either side
      for (int s = 0; s < u; s++) {
        int w = prefix[s + 1] - prefix[s];
        if (prefix[s + 1] <= balanced - policy.maxSize() || prefix[s] >= balanced + policy.maxSize()) {
          continue;
        }
        for (int at = 0; at < u; at++) {
          int without = at <= s ? prefix[at] : prefix[at + 1] - w;
          if (Math.abs(without - prefix[s]) > policy.maxSize()) {
            continue; // no more than a circle's worth of others changes side for it
          }
          for (int first = 0; first < 2; first++) {
            int count = without + (first == 1 ? w : 0);
            double off = Math.abs(count - balanced);
            Cut cut = new Cut(at, s, first == 1);
            if (count > 0 && count < m && off < bestOff - 1e-9 && sidesMakeCircles(unitList, order, cut, count, m)) {
              chosen = cut;
              bestOff = off;
            }
          }
        }
      }
      return chosen;
    }

    /**
     * Whether both parts of the cut can make circles within the policy's sizes: by their counts,
     * and where a part holds buildings and is small, by dealing its units into circles.
     */
    private boolean sidesMakeCircles(List<Integer> unitList, Integer[] order, Cut cut, int first, int m) {
      if (circlesFor(first, policy) == 0 || circlesFor(m - first, policy) == 0) {
        return false;
      }
      int small = 3 * policy.maxSize();
      if (first > small && m - first > small) {
        return true;
      }
      List<Integer> firstPart = new ArrayList<>();
      List<Integer> secondPart = new ArrayList<>();
      for (int p = 0; p < order.length; p++) {
        int size = units.get(unitList.get(order[p])).length;
        (cut.left(p) ? firstPart : secondPart).add(size);
      }
      return (first > small || dealable(firstPart, first)) && (m - first > small || dealable(secondPart, m - first));
    }

    /**
     * Whether units of these sizes (count candidates in all) can be dealt whole into circles of
     * the policy's sizes: for some number of circles, the buildings fit so that the candidates on
     * their own fill every circle up to the minimum. Exhaustive over the buildings, largest first.
     */
    private boolean dealable(List<Integer> sizes, int count) {
      int[] buildings = sizes.stream().filter(size -> size > 1).sorted(Comparator.reverseOrder())
          .mapToInt(Integer::intValue).toArray();
      int alone = count - Arrays.stream(buildings).sum();
      for (int k = 1; k * policy.minSize() <= count; k++) {
        if (k * policy.maxSize() >= count && deal(buildings, 0, new int[k], alone)) {
          return true;
        }
      }
      return false;
    }

    private boolean deal(int[] buildings, int next, int[] circles, int alone) {
      if (next == buildings.length) {
        int short_ = 0;
        for (int c : circles) {
          short_ += Math.max(0, policy.minSize() - c);
        }
        return short_ <= alone;
      }
      for (int c = 0; c < circles.length; c++) {
        // circles of the same load are alike: try the first of them only
        boolean seen = false;
        for (int d = 0; d < c && !seen; d++) {
          seen = circles[d] == circles[c];
        }
        if (!seen && circles[c] + buildings[next] <= policy.maxSize()) {
          circles[c] += buildings[next];
          boolean dealt = deal(buildings, next + 1, circles, alone);
          circles[c] -= buildings[next];
          if (dealt) {
            return true;
          }
        }
      }
      return false;
    }

    /** Drops the units that clash most until the rest fits in one circle; they become orphans. */
    private void peel(List<Integer> unitList) {
      List<Integer> kept = new ArrayList<>(unitList);
      while (!fitsTogether(kept) && count(kept) >= policy.minSize()) {
        int worst = -1;
        int worstClashes = -1;
        for (int u : kept) {
          int clashes = 0;
          for (int v : kept) {
            if (u != v) {
              for (int i : units.get(u)) {
                for (int j : units.get(v)) {
                  clashes += fitsPair(i, j) ? 0 : 1;
                }
              }
            }
          }
          if (clashes > worstClashes) {
            worst = u;
            worstClashes = clashes;
          }
        }
        kept.remove(Integer.valueOf(worst));
        orphans.add(worst);
      }
      if (count(kept) >= policy.minSize() && fitsTogether(kept)) {
        newCircle(kept);
      } else {
        orphans.addAll(kept);
      }
    }

    private void newCircle(List<Integer> unitList) {
      List<Integer> circle = new ArrayList<>();
      for (int u : unitList) {
        for (int i : units.get(u)) {
          circle.add(i);
          circleOf[i] = circles.size();
        }
      }
      circles.add(circle);
      regionOf.add(region);
    }

    // ---- left-over candidates join the smallest circle with room that they fit -------------

    private void placeOrphans() {
      orphans.sort(null);
      for (int u : orphans) {
        int[] unit = units.get(u);
        TreeSet<Integer> near = new TreeSet<>();
        for (int i : unit) {
          grid.forEachAround(i, j -> {
            if (circleOf[j] >= 0) {
              near.add(circleOf[j]);
            }
          });
        }
        int best = -1;
        for (int c : near) {
          List<Integer> circle = circles.get(c);
          if (circle.size() + unit.length > policy.maxSize()
              || (best >= 0 && circle.size() >= circles.get(best).size())) {
            continue;
          }
          boolean fits = true;
          for (int i : unit) {
            fits &= fits(i, circle);
          }
          if (fits) {
            best = c;
          }
        }
        if (best >= 0) {
          for (int i : unit) {
            circles.get(best).add(i);
            circleOf[i] = best;
          }
        }
      }
    }

    // ---- swaps between neighbouring circles: connectors, coverage, vitality, wishes ---------

    /** Per unit: how many of its residents are willing to connect, vital, offer each required capability. */
    private int[][] traits = new int[0][];
    /** The required capabilities, in the order of the traits after the first two. */
    private List<Capability> required = List.of();
    /** Per trait: the fewest a circle needs (the vital share is applied to each circle's size). */
    private int[] needed = new int[0];
    /** Per candidate, whether they offer each required kind of help; read once per formation. */
    private boolean[][] offersRequired = new boolean[0][];
    /** Per circle: the sums of its members' traits. */
    private final List<int[]> sums = new ArrayList<>();
    /** Per candidate: the candidates they want to be with or who want to be with them. */
    private int[][] wishes = new int[0][];
    /** Per candidate: their neighbourhood as a number, -1 if not known. */
    private int[] neighbourhood = new int[0];

    /**
     * Exchanges between neighbouring circles, first of whole buildings, then, where buildings
     * were kept together, of residents one by one: a building is split only where that makes the
     * circles lack less or meet more wishes, and of exchanges that gain as much, the one that
     * leaves buildings in fewer parts wins.
     */
    private void swap() {
      prepareExchanges();
      exchange();
      if (units.size() < n) {
        residentsOneByOne();
        exchange();
      }
    }

    /** From now on every candidate is a unit of their own, remembering the building they were in. */
    private void residentsOneByOne() {
      for (int i = 0; i < n; i++) {
        home[i] = units.get(unitOf[i]).length > 1 ? unitOf[i] : -1;
      }
      units.clear();
      for (int i = 0; i < n; i++) {
        units.add(new int[] {i});
        unitOf[i] = i;
      }
    }

    private void prepareExchanges() {
      required = new ArrayList<>(policy.requiredCapabilities().keySet());
      needed = new int[2 + required.size()];
      needed[0] = policy.connectors();
      for (int k = 0; k < required.size(); k++) {
        needed[2 + k] = policy.requiredCapabilities().getOrDefault(required.get(k), 0);
      }
      offersRequired = new boolean[n][required.size()];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < required.size(); k++) {
          offersRequired[i][k] = Evaluation.offers(candidates.get(i).member(), required.get(k), policy);
        }
      }
      List<List<Integer>> partners = new ArrayList<>();
      Map<String, Integer> names = new TreeMap<>();
      neighbourhood = new int[n];
      for (int i = 0; i < n; i++) {
        Candidate c = candidates.get(i);
        neighbourhood[i] = c.neighbourhood().map(name -> names.computeIfAbsent(name, x -> names.size())).orElse(-1);
        partners.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        for (MemberId wanted : candidates.get(i).wantsWith()) {
          Integer j = index.get(wanted);
          if (j != null) {
            partners.get(i).add(j);
            partners.get(j).add(i);
          }
        }
      }
      wishes = new int[n][];
      for (int i = 0; i < n; i++) {
        wishes[i] = partners.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
    }

    /** Rounds of the best exchanges between neighbouring circles, with the units as they are. */
    private void exchange() {
      traits = new int[units.size()][needed.length];
      for (int i = 0; i < n; i++) {
        Candidate c = candidates.get(i);
        int[] t = traits[unitOf[i]];
        t[0] += c.willingToConnect() ? 1 : 0;
        t[1] += c.member().vitality() == Vitality.VITAL ? 1 : 0;
        for (int k = 0; k < required.size(); k++) {
          t[2 + k] += offersRequired[i][k] ? 1 : 0;
        }
      }
      sums.clear();
      for (List<Integer> circle : circles) {
        int[] sum = new int[needed.length];
        for (int u : unitsIn(circle)) {
          add(sum, traits[u], 1);
        }
        sums.add(sum);
      }
      List<int[]> neighbours = neighbours();
      // what an exchange between two circles gains depends on their members only: a pair that
      // found nothing is looked at again only once one of the two has changed since
      int exchanges = 0;
      int[] changedAt = new int[circles.size()];
      int[][] idleSince = new int[circles.size()][];
      for (int a = 0; a < circles.size(); a++) {
        idleSince[a] = new int[neighbours.get(a).length];
        Arrays.fill(idleSince[a], -1);
      }
      for (int round = 0; round < SWAP_ROUNDS; round++) {
        boolean changed = false;
        for (int a = 0; a < circles.size(); a++) {
          int[] near = neighbours.get(a);
          for (int p = 0; p < near.length; p++) {
            int b = near[p];
            if (idleSince[a][p] >= Math.max(changedAt[a], changedAt[b])) {
              continue;
            }
            // several exchanges between the same two circles, each the best one left
            int swaps = 0;
            boolean more = true;
            while (swaps < policy.maxSize() && (more = mayGain(a, b) && bestExchange(a, b))) {
              swaps++;
              exchanges++;
              changedAt[a] = exchanges;
              changedAt[b] = exchanges;
              changed = true;
            }
            if (!more) {
              idleSince[a][p] = exchanges;
            }
          }
        }
        if (!changed) {
          return;
        }
      }
    }

    /** The units of a circle's members, in order of first member. */
    private int[] unitsIn(List<Integer> circle) {
      int[] out = new int[circle.size()];
      int k = 0;
      for (int i : circle) {
        int u = unitOf[i];
        boolean seen = false;
        for (int q = k - 1; q >= 0 && !seen; q--) {
          seen = out[q] == u;
        }
        if (!seen) {
          out[k++] = u;
        }
      }
      return Arrays.copyOf(out, k);
    }

    private static void add(int[] sum, int[] traits, int sign) {
      for (int k = 0; k < sum.length; k++) {
        sum[k] += sign * traits[k];
      }
    }

    /** For each circle, the later circles whose centres lie within the circle distance of its own. */
    private List<int[]> neighbours() {
      int k = circles.size();
      double[] cx = new double[k];
      double[] cy = new double[k];
      Map<Long, List<Integer>> cells = new HashMap<>();
      for (int a = 0; a < k; a++) {
        for (int i : circles.get(a)) {
          cx[a] += grid.x[i] / circles.get(a).size();
          cy[a] += grid.y[i] / circles.get(a).size();
        }
        cells.computeIfAbsent(cellKey(cx[a], cy[a], 0, 0), c -> new ArrayList<>()).add(a);
      }
      List<int[]> out = new ArrayList<>();
      for (int a = 0; a < k; a++) {
        TreeSet<Integer> near = new TreeSet<>();
        for (int dx = -1; dx <= 1; dx++) {
          for (int dy = -1; dy <= 1; dy++) {
            for (int b : cells.getOrDefault(cellKey(cx[a], cy[a], dx, dy), List.of())) {
              if (b > a && Math.hypot(cx[a] - cx[b], cy[a] - cy[b]) <= grid.cell) {
                near.add(b);
              }
            }
          }
        }
        // circles apart whose members want to be together and live within reach of each other
        for (int i : circles.get(a)) {
          for (int j : wishes[i]) {
            if (circleOf[j] > a && grid.within(i, j, limit)) {
              near.add(circleOf[j]);
            }
          }
        }
        out.add(near.stream().mapToInt(Integer::intValue).toArray());
      }
      return out;
    }

    private long cellKey(double x, double y, int dx, int dy) {
      long cx = (long) Math.floor(x / grid.cell) + dx;
      long cy = (long) Math.floor(y / grid.cell) + dy;
      return (cx << 32) ^ (cy & 0xffffffffL);
    }

    /** Whether an exchange could help: one circle lacks what the other has, or wishes link them. */
    private boolean mayGain(int a, int b) {
      int[] sa = sums.get(a);
      int[] sb = sums.get(b);
      for (int k = 0; k < needed.length; k++) {
        int na = need(k, circles.get(a).size());
        int nb = need(k, circles.get(b).size());
        if ((sa[k] < na && sb[k] > 0) || (sb[k] < nb && sa[k] > 0)) {
          return true;
        }
      }
      for (int i : circles.get(a)) {
        for (int j : wishes[i]) {
          if (circleOf[j] == b) {
            return true;
          }
        }
        if (home[i] >= 0 && sharesHome(i, circles.get(b))) {
          return true;
        }
      }
      return false;
    }

    private boolean sharesHome(int i, List<Integer> circle) {
      for (int j : circle) {
        if (home[j] == home[i]) {
          return true;
        }
      }
      return false;
    }

    private int need(int trait, int size) {
      return trait == 1 ? (int) Math.ceil(policy.minVitalShare() * size - 1e-9) : needed[trait];
    }

    /**
     * What may leave a circle in one exchange: nothing, one unit, or two units (a building's
     * residents with someone else, or two candidates to trade against a building).
     */
    private static final class Option {
      private final int[] units;
      private final int[] residents;
      private final int[] traits;
      private final boolean building;
      private final int wish;

      Option(int[] units, int[] residents, int[] traits, boolean building, int wish) {
        this.units = units;
        this.residents = residents;
        this.traits = traits;
        this.building = building;
        this.wish = wish;
      }

      int[] units() {
        return units;
      }

      int[] residents() {
        return residents;
      }

      int[] traits() {
        return traits;
      }

      boolean building() {
        return building;
      }

      /** The wishes its residents meet in the circle they go to, less those met where they are. */
      int wish() {
        return wish;
      }
    }

    /**
     * What may leave circle {@code from} for circle {@code to}, each with the wishes its residents
     * would meet there less those they meet where they are (counting partners who come the other
     * way as there: {@link #linked} corrects for them).
     */
    private List<Option> options(int from, int to, boolean pairs) {
      int[] inCircle = unitsIn(circles.get(from));
      List<Option> out = new ArrayList<>();
      out.add(new Option(new int[0], new int[0], new int[needed.length], false, 0));
      for (int p = 0; p < inCircle.length; p++) {
        out.add(option(from, to, inCircle[p]));
        for (int q = p + 1; pairs && q < inCircle.length; q++) {
          out.add(option(from, to, inCircle[p], inCircle[q]));
        }
      }
      return out;
    }

    private Option option(int from, int to, int... moving) {
      int[] sum = new int[needed.length];
      boolean building = false;
      int count = 0;
      for (int u : moving) {
        add(sum, traits[u], 1);
        building |= units.get(u).length > 1;
        count += units.get(u).length;
      }
      int[] residents = new int[count];
      int k = 0;
      for (int u : moving) {
        for (int i : units.get(u)) {
          residents[k++] = i;
        }
      }
      int wish = 0;
      for (int i : residents) {
        for (int j : wishes[i]) {
          if (!moves(j, moving)) {
            wish += (circleOf[j] == to ? 1 : 0) - (circleOf[j] == from ? 1 : 0);
          }
        }
      }
      return new Option(moving, residents, sum, building, wish);
    }

    private boolean hasBuilding(List<Integer> circle) {
      for (int u : unitsIn(circle)) {
        if (units.get(u).length > 1) {
          return true;
        }
      }
      return false;
    }

    /**
     * Makes the exchange between circles a and b that helps most, if any helps; true if one did.
     * An exchange moves one unit (a building's residents together, or one candidate) from a to b,
     * one from b to a, or both; where a building moves, two units may go either way, so that a
     * building can change places with two others. Sizes stay within the policy and as balanced
     * as they were (up to 2 apart where a building moves; sizes change only within a region or
     * for a wish), and nobody joins a circle without someone of their own neighbourhood when both
     * are known, or someone they want to be with.
     * Of exchanges that help as much, the one leaving the sizes most even wins, then the one that
     * keeps the movers closest to their circles' centres.
     */
    private boolean bestExchange(int a, int b) {
      List<Integer> ca = circles.get(a);
      List<Integer> cb = circles.get(b);
      int[] sa = sums.get(a);
      int[] sb = sums.get(b);
      boolean pairs = hasBuilding(ca) || hasBuilding(cb);
      List<Option> fromA = options(a, b, pairs);
      List<Option> fromB = options(b, a, pairs);
      countHomes(ca, cb, 1);
      int before = shortfall(sa, ca.size(), null, null) + shortfall(sb, cb.size(), null, null);
      int bestGain = 0;
      Option bestOut = null;
      Option bestIn = null;
      int bestImbalance = Integer.MAX_VALUE;
      double bestSpread = Double.POSITIVE_INFINITY;
      for (Option out : fromA) {
        for (Option in : fromB) {
          boolean building = out.building() || in.building();
          if ((out.units().length == 0 && in.units().length == 0)
              || (!building && (out.units().length > 1 || in.units().length > 1))) {
            continue;
          }
          int sizeA = ca.size() - out.residents().length + in.residents().length;
          int sizeB = cb.size() - in.residents().length + out.residents().length;
          int wish = out.wish() + in.wish() - 2 * linked(out, in);
          if (!sizesAllowed(a, b, sizeA, sizeB, building, wish > 0)) {
            continue;
          }
          int after = shortfall(sa, sizeA, out.traits(), in.traits()) + shortfall(sb, sizeB, in.traits(), out.traits());
          // a building's parts only break ties: a building is split when that makes the circles
          // lack less or meet more wishes, and joined again when nothing is lost by it
          int gain = PARTS * (before - after + WISH * wish) - partsChange(out, in);
          if (gain <= 0 || gain < bestGain) {
            continue;
          }
          // ties go to the more even sizes, then to the members living closer to their centres
          int imbalance = Math.abs(sizeA - sizeB);
          double spread = spreadChange(out.residents(), ca, in.residents(), cb);
          boolean better = gain > bestGain || imbalance < bestImbalance
              || (imbalance == bestImbalance && spread < bestSpread);
          if (better && fitsInstead(in.residents(), ca, out) && fitsInstead(out.residents(), cb, in)
              && ownNeighbourhood(in.residents(), ca, out) && ownNeighbourhood(out.residents(), cb, in)) {
            bestGain = gain;
            bestOut = out;
            bestIn = in;
            bestImbalance = imbalance;
            bestSpread = spread;
          }
        }
      }
      countHomes(ca, cb, -1);
      if (bestOut == null || bestIn == null) {
        return false;
      }
      for (int u : bestOut.units()) {
        move(u, a, b);
      }
      for (int u : bestIn.units()) {
        move(u, b, a);
      }
      return true;
    }

    private void move(int unit, int from, int to) {
      for (int i : units.get(unit)) {
        circles.get(from).remove(Integer.valueOf(i));
        circles.get(to).add(i);
        circleOf[i] = to;
      }
      add(sums.get(from), traits[unit], -1);
      add(sums.get(to), traits[unit], 1);
    }

    /**
     * Sizes within the policy, and no less balanced than before: between circles of one region the
     * two sizes may trade places or come closer (or be 2 apart where a building moves); between
     * regions they stay as they are, unless the exchange meets more wishes to be together.
     */
    private boolean sizesAllowed(int a, int b, int sizeA, int sizeB, boolean building, boolean wish) {
      int oldA = circles.get(a).size();
      int oldB = circles.get(b).size();
      if (sizeA < policy.minSize() || sizeA > policy.maxSize() || sizeB < policy.minSize()
          || sizeB > policy.maxSize()) {
        return false;
      }
      if (!wish && regionOf.get(a).intValue() != regionOf.get(b).intValue()) {
        return sizeA == oldA;
      }
      return Math.abs(sizeA - sizeB) <= Math.max(building ? 2 : 1, Math.abs(oldA - oldB));
    }

    /**
     * What a circle lacks, weighted so that exchanges meet the policy in as many circles as they
     * can: per connector, required offer and vital member missing 4, 2 and 1, and per rule missed
     * 4, 2 and 2 more, in 256ths; each further member missing weighs a little less than the one
     * before (the square of the shortfall is taken off), so that where the pool cannot give every
     * circle what it needs, what there is gathers in the circles nearest to meeting the rule
     * rather than spreading evenly over circles that all fall short; a circle missing any rule
     * weighs {@code WHOLE} more, so that an exchange that completes a circle wins over one that
     * only brings circles that still fall short nearer. With the traits of unit
     * {@code out} replaced by those of {@code in} where given.
     */
    private int shortfall(int[] sum, int size, int @Nullable [] out, int @Nullable [] in) {
      int missing = 0;
      boolean any = false;
      for (int k = 0; k < sum.length; k++) {
        int have = sum[k] - (out == null ? 0 : out[k]) + (in == null ? 0 : in[k]);
        int short_ = Math.max(0, need(k, size) - have);
        any |= short_ > 0;
        missing += SCALE * ((k == 0 ? 4 : k == 1 ? 1 : 2) * short_ + (short_ > 0 ? (k == 0 ? 4 : 2) : 0))
            - short_ * short_;
      }
      return missing + (any ? WHOLE : 0);
    }

    /**
     * The wishes between residents of the two options, each counted once: they change places, so
     * the wishes stay unmet where the options counted them as met.
     */
    private int linked(Option out, Option in) {
      int links = 0;
      for (int i : out.residents()) {
        for (int j : wishes[i]) {
          links += moves(j, in.units()) ? 1 : 0;
        }
      }
      return links;
    }

    /**
     * How many more circles the buildings of the movers are spread over after {@code out} leaves
     * circle a for circle b and {@code in} comes the other way: one more where movers leave some of
     * their building behind and find none of it, one fewer where the last of a building's
     * residents in a circle joins the rest. Needs {@link #countHomes} of a and b.
     */
    private int partsChange(Option out, Option in) {
      int[] leavingA = out.residents();
      int[] leavingB = in.residents();
      int change = 0;
      for (int p = 0; p < leavingA.length + leavingB.length; p++) {
        int h = home[mover(leavingA, leavingB, p)];
        if (h < 0 || sameHomeBefore(leavingA, leavingB, p)) {
          continue;
        }
        int fromA = residentsOf(h, leavingA);
        int fromB = residentsOf(h, leavingB);
        change += present(homesInA[h] - fromA + fromB) + present(homesInB[h] - fromB + fromA)
            - present(homesInA[h]) - present(homesInB[h]);
      }
      return change;
    }

    /** Counts the residents of each building in circles a and b, or with -1, clears the counts. */
    private void countHomes(List<Integer> ca, List<Integer> cb, int sign) {
      for (int i : ca) {
        if (home[i] >= 0) {
          homesInA[home[i]] = sign > 0 ? homesInA[home[i]] + 1 : 0;
        }
      }
      for (int i : cb) {
        if (home[i] >= 0) {
          homesInB[home[i]] = sign > 0 ? homesInB[home[i]] + 1 : 0;
        }
      }
    }

    /** The p-th of the residents leaving a, then those leaving b. */
    private static int mover(int[] leavingA, int[] leavingB, int p) {
      return p < leavingA.length ? leavingA[p] : leavingB[p - leavingA.length];
    }

    private boolean sameHomeBefore(int[] leavingA, int[] leavingB, int p) {
      int h = home[mover(leavingA, leavingB, p)];
      for (int q = 0; q < p; q++) {
        if (home[mover(leavingA, leavingB, q)] == h) {
          return true;
        }
      }
      return false;
    }

    private int residentsOf(int h, int[] people) {
      int count = 0;
      for (int i : people) {
        count += home[i] == h ? 1 : 0;
      }
      return count;
    }

    private static int present(int residents) {
      return residents > 0 ? 1 : 0;
    }

    private boolean moves(int candidate, Option option) {
      return moves(candidate, option.units());
    }

    private boolean moves(int candidate, int[] moving) {
      for (int u : moving) {
        if (unitOf[candidate] == u) {
          return true;
        }
      }
      return false;
    }

    /** How much farther from their new circles' centres the movers would live, in metres. */
    private double spreadChange(int[] out, List<Integer> ca, int[] in, List<Integer> cb) {
      double[] centreA = centreWithout(ca, out);
      double[] centreB = centreWithout(cb, in);
      double[] oldA = centreWithout(ca, new int[0]);
      double[] oldB = centreWithout(cb, new int[0]);
      return distance(in, centreA) + distance(out, centreB) - distance(out, oldA) - distance(in, oldB);
    }

    private double[] centreWithout(List<Integer> circle, int[] leaving) {
      double cx = 0;
      double cy = 0;
      for (int j : circle) {
        cx += grid.x[j];
        cy += grid.y[j];
      }
      for (int j : leaving) {
        cx -= grid.x[j];
        cy -= grid.y[j];
      }
      int m = circle.size() - leaving.length;
      return m == 0 ? new double[] {0, 0} : new double[] {cx / m, cy / m};
    }

    private double distance(int[] movers, double[] centre) {
      double sum = 0;
      for (int i : movers) {
        sum += Math.hypot(grid.x[i] - centre[0], grid.y[i] - centre[1]);
      }
      return sum;
    }

    /** Whether the residents fit in with the circle once {@code leaving} has left it. */
    private boolean fitsInstead(int[] residents, List<Integer> circle, Option leaving) {
      for (int i : residents) {
        for (int j : circle) {
          if (!moves(j, leaving) && !fitsPair(i, j)) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Whether every resident whose neighbourhood is known finds someone of it, or someone they want
     * to be with, in the circle once {@code leaving} has left, or the circle has nobody of a known
     * neighbourhood left.
     */
    private boolean ownNeighbourhood(int[] residents, List<Integer> circle, Option leaving) {
      for (int i : residents) {
        if (neighbourhood[i] < 0) {
          continue;
        }
        boolean named = false;
        boolean same = false;
        for (int j : circle) {
          if (!moves(j, leaving) && neighbourhood[j] >= 0) {
            named = true;
            same |= neighbourhood[j] == neighbourhood[i] || wants(i, j);
          }
        }
        if (named && !same) {
          return false;
        }
      }
      return true;
    }

    /** Whether one of the two wants to be with the other. */
    private boolean wants(int i, int j) {
      for (int k : wishes[i]) {
        if (k == j) {
          return true;
        }
      }
      return false;
    }

    // ---- the hard rules: distance and avoidance ----------------------------------------

    private boolean fitsPair(int i, int j) {
      return grid.within(i, j, limit) && compatible(i, j);
    }

    private boolean compatible(int i, int j) {
      Candidate a = candidates.get(i);
      Candidate b = candidates.get(j);
      return !a.member().avoids().contains(b.id()) && !b.member().avoids().contains(a.id());
    }

    private boolean fits(int i, List<Integer> circle) {
      for (int j : circle) {
        if (j != i && !fitsPair(i, j)) {
          return false;
        }
      }
      return true;
    }

    private boolean fitsTogether(List<Integer> unitList) {
      int[] members = membersOf(unitList);
      if (members.length > policy.maxSize()) {
        return false;
      }
      for (int p = 0; p < members.length; p++) {
        for (int q = p + 1; q < members.length; q++) {
          if (!fitsPair(members[p], members[q])) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
