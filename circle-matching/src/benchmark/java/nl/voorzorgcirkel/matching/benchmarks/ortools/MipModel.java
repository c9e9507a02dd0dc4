package nl.voorzorgcirkel.matching.benchmarks.ortools;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;

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
}
