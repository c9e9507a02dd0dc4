package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Objects;

/**
 * The circles formed from a pool, the candidates who could not be placed, and the quality of the
 * whole.
 *
 * @param circles the circles, in the order formed, not null
 * @param notPlaced the candidates not placed, by id, not null
 * @param quality the quality figures, not null
 * @since 0.1.0
 */
public record FormationResult(List<FormedCircle> circles, List<NotPlaced> notPlaced,
    FormationQuality quality) {

  /**
   * Checks and copies the components.
   *
   * @param circles see the record description
   * @param notPlaced see the record description
   * @param quality see the record description
   */
  public FormationResult {
    circles = List.copyOf(Objects.requireNonNull(circles, "circles"));
    notPlaced = List.copyOf(Objects.requireNonNull(notPlaced, "notPlaced"));
    Objects.requireNonNull(quality, "quality");
  }
}
