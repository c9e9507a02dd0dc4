package nl.voorzorgcirkel.simulation.scenario;

import nl.voorzorgcirkel.core.model.Vitality;

/**
 * A number for each vitality class. Immutable.
 *
 * @param vital for vital members
 * @param someLimitations for members with some limitations
 * @param dependent for dependent members
 * @since 0.1.0
 */
public record ByVitality(double vital, double someLimitations, double dependent) {

  /**
   * The number for a vitality class.
   *
   * @param vitality the class, not null
   * @return the number
   */
  public double of(Vitality vitality) {
    switch (vitality) {
      case VITAL:
        return vital;
      case SOME_LIMITATIONS:
        return someLimitations;
      default:
        return dependent;
    }
  }
}
