package nl.voorzorgcirkel.matching.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * A batch as the solver sees it, read off the requests' rankings and the snapshot.
 *
 * <p><b>Units.</b> Each request in scope is a unit, except that the legs of one trip (requests
 * with the same trip id) are one unit together: placed with one member, or not at all. A unit's
 * members are those every leg's ranking allows; its cost for a member is the sum of its legs'
 * costs ({@code 1 - score without fairness}); its length is the sum of its legs' expected
 * durations.
 *
 * <p><b>Helper nodes.</b> A node is one member in one week: the local week in which that member
 * would help with the unit (the week of the first leg's {@link RankedCandidate#earliestStart()}).
 * Capacity is counted per node, against the help the member gave and promised that week.
 *
 * <p><b>Times.</b> The legs with a fixed window occupy {@code [start, start + expected
 * duration)}; two units held by one member must not overlap once the travel buffer is added.
 * Flexible legs can move: whether a member's flexible legs all have starts that keep clear of
 * their other help is asked of {@link FlexibleTimes}, as the hours are checked apart.
 *
 * <p>Not thread-safe; immutable once made.
 */
final class Batch {

  final List<HelpRequest> requests;
  final List<Ranking> rankings;
  /** Per request: its unit, or -1 for a referred request. */
  final int[] unitOf;
  /** Per unit: its requests' indices, by start, then request id. */
  final int[][] legs;
  /** Per unit: the trip, or null. */
  final TripId[] trip;
  /** Per unit: the summed expected duration of its legs, in seconds. */
  final long[] seconds;
  /** The nodes: member and week start, sorted by member id, then week. */
  final List<MemberId> nodeMember;
  final List<Instant> nodeWeek;
  /** Per node: the member's index in {@link #members}. */
  final int[] memberIndex;
  /** The members that have a node, sorted by id. */
  final List<MemberId> members;
  /** Per node: hours given or promised that week. */
  final double[] baseHours;
  /** Per node: seconds of capacity left that week. */
  final long[] remainingSeconds;
  /** Per member: weekly capacity in seconds. */
  final long[] capacitySeconds;
  /** Per unit: eligible nodes, ascending, and the unit's cost there. */
  final int[][] eligible;
  final double[][] cost;
  /** Per unit: the set-time intervals of its legs, in epoch seconds. */
  final long[][] fixedFrom;
  final long[][] fixedTo;
  /**
   * Per unit and eligible node, for a unit whose legs fall in more than one week of that member:
   * each leg's week; null where all legs are in the node's week (the usual case).
   */
  final Instant[][][] legWeek;
  /** Per unit: each leg's expected duration in seconds. */
  final long[][] legSeconds;
  /** Per unit: whether a leg has a flexible window (no set time: its start is found apart). */
  final boolean[] flexible;
  /** Per unit and eligible node: each leg's earliest start with that node's member, as ranked. */
  final Instant[][][] legEarliest;
  /** Per member, as in {@link #members}: the member. */
  final Member[] memberOf;
  /**
   * Per unit and eligible node: the seconds the unit counts in that node's week (all of {@link
   * #seconds} unless a leg falls in another week).
   */
  final long[][] nodeSeconds;
  /** Seconds given or promised per member and week, for the weeks of legs outside their node's week. */
  private final Map<MemberId, Map<Instant, Long>> weekBase = new HashMap<>();
  private final CircleSnapshot snapshot;
  /** The largest unit cost, for the network's unplaced cost. */
  final double maxCost;

  Batch(List<HelpRequest> requests, List<Ranking> rankings, boolean[] referred, CircleSnapshot snapshot) {
    this(requests, rankings, referred, snapshot, new int[0]);
  }

  /**
   * A batch whose units keep the order of an earlier batch of the first requests ({@code
   * earlierUnitOf}, its {@link #unitOf}); units new since come after them, by request id. So a
   * flow over the earlier units can go on with the new ones ({@link BatchAssignment#add}).
   */
  Batch(List<HelpRequest> requests, List<Ranking> rankings, boolean[] referred, CircleSnapshot snapshot,
      int[] earlierUnitOf) {
    this.requests = requests;
    this.rankings = rankings;
    int n = requests.size();
    unitOf = new int[n];
    Arrays.fill(unitOf, -1);
    // units: single requests, and every trip's legs together; ordered by their smallest request
    // id, so that the units, and every tie the solver breaks by unit, do not depend on the order
    // in which the requests were given (request ids are unique, so no two units tie)
    Map<Object, List<Integer>> grouped = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      if (!referred[r]) {
        TripId id = requests.get(r).trip().orElse(null);
        grouped.computeIfAbsent(id == null ? Integer.valueOf(r) : id, k -> new ArrayList<>()).add(r);
      }
    }
    Comparator<Integer> byId = Comparator.comparing((Integer r) -> requests.get(r).id());
    List<List<Integer>> ordered = new ArrayList<>(grouped.values());
    for (List<Integer> group : ordered) {
      group.sort(Comparator.comparing((Integer r) -> requests.get(r).window().start()).thenComparing(byId));
    }
    ordered.sort(Comparator.comparingInt((List<Integer> group) -> earlierUnit(group, earlierUnitOf))
        .thenComparing(group -> group.stream().min(byId).orElseThrow(), byId));
    int units = ordered.size();
    legs = new int[units][];
    trip = new TripId[units];
    seconds = new long[units];
    int u = 0;
    for (List<Integer> group : ordered) {
      legs[u] = group.stream().mapToInt(Integer::intValue).toArray();
      trip[u] = requests.get(legs[u][0]).trip().orElse(null);
      for (int r : legs[u]) {
        unitOf[r] = u;
        seconds[u] += requests.get(r).expectedDuration().toSeconds();
      }
      u++;
    }
    // per unit: the members every leg allows, with the summed cost and the first leg's start;
    // nobody, for a trip whose legs overlap in time (nobody can be in two places at once)
    List<Map<MemberId, double[]>> allowed = new ArrayList<>(units);
    List<Map<MemberId, Instant>> starts = new ArrayList<>(units);
    List<Map<MemberId, Instant[]>> legStarts = new ArrayList<>(units);
    TreeMap<MemberId, TreeMap<Instant, Integer>> nodes = new TreeMap<>();
    for (u = 0; u < units; u++) {
      @Nullable Map<MemberId, double[]> costs = null;
      Map<MemberId, Instant> first = new HashMap<>();
      Map<MemberId, Instant[]> each = new HashMap<>();
      for (int leg = 0; leg < legs[u].length; leg++) {
        Map<MemberId, double[]> here = new HashMap<>();
        HelpRequest request = requests.get(legs[u][leg]);
        for (RankedCandidate c : rankings.get(legs[u][leg]).candidates()) {
          double legCost = 1.0 - c.scoreWithout(MatchingStrategies.FAIRNESS);
          Instant at = c.earliestStart().orElse(request.window().start());
          if (costs == null) {
            here.put(c.member(), new double[] {legCost});
            first.put(c.member(), at);
            each.put(c.member(), new Instant[legs[u].length]);
          } else if (costs.containsKey(c.member())) {
            here.put(c.member(), new double[] {present(costs, c.member())[0] + legCost});
          } else {
            continue;
          }
          present(each, c.member())[leg] = at;
        }
        costs = here;
      }
      if (costs == null || legsOverlap(legs[u], requests)) {
        costs = Map.of();
      }
      allowed.add(costs);
      starts.add(first);
      legStarts.add(each);
      for (MemberId m : costs.keySet()) {
        nodes.computeIfAbsent(m, k -> new TreeMap<>()).put(weekOf(present(first, m), snapshot), 0);
      }
    }
    nodeMember = new ArrayList<>();
    nodeWeek = new ArrayList<>();
    members = new ArrayList<>(nodes.keySet());
    List<Integer> memberOfNode = new ArrayList<>();
    for (Map.Entry<MemberId, TreeMap<Instant, Integer>> byMember : nodes.entrySet()) {
      for (Map.Entry<Instant, Integer> week : byMember.getValue().entrySet()) {
        week.setValue(nodeMember.size());
        nodeMember.add(byMember.getKey());
        nodeWeek.add(week.getKey());
        memberOfNode.add(members.indexOf(byMember.getKey()));
      }
    }
    int nodeCount = nodeMember.size();
    memberIndex = memberOfNode.stream().mapToInt(Integer::intValue).toArray();
    capacitySeconds = new long[members.size()];
    memberOf = new Member[members.size()];
    for (int m = 0; m < members.size(); m++) {
      Member member = snapshot.circle().member(members.get(m)).orElseThrow();
      memberOf[m] = member;
      capacitySeconds[m] = member.capacityPerWeek().toSeconds();
    }
    baseHours = new double[nodeCount];
    remainingSeconds = new long[nodeCount];
    for (int k = 0; k < nodeCount; k++) {
      long given = given(memberIndex[k], nodeWeek.get(k), snapshot);
      baseHours[k] = given / 3600.0;
      remainingSeconds[k] = Math.max(0, capacitySeconds[memberIndex[k]] - given);
    }
    eligible = new int[units][];
    cost = new double[units][];
    double max = 1.0;
    for (u = 0; u < units; u++) {
      Map<MemberId, double[]> costs = allowed.get(u);
      List<MemberId> sorted = new ArrayList<>(costs.keySet());
      sorted.sort(Comparator.naturalOrder());
      eligible[u] = new int[sorted.size()];
      cost[u] = new double[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        MemberId m = sorted.get(i);
        Instant at = present(starts.get(u), m);
        eligible[u][i] = present(present(nodes, m), weekOf(at, snapshot));
        cost[u][i] = present(costs, m)[0];
        max = Math.max(max, cost[u][i]);
      }
    }
    maxCost = max;
    fixedFrom = new long[units][];
    fixedTo = new long[units][];
    legWeek = new Instant[units][][];
    legSeconds = new long[units][];
    nodeSeconds = new long[units][];
    flexible = new boolean[units];
    legEarliest = new Instant[units][][];
    for (u = 0; u < units; u++) {
      int k = legs[u].length;
      fixedFrom[u] = new long[k];
      fixedTo[u] = new long[k];
      legSeconds[u] = new long[k];
      legWeek[u] = new Instant[eligible[u].length][];
      legEarliest[u] = new Instant[eligible[u].length][];
      for (int i = 0; i < eligible[u].length; i++) {
        legEarliest[u][i] = present(legStarts.get(u), nodeMember.get(eligible[u][i]));
      }
      int fixed = 0;
      for (int leg = 0; leg < k; leg++) {
        HelpRequest request = requests.get(legs[u][leg]);
        legSeconds[u][leg] = request.expectedDuration().toSeconds();
        if (!request.window().flexible()) {
          fixedFrom[u][fixed] = request.window().start().getEpochSecond();
          fixedTo[u][fixed] = fixedFrom[u][fixed] + request.expectedDuration().toSeconds();
          fixed++;
        } else {
          flexible[u] = true;
        }
      }
      fixedFrom[u] = Arrays.copyOf(fixedFrom[u], fixed);
      fixedTo[u] = Arrays.copyOf(fixedTo[u], fixed);
      for (int i = 0; i < eligible[u].length && k > 1; i++) {
        Instant[] at = present(legStarts.get(u), nodeMember.get(eligible[u][i]));
        Instant[] weeks = new Instant[k];
        boolean spans = false;
        for (int leg = 0; leg < k; leg++) {
          weeks[leg] = weekOf(at[leg], snapshot);
          spans |= !weeks[leg].equals(nodeWeek.get(eligible[u][i]));
        }
        legWeek[u][i] = spans ? weeks : null;
      }
      nodeSeconds[u] = new long[eligible[u].length];
      for (int i = 0; i < eligible[u].length; i++) {
        Instant[] weeks = legWeek[u][i];
        for (int leg = 0; leg < k; leg++) {
          if (weeks == null || weeks[leg].equals(nodeWeek.get(eligible[u][i]))) {
            nodeSeconds[u][i] += legSeconds[u][leg];
          }
        }
      }
    }
    this.snapshot = snapshot;
  }

  /** The earliest earlier unit of a group's requests, or {@code Integer.MAX_VALUE} for none. */
  private static int earlierUnit(List<Integer> group, int[] earlierUnitOf) {
    int earliest = Integer.MAX_VALUE;
    for (int r : group) {
      if (r < earlierUnitOf.length && earlierUnitOf[r] >= 0) {
        earliest = Math.min(earliest, earlierUnitOf[r]);
      }
    }
    return earliest;
  }

  /** Whether two legs of one trip at set times overlap (touching is fine: the trip goes on). */
  private static boolean legsOverlap(int[] legs, List<HelpRequest> requests) {
    for (int a = 0; a < legs.length; a++) {
      for (int b = a + 1; b < legs.length; b++) {
        HelpRequest x = requests.get(legs[a]);
        HelpRequest y = requests.get(legs[b]);
        if (!x.window().flexible() && !y.window().flexible()
            && x.window().start().isBefore(y.window().start().plus(y.expectedDuration()))
            && y.window().start().isBefore(x.window().start().plus(x.expectedDuration()))) {
          return true;
        }
      }
    }
    return false;
  }

  private long given(int member, Instant week, CircleSnapshot snapshot) {
    return snapshot.load(members.get(member), week, CalendarWeeks.endOf(week, snapshot.zone())).toSeconds();
  }

  private static Instant weekOf(Instant instant, CircleSnapshot snapshot) {
    return CalendarWeeks.startOf(instant, snapshot.zone());
  }

  int units() {
    return legs.length;
  }

  int nodes() {
    return nodeMember.size();
  }

  /**
   * Per node: the most units it could take, {@code floor(left / shortest)} where {@code left} is
   * the capacity left that week and {@code shortest} the shortest unit it could take there (and
   * at most {@code maxPerNode}). A relaxation of capacity in hours: no set of its units that fits
   * what is left has more, but a set of that many may not fit (units differ in length); whether
   * a plan keeps to the hours is checked apart ({@link #exact(int[])}).
   */
  int[] capacities(int maxPerNode) {
    long[] shortest = shortest();
    int[] capacity = new int[nodes()];
    for (int k = 0; k < nodes(); k++) {
      long count = shortest[k] == 0 ? maxPerNode : remainingSeconds[k] / shortest[k];
      capacity[k] = (int) Math.min(count, maxPerNode);
    }
    return capacity;
  }

  /** Per node: the shortest of its units, in seconds counted in its week; 0 without units. */
  long[] shortest() {
    long[] shortest = new long[nodes()];
    Arrays.fill(shortest, Long.MAX_VALUE);
    for (int u = 0; u < units(); u++) {
      for (int i = 0; i < eligible[u].length; i++) {
        shortest[eligible[u][i]] = Math.min(shortest[eligible[u][i]], nodeSeconds[u][i]);
      }
    }
    for (int k = 0; k < nodes(); k++) {
      shortest[k] = shortest[k] == Long.MAX_VALUE ? 0 : shortest[k];
    }
    return shortest;
  }

  /**
   * Per node: whether the count {@code capacity} is exact, that is any that many of its units fit
   * the hours it has left (the sum of its {@code capacity} longest units fits); then the hours
   * need no check of their own at that node.
   */
  boolean[] exact(int[] capacity) {
    List<List<Long>> lengths = new ArrayList<>();
    for (int k = 0; k < nodes(); k++) {
      lengths.add(new ArrayList<>());
    }
    for (int u = 0; u < units(); u++) {
      for (int i = 0; i < eligible[u].length; i++) {
        lengths.get(eligible[u][i]).add(nodeSeconds[u][i]);
      }
    }
    boolean[] exact = new boolean[nodes()];
    for (int k = 0; k < nodes(); k++) {
      List<Long> of = lengths.get(k);
      of.sort(Comparator.reverseOrder());
      long sum = 0;
      for (int j = 0; j < Math.min(capacity[k], of.size()); j++) {
        sum += of.get(j);
      }
      exact[k] = sum <= remainingSeconds[k];
    }
    return exact;
  }

  /** The seconds a member gave or promised in a week, for the weeks of legs outside their node's. */
  long baseSeconds(int member, Instant week) {
    MemberId id = members.get(member);
    return weekBase.computeIfAbsent(id, k -> new HashMap<>())
        .computeIfAbsent(week, w -> snapshot.load(id, w, CalendarWeeks.endOf(w, snapshot.zone())).toSeconds());
  }

  /** The snapshot the batch was read off. */
  CircleSnapshot snapshot() {
    return snapshot;
  }

  /** Whether some unit has legs in more than one week of one of its members. */
  boolean spansWeeks() {
    for (Instant[][] unit : legWeek) {
      for (Instant[] weeks : unit) {
        if (weeks != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value of a key the batch put in the map itself. */
  private static <K, V> V present(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), "a key the batch put in");
  }
}
