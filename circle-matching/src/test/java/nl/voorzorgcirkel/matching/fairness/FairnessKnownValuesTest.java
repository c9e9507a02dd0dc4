package nl.voorzorgcirkel.matching.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Each fairness strategy on loads whose priorities are worked out by hand. */
class FairnessKnownValuesTest {

  private static MemberLoad load(String id, int loadMinutes, int capacityMinutes) {
    return new MemberLoad(MemberId.of(id), Duration.ofMinutes(loadMinutes), Duration.ofMinutes(capacityMinutes));
  }

  /** Loads 0, 30 and 60 minutes of capacities 60, 60 and 240. */
  private static final List<MemberLoad> LOADS = List.of(load("a", 0, 60), load("b", 30, 60), load("c", 60, 240));
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void noneGivesEveryoneOne() {
    assertArrayEquals(new double[] {1, 1, 1}, FairnessStrategies.none().priorities(LOADS, HOUR));
  }

  @Test
  void leastLoadedScalesByTheLargestLoad() {
    assertArrayEquals(new double[] {1, 0.5, 0}, FairnessStrategies.leastLoaded().priorities(LOADS, HOUR), 1e-12);
    assertArrayEquals(new double[] {1, 1}, FairnessStrategies.leastLoaded()
        .priorities(List.of(load("a", 0, 60), load("b", 0, 60)), HOUR), 1e-12);
  }

  @Test
  void relativeToCapacityScalesByTheLargestUse() {
    // use 0, 0.5, 0.25 of capacity
    assertArrayEquals(new double[] {1, 0, 0.5}, FairnessStrategies.relativeToCapacity().priorities(LOADS, HOUR), 1e-12);
    // helping without capacity is infinite use, capped at a million times the capacity
    assertArrayEquals(new double[] {1 - 0.5e-6, 0}, FairnessStrategies.relativeToCapacity()
        .priorities(List.of(load("a", 30, 60), load("b", 30, 0)), HOUR), 1e-12);
  }

  @Test
  void deficitRoundRobinGivesThoseFurthestBelowTheirShareFirst() {
    // capacity 360 in all: shares 1/6, 1/6, 4/6 of (90 + 60) minutes: 25, 25, 100; deficits
    // 25, -5 and 40 minutes, scaled from -5 to 40 onto [0, 1]
    assertArrayEquals(new double[] {30.0 / 45, 0, 1}, FairnessStrategies.deficitRoundRobin().priorities(LOADS, HOUR),
        1e-12);
    // without capacity everyone gets an equal share: loads 0 and 60, shares 60 each
    assertArrayEquals(new double[] {1, 0}, FairnessStrategies.deficitRoundRobin()
        .priorities(List.of(load("a", 0, 0), load("b", 60, 0)), HOUR), 1e-12);
    assertArrayEquals(new double[] {1, 1}, FairnessStrategies.deficitRoundRobin()
        .priorities(List.of(load("a", 60, 60), load("b", 60, 60)), HOUR), 1e-12);
  }

  @Test
  void leximinRanksTheLoadAfterTheRequestEqualLoadsSharingARank() {
    List<MemberLoad> loads = List.of(load("a", 0, 60), load("b", 30, 60), load("c", 30, 60), load("d", 90, 60));
    assertArrayEquals(new double[] {1, 0.5, 0.5, 0}, FairnessStrategies.leximin().priorities(loads, HOUR), 1e-12);
    assertArrayEquals(new double[] {1}, FairnessStrategies.leximin().priorities(List.of(load("a", 5, 60)), HOUR));
  }

  @Test
  void aMemberLoadKnowsItsUseAndRefusesNegativeFigures() {
    assertEquals(0.5, load("a", 30, 60).utilisation(), 1e-12);
    assertEquals(0.0, load("a", 0, 0).utilisation());
    assertEquals(Double.POSITIVE_INFINITY, load("a", 30, 0).utilisation());
    assertEquals(2.0, load("a", 120, 60).utilisation(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> load("a", -1, 60));
    assertThrows(IllegalArgumentException.class, () -> load("a", 1, -60));
  }

  @Test
  void theMeasuresAtTheirKnownValues() {
    double[] loads = {1, 2, 3, 4};
    assertEquals(Math.sqrt(1.25) / 2.5, FairnessMeasures.coefficientOfVariation(loads), 1e-12);
    assertEquals(Math.sqrt(5), FairnessMeasures.rootSumSquaredDeviations(loads), 1e-12);
    assertEquals(100.0 / 120, FairnessMeasures.jain(loads), 1e-12);
    assertEquals(0.25, FairnessMeasures.gini(loads), 1e-12);
    assertEquals(1.6, FairnessMeasures.maxOverMean(loads), 1e-12);
    assertEquals(-1, Integer.signum(FairnessMeasures.compareLeximin(new double[] {1, 3}, new double[] {2, 3})));
    assertEquals(1, Integer.signum(FairnessMeasures.compareLeximin(new double[] {1, 4}, new double[] {2, 3})));
    assertThrows(IllegalArgumentException.class,
        () -> FairnessMeasures.compareLeximin(new double[] {1}, new double[] {1, 2}));
  }

  @Test
  void aNegativeLoadOrCapacityIsNamed() {
    for (String field : List.of("load", "capacity")) {
      Duration load = field.equals("load") ? Duration.ofMinutes(-1) : Duration.ZERO;
      Duration capacity = field.equals("capacity") ? Duration.ofMinutes(-1) : Duration.ZERO;
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> new MemberLoad(MemberId.of("m-1"), load, capacity));
      assertEquals(field + ":atLeast", e.violations().get(0).path() + ":" + e.violations().get(0).rule());
    }
  }
}

