package nl.voorzorgcirkel.matching.formation;

import java.util.Locale;

/**
 * The quality of a formation as numbers, to compare algorithms on the same pool.
 *
 * @param placedShare share of candidates placed in a circle, 0 to 1
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
 * @since 0.1.0
 */
public record FormationQuality(double placedShare, int circles, double meetingPolicyShare,
    double meanDistanceMetres, double maxDistanceMetres, double coverageShare,
    double vitalityShare, double preferencesHonoured, int smallestCircle, int largestCircle,
    double connectorShare, double buildingsKeptTogether, double mixedNeighbourhoodShare) {

  /**
   * One line for a report.
   *
   * @return the figures, rounded
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "placed %.1f%%, %d circles of %d to %d, %.1f%% meet the policy, distance mean %.0f m "
            + "max %.0f m, connectors %.1f%%, coverage %.1f%%, vitality %.1f%%, preferences "
            + "honoured %.1f%%, buildings kept together %.1f%%, mixed neighbourhoods %.1f%%",
        100 * placedShare, circles, smallestCircle, largestCircle, 100 * meetingPolicyShare,
        meanDistanceMetres, maxDistanceMetres, 100 * connectorShare, 100 * coverageShare,
        100 * vitalityShare, 100 * preferencesHonoured, 100 * buildingsKeptTogether,
        100 * mixedNeighbourhoodShare);
  }
}
