package nl.voorzorgcirkel.simulation;

import java.io.Serializable;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.internal.Totals;

/**
 * The figures of some circles of one replication of one design point, in whole numbers, so that
 * results merge exactly: any grouping and order of merges gives the same bits, and so the same
 * report, however the work was split. Not thread-safe; serialisable, for distributed runs.
 *
 * @since 0.1.0
 */
public final class UnitResult implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The design point's index. */
  private final int point;
  /** The replication. */
  private final int replication;
  /** The figures, in whole numbers. */
  private final Totals totals;

  UnitResult(int point, int replication, Totals totals) {
    this.point = point;
    this.replication = replication;
    this.totals = totals;
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
   * The sum of this result and another of the same point and replication; neither changes.
   *
   * @param other the other result, not null
   * @return a new result
   * @throws IllegalArgumentException if the other is of another point or replication
   */
  public UnitResult merge(UnitResult other) {
    Objects.requireNonNull(other, "other");
    if (other.point != point || other.replication != replication) {
      throw new IllegalArgumentException("only results of the same point and replication merge");
    }
    Totals sum = new Totals(totals.months());
    sum.add(totals);
    sum.add(other.totals);
    return new UnitResult(point, replication, sum);
  }

  /**
   * The circles these figures cover.
   *
   * @return 0 or more
   */
  public long circles() {
    return totals.get(Totals.Count.CIRCLES);
  }

  Totals totals() {
    return totals;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitResult && ((UnitResult) o).point == point
        && ((UnitResult) o).replication == replication && ((UnitResult) o).totals.equals(totals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(point, replication, totals);
  }
}
