/**
 * Ranking one request: who in the circle could take it, in what order, and why.
 *
 * <p>A {@link nl.voorzorgcirkel.matching.ranking.MatchingStrategy} takes a {@link
 * nl.voorzorgcirkel.core.model.HelpRequest} and a {@link
 * nl.voorzorgcirkel.matching.ranking.CircleSnapshot} and returns a {@link
 * nl.voorzorgcirkel.matching.ranking.Ranking}: eligible members best first, each with its score
 * broken down into {@link nl.voorzorgcirkel.matching.ranking.ScorePart}s, every other member with
 * the {@link nl.voorzorgcirkel.matching.ranking.Exclusion} that ruled them out, and the
 * notification budget: whom to ask first, and who comes next.
 *
 * <p>Hard rules ({@link nl.voorzorgcirkel.matching.ranking.HardRule}) and soft scores ({@link
 * nl.voorzorgcirkel.matching.ranking.SoftScore}) are separate parts, combined by {@link
 * nl.voorzorgcirkel.matching.ranking.MatchingStrategies#builder()}. The snapshot sees the help
 * members promised (commitments) and who was asked and said no; a request ranked with its
 * lifecycle puts those who said no or have not answered after the rest; a request outside the
 * circle's scope is referred, not ranked. Explanations come for two {@link
 * nl.voorzorgcirkel.matching.ranking.Audience}s: connectors see every reason, members no private
 * ones.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.matching.ranking;

import org.jspecify.annotations.NullMarked;
