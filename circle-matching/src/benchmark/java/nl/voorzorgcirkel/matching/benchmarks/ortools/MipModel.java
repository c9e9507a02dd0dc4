package nl.voorzorgcirkel.matching.benchmarks.ortools;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link WeekProblem} as a mixed-integer programme through OR-Tools' {@code MPSolver} (SCIP, CBC
 * or HiGHS):
 *
 * <pre>
 * min  sum_(u,k) (c(u,k) - U) x(u,k) + sum_(k,j) p(k,j) y(k,j) + U * units
 * s.t. sum_k x(u,k) <= 1                               each unit once at most (else unplaced)
 *      sum_(u in C) sum_(k of m) x(u,k) <= 1            each clique C of member m (set times)
 *      sum_u s(u,k) x(u,k) <= left                       each hours row
 *      sum_u x(u,k) = sum_j y(k,j),  sum_u x(u,k) <= count(k)   each node
 *      x binary, 0 <= y <= 1
 * </pre>
 *
 * Where the problem has start options for flexible units ({@link WeekProblem#starts}), flexible
 * help takes time as well (see {@code flexibleTime}).
 *
 * The marginal penalties {@code p(k,1) < p(k,2) < ...} increase, so a cheapest {@code y} of a given
 * load takes the first ones: {@code y} need not be integer. Relative and absolute gap limits are 0:
 * the solver stops at the proven optimum (or at the time limit). Not thread-safe.
 */
public final class MipModel {

  static {
    Loader.loadNativeLibraries();
  }

  private MipModel() {}

  /**
   * Builds and solves the problem with the given {@code MPSolver} id ("SCIP", "CBC", "HIGHS"), one
   * thread, within {@code timeLimitMillis} (0: none).
   *
   * @return the result, or null where this OR-Tools has no such solver
   */
  public static PeerResult solve(WeekProblem p, String solverId, long timeLimitMillis) {
    long start = System.nanoTime();
    MPSolver solver = MPSolver.createSolver(solverId);
    if (solver == null) {
      return null;
    }
    solver.setNumThreads(1);
    if (timeLimitMillis > 0) {
      solver.setTimeLimit(timeLimitMillis);
    }
    MPObjective objective = solver.objective();
    MPVariable[][] x = new MPVariable[p.units][];
    MPConstraint[] node = new MPConstraint[p.nodes];
    MPConstraint[] count = new MPConstraint[p.nodes];
    for (int k = 0; k < p.nodes; k++) {
      node[k] = solver.makeConstraint(0, 0, "");
      count[k] = solver.makeConstraint(0, p.count[k], "");
    }
    int[] eligibleAt = new int[p.nodes];
    for (int u = 0; u < p.units; u++) {
      x[u] = new MPVariable[p.eligible[u].length];
      MPConstraint once = solver.makeConstraint(0, 1, "");
      for (int i = 0; i < x[u].length; i++) {
        int k = p.eligible[u][i];
        x[u][i] = solver.makeBoolVar("");
        once.setCoefficient(x[u][i], 1);
        node[k].setCoefficient(x[u][i], 1);
        count[k].setCoefficient(x[u][i], 1);
        objective.setCoefficient(x[u][i], p.cost[u][i] - p.unplacedCost);
        eligibleAt[k]++;
      }
    }
    for (int k = 0; k < p.nodes; k++) {
      for (int j = 0; j < Math.min(p.count[k], eligibleAt[k]); j++) {
        MPVariable y = solver.makeNumVar(0, 1, "");
        node[k].setCoefficient(y, -1);
        objective.setCoefficient(y, p.marginal[k][j]);
      }
    }
    for (WeekProblem.Clique c : p.cliques) {
      MPConstraint atMostOne = solver.makeConstraint(0, 1, "");
      for (int u : c.units()) {
        for (int i = 0; i < p.eligible[u].length; i++) {
          if (p.memberOf[p.eligible[u][i]] == c.member()) {
            atMostOne.setCoefficient(x[u][i], 1);
          }
        }
      }
    }
    flexibleTime(p, solver, x);
    for (WeekProblem.Hours h : p.hours) {
      if (h.limit() < 0) {
        for (int a = 0; a < h.unit().length; a++) {
          x[h.unit()[a]][h.arc()[a]].setUb(0);
        }
        continue;
      }
      MPConstraint row = solver.makeConstraint(0, h.limit(), "");
      for (int a = 0; a < h.unit().length; a++) {
        row.setCoefficient(x[h.unit()[a]][h.arc()[a]], h.seconds()[a]);
      }
    }
    objective.setOffset(p.unplacedCost * p.units);
    objective.setMinimization();
    MPSolverParameters parameters = new MPSolverParameters();
    parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
    long built = System.nanoTime();
    MPSolver.ResultStatus status = solver.solve(parameters);
    long solved = System.nanoTime();
    int[] plan = new int[p.units];
    Arrays.fill(plan, -1);
    boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
    for (int u = 0; u < p.units && found; u++) {
      for (int i = 0; i < x[u].length; i++) {
        if (x[u][i].solutionValue() > 0.5) {
          plan[u] = p.eligible[u][i];
        }
      }
    }
    double value = found ? objective.value() : Double.NaN;
    double bound = found ? objective.bestBound() : Double.NaN;
    PeerResult result = new PeerResult(solverId, plan, p.totalCost(plan), value, bound,
        status == MPSolver.ResultStatus.OPTIMAL, status.toString(), built - start, solved - built);
    solver.delete();
    return result;
  }

  /**
   * Flexible help takes time (time-indexed): a binary {@code z} per start option of a flexible
   * unit's arc, {@code sum z = x} for that arc, and per member, at the start of every busy period
   * (each option's and each unit's at a set time), at most one of the units busy then:
   * {@code sum x (set times busy then, each unit once) + sum z (options busy then) <= 1}. Busy
   * periods are intervals, so periods that pairwise meet share a point that is one of their starts:
   * these rows keep every two periods of one member apart, travel buffer included.
   */
  private static void flexibleTime(WeekProblem p, MPSolver solver, MPVariable[][] x) {
    if (p.starts.isEmpty()) {
      return;
    }
    // per member: {from, to, kind (0: unit at set times, 1: option), unit, arc, option}
    List<List<long[]>> busy = new java.util.ArrayList<>();
    for (int m = 0; m < p.members; m++) {
      busy.add(new java.util.ArrayList<>());
      for (long[] b : p.fixedBusy.get(m)) {
        busy.get(m).add(new long[] {b[1], b[2], 0, b[0], -1, -1});
      }
    }
    List<MPVariable[]> z = new java.util.ArrayList<>();
    for (int s = 0; s < p.starts.size(); s++) {
      WeekProblem.Starts o = p.starts.get(s);
      MPVariable[] options = new MPVariable[o.start().length];
      MPConstraint one = solver.makeConstraint(0, 0, "");
      one.setCoefficient(x[o.unit()][o.arc()], -1);
      int m = p.memberOf[p.eligible[o.unit()][o.arc()]];
      for (int i = 0; i < options.length; i++) {
        options[i] = solver.makeBoolVar("");
        one.setCoefficient(options[i], 1);
        busy.get(m).add(new long[] {o.start()[i], o.busyTo()[i], 1, o.unit(), s, i});
      }
      z.add(options);
    }
    for (int m = 0; m < p.members; m++) {
      List<long[]> of = busy.get(m);
      java.util.TreeSet<Long> points = new java.util.TreeSet<>();
      for (long[] b : of) {
        if (b[2] == 1) {
          points.add(b[0]);
        }
      }
      for (long[] b : of) {
        points.add(b[0]);
      }
      for (long point : points) {
        MPConstraint row = null;
        java.util.Set<Long> fixedUnits = new java.util.HashSet<>();
        int options = 0;
        for (long[] b : of) {
          if (b[0] <= point && point < b[1]) {
            options += b[2] == 1 ? 1 : 0;
          }
        }
        if (options == 0) {
          continue; // set times alone: the cliques keep them apart
        }
        for (long[] b : of) {
          if (b[0] > point || point >= b[1]) {
            continue;
          }
          if (row == null) {
            row = solver.makeConstraint(0, 1, "");
          }
          if (b[2] == 1) {
            row.setCoefficient(z.get((int) b[4])[(int) b[5]], 1);
          } else if (fixedUnits.add(b[3])) {
            int u = (int) b[3];
            for (int i = 0; i < p.eligible[u].length; i++) {
              if (p.memberOf[p.eligible[u][i]] == m) {
                row.setCoefficient(x[u][i], 1);
              }
            }
          }
        }
      }
    }
  }
}
