package nl.voorzorgcirkel.simulation.scenario;

import java.util.List;

/**
 * Who is in the circles at the start: how many circles, their sizes, the members' ages, vitality,
 * what they offer and how much time they give. Every default and its source is in the scenario
 * schema ({@code scenario-v2.schema.json}, printed by {@code simulate schema}). Immutable.
 *
 * @param circles how many circles, 1 to 10,000,000
 * @param membersPerCircle the starting size of each circle, drawn uniformly; 2 to 100
 * @param age starting ages, drawn uniformly; 50 to 110
 * @param vitalityByAge the vitality mix of new members by age, bands in increasing age, not empty
 * @param offerProbability the chance that a member offers each of the 11 standard kinds of help,
 *     by vitality, 0 to 1
 * @param capacityHoursPerWeek the hours a week a member gives at most, by vitality; a whole
 *     number of hours drawn uniformly from each range, 0 to 40
 * @param connectorsPerCircle connectors (verbinders) per circle, 0 to 10
 * @param homeSpreadMetres the side of the square in which members live, 10 to 50,000 metres
 * @since 0.1.0
 */
public record Population(int circles, IntRange membersPerCircle, IntRange age,
    List<VitalityBand> vitalityByAge, ByVitality offerProbability,
    CapacityByVitality capacityHoursPerWeek, int connectorsPerCircle, double homeSpreadMetres) {

  /**
   * A range of whole hours a week for each vitality class. Immutable.
   *
   * @param vital for vital members
   * @param someLimitations for members with some limitations
   * @param dependent for dependent members
   */
  public record CapacityByVitality(IntRange vital, IntRange someLimitations, IntRange dependent) {}
}
