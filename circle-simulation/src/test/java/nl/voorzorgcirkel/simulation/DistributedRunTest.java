package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running an experiment in pieces: units, circles, shards, and putting them back together. */
class DistributedRunTest {

  /** Two points (a comparison), 9 circles, 2 replications, 45 days. */
  static final Scenario STUDY = SimulationTest.small(9, 45, 2).with("experiment.compare",
      Map.of("field", "policy.fairness.strategy", "values", List.of("least-loaded", "leximin")));

  private static ExperimentResult whole;
  private static List<DesignPoint> points;

  @BeforeAll
  static void runTheWholeStudy() {
    whole = Simulation.run(STUDY, 2, (d, t) -> { });
    points = Simulation.points(STUDY);
  }

  /** Every unit of the study in units of the given size. */
  private static List<UnitResult> unitResults(int circlesPerUnit) {
    List<UnitResult> results = new ArrayList<>();
    for (WorkUnit unit : Simulation.units(points, circlesPerUnit)) {
      results.add(Simulation.runUnit(points.get(unit.point()), unit));
    }
    return results;
  }

  @Test
  void unitResultsGatheredInAnyOrderGiveTheWholeRunsResult() {
    List<UnitResult> results = unitResults(4);
    Collections.shuffle(results, new Random(7));
    ExperimentResult gathered = Simulation.result(STUDY, results);
    assertEquals(whole, gathered);
    // merged on the way, in another grouping: still the same
    List<UnitResult> merged = new ArrayList<>();
    for (UnitResult r : results) {
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).point() == r.point() && merged.get(i).replication() == r.replication()) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(r);
      } else {
        merged.set(same, r.merge(merged.get(same)));
      }
    }
    assertEquals(points.size() * 2, merged.size());
    assertEquals(whole, Simulation.result(STUDY, merged));
  }

  @Test
  void missingExtraOrForeignResultsAreRefusedWithWhereTheyAre() {
    List<UnitResult> results = unitResults(4);
    List<UnitResult> missing = new ArrayList<>(results.subList(1, results.size()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.result(STUDY, missing));
    assertEquals("point 1, replication 1: the results cover 5 circle runs, the point has 9", e.getMessage());
    List<UnitResult> twice = new ArrayList<>(results);
    twice.add(results.get(0));
    e = assertThrows(IllegalArgumentException.class, () -> Simulation.result(STUDY, twice));
    assertTrue(e.getMessage().contains("cover 13 circle runs"), e.getMessage());
    Scenario fewer = STUDY.with("experiment.replications", 1);
    e = assertThrows(IllegalArgumentException.class, () -> Simulation.result(fewer, results));
    assertTrue(e.getMessage().contains("replication 2: the experiment has 2 points of 1 replications"), e.getMessage());
  }

  @Test
  void eachCirclesOwnFiguresAddUpToTheUnitsAndChangeNothing() {
    DesignPoint point = points.get(1);
    WorkUnit unit = new WorkUnit(1, 1, 2, 5);
    List<CircleRunResult> circles = new ArrayList<>();
    UnitResult withCircles = Simulation.runUnit(point, unit, circles::add);
    assertEquals(Simulation.runUnit(point, unit), withCircles);
    assertEquals(List.of(2, 3, 4, 5, 6), circles.stream().map(CircleRunResult::circle).toList());
    assertTrue(circles.stream().allMatch(c -> c.point() == 1 && c.replication() == 1));
    ReplicationResult unitFigures = Simulation.replicationResult(withCircles, STUDY);
    for (Output count : List.of(Output.REQUESTS, Output.EXPIRED, Output.NEEDS_NOT_POSTED, Output.WEEKS_OVER_CAPACITY,
        Output.CIRCLES_BELOW_MINIMUM)) {
      assertEquals(unitFigures.value(count), circles.stream().mapToDouble(c -> c.value(count)).sum(), count.name());
    }
    double helped = circles.stream().mapToDouble(c -> c.value(Output.REQUESTS) * c.value(Output.SHARE_HELPED)).sum();
    assertEquals(unitFigures.value(Output.SHARE_HELPED) * unitFigures.value(Output.REQUESTS), helped, 1e-9);
    // a circle run is the same whichever unit it is in
    List<CircleRunResult> alone = new ArrayList<>();
    Simulation.runUnit(point, new WorkUnit(1, 1, 4, 1), alone::add);
    assertEquals(circles.get(2), alone.get(0));
  }

  @Test
  void theCompactFormReadsBackEqualAndEqualResultsGiveEqualBytes() throws Exception {
    UnitResult r = unitResults(4).get(3);
    byte[] bytes = r.toBytes();
    UnitResult back = UnitResult.fromBytes(bytes);
    assertEquals(r, back);
    assertArrayEquals(bytes, back.toBytes());
    assertEquals(r.circles(), back.circles());
    assertTrue(bytes.length < 20_000, bytes.length + " bytes");
    // Java serialisation carries the compact form
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      out.writeObject(r);
    }
    assertTrue(serialised.size() < bytes.length + 200, serialised.size() + " bytes serialised");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised.toByteArray()))) {
      assertEquals(r, in.readObject());
    }
  }

  @Test
  void damagedOrForeignBytesAreRefused() throws Exception {
    byte[] bytes = unitResults(4).get(0).toBytes();
    assertThrows(IllegalArgumentException.class, () -> UnitResult.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
    assertThrows(IllegalArgumentException.class, () -> UnitResult.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)));
    byte[] otherVersion = bytes.clone();
    otherVersion[7] = 9;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitResult.fromBytes(otherVersion));
    assertTrue(e.getMessage().contains("form version 9"), e.getMessage());
    byte[] notOne = "hello, this is not a result".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> UnitResult.fromBytes(notOne)).getMessage()
        .contains("VZCU"));
    // a serialised stream with damaged figures is refused when read, not later
    UnitResult r = UnitResult.fromBytes(bytes);
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      out.writeObject(r);
    }
    byte[] stream = serialised.toByteArray();
    int at = indexOf(stream, bytes);
    stream[at + 3] ^= 1; // the magic number
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      assertThrows(InvalidObjectException.class, in::readObject);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void shardsWrittenToFilesMergeIntoTheSameReportsByteForByte(@TempDir Path dir) throws IOException {
    List<ShardResult> shards = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ShardResult shard = Simulation.run(STUDY, new Shard(i, 3), 1, (d, t) -> { });
      Path file = dir.resolve(shard.fileName());
      shard.write(file);
      ShardResult back = ShardResult.read(file);
      assertEquals(shard.results(), back.results());
      assertEquals(12, back.circleRuns());
      shards.add(back);
    }
    assertEquals("shard-2-of-3.shard", shards.get(1).fileName());
    Collections.reverse(shards);
    ExperimentResult merged = ShardResult.merge(shards);
    assertEquals(whole, merged);
    Reports.write(dir.resolve("one-run"), whole);
    Reports.write(dir.resolve("merged"), merged);
    SameFiles.assertSameFiles(dir.resolve("one-run"), dir.resolve("merged"));
    // the same shard again: the same bytes
    Simulation.run(STUDY, new Shard(2, 3), 2, (d, t) -> { }).write(dir.resolve("again.shard"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("shard-2-of-3.shard")), Files.readAllBytes(dir.resolve("again.shard")));
  }

  @Test
  void aMissingDoubledOrForeignShardIsRefusedWithEveryProblemInEnglishAndDutch(@TempDir Path dir) throws IOException {
    ShardResult one = Simulation.run(STUDY, new Shard(1, 3), 1, (d, t) -> { });
    ShardResult foreign = Simulation.run(STUDY.with("experiment.seed", 5), new Shard(2, 3), 1, (d, t) -> { });
    ScenarioException e = assertThrows(ScenarioException.class, () -> ShardResult.merge(List.of(one, one, foreign)));
    String english = e.getMessage();
    assertTrue(english.contains("shard 1/3: is shard 1/3, like shard 1/3: give each shard once"), english);
    assertTrue(english.contains("shard 2/3: ran another scenario than shard 1/3"), english);
    // shard 2 is there, of another seed: only shard 3 is missing (user test 10, 8)
    assertTrue(english.endsWith(System.lineSeparator() + "shard 3 of 3 is missing"), english);
    assertTrue(e.message(java.util.Locale.forLanguageTag("nl")).endsWith("shard 3 van 3 ontbreekt"));
    e = assertThrows(ScenarioException.class, () -> ShardResult.merge(List.of(one)));
    assertTrue(e.getMessage().endsWith("shards 2 and 3 of 3 are missing"), e.getMessage());
    assertTrue(e.message(java.util.Locale.forLanguageTag("nl")).endsWith("shards 2 en 3 van 3 ontbreken"));
    assertNotEquals(one.results(), foreign.results());
    Path damaged = dir.resolve("damaged.shard");
    one.write(damaged);
    byte[] bytes = Files.readAllBytes(damaged);
    Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 10));
    e = assertThrows(ScenarioException.class, () -> ShardResult.read(damaged));
    assertTrue(e.getMessage().startsWith(damaged + ": is damaged or cut short"), e.getMessage());
    Files.writeString(damaged, "{\"formatVersion\": 2}");
    e = assertThrows(ScenarioException.class, () -> ShardResult.read(damaged));
    assertTrue(e.getMessage().endsWith("is not a shard file (it does not start with VZCS)"), e.getMessage());
  }
}
