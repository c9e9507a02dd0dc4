package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ShardTest {

  /** Points of the given sizes, each with the given replications (the slicing reads nothing else). */
  private static List<DesignPoint> points(List<Integer> circles, int replications) {
    Scenario base = Scenario.defaults().with("experiment.replications", replications);
    List<DesignPoint> points = new ArrayList<>();
    for (int i = 0; i < circles.size(); i++) {
      points.add(new DesignPoint(i, i, 0, List.of(), base.with("population.circles", circles.get(i))));
    }
    return points;
  }

  /** Every circle run as (point, replication, circle), in the order the units list them. */
  private static List<List<Integer>> runs(List<WorkUnit> units) {
    List<List<Integer>> runs = new ArrayList<>();
    for (WorkUnit u : units) {
      assertTrue(u.circles() >= 1 && u.circles() <= Simulation.CIRCLES_PER_UNIT, u.toString());
      for (int c = u.firstCircle(); c < u.firstCircle() + u.circles(); c++) {
        runs.add(List.of(u.point(), u.replication(), c));
      }
    }
    return runs;
  }

  @Test
  void theShardsTogetherHoldEveryCircleRunOnceInOrderAndDifferInSizeByAtMostOne() {
    Props.property("shards cover the work once, balanced", 150).forAll(
        lists().of(integers().between(1, 200)).ofSizeBetween(1, 4), integers().between(1, 3), integers().between(1, 40))
        .checkAssert((circles, replications, count) -> {
          List<DesignPoint> points = points(circles, replications);
          List<List<Integer>> all = runs(Simulation.units(points, Simulation.CIRCLES_PER_UNIT));
          List<List<Integer>> joined = new ArrayList<>();
          int smallest = Integer.MAX_VALUE;
          int largest = 0;
          for (int i = 1; i <= count; i++) {
            List<List<Integer>> part = runs(new Shard(i, count).units(points));
            joined.addAll(part);
            smallest = Math.min(smallest, part.size());
            largest = Math.max(largest, part.size());
          }
          assertEquals(all, joined);
          assertTrue(largest - smallest <= 1, smallest + " to " + largest);
        });
  }

  @Test
  void oneShardOfOneIsTheWholeRunsUnits() {
    List<DesignPoint> points = points(List.of(130, 64, 5), 2);
    assertEquals(Simulation.units(points, Simulation.CIRCLES_PER_UNIT), new Shard(1, 1).units(points));
  }

  @Test
  void aSliceEndsItsBlocksWhereTheSliceEnds() {
    // 100 circles in one replication, two shards of 50: blocks 0-49, then 50-63 and 64-99
    List<DesignPoint> points = points(List.of(100), 1);
    assertEquals(List.of(new WorkUnit(0, 0, 0, 50)), new Shard(1, 2).units(points));
    assertEquals(List.of(new WorkUnit(0, 0, 50, 14), new WorkUnit(0, 0, 64, 36)), new Shard(2, 2).units(points));
  }

  @Test
  void moreShardsThanCircleRunsLeavesSomeEmpty() {
    List<DesignPoint> points = points(List.of(2), 1);
    assertEquals(List.of(new WorkUnit(0, 0, 0, 1)), new Shard(1, 3).units(points));
    assertEquals(List.of(new WorkUnit(0, 0, 1, 1)), new Shard(2, 3).units(points));
    assertEquals(List.of(), new Shard(3, 3).units(points));
  }

  @Test
  void aShardIsReadAsIOverNAndOutOfRangeIsRefusedWithTheRule() {
    assertEquals(new Shard(3, 16), Shard.parse("3/16"));
    assertEquals("3/16", new Shard(3, 16).toString());
    for (String bad : List.of("0/16", "17/16", "3", "3/", "/16", "a/b", "3/0", "-1/4", "1/1000001")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
      assertTrue(e.getMessage().contains("1 to"), e.getMessage());
    }
  }

  /** The shard numbers in a merge error read as a list in words, not as a Java list (user test 9, L9). */
  @Test
  void missingShardNumbersReadAsWords() {
    assertEquals("2", ShardResult.numbers(List.of(2), "and"));
    assertEquals("2 and 3", ShardResult.numbers(List.of(2, 3), "and"));
    assertEquals("1, 3 en 4", ShardResult.numbers(List.of(1, 3, 4), "en"));
    List<Integer> many = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      many.add(i);
    }
    String shown = ShardResult.numbers(many, "and");
    assertTrue(shown.startsWith("1, 2, 3,") && shown.endsWith("19, 20 and 3 more"), shown);
    assertEquals("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 en 3 meer",
        ShardResult.numbers(many, "en"));
  }
}
