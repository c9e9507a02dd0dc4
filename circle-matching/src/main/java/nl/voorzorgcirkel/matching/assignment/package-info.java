/**
 * Batch assignment: given the open requests of a week, who takes which, so that as many as
 * possible are done at the least total cost while the load spreads.
 *
 * <p>{@link nl.voorzorgcirkel.matching.assignment.BatchAssignment} solves the problem exactly as a
 * minimum-cost flow with convex costs and returns an {@link
 * nl.voorzorgcirkel.matching.assignment.AssignmentPlan}: the assignments, the requests that could
 * not be placed and why, the objective and each member's load. Adding one request to a plan moves
 * as few earlier assignments as the optimum allows.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.assignment;

import org.jspecify.annotations.NullMarked;
