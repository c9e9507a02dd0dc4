package nl.voorzorgcirkel.matching.benchmarks.ortools;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link WeekProblem} for OR-Tools' CP-SAT: the same model as {@link MipModel} with Boolean
 * {@code y(k,j)} (ordered: {@code y(k,j+1)} implies {@code y(k,j)}), at-most-one constraints for
 * each unit and each clique, and the costs in integers: every pair cost, marginal penalty and the
 * unplaced cost times {@link #SCALE}, rounded to the nearest. Each rounding is at most half a
 * millionth, and a plan has at most one pair cost and one marginal per unit placed, so the
 * rounded cost of any plan is within {@code 10^-6 * units} of its true cost, and the plan CP-SAT
 * proves optimal for the rounded costs is within {@code 2 * 10^-6 * units} of the true optimum
 * (and places as many, the unplaced cost being far above any such difference). Where the problem
 * has start options for flexible units ({@link WeekProblem#starts}), flexible help takes time as
 * well, with intervals (see {@code flexibleTime}). Not thread-safe.
 */
public final class CpSatModel {

  /** Costs are counted in millionths. */
  public static final double SCALE = 1e6;

  static {
    Loader.loadNativeLibraries();
  }

  private CpSatModel() {}

  /** Builds and solves the problem with {@code workers} search workers within {@code timeLimitMillis} (0: none). */
  public static PeerResult solve(WeekProblem p, int workers, long timeLimitMillis) {
    long start = System.nanoTime();
    CpModel model = new CpModel();
    LinearExprBuilder objective = LinearExpr.newBuilder();
    long unplaced = Math.round(p.unplacedCost * SCALE);
    BoolVar[][] x = new BoolVar[p.units][];
    List<List<BoolVar>> atNode = new ArrayList<>();
    for (int k = 0; k < p.nodes; k++) {
      atNode.add(new ArrayList<>());
    }
    for (int u = 0; u < p.units; u++) {
      x[u] = new BoolVar[p.eligible[u].length];
      for (int i = 0; i < x[u].length; i++) {
        x[u][i] = model.newBoolVar("");
        atNode.get(p.eligible[u][i]).add(x[u][i]);
        objective.addTerm(x[u][i], Math.round(p.cost[u][i] * SCALE) - unplaced);
      }
      if (x[u].length > 1) {
        model.addAtMostOne(x[u]);
      }
    }
    for (int k = 0; k < p.nodes; k++) {
      List<BoolVar> here = atNode.get(k);
      if (here.isEmpty()) {
        continue;
      }
      int most = Math.min(p.count[k], here.size());
      LinearExprBuilder load = LinearExpr.newBuilder();
      for (BoolVar v : here) {
        load.add(v);
      }
      BoolVar previous = null;
      for (int j = 0; j < most; j++) {
        BoolVar y = model.newBoolVar("");
        load.addTerm(y, -1);
        objective.addTerm(y, Math.round(p.marginal[k][j] * SCALE));
        if (previous != null) {
          model.addImplication(y, previous);
        }
        previous = y;
      }
      model.addEquality(load, 0);
      if (most < here.size()) {
        model.addLessOrEqual(LinearExpr.sum(here.toArray(new BoolVar[0])), most);
      }
    }
    for (WeekProblem.Clique c : p.cliques) {
      List<Literal> atMostOne = new ArrayList<>();
      for (int u : c.units()) {
        for (int i = 0; i < p.eligible[u].length; i++) {
          if (p.memberOf[p.eligible[u][i]] == c.member()) {
            atMostOne.add(x[u][i]);
          }
        }
      }
      model.addAtMostOne(atMostOne);
    }
    for (WeekProblem.Hours h : p.hours) {
      if (h.limit() < 0) {
        for (int a = 0; a < h.unit().length; a++) {
          model.addEquality(x[h.unit()[a]][h.arc()[a]], 0);
        }
        continue;
      }
      BoolVar[] vars = new BoolVar[h.unit().length];
      for (int a = 0; a < vars.length; a++) {
        vars[a] = x[h.unit()[a]][h.arc()[a]];
      }
      model.addLessOrEqual(LinearExpr.weightedSum(vars, h.seconds()), h.limit());
    }
    flexibleTime(p, model, x);
    objective.add(unplaced * p.units);
    model.minimize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(workers).setRandomSeed(7);
    if (timeLimitMillis > 0) {
      solver.getParameters().setMaxTimeInSeconds(timeLimitMillis / 1000.0);
    }
    long built = System.nanoTime();
    CpSolverStatus status = solver.solve(model);
    long solved = System.nanoTime();
    int[] plan = new int[p.units];
    Arrays.fill(plan, -1);
    boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    for (int u = 0; u < p.units && found; u++) {
      for (int i = 0; i < x[u].length; i++) {
        if (solver.booleanValue(x[u][i])) {
          plan[u] = p.eligible[u][i];
        }
      }
    }
    return new PeerResult("CP-SAT " + workers + (workers == 1 ? " worker" : " workers"), plan, p.totalCost(plan),
        found ? solver.objectiveValue() / SCALE : Double.NaN, found ? solver.bestObjectiveBound() / SCALE : Double.NaN,
        status == CpSolverStatus.OPTIMAL, status.toString(), built - start, solved - built);
  }

  /**
   * Flexible help takes time, the way CP-SAT schedules: per flexible unit's arc an optional
   * interval, present where the arc is, whose start variable ranges over that arc's start options
   * (the {@link WeekProblem.Starts}, the same quarter-hour grid as {@link MipModel}: the same
   * problem, so the optima compare exactly) and whose size is the help's length plus the travel
   * buffer; per member who may take flexible help, the units at set times as optional fixed
   * intervals (each leg from its start to its end plus the buffer, present where the member holds
   * the unit; a trip's legs that meet merged into one, as the MIP counts a unit once at a moment),
   * and one {@code NoOverlap} over all of them. Times in seconds from the earliest one. An arc
   * without a start option is not taken. The cliques stay: redundant with the intervals where a
   * member has flexible help, they give the linear relaxation its strength.
   */
  private static void flexibleTime(WeekProblem p, CpModel model, BoolVar[][] x) {
    if (p.starts.isEmpty()) {
      return;
    }
    long origin = Long.MAX_VALUE;
    for (WeekProblem.Starts o : p.starts) {
      for (long s : o.start()) {
        origin = Math.min(origin, s);
      }
    }
    for (List<long[]> of : p.fixedBusy) {
      for (long[] b : of) {
        origin = Math.min(origin, b[1]);
      }
    }
    List<List<IntervalVar>> busy = new ArrayList<>();
    for (int m = 0; m < p.members; m++) {
      busy.add(new ArrayList<>());
    }
    for (WeekProblem.Starts o : p.starts) {
      BoolVar taken = x[o.unit()][o.arc()];
      if (o.start().length == 0) {
        model.addEquality(taken, 0);
        continue;
      }
      long size = o.busyTo()[0] - o.start()[0];
      long[] at = new long[o.start().length];
      for (int i = 0; i < at.length; i++) {
        if (o.busyTo()[i] - o.start()[i] != size) {
          throw new IllegalStateException("unit " + o.unit() + ": start options of different lengths");
        }
        at[i] = o.start()[i] - origin;
      }
      IntVar start = model.newIntVarFromDomain(Domain.fromValues(at), "");
      busy.get(p.memberOf[p.eligible[o.unit()][o.arc()]]).add(model.newOptionalFixedSizeIntervalVar(start, size,
          taken, ""));
    }
    for (int m = 0; m < p.members; m++) {
      if (busy.get(m).isEmpty()) {
        continue; // set times alone: the cliques keep them apart
      }
      // per unit at set times the member may take: its legs, merged where they meet
      java.util.TreeMap<Integer, List<long[]>> legs = new java.util.TreeMap<>();
      for (long[] b : p.fixedBusy.get(m)) {
        legs.computeIfAbsent((int) b[0], u -> new ArrayList<>()).add(new long[] {b[1], b[2]});
      }
      for (var unit : legs.entrySet()) {
        Literal held = heldBy(p, model, x, unit.getKey(), m);
        List<long[]> periods = unit.getValue();
        periods.sort(java.util.Comparator.comparingLong((long[] b) -> b[0]));
        long from = periods.get(0)[0];
        long to = periods.get(0)[1];
        for (long[] b : periods.subList(1, periods.size())) {
          if (b[0] < to) {
            to = Math.max(to, b[1]);
          } else {
            busy.get(m).add(model.newOptionalFixedInterval(from - origin, to - from, held, ""));
            from = b[0];
            to = b[1];
          }
        }
        busy.get(m).add(model.newOptionalFixedInterval(from - origin, to - from, held, ""));
      }
      model.addNoOverlap(busy.get(m));
    }
  }

  /** A literal true exactly where member {@code m} holds unit {@code u} (at any of their member-weeks). */
  private static Literal heldBy(WeekProblem p, CpModel model, BoolVar[][] x, int u, int m) {
    List<BoolVar> arcs = new ArrayList<>();
    for (int i = 0; i < p.eligible[u].length; i++) {
      if (p.memberOf[p.eligible[u][i]] == m) {
        arcs.add(x[u][i]);
      }
    }
    if (arcs.size() == 1) {
      return arcs.get(0);
    }
    BoolVar held = model.newBoolVar("");
    model.addEquality(LinearExpr.sum(arcs.toArray(new BoolVar[0])), held);
    return held;
  }
}
