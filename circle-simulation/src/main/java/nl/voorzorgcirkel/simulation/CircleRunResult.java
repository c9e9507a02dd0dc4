package nl.voorzorgcirkel.simulation;

import java.util.Arrays;
import java.util.Objects;

/**
 * The figures of one circle in one replication of one design point: each {@link Output} over this
 * circle alone. Counts are this circle's ({@link Output#CIRCLES_BELOW_MINIMUM} and {@link
 * Output#CIRCLES_LOSING_A_KIND} are 0 or 1), shares and means are over its own requests, asks and
 * helpers, and the load figures ({@link Output#LOAD_GINI} and the others) are its own. A figure that
 * does not exist for the circle (a mean wait when nothing was helped) is NaN. Immutable and
 * thread-safe.
 *
 * <p>From {@link Simulation#runUnit(nl.voorzorgcirkel.simulation.scenario.DesignPoint, WorkUnit,
 * java.util.function.Consumer)}, for analyses per circle (the rows a distributed run writes).
 *
 * @since 0.1.0
 */
public final class CircleRunResult {

  private final int point;
  private final int replication;
  private final int circle;
  private final double[] values;

  CircleRunResult(int point, int replication, int circle, double[] values) {
    this.point = point;
    this.replication = replication;
    this.circle = circle;
    this.values = values;
  }

  /**
   * The design point.
   *
   * @return its index, from 0
   */
  public int point() {
    return point;
  }

  /**
   * The replication.
   *
   * @return from 0
   */
  public int replication() {
    return replication;
  }

  /**
   * The circle.
   *
   * @return from 0
   */
  public int circle() {
    return circle;
  }

  /**
   * A figure of this circle.
   *
   * @param output which, not null
   * @return the value, or NaN where it does not exist
   */
  public double value(Output output) {
    return values[output.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CircleRunResult && ((CircleRunResult) o).point == point
        && ((CircleRunResult) o).replication == replication && ((CircleRunResult) o).circle == circle
        && Arrays.equals(((CircleRunResult) o).values, values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(point, replication, circle, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "CircleRunResult{point=" + point + ", replication=" + replication + ", circle=" + circle
        + ", requests=" + value(Output.REQUESTS) + "}";
  }
}
