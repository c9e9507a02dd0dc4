package nl.voorzorgcirkel.simulation.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.voorzorgcirkel.simulation.Shard;
import org.junit.jupiter.api.Test;

/** How many tasks a job gets when the caller does not say: no Spark needed to tell. */
class DefaultTasksTest {

  @Test
  void fourPerCoreForASmallStudyAndNeverMoreThanCircleRuns() {
    // 20 points x 5 replications x 60 circles on local[2]
    assertEquals(8, SparkExperiment.defaultTasks(6_000, 2));
    assertEquals(4_000, SparkExperiment.defaultTasks(6_000, 1_000));
    assertEquals(3, SparkExperiment.defaultTasks(3, 2));
    assertEquals(1, SparkExperiment.defaultTasks(1, 1));
  }

  @Test
  void moreTasksWhereATaskWouldRunOverFiftyThousandCircles() {
    // 200 points x 20 replications of the national scenario (280,000 circles) on 1,000 cores
    long national = 200L * 20 * 280_000;
    assertEquals(22_400, SparkExperiment.defaultTasks(national, 1_000));
    assertEquals(4_000, SparkExperiment.defaultTasks(4_000L * SparkExperiment.CIRCLE_RUNS_PER_TASK, 1_000));
    assertEquals(4_001, SparkExperiment.defaultTasks(4_000L * SparkExperiment.CIRCLE_RUNS_PER_TASK + 1, 1_000));
    // and never more than a shard count allows
    assertEquals(Shard.MAX_COUNT, SparkExperiment.defaultTasks(Long.MAX_VALUE / 2, 8));
  }
}
