package nl.voorzorgcirkel.matching.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.matching.benchmarks.ortools.WeekProblem;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;

/**
 * Our batch as a {@link WeekProblem} for OR-Tools: exactly the constraints and costs our search
 * ({@code ConflictSearch}) judges a plan by, read off the {@link Batch} and the flow network's
 * unplaced cost and marginal penalties, with the standard settings of {@link BatchAssignment}.
 *
 * <ul>
 *   <li>Units, eligible member-weeks ("nodes") and costs: the batch's (a trip's legs are one unit
 *       already, with its summed cost; a trip whose legs overlap has no eligible node).
 *   <li>Count per node: the flow's ({@code min(floor(left / shortest), max per member, units)}),
 *       which the hours imply; our repair keeps to it too.
 *   <li>Load penalty: the network's marginal {@code lambda (2 (h + j) - 1)} of the j-th unit.
 *   <li>Hours: without a trip across weeks, per node its units' seconds within the seconds left
 *       that week; with one, as {@code ConflictSearch.overWeek}: per member and week, each leg's
 *       seconds in the week it falls in, within the weekly capacity less what was given or
 *       promised that week.
 *   <li>Set times: units busy at one moment (a leg's {@code [start, end + buffer)}) are a clique
 *       per member, over all of that member's nodes; flexible legs occupy no time. The cliques at
 *       each leg's start cover every pair {@code ConflictSearch.overlap} calls overlapping
 *       ({@link #uncovered} checks it).
 * </ul>
 */
final class OrToolsWeeks {

  private OrToolsWeeks() {}

  /** The same ranking and batch as {@code BatchAssignment.standard().plan}, without the search. */
  static Batch batchOf(List<HelpRequest> requests, CircleSnapshot snapshot) {
    ScopePolicy scope = ScopePolicies.standard();
    MatchingStrategy strategy = MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0)
        .scopePolicy(scope).travelBuffer(HardRules.DEFAULT_TRAVEL_BUFFER).build();
    List<HelpRequest> copy = List.copyOf(requests);
    List<Ranking> rankings = new ArrayList<>(copy.size());
    boolean[] referred = new boolean[copy.size()];
    for (int r = 0; r < copy.size(); r++) {
      ScopeDecision decision = scope.assess(copy.get(r));
      Ranking ranking = strategy.rank(copy.get(r), snapshot);
      rankings.add(ranking);
      referred[r] = !(decision.isInScope() ? ranking.scope() : decision).isInScope();
    }
    return new Batch(copy, List.copyOf(rankings), referred, snapshot);
  }

  /** The problem with the standard settings: no count limit but the hours, lambda 0.1, 15 minutes' buffer. */
  static WeekProblem of(Batch batch) {
    return of(batch, Integer.MAX_VALUE, BatchAssignment.DEFAULT_LOAD_PENALTY,
        HardRules.DEFAULT_TRAVEL_BUFFER.toSeconds());
  }

  static WeekProblem of(Batch batch, int maxPerNode, double penalty, long bufferSeconds) {
    Network network = new Network(batch.eligible, batch.cost, batch.baseHours, batch.capacities(maxPerNode),
        penalty, batch.maxCost);
    int nodes = batch.nodes();
    double[][] marginal = new double[nodes][];
    for (int k = 0; k < nodes; k++) {
      marginal[k] = new double[network.capacity[k]];
      for (int j = 1; j <= network.capacity[k]; j++) {
        marginal[k][j - 1] = network.marginal(k, j);
      }
    }
    return new WeekProblem(batch.eligible, batch.cost, batch.memberIndex.clone(), batch.members.size(),
        network.capacity.clone(), marginal, network.unplacedCost, hours(batch), cliques(batch, bufferSeconds),
        starts(batch, bufferSeconds), fixedBusy(batch, bufferSeconds));
  }

  /** The grid of start options of flexible units, in seconds. */
  static final long GRID = 15 * 60;

  /**
   * Per flexible unit and arc: the starts on a quarter-hour grid (and the ranked earliest start)
   * that keep the rules of their own ({@code StartTimes.clearStart} with no other help: window,
   * slots, days, week, promises). Every time of the benchmark's weeks (starts, lengths, slots,
   * promises, the buffer) is on the quarter hour, so where a member's flexible help has starts that
   * keep the rules, it has them on this grid (each at the earliest start after the help before it
   * ends and the buffer): the model is the same problem. A flexible leg of a trip is not modelled.
   */
  private static List<WeekProblem.Starts> starts(Batch batch, long bufferSeconds) {
    java.time.Duration buffer = java.time.Duration.ofSeconds(bufferSeconds);
    List<WeekProblem.Starts> starts = new ArrayList<>();
    for (int u = 0; u < batch.units(); u++) {
      if (!batch.flexible[u]) {
        continue;
      }
      if (batch.legs[u].length > 1) {
        throw new IllegalStateException("a flexible leg of a trip is not modelled");
      }
      HelpRequest request = batch.requests.get(batch.legs[u][0]);
      long length = request.expectedDuration().toSeconds();
      for (int i = 0; i < batch.eligible[u].length; i++) {
        nl.voorzorgcirkel.core.model.Member member = batch.memberOf[batch.memberIndex[batch.eligible[u][i]]];
        Instant earliest = batch.legEarliest[u][i][0];
        StartTimes.Placed placed = new StartTimes.Placed(request, member, earliest);
        long weekEnd = nl.voorzorgcirkel.core.model.CalendarWeeks.endOf(earliest, batch.snapshot().zone())
            .getEpochSecond();
        List<Long> options = new ArrayList<>();
        long first = earliest.getEpochSecond();
        for (long s = first; s + length <= request.window().end().getEpochSecond() && s < weekEnd;
            s = s == first ? Math.floorDiv(s, GRID) * GRID + GRID : s + GRID) {
          Instant at = Instant.ofEpochSecond(s);
          if (member.earliestStartWithin(nl.voorzorgcirkel.core.model.TimeWindow.fixed(at, at.plusSeconds(length)),
              request.expectedDuration()).equals(java.util.Optional.of(at))
              && StartTimes.clearStart(placed, at, List.of(), batch.snapshot(), buffer)
                  .equals(java.util.Optional.of(at))) {
            options.add(s);
          }
        }
        long[] from = options.stream().mapToLong(Long::longValue).toArray();
        long[] to = options.stream().mapToLong(s -> s + length + bufferSeconds).toArray();
        starts.add(new WeekProblem.Starts(u, i, from, to));
      }
    }
    return starts;
  }

  /** Per member: the legs at set times of the units they may take, {unit, start, end plus buffer}. */
  private static List<List<long[]>> fixedBusy(Batch batch, long bufferSeconds) {
    List<List<long[]>> busy = new ArrayList<>();
    for (int m = 0; m < batch.members.size(); m++) {
      List<long[]> of = new ArrayList<>();
      for (int u = 0; u < batch.units(); u++) {
        if (eligibleFor(batch, u, m)) {
          for (int leg = 0; leg < batch.fixedFrom[u].length; leg++) {
            of.add(new long[] {u, batch.fixedFrom[u][leg], batch.fixedTo[u][leg] + bufferSeconds});
          }
        }
      }
      busy.add(of);
    }
    return busy;
  }

  private static List<WeekProblem.Hours> hours(Batch batch) {
    List<WeekProblem.Hours> rows = new ArrayList<>();
    if (!batch.spansWeeks()) {
      List<List<int[]>> arcs = new ArrayList<>();
      for (int k = 0; k < batch.nodes(); k++) {
        arcs.add(new ArrayList<>());
      }
      for (int u = 0; u < batch.units(); u++) {
        for (int i = 0; i < batch.eligible[u].length; i++) {
          arcs.get(batch.eligible[u][i]).add(new int[] {u, i});
        }
      }
      for (int k = 0; k < batch.nodes(); k++) {
        List<int[]> of = arcs.get(k);
        long[] seconds = new long[of.size()];
        for (int a = 0; a < of.size(); a++) {
          seconds[a] = batch.seconds[of.get(a)[0]];
        }
        rows.add(row(of, seconds, batch.remainingSeconds[k]));
      }
      return rows;
    }
    // per member and week: each leg in the week it falls in (ConflictSearch.overWeek)
    for (int m = 0; m < batch.members.size(); m++) {
      TreeMap<Instant, List<int[]>> arcs = new TreeMap<>();
      TreeMap<Instant, List<Long>> seconds = new TreeMap<>();
      for (int u = 0; u < batch.units(); u++) {
        for (int i = 0; i < batch.eligible[u].length; i++) {
          int node = batch.eligible[u][i];
          if (batch.memberIndex[node] != m) {
            continue;
          }
          TreeMap<Instant, Long> perWeek = new TreeMap<>();
          for (int leg = 0; leg < batch.legs[u].length; leg++) {
            Instant week = batch.legWeek[u][i] == null ? batch.nodeWeek.get(node) : batch.legWeek[u][i][leg];
            perWeek.merge(week, batch.legSeconds[u][leg], Long::sum);
          }
          for (var week : perWeek.entrySet()) {
            arcs.computeIfAbsent(week.getKey(), w -> new ArrayList<>()).add(new int[] {u, i});
            seconds.computeIfAbsent(week.getKey(), w -> new ArrayList<>()).add(week.getValue());
          }
        }
      }
      for (var week : arcs.entrySet()) {
        long[] s = seconds.get(week.getKey()).stream().mapToLong(Long::longValue).toArray();
        rows.add(row(week.getValue(), s, batch.capacitySeconds[m] - batch.baseSeconds(m, week.getKey())));
      }
    }
    return rows;
  }

  private static WeekProblem.Hours row(List<int[]> arcs, long[] seconds, long limit) {
    int[] unit = new int[arcs.size()];
    int[] arc = new int[arcs.size()];
    for (int a = 0; a < arcs.size(); a++) {
      unit[a] = arcs.get(a)[0];
      arc[a] = arcs.get(a)[1];
    }
    return new WeekProblem.Hours(unit, arc, seconds, limit);
  }

  /**
   * Per member, the units busy at each leg's start where that set is a maximal clique of the
   * member's legs (the next start comes after one of them ended), with at least two units.
   */
  private static List<WeekProblem.Clique> cliques(Batch batch, long buffer) {
    List<WeekProblem.Clique> cliques = new ArrayList<>();
    for (int m = 0; m < batch.members.size(); m++) {
      // the member's legs at set times: unit, start, end plus buffer
      List<long[]> legs = new ArrayList<>();
      for (int u = 0; u < batch.units(); u++) {
        if (batch.fixedFrom[u].length > 0 && eligibleFor(batch, u, m)) {
          for (int leg = 0; leg < batch.fixedFrom[u].length; leg++) {
            legs.add(new long[] {u, batch.fixedFrom[u][leg], batch.fixedTo[u][leg] + buffer});
          }
        }
      }
      legs.sort(Comparator.comparingLong((long[] l) -> l[1]));
      List<long[]> active = new ArrayList<>();
      for (int a = 0; a < legs.size(); a++) {
        long point = legs.get(a)[1];
        active.removeIf(l -> l[2] <= point);
        active.add(legs.get(a));
        if (a + 1 < legs.size() && legs.get(a + 1)[1] == point) {
          continue; // the last of the legs starting here sees them all
        }
        long firstEnd = Long.MAX_VALUE;
        for (long[] l : active) {
          firstEnd = Math.min(firstEnd, l[2]);
        }
        if (a + 1 < legs.size() && legs.get(a + 1)[1] < firstEnd) {
          continue; // the next start's set holds this one
        }
        int[] units = active.stream().mapToInt(l -> (int) l[0]).distinct().sorted().toArray();
        if (units.length >= 2) {
          cliques.add(new WeekProblem.Clique(m, units));
        }
      }
    }
    return cliques;
  }

  private static boolean eligibleFor(Batch batch, int unit, int member) {
    for (int node : batch.eligible[unit]) {
      if (batch.memberIndex[node] == member) {
        return true;
      }
    }
    return false;
  }

  /**
   * A check of the cliques: the pairs of units one member could hold that overlap in time as
   * {@code ConflictSearch.overlap} judges it (any two legs, {@code a.from < b.to + buffer} and
   * {@code b.from < a.to + buffer}) but share no clique. Should be none.
   */
  static int uncovered(Batch batch, WeekProblem problem, long buffer) {
    int missing = 0;
    boolean[][] may = new boolean[batch.members.size()][batch.units()];
    for (int u = 0; u < batch.units(); u++) {
      for (int node : batch.eligible[u]) {
        may[batch.memberIndex[node]][u] = true;
      }
    }
    for (int m = 0; m < batch.members.size(); m++) {
      List<int[]> ofMember = new ArrayList<>();
      for (WeekProblem.Clique c : problem.cliques) {
        if (c.member() == m) {
          ofMember.add(c.units());
        }
      }
      for (int a = 0; a < batch.units(); a++) {
        for (int b = a + 1; b < batch.units(); b++) {
          if (may[m][a] && may[m][b] && overlap(batch, a, b, buffer)
              && !together(ofMember, a, b)) {
            missing++;
          }
        }
      }
    }
    return missing;
  }

  private static boolean together(List<int[]> cliques, int a, int b) {
    for (int[] c : cliques) {
      if (Arrays.binarySearch(c, a) >= 0 && Arrays.binarySearch(c, b) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlap(Batch batch, int a, int b, long buffer) {
    for (int i = 0; i < batch.fixedFrom[a].length; i++) {
      for (int j = 0; j < batch.fixedFrom[b].length; j++) {
        if (batch.fixedFrom[a][i] < batch.fixedTo[b][j] + buffer && batch.fixedFrom[b][j] < batch.fixedTo[a][i] + buffer) {
          return true;
        }
      }
    }
    return false;
  }
}
