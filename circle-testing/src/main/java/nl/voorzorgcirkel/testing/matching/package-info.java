/**
 * Contract tests of the matching module's interfaces ({@code MatchingStrategy}, {@code
 * FairnessStrategy}, {@code HardRule}, {@code SoftScore}, {@code FormationAlgorithm}), for
 * implementors, and random pools of candidates.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.testing.matching;

import org.jspecify.annotations.NullMarked;
