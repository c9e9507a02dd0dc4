/**
 * Forming circles from a pool of interested seniors: a {@link
 * nl.voorzorgcirkel.matching.formation.FormationAlgorithm} (see {@link
 * nl.voorzorgcirkel.matching.formation.FormationAlgorithms}) groups {@link
 * nl.voorzorgcirkel.matching.formation.Candidate}s into circles that meet a {@link
 * nl.voorzorgcirkel.matching.formation.FormationPolicy}, reports who could not be placed and why,
 * and measures the quality of the whole ({@link nl.voorzorgcirkel.matching.formation.FormationQuality}).
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.formation;

import org.jspecify.annotations.NullMarked;
