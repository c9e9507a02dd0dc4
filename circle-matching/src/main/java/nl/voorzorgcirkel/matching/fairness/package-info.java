/**
 * Fairness: spreading the load on helpers so that nobody burns out. A {@link
 * nl.voorzorgcirkel.matching.fairness.FairnessStrategy} turns recent load into a priority that
 * changes the order in which members are asked; {@link
 * nl.voorzorgcirkel.matching.fairness.FairnessMeasures} measures how evenly a circle's load is
 * spread.
 *
 * <p>Circles are not tit-for-tat: help received never lowers a member's priority, only help given
 * counts as load.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.fairness;

import org.jspecify.annotations.NullMarked;
