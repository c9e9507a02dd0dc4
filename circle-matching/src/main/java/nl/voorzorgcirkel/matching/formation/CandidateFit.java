package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A candidate from the pool who could join a circle, with the needs they would meet.
 *
 * @param candidate the candidate's id, not null
 * @param meets the kinds of need they meet ({@code capability:<code>}, {@code vital}, {@code
 *     connector}, {@code younger}, {@code members}), not null
 * @param farthestMetres the farthest they would live from a member of the circle, metres
 * @since 0.1.0
 */
public record CandidateFit(MemberId candidate, List<String> meets, double farthestMetres) {

  /**
   * Checks and copies the components.
   *
   * @param candidate see the record description
   * @param meets see the record description
   * @param farthestMetres see the record description
   */
  public CandidateFit {
    Objects.requireNonNull(candidate, "candidate");
    meets = List.copyOf(Objects.requireNonNull(meets, "meets"));
  }
}
