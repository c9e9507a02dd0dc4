package nl.voorzorgcirkel.simulation.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import nl.voorzorgcirkel.simulation.CircleRunResult;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.SameFiles;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.WorkUnit;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment as a Spark job on {@code local[2,4]}: two cores, like CI's machine, and up to four
 * attempts per task (plain {@code local[2]} never retries a failed task).
 */
class SparkExperimentTest {

  /** 18 design points (a grid and a paired comparison) x 2 replications x 4 circles, 45 days. */
  static final Scenario STUDY = ScenarioFiles.builtIn("fairness-grid").with("population.circles", 4)
      .with("experiment.days", 45).with("experiment.replications", 2);

  @TempDir
  static Path tmp;
  private static SparkSession spark;
  private static ExperimentResult local;

  @BeforeAll
  static void startSparkAndRunTheStudyLocally() throws IOException {
    spark = SparkSession.builder().master("local[2,4]").appName("SparkExperimentTest")
        .config("spark.ui.enabled", false)
        .config("spark.hadoop.fs.failing.impl", FailingFileSystem.class.getName()).getOrCreate();
    local = Simulation.run(STUDY, 2, (done, total) -> { });
    Reports.write(tmp.resolve("local"), local);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theReportsAreTheLocalRunsByteForByteWhateverTheNumberOfTasks() throws IOException {
    for (int tasks : new int[] {1, 7, 144}) {
      ExperimentResult result = SparkExperiment.of(STUDY).withTasks(tasks).run(spark);
      assertEquals(local, result, tasks + " tasks");
      Reports.write(tmp.resolve("tasks-" + tasks), result);
      SameFiles.assertSameFiles(tmp.resolve("local"), tmp.resolve("tasks-" + tasks));
    }
    // more tasks than circle runs: as many as there are circle runs
    assertEquals(local, SparkExperiment.of(STUDY).withTasks(1000).run(spark));
  }

  @Test
  void withContactTheReportsAndRowsAreTheLocalRunsToo() throws IOException {
    Scenario withContact = ScenarioFiles.builtIn("muziekwijk").with("population.circles", 4)
        .with("experiment.days", 45).with("experiment.replications", 2)
        .withContact(nl.voorzorgcirkel.simulation.scenario.Contact.defaults());
    ExperimentResult here = Simulation.run(withContact, 2, (done, total) -> { });
    Reports.write(tmp.resolve("contact-local"), here);
    Path dir = tmp.resolve("contact-spark");
    ExperimentResult there = SparkExperiment.of(withContact).withTasks(3)
        .withCircleRuns(dir.resolve("circle-runs").toString()).run(spark);
    assertEquals(here, there);
    Reports.write(dir, there);
    SameFiles.assertSameFiles(tmp.resolve("contact-local"), dir, "circle-runs");
    List<Row> rows = spark.read().parquet(dir.resolve("circle-runs").toString()).collectAsList();
    assertEquals(8, rows.size());
    long alarms = rows.stream().mapToLong(x -> x.getAs("check_in_alarms")).sum();
    assertEquals((long) here.values(0, Output.CHECK_IN_ALARMS)[0] + (long) here.values(0, Output.CHECK_IN_ALARMS)[1],
        alarms);
  }

  /** Runs something with a listener, and returns once the listener has heard every event. */
  private static <T> T listening(SparkListener listener, Supplier<T> run) throws TimeoutException {
    spark.sparkContext().addSparkListener(listener);
    try {
      return run.get();
    } finally {
      spark.sparkContext().listenerBus().waitUntilEmpty();
      spark.sparkContext().removeSparkListener(listener);
    }
  }

  @Test
  void theReadmeExampleRunsAndIsShownVerbatim() throws IOException {
    Path file = tmp.resolve("my-study.json");
    Files.writeString(file, ScenarioFiles.toJson(STUDY));
    Path dir = tmp.resolve("readme");
    // README-BEGIN
    Scenario study = ScenarioFiles.read(file);
    ExperimentResult result = SparkExperiment.of(study)
        .withCircleRuns(dir.resolve("circle-runs").toString())
        .run(spark);
    Reports.write(dir, result); // the same files as Simulation.run(study) gives
    // README-END
    SameFiles.assertSameFiles(tmp.resolve("local"), dir, "circle-runs");
    assertTrue(Files.exists(dir.resolve("circle-runs/point=18")));
    ReadmeSnippets.assertReadmeShows(
        Path.of("src/test/java/nl/voorzorgcirkel/simulation/spark/SparkExperimentTest.java"));
  }

  @Test
  void eachCircleRunIsARowInParquetInAFolderPerDesignPoint() throws IOException {
    String path = tmp.resolve("rows").toString();
    ExperimentResult result = SparkExperiment.of(STUDY).withCircleRuns(path).run(spark);
    assertEquals(local, result);
    try (Stream<Path> folders = Files.list(tmp.resolve("rows"))) {
      assertEquals(19, folders.filter(f -> f.getFileName().toString().matches("point=\\d+|_SUCCESS")).count());
    }
    List<Row> rows = spark.read().parquet(path).collectAsList();
    assertEquals(144, rows.size());
    Map<String, Row> byKey = new HashMap<>();
    for (Row row : rows) {
      assertNull(byKey.put(row.getAs("point") + "/" + row.getAs("replication") + "/" + row.getAs("circle"), row));
    }
    // every row holds that circle's own figures, as the engine gives them
    List<DesignPoint> points = Simulation.points(STUDY);
    List<CircleRunResult> circles = new ArrayList<>();
    for (WorkUnit unit : Simulation.units(points, Simulation.CIRCLES_PER_UNIT)) {
      Simulation.runUnit(points.get(unit.point()), unit, circles::add);
    }
    assertEquals(144, circles.size());
    for (CircleRunResult c : circles) {
      Row row = byKey.get((c.point() + 1) + "/" + (c.replication() + 1) + "/" + (c.circle() + 1));
      assertEquals(points.get(c.point()).label(), row.getAs("settings"));
      for (Output o : Output.reported(STUDY)) {
        Object cell = row.getAs(o.column());
        if (o.isCount()) {
          assertEquals((long) c.value(o), cell, o.column());
        } else if (Double.isNaN(c.value(o))) {
          assertNull(cell, o.column());
        } else {
          assertEquals(c.value(o), (Double) cell, o.column());
        }
      }
    }
    // and the rows add up to the replications' counts
    for (DesignPoint p : points) {
      double[] requests = result.values(p.index(), Output.REQUESTS);
      for (int r = 0; r < requests.length; r++) {
        int point = p.index() + 1;
        int replication = r + 1;
        long sum = rows.stream().filter(x -> (int) x.getAs("point") == point && (int) x.getAs("replication") == replication)
            .mapToLong(x -> x.getAs("requests")).sum();
        assertEquals((long) requests[r], sum);
      }
    }
  }

  @Test
  void killedTasksRunAgainAndChangeNothing() throws Exception {
    AtomicInteger killed = new AtomicInteger();
    SparkListener killer = new SparkListener() {
      @Override
      public void onTaskStart(SparkListenerTaskStart start) {
        if (start.taskInfo().attemptNumber() == 0) {
          spark.sparkContext().killTaskAttempt(start.taskInfo().taskId(), true, "killed on purpose by the test");
        }
      }

      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.reason() instanceof TaskKilled) {
          killed.incrementAndGet();
        }
      }
    };
    ExperimentResult result = listening(killer,
        () -> SparkExperiment.of(STUDY).withTasks(3).withCircleRuns(tmp.resolve("killed").toString()).run(spark));
    assertTrue(killed.get() > 0, "no task was killed");
    assertEquals(local, result);
    Reports.write(tmp.resolve("after-kills"), result);
    SameFiles.assertSameFiles(tmp.resolve("local"), tmp.resolve("after-kills"));
    assertEquals(144, spark.read().parquet(tmp.resolve("killed").toString()).count());
  }

  @Test
  void failedTasksAreRetriedAndChangeNothing() throws Exception {
    AtomicInteger failed = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.reason() instanceof ExceptionFailure
            && ((ExceptionFailure) end.reason()).toErrorString().contains("a failure the test injects")) {
          failed.incrementAndGet();
        }
      }
    };
    FailingFileSystem.FAILURES_LEFT.set(2);
    ExperimentResult result = listening(counter,
        () -> SparkExperiment.of(STUDY).withTasks(3).withCircleRuns("failing://" + tmp.resolve("failing")).run(spark));
    assertEquals(2, failed.get());
    assertEquals(local, result);
    Reports.write(tmp.resolve("after-failures"), result);
    SameFiles.assertSameFiles(tmp.resolve("local"), tmp.resolve("after-failures"));
    List<Row> rows = spark.read().parquet(tmp.resolve("failing").toString()).collectAsList();
    assertEquals(144, rows.size());
    assertEquals(144, rows.stream().map(r -> r.getAs("point") + "/" + r.getAs("replication") + "/" + r.getAs("circle"))
        .distinct().count());
  }

  @Test
  void aScenarioWithErrorsIsRefusedBeforeAnyJobAndAnExistingFolderBeforeAnyCircleRuns() throws Exception {
    // each value is fine on its own; together they break a rule across fields
    Scenario bad = STUDY.with("behaviour.urgency.todayShare", 0.8).with("behaviour.urgency.soonShare", 0.7);
    assertThrows(ScenarioException.class, () -> SparkExperiment.of(bad));
    Files.createDirectories(tmp.resolve("taken"));
    AtomicInteger tasks = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onTaskStart(SparkListenerTaskStart start) {
        tasks.incrementAndGet();
      }
    };
    SparkExperiment job = SparkExperiment.of(STUDY).withCircleRuns(tmp.resolve("taken").toString());
    AnalysisException e = listening(counter, () -> assertThrows(AnalysisException.class, () -> job.run(spark)));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals(0, tasks.get());
    assertThrows(IllegalArgumentException.class, () -> SparkExperiment.of(STUDY).withTasks(0));
    assertThrows(IllegalArgumentException.class, () -> SparkExperiment.of(STUDY).withCircleRuns(" "));
    assertFalse(SparkExperiment.of(STUDY).toString().contains("Scenario["), "no scenario dump in toString");
  }
}
