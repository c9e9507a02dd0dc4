package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A range of whole numbers, both ends included; in a scenario file either {@code {"min": 10,
 * "max": 15}} or a single number for a fixed value. Immutable.
 *
 * @param min the smallest value
 * @param max the largest value, not less than {@code min} in a valid scenario
 * @since 0.1.0
 */
public record IntRange(int min, int max) {

  /**
   * A range holding one value.
   *
   * @param value the value
   * @return the range {@code [value, value]}
   */
  public static IntRange of(int value) {
    return new IntRange(value, value);
  }

  /**
   * How many values the range holds.
   *
   * @return {@code max - min + 1}, at least 1 in a valid scenario
   */
  @JsonIgnore
  public int size() {
    return max - min + 1;
  }
}
