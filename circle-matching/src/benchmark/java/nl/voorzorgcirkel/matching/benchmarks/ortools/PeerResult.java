package nl.voorzorgcirkel.matching.benchmarks.ortools;

/**
 * What a peer solver returned for a {@link WeekProblem}: its plan (per unit its node or -1), that
 * plan's total cost recomputed in doubles as our search counts it ({@link WeekProblem#totalCost}),
 * the solver's own objective and best bound (for CP-SAT divided back by its scale, so in the same
 * units), whether it proved optimality, its status, and the time to build the model and to solve
 * it, in nanoseconds (wall clock).
 */
public record PeerResult(String solver, int[] plan, double cost, double objective, double bound, boolean proven,
    String status, long buildNanos, long solveNanos) {

  /** Units placed. */
  public int placed() {
    return WeekProblem.placed(plan);
  }

  /** Build and solve, in milliseconds. */
  public double millis() {
    return (buildNanos + solveNanos) / 1e6;
  }
}
