package nl.voorzorgcirkel.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
 * caller who distributes the work runs {@link #runUnit} for each anywhere (with each circle's own
 * figures, if wanted), and gathers the results with {@link #result}, which merges them in any
 * grouping and order; {@link UnitResult#merge} merges some on the way. {@link #run} does this on
 * local threads and keeps only the figures, never the circles: memory does not grow with the
 * number of circles. To split a run over separate jobs without writing any of this, run each
 * {@link Shard} with {@link #run(Scenario, Shard, int, Progress)} and combine them with {@link
 * ShardResult#merge}.
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
   * @throws SimulationException if a circle run fails (a fault of the engine, not of the scenario)
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
   * @throws SimulationException if a circle run fails (a fault of the engine, not of the scenario)
   */
  public static ExperimentResult run(Scenario scenario, int threads, Progress progress) {
    List<DesignPoint> points = points(scenario);
    Calendar calendar = new Calendar(scenario.experiment());
    int replications = scenario.experiment().replications();
    ReplicationResult[][] results = new ReplicationResult[points.size()][replications];
    runUnits(points, calendar, units(points, CIRCLES_PER_UNIT), threads, progress, (point, replication, totals) ->
        results[point][replication] = ReplicationResult.of(replication, totals, calendar.monthDays(),
            points.get(point).scenario()));
    List<List<ReplicationResult>> byPoint = new ArrayList<>();
    for (ReplicationResult[] r : results) {
      byPoint.add(List.of(r));
    }
    return new ExperimentResult(scenario, points, months(calendar), byPoint);
  }

  /**
   * Runs one shard of an experiment, for a run split over separate jobs (a SLURM array job):
   * {@link ShardResult#merge} combines every shard into the same result as {@link #run}.
   *
   * @param scenario the scenario, not null
   * @param shard which slice of the work, not null
   * @param threads how many circles run at once, 1 or more; the result does not depend on it
   * @param progress told as this shard's circle runs finish, not null
   * @return the shard's results
   * @throws ScenarioException listing every broken rule, before anything runs
   * @throws SimulationException if a circle run fails (a fault of the engine, not of the scenario)
   */
  public static ShardResult run(Scenario scenario, Shard shard, int threads, Progress progress) {
    Objects.requireNonNull(shard, "shard");
    List<DesignPoint> points = points(scenario);
    TreeMap<Long, UnitResult> results = new TreeMap<>();
    runUnits(points, new Calendar(scenario.experiment()), shard.units(points), threads, progress,
        (point, replication, totals) -> results.put(key(point, replication), UnitResult.of(point, replication, totals)));
    return new ShardResult(shard, ScenarioFiles.toJson(scenario), new ArrayList<>(results.values()),
        "shard " + shard);
  }

  /** Told, one call at a time, when every unit of a (point, replication) is in. */
  @FunctionalInterface
  private interface Finished {
    void add(int point, int replication, Totals totals);
  }

  /** Runs units on a pool of threads, adding up each (point, replication) as its units come in. */
  private static void runUnits(List<DesignPoint> points, Calendar calendar, List<WorkUnit> units, int threads,
      Progress progress, Finished finished) {
    Objects.requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    CircleRun.Model[] models = new CircleRun.Model[points.size()];
    for (int i = 0; i < models.length; i++) {
      models[i] = new CircleRun.Model(points.get(i).scenario(), calendar);
    }
    Map<Long, Pending> pending = new HashMap<>();
    long total = 0;
    for (WorkUnit unit : units) {
      pending.computeIfAbsent(key(unit.point(), unit.replication()), k -> new Pending(calendar.months())).units++;
      total += unit.circles();
    }
    long[] done = {0};
    long all = total;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>(units.size());
      for (WorkUnit unit : units) {
        futures.add(pool.submit(() -> {
          Totals totals = run(models[unit.point()], unit, null);
          Pending target;
          synchronized (pending) {
            target = pending.get(key(unit.point(), unit.replication()));
          }
          Totals complete = target.add(totals);
          synchronized (pending) {
            if (complete != null) {
              finished.add(unit.point(), unit.replication(), complete);
              pending.remove(key(unit.point(), unit.replication()));
            }
            done[0] += unit.circles();
            progress.completed(done[0], all);
          }
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          // where it failed, to repeat it; the cause says what (the model's messages hold no personal data)
          WorkUnit unit = units.get(i);
          throw new SimulationException(unit.point() + 1, unit.replication() + 1, e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The totals of one (point, replication) while its units come in. */
  private static final class Pending {
    private final Totals totals;
    /** Units not yet in; counted up while the units are listed. */
    private int units;

    Pending(int months) {
      this.totals = new Totals(months);
    }

    /** Adds a unit's totals; returns all of them once the last unit is in. */
    synchronized Totals add(Totals unit) {
      totals.add(unit);
      return --units == 0 ? totals : null;
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
    return runUnit(point, unit, null);
  }

  /**
   * Runs one unit of work, a pure function of the point and the unit, and tells each circle's own
   * figures as it finishes.
   *
   * @param point the design point, not null; from {@link #points}
   * @param unit the unit, not null, of this point
   * @param circles told each circle's figures, in the order of the circles, on the calling thread;
   *     null to skip them (as {@link #runUnit(DesignPoint, WorkUnit)})
   * @return the figures of all its circles, the same as without {@code circles}
   */
  public static UnitResult runUnit(DesignPoint point, WorkUnit unit, Consumer<CircleRunResult> circles) {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(unit, "unit");
    if (unit.point() != point.index()) {
      throw new IllegalArgumentException("the unit belongs to another design point");
    }
    CircleRun.Model model = new CircleRun.Model(point.scenario(), new Calendar(point.scenario().experiment()));
    return UnitResult.of(unit.point(), unit.replication(), run(model, unit, circles));
  }

  private static Totals run(CircleRun.Model model, WorkUnit unit, Consumer<CircleRunResult> circles) {
    Totals totals = new Totals(model.months());
    Totals one = circles == null ? null : new Totals(model.months());
    for (int c = unit.firstCircle(); c < unit.firstCircle() + unit.circles(); c++) {
      if (one == null) {
        CircleRun.run(model, unit.replication(), c, totals);
      } else {
        one.clear();
        CircleRun.run(model, unit.replication(), c, one);
        circles.accept(new CircleRunResult(unit.point(), unit.replication(), c, ReplicationResult.values(one, model.scenario())));
        totals.add(one);
      }
    }
    return totals;
  }

  /**
   * Runs every circle of one design point and replication and tells each circle's records (its
   * ledger and the lives of its requests) with the simulation's own figures for it: what a
   * platform would have kept of a simulated year, to replay through the impact report. The
   * figures are the same as in a run without records. Runs on the calling thread.
   *
   * @param point the design point, not null; from {@link #points}
   * @param replication the replication, 0 to the scenario's replications minus 1
   * @param records told each circle's records, in the order of the circles, not null
   * @throws IllegalArgumentException if the replication is out of range
   * @since 0.1.0
   */
  public static void record(DesignPoint point, int replication, Consumer<SimulatedCircle> records) {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(records, "records");
    Scenario scenario = point.scenario();
    if (replication < 0 || replication >= scenario.experiment().replications()) {
      throw new IllegalArgumentException("replication must be 0 to "
          + (scenario.experiment().replications() - 1));
    }
    Calendar calendar = new Calendar(scenario.experiment());
    CircleRun.Model model = new CircleRun.Model(scenario, calendar);
    Instant from = calendar.periodStart();
    Instant to = calendar.periodEnd();
    for (int c = 0; c < scenario.population().circles(); c++) {
      Totals one = new Totals(model.months());
      int index = c;
      CircleRun.run(model, replication, c, one, (circle, ledger, lifecycles, audit) -> records.accept(
          new SimulatedCircle(point.index(), replication, index, from, to, circle, ledger, lifecycles, audit,
              new CircleRunResult(point.index(), replication, index, ReplicationResult.values(one, point.scenario())),
              one.get(Totals.Count.HELP_SECONDS))));
    }
  }

  /**
   * The figures of one replication from the merged results of all its units.
   *
   * @param merged the merged results of every circle of one (point, replication), not null
   * @param scenario the design point's scenario ({@link DesignPoint#scenario()}; the experiment's for a
   *     single point), not null: it decides the figures that exist ({@link Output#existsIn})
   * @return the figures
   */
  public static ReplicationResult replicationResult(UnitResult merged, Scenario scenario) {
    Calendar calendar = new Calendar(scenario.experiment());
    return ReplicationResult.of(merged.replication(), merged.totals(), calendar.monthDays(), scenario);
  }

  /**
   * The experiment's result from the results of all its units, as a distributed run gathers them:
   * for every (point, replication), results that together cover each of its circles once, merged
   * here in any grouping and order. The same, bit for bit, as {@link #run}.
   *
   * @param scenario the experiment's scenario, not null
   * @param results the results, not null; several per (point, replication) are added up
   * @return the result
   * @throws ScenarioException listing every broken rule of the scenario
   * @throws IllegalArgumentException if a (point, replication) is missing, its results cover a
   *     number of circles other than the point's, or a result belongs to no point of the scenario
   */
  public static ExperimentResult result(Scenario scenario, Collection<UnitResult> results) {
    Objects.requireNonNull(results, "results");
    List<DesignPoint> points = points(scenario);
    Calendar calendar = new Calendar(scenario.experiment());
    int replications = scenario.experiment().replications();
    Totals[][] sums = new Totals[points.size()][replications];
    for (UnitResult r : results) {
      if (r.point() >= points.size() || r.replication() >= replications) {
        throw new IllegalArgumentException("a result of point " + (r.point() + 1) + ", replication "
            + (r.replication() + 1) + ": the experiment has " + points.size() + " points of " + replications
            + " replications");
      }
      Totals t = r.totals();
      if (sums[r.point()][r.replication()] == null) {
        sums[r.point()][r.replication()] = t;
      } else {
        sums[r.point()][r.replication()].add(t);
      }
    }
    List<List<ReplicationResult>> byPoint = new ArrayList<>();
    for (DesignPoint p : points) {
      List<ReplicationResult> figures = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        Totals t = sums[p.index()][r];
        long circles = t == null ? 0 : t.get(Totals.Count.CIRCLES);
        if (circles != p.scenario().population().circles()) {
          throw new IllegalArgumentException("point " + (p.index() + 1) + ", replication " + (r + 1) + ": the results"
              + " cover " + circles + " circle runs, the point has " + p.scenario().population().circles());
        }
        figures.add(ReplicationResult.of(r, t, calendar.monthDays(), p.scenario()));
        sums[p.index()][r] = null;
      }
      byPoint.add(List.copyOf(figures));
    }
    return new ExperimentResult(scenario, points, months(calendar), byPoint);
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
