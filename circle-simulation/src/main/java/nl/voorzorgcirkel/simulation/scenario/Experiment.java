package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The experiment, separate from the model (as in JSL): when and how long, how many replications,
 * the master seed, the design points and an optional paired comparison. Immutable.
 *
 * @param start the first simulated day, 2000-01-01 to 2099-12-31
 * @param warmupDays days simulated first and left out of the figures, 0 to 3,650
 * @param days days measured after the warm-up, 1 to 36,500; the whole run ends before 2200
 * @param replications independent replications, 1 to 10,000
 * @param seed the master seed: every random stream derives from it, the replication, the circle
 *     and the source of randomness, never from the design point, so that all points share common
 *     random numbers
 * @param design the design points
 * @param compare an optional paired comparison: every design point runs once per value, and the
 *     report gives each value's difference from the first with its 95 % interval
 * @since 0.1.0
 */
public record Experiment(LocalDate start, int warmupDays, int days, int replications, long seed,
    Design design, Optional<Comparison> compare) {

  /**
   * The design points.
   *
   * @param type single (the scenario as given), sweep (one factor at a time, the others at the
   *     scenario's value), grid (every combination) or latin-hypercube (a Latin hypercube sample
   *     of numeric ranges)
   * @param factors the varied fields; none for a single point
   * @param samples points of a Latin hypercube sample, 1 to 10,000; ignored otherwise
   */
  public record Design(DesignType type, List<Factor> factors, int samples) {}

  /** The kinds of design. */
  public enum DesignType {
    /** One point: the scenario as given. */
    @JsonProperty("single") SINGLE,
    /** One factor at a time. */
    @JsonProperty("sweep") SWEEP,
    /** Every combination of the factors' values (a full factorial). */
    @JsonProperty("grid") GRID,
    /** A Latin hypercube sample of the factors' ranges. */
    @JsonProperty("latin-hypercube") LATIN_HYPERCUBE
  }

  /**
   * A varied field: its path in the scenario (such as {@code behaviour.acceptance.probability} or
   * {@code population.membersPerCircle}) and either its values (sweep, grid) or a numeric range
   * (Latin hypercube).
   *
   * @param field the path, dot-separated, of a field of the scenario
   * @param values the values, as they would be written in the scenario file; empty for a range
   * @param min the range's lower end (Latin hypercube), or empty
   * @param max the range's upper end (Latin hypercube), or empty
   * @param integer whether sampled values are whole numbers (Latin hypercube) for a field that takes
   *     fractions; a whole-number field (its schema type) is always sampled in whole numbers
   */
  public record Factor(String field,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Object> values, Optional<Double> min,
      Optional<Double> max, boolean integer) {

    /**
     * Takes absent values and ends as empty.
     *
     * @param field see the record description
     * @param values see the record description
     * @param min see the record description
     * @param max see the record description
     * @param integer see the record description
     */
    public Factor {
      values = values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
      min = min == null ? Optional.empty() : min;
      max = max == null ? Optional.empty() : max;
    }
  }

  /**
   * A paired comparison: the field and its values, the first being the baseline.
   *
   * @param field the path of the compared field, such as {@code policy.fairness.strategy}
   * @param values two or more values, the first the baseline
   */
  public record Comparison(String field, List<Object> values) {}
}
