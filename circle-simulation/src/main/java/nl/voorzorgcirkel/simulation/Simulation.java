package nl.voorzorgcirkel.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.voorzorgcirkel.simulation.internal.Calendar;
import nl.voorzorgcirkel.simulation.internal.CircleRun;
import nl.voorzorgcirkel.simulation.internal.Totals;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Designs;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioError;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;

/**
 * Runs experiments: every design point, every replication, every circle, each circle a pure
 * function of (scenario, replication, circle) with its own random streams per source, and the
 * figures added up exactly. The same scenario and seed give the same result, bit for bit, whatever
 * the number of threads or the way the work is split.
 *
 * <p>The work is a list of {@link WorkUnit}s (design point x replication x block of circles); a
 * caller who distributes the work runs {@link #runUnit} for each anywhere, merges the results of
 * each (point, replication) with {@link UnitResult#merge} in any order, and turns them into figures
 * with {@link #replicationResult}. {@link #run} does this on local threads and keeps only the
 * figures, never the circles: memory does not grow with the number of circles.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Simulation {

  /** Circles per unit of work in {@link #run}. */
  public static final int CIRCLES_PER_UNIT = 64;

  private Simulation() {}

  /** Told how many circle runs are done, out of how many. */
  @FunctionalInterface
  public interface Progress {
    /**
     * More circle runs are done. Called from worker threads, one call at a time, with {@code done}
     * increasing.
     *
     * @param done circle runs done so far
     * @param total circle runs in all
     */
    void completed(long done, long total);
  }

  /**
   * Runs an experiment on as many threads as there are processors.
   *
   * @param scenario the scenario, not null
   * @return the result
   * @throws ScenarioException listing every broken rule, before anything runs
   */
  public static ExperimentResult run(Scenario scenario) {
    return run(scenario, Runtime.getRuntime().availableProcessors(), (done, total) -> { });
  }

  /**
   * Runs an experiment.
   *
   * @param scenario the scenario, not null
   * @param threads how many circles run at once, 1 or more; the result does not depend on it
   * @param progress told as circle runs finish, not null
   * @return the result
   * @throws ScenarioException listing every broken rule, before anything runs
   */
  public static ExperimentResult run(Scenario scenario, int threads, Progress progress) {
    Objects.requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    List<DesignPoint> points = points(scenario);
    Calendar calendar = new Calendar(scenario.experiment());
    int replications = scenario.experiment().replications();
    List<WorkUnit> units = units(points, CIRCLES_PER_UNIT);
    long total = 0;
    for (DesignPoint p : points) {
      total += (long) p.scenario().population().circles() * replications;
    }
    CircleRun.Model[] models = new CircleRun.Model[points.size()];
    for (int i = 0; i < models.length; i++) {
      models[i] = new CircleRun.Model(points.get(i).scenario(), calendar);
    }
    ReplicationResult[][] results = new ReplicationResult[points.size()][replications];
    Map<Long, Pending> pending = new HashMap<>();
    for (DesignPoint p : points) {
      int circles = p.scenario().population().circles();
      for (int r = 0; r < replications; r++) {
        pending.put(key(p.index(), r), new Pending(calendar.months(), (circles + CIRCLES_PER_UNIT - 1) / CIRCLES_PER_UNIT));
      }
    }
    long[] done = {0};
    long all = total;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>(units.size());
      for (WorkUnit unit : units) {
        futures.add(pool.submit(() -> {
          Totals totals = run(models[unit.point()], unit);
          Pending target;
          synchronized (pending) {
            target = pending.get(key(unit.point(), unit.replication()));
          }
          ReplicationResult finished = target.add(totals, unit.replication(), calendar.monthDays());
          synchronized (results) {
            if (finished != null) {
              results[unit.point()][unit.replication()] = finished;
              synchronized (pending) {
                pending.remove(key(unit.point(), unit.replication()));
              }
            }
            done[0] += unit.circles();
            progress.completed(done[0], all);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a circle's simulation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<List<ReplicationResult>> byPoint = new ArrayList<>();
    for (ReplicationResult[] r : results) {
      byPoint.add(List.of(r));
    }
    return new ExperimentResult(scenario, points, months(calendar), byPoint);
  }

  /** The totals of one (point, replication) while its units come in. */
  private static final class Pending {
    private final Totals totals;
    private int unitsLeft;

    Pending(int months, int units) {
      this.totals = new Totals(months);
      this.unitsLeft = units;
    }

    /** Adds a unit's totals; returns the replication's figures once the last unit is in. */
    synchronized ReplicationResult add(Totals unit, int replication, int[] days) {
      totals.add(unit);
      return --unitsLeft == 0 ? ReplicationResult.of(replication, totals, days) : null;
    }
  }

  private static long key(int point, int replication) {
    return (long) point << 32 | replication;
  }

  /**
   * The design points of a scenario's experiment, after checking the scenario.
   *
   * @param scenario the scenario, not null
   * @return the points, in order
   * @throws ScenarioException listing every broken rule
   */
  public static List<DesignPoint> points(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    List<ScenarioError> errors = ScenarioFiles.validate(scenario);
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    return Designs.points(scenario);
  }

  /**
   * The units of work of an experiment, in a fixed order: point, then replication, then circles.
   *
   * @param points the design points, not null
   * @param circlesPerUnit circles per unit, 1 or more
   * @return the units
   */
  public static List<WorkUnit> units(List<DesignPoint> points, int circlesPerUnit) {
    if (circlesPerUnit < 1) {
      throw new IllegalArgumentException("circlesPerUnit must be at least 1");
    }
    List<WorkUnit> units = new ArrayList<>();
    for (DesignPoint p : points) {
      int circles = p.scenario().population().circles();
      int replications = p.scenario().experiment().replications();
      for (int r = 0; r < replications; r++) {
        for (int first = 0; first < circles; first += circlesPerUnit) {
          units.add(new WorkUnit(p.index(), r, first, Math.min(circlesPerUnit, circles - first)));
        }
      }
    }
    return units;
  }

  /**
   * Runs one unit of work: a pure function of the point and the unit.
   *
   * @param point the design point, not null; from {@link #points}
   * @param unit the unit, not null, of this point
   * @return its figures
   */
  public static UnitResult runUnit(DesignPoint point, WorkUnit unit) {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(unit, "unit");
    if (unit.point() != point.index()) {
      throw new IllegalArgumentException("the unit belongs to another design point");
    }
    CircleRun.Model model = new CircleRun.Model(point.scenario(), new Calendar(point.scenario().experiment()));
    return new UnitResult(unit.point(), unit.replication(), run(model, unit));
  }

  private static Totals run(CircleRun.Model model, WorkUnit unit) {
    Totals totals = new Totals(model.months());
    for (int c = unit.firstCircle(); c < unit.firstCircle() + unit.circles(); c++) {
      CircleRun.run(model, unit.replication(), c, totals);
    }
    return totals;
  }

  /**
   * The figures of one replication from the merged results of all its units.
   *
   * @param merged the merged results of every circle of one (point, replication), not null
   * @param scenario the experiment's scenario, not null
   * @return the figures
   */
  public static ReplicationResult replicationResult(UnitResult merged, Scenario scenario) {
    Calendar calendar = new Calendar(scenario.experiment());
    return ReplicationResult.of(merged.replication(), merged.totals(), calendar.monthDays());
  }

  static List<Month> months(Calendar calendar) {
    List<Month> months = new ArrayList<>();
    int[] days = calendar.monthDays();
    boolean[] partial = calendar.partial();
    for (int i = 0; i < days.length; i++) {
      months.add(new Month(calendar.monthLabels().get(i), calendar.firstDay(i), days[i], partial[i]));
    }
    return List.copyOf(months);
  }
}
