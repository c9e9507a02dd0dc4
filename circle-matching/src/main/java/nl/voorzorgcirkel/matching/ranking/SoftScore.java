package nl.voorzorgcirkel.matching.ranking;

import java.util.Map;
import nl.voorzorgcirkel.core.model.Member;

/**
 * One part of a candidate's score: how close, how familiar, how well the offer fits, how much
 * slack. Ready-made scores are in {@link SoftScores}; weights are set with {@link
 * MatchingStrategies#builder()}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic, must return a value in {@code [0, 1]} (1 is best) that depends on
 * the given member alone, and must not put personal data into its figures.
 *
 * @since 0.1.0
 */
public interface SoftScore {

  /**
   * A stable code, for example {@code "distance"}; also the key of the explanation text.
   *
   * @return the code, never null
   */
  String code();

  /**
   * The score of one eligible member.
   *
   * @param context the request in its circle, not null
   * @param candidate an eligible member, not null
   * @return a value in {@code [0, 1]}, 1 best
   */
  double score(MatchContext context, Member candidate);

  /**
   * Whether the score has anything to say about a request: a score that does not apply is left
   * out of every candidate's total and explanation, and its weight out of the sum of weights, so
   * that scores about trips or series cost nothing for other requests.
   *
   * @param context the request in its circle, not null
   * @return true unless overridden
   */
  default boolean appliesTo(MatchContext context) {
    return true;
  }

  /**
   * The figures that explain the score, for example {@code distanceMetres}.
   *
   * @param context the request in its circle, not null
   * @param candidate an eligible member, not null
   * @return the figures, not null; empty by default
   */
  default Map<String, Object> figures(MatchContext context, Member candidate) {
    return Map.of();
  }
}
