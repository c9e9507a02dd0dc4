package nl.voorzorgcirkel.matching.formation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * The quality of a formation as numbers, to compare algorithms on the same pool.
 *
 * @param placedShare share of candidates placed in a circle, 0 to 1; 0 for an empty pool (nobody
 *     placed out of nobody is no success: see {@code candidates})
 * @param circles number of circles formed
 * @param meetingPolicyShare share of circles that meet the policy, 0 to 1 (1 when there are none)
 * @param meanDistanceMetres mean distance between two members of the same circle, metres
 * @param maxDistanceMetres largest distance between two members of the same circle, metres
 * @param coverageShare share of circles with every required capability offered often enough
 * @param vitalityShare share of circles with at least the policy's share of vital members
 * @param preferencesHonoured share of placed "wants to be with" pairs that share a circle, 0 to 1
 *     (1 when there are none)
 * @param smallestCircle members of the smallest circle, 0 when there are none
 * @param largestCircle members of the largest circle, 0 when there are none
 * @param connectorShare share of circles with as many candidates willing to connect as the
 *     policy asks, 0 to 1 (1 when there are none)
 * @param buildingsKeptTogether share of buildings with 2 to the policy's maximum size placed
 *     residents whose placed residents all share one circle, 0 to 1 (1 when there are none)
 * @param mixedNeighbourhoodShare share of circles with candidates from more than one named
 *     neighbourhood, 0 to 1 (0 when there are none)
 * @param candidates the candidates in the pool, 0 or more
 * @since 0.1.0
 */
public record FormationQuality(double placedShare, int circles, double meetingPolicyShare,
    double meanDistanceMetres, double maxDistanceMetres, double coverageShare,
    double vitalityShare, double preferencesHonoured, int smallestCircle, int largestCircle,
    double connectorShare, double buildingsKeptTogether, double mixedNeighbourhoodShare,
    int candidates) {

  /**
   * One line for a report, in the reader's language. Where no circle was formed it says so with
   * the count of candidates instead of shares of nothing: {@code "0 of 0 candidates placed: the
   * pool is empty, no circles formed"}, {@code "0 of 1 candidate placed, no circles formed"}.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the figures, rounded
   * @since 0.1.0
   */
  public String describe(Locale locale) {
    if (circles == 0) {
      return Texts.format("formation.quality.none", locale, Map.of("candidates", candidates));
    }
    Map<String, Object> figures = new HashMap<>();
    figures.put("placed", percent(placedShare));
    figures.put("circles", circles);
    figures.put("meeting", percent(meetingPolicyShare));
    figures.put("mean", meanDistanceMetres);
    figures.put("max", maxDistanceMetres);
    figures.put("coverage", percent(coverageShare));
    figures.put("vitality", percent(vitalityShare));
    figures.put("preferences", percent(preferencesHonoured));
    figures.put("smallest", smallestCircle);
    figures.put("largest", largestCircle);
    figures.put("connectors", percent(connectorShare));
    figures.put("buildings", percent(buildingsKeptTogether));
    figures.put("mixed", percent(mixedNeighbourhoodShare));
    return Texts.format("formation.quality", locale, figures);
  }

  /** A share as a percentage; the message table writes it in the reader's notation. */
  private static double percent(double share) {
    return 100 * share;
  }

  /**
   * One line for a report, in English.
   *
   * @return the figures, rounded; same as {@code describe(Locale.ENGLISH)}
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
