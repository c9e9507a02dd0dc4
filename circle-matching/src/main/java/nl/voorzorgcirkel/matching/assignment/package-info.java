/**
 * Batch assignment: given the open requests of a week, who takes which, so that as many as
 * possible are done at the least total cost while the load spreads, nobody passes their capacity
 * in any week, and nobody is at two set times at once.
 *
 * <p>{@link nl.voorzorgcirkel.matching.assignment.BatchAssignment} solves the problem exactly (a
 * minimum-cost flow with convex costs, and a branch and bound with Lagrangian bounds when set times
 * overlap) and returns an {@link nl.voorzorgcirkel.matching.assignment.AssignmentPlan}: the
 * assignments, the requests that could not be placed and why, the requests referred elsewhere
 * because they are not for the circle, the objective, each member's load, and whether the plan is
 * proven optimal. The legs of a trip are placed with one member or reported together. Adding one
 * request to a plan moves as few earlier assignments as the optimum allows.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.assignment;

import org.jspecify.annotations.NullMarked;
