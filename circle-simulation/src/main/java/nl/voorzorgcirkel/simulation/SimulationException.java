package nl.voorzorgcirkel.simulation;

/**
 * A circle run that failed although its scenario was valid: a fault of the engine, not of the
 * scenario (a scenario with errors is refused with a {@link
 * nl.voorzorgcirkel.simulation.scenario.ScenarioException} before anything runs). The message
 * names the design point and the replication (from 1, as in the reports), so that the run can be
 * repeated; the cause says what went wrong. Neither holds personal data.
 *
 * @since 0.1.0
 */
public final class SimulationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The design point that failed, from 1. */
  private final int point;
  /** The replication that failed, from 1. */
  private final int replication;

  /**
   * A new exception.
   *
   * @param point the design point, from 1
   * @param replication the replication, from 1
   * @param cause what failed, not null
   */
  public SimulationException(int point, int replication, Throwable cause) {
    super("the simulation of design point " + point + ", replication " + replication + " failed", cause);
    this.point = point;
    this.replication = replication;
  }

  /**
   * The design point that failed.
   *
   * @return the point, from 1
   */
  public int point() {
    return point;
  }

  /**
   * The replication that failed.
   *
   * @return the replication, from 1
   */
  public int replication() {
    return replication;
  }
}
