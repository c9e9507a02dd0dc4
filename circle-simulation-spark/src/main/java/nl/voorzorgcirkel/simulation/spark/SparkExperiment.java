package nl.voorzorgcirkel.simulation.spark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.Shard;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.UnitResult;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * An experiment run as an Apache Spark job, with the same engine, random streams and figures as
 * {@link Simulation#run}: the result, and so every report that {@code Reports.write} makes of it
 * (summary, CSV files, charts, HTML), is the same, byte for byte, as the local run's, whatever the
 * number of tasks, executors or cores.
 *
 * <p>How: the experiment's circle runs (design point x replication x circle) are cut into
 * {@linkplain Shard consecutive slices}, one per Spark task. A task runs its slice's circles with
 * {@link Simulation#runUnit}, a pure function of the scenario and the circle, and returns their
 * figures in whole numbers ({@link UnitResult}), merged per (design point, replication); the
 * executors add up each (design point, replication)'s results exactly ({@link UnitResult#merge}),
 * and the driver receives one result per replication run ({@link Simulation#result}), so neither
 * the order in which tasks finish nor their number matters, and what the driver holds does not
 * grow with the number of tasks. A task that fails, is killed or runs twice (a retry, a lost
 * executor, speculative execution) computes the same figures again, and Spark keeps the output
 * of one attempt per task: results never change.
 *
 * <p>With {@link #withCircleRuns}, the job also writes a row per circle run as Parquet, in one
 * folder per design point ({@code point=1}, {@code point=2}, ...). Columns: {@code point}, {@code
 * replication} and {@code circle} (integers from 1, as in the CSV files), {@code settings} (the
 * point's settings as {@code field=value} text), then each {@link Output} of that circle alone
 * under its {@linkplain Output#column() CSV column name}: counts as 64-bit integers, other figures
 * as doubles, null where the figure does not exist for the circle. The rows are computed once:
 * the tasks' results are kept (memory, then disk) while the rows are written.
 *
 * <p>Immutable and thread-safe; {@link #run} may be called from any thread of the driver.
 *
 * @since 0.1.0
 */
public final class SparkExperiment {

  /** Tasks per core of the cluster when {@link #withTasks} is not set. */
  public static final int TASKS_PER_CORE = 4;

  /**
   * The most circle runs a task gets when {@link #withTasks} is not set: about 40 seconds of one
   * core for a circle-year, and a task's circle-run rows stay in the tens of megabytes.
   */
  public static final int CIRCLE_RUNS_PER_TASK = 50_000;

  private final Scenario scenario;
  private final long circleRuns;
  /** The experiment's (design point, replication) pairs. */
  private final int replicationRuns;
  private final int tasks;
  private final Optional<String> circleRunsPath;

  private SparkExperiment(Scenario scenario, long circleRuns, int replicationRuns, int tasks,
      Optional<String> circleRunsPath) {
    this.scenario = scenario;
    this.circleRuns = circleRuns;
    this.replicationRuns = replicationRuns;
    this.tasks = tasks;
    this.circleRunsPath = circleRunsPath;
  }

  /**
   * A scenario's experiment, to run on Spark; checked now, before any job starts.
   *
   * @param scenario the scenario, not null
   * @return the job, with the default number of tasks and no per-circle-run rows
   * @throws ScenarioException listing every broken rule of the scenario
   */
  public static SparkExperiment of(Scenario scenario) {
    long runs = 0;
    List<DesignPoint> points = Simulation.points(scenario);
    for (DesignPoint p : points) {
      runs += (long) p.scenario().population().circles() * p.scenario().experiment().replications();
    }
    return new SparkExperiment(scenario, runs, points.size() * scenario.experiment().replications(), 0,
        Optional.empty());
  }

  /**
   * A copy that runs in a given number of Spark tasks. The default is {@value #TASKS_PER_CORE} per
   * core ({@code spark.default.parallelism}), so that a slow task delays the end by little, and
   * more where a task would otherwise get more than {@value #CIRCLE_RUNS_PER_TASK} circle runs;
   * never more tasks than circle runs. The result does not depend on it.
   *
   * @param tasks 1 to {@value Shard#MAX_COUNT}
   * @return the copy
   * @throws IllegalArgumentException if out of range
   */
  public SparkExperiment withTasks(int tasks) {
    if (tasks < 1 || tasks > Shard.MAX_COUNT) {
      throw new IllegalArgumentException("tasks must be 1 to " + Shard.MAX_COUNT + ", got " + tasks);
    }
    return new SparkExperiment(scenario, circleRuns, replicationRuns, tasks, circleRunsPath);
  }

  /**
   * A copy that also writes a row per circle run as Parquet (see the class description); the job
   * fails before it computes anything if the folder exists.
   *
   * @param path a folder that does not exist yet, as Spark reads paths: relative to the cluster's
   *     default file system, or with a scheme ({@code file:}, {@code hdfs:}, {@code s3a:}); not
   *     null or empty
   * @return the copy
   */
  public SparkExperiment withCircleRuns(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("the circle runs' path must not be empty");
    }
    return new SparkExperiment(scenario, circleRuns, replicationRuns, tasks, Optional.of(path));
  }

  /**
   * The scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The circle runs of the experiment: circles times replications, summed over design points.
   *
   * @return 1 or more
   */
  public long circleRuns() {
    return circleRuns;
  }

  /**
   * Runs the experiment as Spark jobs on a session. Spark's own exceptions pass through: an {@code
   * AnalysisException} if the circle runs' folder exists, a {@code SparkException} if a task fails
   * more often than the session allows ({@code spark.task.maxFailures}).
   *
   * @param spark the session, not null; it stays open
   * @return the result, the same as {@link Simulation#run} of the scenario
   */
  public ExperimentResult run(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = tasks > 0 ? (int) Math.min(tasks, circleRuns) : defaultTasks(circleRuns, context.defaultParallelism());
    boolean rows = circleRunsPath.isPresent();
    Broadcast<String> json = context.broadcast(ScenarioFiles.toJson(scenario));
    List<Integer> indexes = IntStream.rangeClosed(1, slices).boxed().collect(Collectors.toList());
    JavaRDD<Slices.Result> results = context.parallelize(indexes, slices)
        .map(i -> Slices.run(json.value(), new Shard(i, slices), rows));
    String description = context.getLocalProperty("spark.job.description");
    try {
      if (rows) {
        results.persist(StorageLevel.MEMORY_AND_DISK());
        context.setJobDescription(scenario.name() + ": " + circleRuns + " circle runs, rows to "
            + circleRunsPath.get());
        spark.createDataFrame(results.flatMap(r -> r.rows().iterator()), CircleRunRows.SCHEMA)
            .write().partitionBy(CircleRunRows.POINT).parquet(circleRunsPath.get());
      }
      context.setJobDescription(scenario.name() + ": " + circleRuns + " circle runs in " + slices + " tasks");
      // each (point, replication)'s figures merged on the executors, so the driver receives one
      // result per replication run, however many tasks there were
      List<UnitResult> figures = results
          .flatMapToPair(r -> r.results().stream().map(u -> new Tuple2<>(Slices.key(u), u)).iterator())
          .reduceByKey(UnitResult::merge, Math.min(slices, replicationRuns))
          .values().collect();
      return Simulation.result(scenario, figures);
    } finally {
      context.setJobDescription(description);
      results.unpersist(false);
      json.destroy();
    }
  }

  /**
   * The tasks of a job of so many circle runs on so many cores, when {@link #withTasks} is not set.
   *
   * @param circleRuns 1 or more
   * @param cores the cluster's cores, 1 or more
   * @return {@value #TASKS_PER_CORE} per core, or more for tasks of at most {@value
   *     #CIRCLE_RUNS_PER_TASK} circle runs; at most one per circle run and {@value Shard#MAX_COUNT}
   */
  static int defaultTasks(long circleRuns, int cores) {
    long bySize = (circleRuns + CIRCLE_RUNS_PER_TASK - 1) / CIRCLE_RUNS_PER_TASK;
    long tasks = Math.max((long) TASKS_PER_CORE * cores, bySize);
    return (int) Math.max(1, Math.min(Math.min(tasks, circleRuns), Shard.MAX_COUNT));
  }

  @Override
  public String toString() {
    return "SparkExperiment{scenario=" + scenario.name() + ", circleRuns=" + circleRuns + ", tasks="
        + (tasks > 0 ? String.valueOf(tasks) : "default") + ", circleRunsPath=" + circleRunsPath.orElse("none") + "}";
  }
}
