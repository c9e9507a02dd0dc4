package nl.voorzorgcirkel.simulation.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.voorzorgcirkel.simulation.CircleRunResult;
import nl.voorzorgcirkel.simulation.Shard;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.UnitResult;
import nl.voorzorgcirkel.simulation.WorkUnit;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * What one Spark task does: run one {@link Shard} of the experiment, a pure function of the
 * scenario and the shard. Thread-safe.
 */
final class Slices {

  /** The last scenario read in this JVM and its points: tasks of one job read it once. */
  private static volatile @Nullable Parsed parsed;

  private record Parsed(String json, List<DesignPoint> points) {}

  private Slices() {}

  /**
   * The results of one slice: per (point, replication) it touches, its circles' figures merged;
   * and, if asked for, a row per circle run.
   */
  record Result(List<UnitResult> results, List<Row> rows) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Runs a slice.
   *
   * @param scenarioJson the scenario, as {@link ScenarioFiles#toJson} wrote it
   * @param shard which slice
   * @param rows whether to make a row per circle run
   * @return its results
   */
  static Result run(String scenarioJson, Shard shard, boolean rows) {
    List<DesignPoint> points = points(scenarioJson);
    TreeMap<Long, UnitResult> merged = new TreeMap<>();
    List<Row> circleRows = new ArrayList<>();
    for (WorkUnit unit : shard.units(points)) {
      DesignPoint point = points.get(unit.point());
      @Nullable Consumer<CircleRunResult> each = rows ? c -> circleRows.add(CircleRunRows.row(c, point)) : null;
      UnitResult result = Simulation.runUnit(point, unit, each);
      merged.merge(key(result), result, UnitResult::merge);
    }
    return new Result(new ArrayList<>(merged.values()), circleRows);
  }

  /** A result's (design point, replication) as one number, in their order. */
  static long key(UnitResult result) {
    return (long) result.point() << 32 | result.replication();
  }

  private static List<DesignPoint> points(String scenarioJson) {
    Parsed last = parsed;
    if (last == null || !last.json().equals(scenarioJson)) {
      last = new Parsed(scenarioJson, Simulation.points(ScenarioFiles.parse(scenarioJson, "scenario")));
      parsed = last;
    }
    return last.points();
  }
}
