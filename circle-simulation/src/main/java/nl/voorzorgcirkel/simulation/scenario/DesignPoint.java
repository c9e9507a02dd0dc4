package nl.voorzorgcirkel.simulation.scenario;

import java.util.List;

/**
 * One point of an experiment: the scenario with the design's settings (and the compared field's
 * value) applied. Points with the same {@code design} index and different {@code compared} indexes
 * form a paired comparison: they share their random numbers. Immutable.
 *
 * @param index the point's place in the experiment, from 0
 * @param design the design point's index, from 0
 * @param compared the compared value's index, from 0 (the baseline); 0 without a comparison
 * @param settings the design's settings, then the compared value's, in the design's order
 * @param scenario the scenario to run, valid
 * @since 0.1.0
 */
public record DesignPoint(int index, int design, int compared, List<Setting> settings,
    Scenario scenario) {

  /**
   * The settings as {@code field=value} pairs joined by commas, or {@code "as given"}.
   *
   * @return the label
   */
  public String label() {
    if (settings.isEmpty()) {
      return "as given";
    }
    StringBuilder out = new StringBuilder();
    for (Setting s : settings) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(s);
    }
    return out.toString();
  }
}
