package nl.voorzorgcirkel.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;

/**
 * A deterministic slice of an experiment's work: shard {@code index} of {@code count}, for running
 * one experiment as separate jobs (the tasks of a SLURM array job, of a Spark job) whose results
 * merge into the same figures, bit for bit, as one run.
 *
 * <p>The experiment's circle runs, in the order design point, replication, circle, are cut into
 * {@code count} consecutive slices whose sizes differ by at most one circle run; shard {@code
 * index} takes the {@code index}-th. Within a slice the work is in {@link WorkUnit}s of at most
 * {@link Simulation#CIRCLES_PER_UNIT} circles, never across a replication, so that shard {@code
 * 1/1} is exactly {@link Simulation#units(List, int)} with that size. Consecutive slices keep each
 * shard's results small: a shard touches few (point, replication) pairs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the shard, from 1 to {@code count}
 * @param count the number of shards, 1 to 1,000,000
 * @since 0.1.0
 */
public record Shard(int index, int count) {

  /** The most shards an experiment is cut into. */
  public static final int MAX_COUNT = 1_000_000;

  /**
   * Checks the range.
   *
   * @param index see the record description
   * @param count see the record description
   * @throws IllegalArgumentException if {@code count} is not 1 to {@value #MAX_COUNT} or {@code
   *     index} not 1 to {@code count}
   */
  public Shard {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("a shard count must be 1 to " + MAX_COUNT + ", got " + count);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + " of " + count + ": the shard must be 1 to " + count);
    }
  }

  /**
   * Reads {@code i/n}, such as {@code 3/16}: shard 3 of 16.
   *
   * @param text the text, not null
   * @return the shard
   * @throws IllegalArgumentException if the text is not two whole numbers with a slash between, or
   *     out of range
   */
  public static Shard parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash > 0) {
        return new Shard(Integer.parseInt(text.substring(0, slash).strip()),
            Integer.parseInt(text.substring(slash + 1).strip()));
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new IllegalArgumentException("a shard is i/n, such as 3/16 for the third of 16 (i from 1 to n), got '"
        + text + "'");
  }

  /**
   * This shard's units of work.
   *
   * @param points the experiment's design points, in order, not null
   * @return the units, in the order of {@link Simulation#units(List, int)}
   */
  public List<WorkUnit> units(List<DesignPoint> points) {
    long runs = 0;
    for (DesignPoint p : points) {
      runs += circleRuns(p);
    }
    // slices of q or q + 1 circle runs, the first (runs mod count) one longer
    long q = runs / count;
    long longer = runs % count;
    long from = (index - 1) * q + Math.min(index - 1, longer);
    long to = from + q + (index - 1 < longer ? 1 : 0);
    List<WorkUnit> units = new ArrayList<>();
    long base = 0;
    for (DesignPoint p : points) {
      int circles = p.scenario().population().circles();
      long end = base + circleRuns(p);
      for (long run = Math.max(from, base); run < Math.min(to, end); ) {
        int replication = (int) ((run - base) / circles);
        int circle = (int) ((run - base) % circles);
        // blocks start at multiples of the unit size, as in an unsliced run, and end at the slice
        int blockEnd = Math.min(circles, (circle / Simulation.CIRCLES_PER_UNIT + 1) * Simulation.CIRCLES_PER_UNIT);
        int last = (int) Math.min(blockEnd, circle + (to - run));
        units.add(new WorkUnit(p.index(), replication, circle, last - circle));
        run += last - circle;
      }
      base = end;
    }
    return units;
  }

  private static long circleRuns(DesignPoint p) {
    return (long) p.scenario().population().circles() * p.scenario().experiment().replications();
  }

  /**
   * The shard as {@code i/n}.
   *
   * @return such as {@code 3/16}
   */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
