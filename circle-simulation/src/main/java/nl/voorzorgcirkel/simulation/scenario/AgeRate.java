package nl.voorzorgcirkel.simulation.scenario;

import java.util.List;

/**
 * One band of an age table: a rate that holds from an age until the next band's age. Tables are
 * lists of bands in increasing {@code fromAge}, the first from age 0. Immutable.
 *
 * @param fromAge the first age of the band, 0 to 120
 * @param value the rate; its unit is the table's (requests a week, a probability a year)
 * @since 0.1.0
 */
public record AgeRate(int fromAge, double value) {

  /**
   * The value of a table at an age.
   *
   * @param table bands in increasing {@code fromAge}, the first from age 0; not null, not empty
   * @param age the age
   * @return the value of the last band whose {@code fromAge} is at most {@code age}
   */
  public static double at(List<AgeRate> table, int age) {
    double value = table.get(0).value();
    for (AgeRate band : table) {
      if (band.fromAge() <= age) {
        value = band.value();
      }
    }
    return value;
  }
}
