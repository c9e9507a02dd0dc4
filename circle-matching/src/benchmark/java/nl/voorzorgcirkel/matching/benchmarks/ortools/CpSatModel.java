package nl.voorzorgcirkel.matching.benchmarks.ortools;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
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
 * (and places as many, the unplaced cost being far above any such difference). Not thread-safe.
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
    if (!p.starts.isEmpty()) {
      return null; // flexible help that takes time is modelled in MipModel only (for now)
    }
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
}
