package nl.voorzorgcirkel.simulation.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Shard;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.UnitResult;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job on {@code local[2]} against the plain engine on the same two cores, in one JVM,
 * after a warm-up of each: a grid of 20 design points x 5 replications of {@code land-van-cuijk}
 * (60 circles, one year). Then what the driver pays: per circle-run row if it merged every circle's
 * figures itself, per result as the executors merge them, per result the driver receives, and per
 * Spark task. Not a test: run with
 * the command in {@code BENCHMARKS.md}; {@code ./mvnw verify} never runs it.
 */
public final class SparkBenchmark {

  /** Parquet jobs so far: each writes a folder of its own. */
  private static int parquetJobs;

  private SparkBenchmark() {}

  /** 20 points (acceptance x fairness strategy) x 5 replications of land-van-cuijk. */
  static final String STUDY = """
      {
        "formatVersion": 2,
        "name": "land-van-cuijk-grid",
        "population": { "circles": 60, "membersPerCircle": { "min": 10, "max": 15 } },
        "experiment": {
          "replications": 5,
          "design": {
            "type": "grid",
            "factors": [
              { "field": "behaviour.acceptance.probability", "values": [0.4, 0.5, 0.6, 0.7, 0.8] },
              { "field": "policy.fairness.strategy",
                "values": ["least-loaded", "relative-to-capacity", "leximin", "deficit-round-robin"] }
            ]
          }
        }
      }
      """;

  /**
   * Runs the benchmark.
   *
   * @param args the number of measured rounds (default 5)
   * @throws IOException if the temporary folder for the Parquet rows cannot be made
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Scenario study = ScenarioFiles.parse(STUDY, "land-van-cuijk-grid");
    System.out.printf(Locale.ROOT, "%d processors, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    long started = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkBenchmark")
        .config("spark.ui.enabled", false).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf(Locale.ROOT, "Spark session started in %.2f s (once per application, not counted below)%n",
        seconds(started));
    Path rows = Files.createTempDirectory("spark-benchmark");
    try {
      compare(study, rounds, spark, rows, true);
      // the same at four times the size: what is fixed per job, and what grows with the work
      compare(study.with("experiment.replications", 20), Math.max(1, rounds / 2), spark, rows, false);
      driverCosts(study, Simulation.points(study), SparkExperiment.of(study).circleRuns(), spark);
    } finally {
      spark.stop();
      try (Stream<Path> walk = Files.walk(rows)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The plain engine and the Spark job on a study, warmed up, then in turn for some rounds. */
  private static void compare(Scenario study, int rounds, SparkSession spark, Path rows, boolean manyTasks) {
    List<DesignPoint> points = Simulation.points(study);
    long circleRuns = SparkExperiment.of(study).circleRuns();
    System.out.printf(Locale.ROOT, "%n%d design points x %d replications x %d circles = %d circle runs of %d days%n",
        points.size(), study.experiment().replications(), study.population().circles(), circleRuns,
        study.experiment().days());
    Map<String, Supplier<ExperimentResult>> runs = new LinkedHashMap<>();
    runs.put("plain engine, 2 threads", () -> Simulation.run(study, 2, (d, t) -> { }));
    runs.put("Spark local[2], default tasks (8)", () -> SparkExperiment.of(study).run(spark));
    if (manyTasks) {
      runs.put("Spark local[2], a task per unit of work", () -> SparkExperiment.of(study)
          .withTasks(Simulation.units(points, Simulation.CIRCLES_PER_UNIT).size()).run(spark));
    }
    runs.put("Spark local[2], default tasks, with Parquet rows", () -> SparkExperiment.of(study)
        .withCircleRuns(rows.resolve("rows-" + parquetJobs++).toString()).run(spark));
    ExperimentResult expected = null;
    for (Supplier<ExperimentResult> run : runs.values()) {
      ExperimentResult r = run.get(); // warm-up
      expected = expected == null ? r : check(expected, r);
    }
    Map<String, double[]> times = new LinkedHashMap<>();
    runs.keySet().forEach(k -> times.put(k, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<ExperimentResult>> run : runs.entrySet()) {
        long t = System.nanoTime();
        check(expected, run.getValue().get());
        times.get(run.getKey())[round] = seconds(t);
      }
    }
    double plain = median(times.get("plain engine, 2 threads"));
    System.out.println("| run | median of " + rounds + " | all rounds | over the plain engine |");
    System.out.println("|---|---:|---|---:|");
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      double m = median(e.getValue());
      System.out.printf(Locale.ROOT, "| %s | %.2f s | %s | %+.1f %% |%n", e.getKey(), m,
          Arrays.stream(e.getValue()).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
              .collect(Collectors.joining(", ")), (m / plain - 1) * 100);
    }
    System.out.printf(Locale.ROOT, "compute: %.3f ms a circle run on one core (plain engine, 2 threads)%n",
        plain * 2 * 1000 / circleRuns);
    long bytes = 0;
    try (Stream<Path> files = Files.walk(rows.resolve("rows-" + (parquetJobs - 1)))) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        bytes += Files.size(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "Parquet rows: %d bytes for %d rows, %.0f bytes a row%n", bytes, circleRuns,
        (double) bytes / circleRuns);
  }

  /** What the driver pays to gather results, and per Spark task. */
  private static void driverCosts(Scenario study, List<DesignPoint> points, long circleRuns, SparkSession spark) {
    System.out.println();
    System.out.printf(Locale.ROOT, "driver costs, on the %d circle runs of the first study:%n", circleRuns);
    // every circle's own result, as a driver that merged circle-run rows would receive them
    List<UnitResult> perCircle = Simulation.units(points, 1).parallelStream()
        .map(u -> Simulation.runUnit(points.get(u.point()), u)).collect(Collectors.toList());
    double perRow = timePerItem(() -> Simulation.result(study, perCircle), perCircle.size());
    int bytes = perCircle.get(0).toBytes().length;
    System.out.printf(Locale.ROOT, "merging one result per circle run: %.1f µs a circle-run row"
        + " (%d results; a circle's result is about %d bytes)%n", perRow * 1e6, perCircle.size(), bytes);
    // the results of 8 tasks: one per (point, replication) per task that touches it, merged
    List<UnitResult> gathered = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      gathered.addAll(Simulation.run(study, new Shard(i, 8), 2, (d, t) -> { }).results());
    }
    double perResult = timePerItem(() -> Simulation.result(study, gathered), gathered.size());
    System.out.printf(Locale.ROOT, "merging the results of 8 tasks: %d results, %.1f µs each, %.2f µs a circle run"
        + " (%.1f ms in all)%n", gathered.size(), perResult * 1e6, perResult * gathered.size() / circleRuns * 1e6,
        perResult * gathered.size() * 1e3);
    // what the driver receives after the executors' merge: one result per (point, replication)
    List<UnitResult> perReplication = Simulation.run(study, new Shard(1, 1), 2, (d, t) -> { }).results();
    double perReplicationRun = timePerItem(() -> Simulation.result(study, perReplication), perReplication.size());
    System.out.printf(Locale.ROOT, "driver, one result per replication run: %d results of %.0f bytes on average"
        + " (%d at most), %.1f µs each (%.1f ms in all)%n", perReplication.size(),
        perReplication.stream().mapToInt(r -> r.toBytes().length).average().orElse(0),
        perReplication.stream().mapToInt(r -> r.toBytes().length).max().orElse(0), perReplicationRun * 1e6,
        perReplicationRun * perReplication.size() * 1e3);
    // Spark's own cost per task: a job of 1,000 tasks that do nothing
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Integer> thousand = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    double perTask = timePerItem(() -> context.parallelize(thousand, 1000).map(x -> x).count(), 1000);
    System.out.printf(Locale.ROOT, "Spark, per task of a job of 1,000 empty tasks on local[2]: %.2f ms%n", perTask * 1e3);
  }

  /** Seconds per item of the fastest of five runs, after one unmeasured run. */
  private static double timePerItem(Runnable run, int items) {
    run.run();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      run.run();
      best = Math.min(best, seconds(t));
    }
    return best / items;
  }

  private static ExperimentResult check(ExperimentResult expected, ExperimentResult actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("a run gave other figures");
    }
    return expected;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
