package nl.voorzorgcirkel.matching.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

class FairnessMeasuresTest {

  private static final double[] A = {5, 5, 2, 2, 1};
  private static final double[] B = {6, 3, 3, 2, 1};

  @Test
  void varianceJainAndGiniTieWhereLeximinAndMaxOverMeanSeparate() {
    // the example from CALIBRATION.md
    assertEquals(FairnessMeasures.rootSumSquaredDeviations(A), FairnessMeasures.rootSumSquaredDeviations(B), 1e-12);
    assertEquals(Math.sqrt(14), FairnessMeasures.rootSumSquaredDeviations(A), 1e-12);
    // mean 3, population variance 14 / 5
    assertEquals(Math.sqrt(14.0 / 5) / 3, FairnessMeasures.coefficientOfVariation(A), 1e-12);
    assertEquals(FairnessMeasures.coefficientOfVariation(A), FairnessMeasures.coefficientOfVariation(B), 1e-12);
    assertEquals(225.0 / 295.0, FairnessMeasures.jain(A), 1e-12);
    assertEquals(FairnessMeasures.jain(A), FairnessMeasures.jain(B), 1e-12);
    assertEquals(22.0 / 75.0, FairnessMeasures.gini(A), 1e-12);
    assertEquals(FairnessMeasures.gini(A), FairnessMeasures.gini(B), 1e-12);
    assertTrue(FairnessMeasures.compareLeximin(A, B) < 0, "leximin prefers (5,5,2,2,1)");
    assertTrue(FairnessMeasures.maxOverMean(A) < FairnessMeasures.maxOverMean(B));
    assertEquals(5.0 / 3.0, FairnessMeasures.maxOverMean(A), 1e-12);
  }

  @Test
  void extremesAndBadInput() {
    double[] even = {2, 2, 2, 2};
    double[] one = {0, 0, 0, 8};
    assertEquals(0.0, FairnessMeasures.gini(even));
    assertEquals(0.75, FairnessMeasures.gini(one), 1e-12);
    assertEquals(1.0, FairnessMeasures.jain(even), 1e-12);
    assertEquals(0.25, FairnessMeasures.jain(one), 1e-12);
    assertEquals(4.0, FairnessMeasures.maxOverMean(one), 1e-12);
    assertEquals(0, FairnessMeasures.compareLeximin(new double[] {1, 2}, new double[] {2, 1}));
    assertEquals(0.0, FairnessMeasures.gini(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> FairnessMeasures.jain(new double[] {-1}));
    assertThrows(IllegalArgumentException.class, () -> FairnessMeasures.gini(new double[] {Double.NaN}));
    assertThrows(IllegalArgumentException.class,
        () -> FairnessMeasures.compareLeximin(new double[] {1}, new double[] {1, 2}));
  }

  @Test
  void measuresStayInTheirRangesAndIgnoreScale() {
    Props.property("fairness-measures-ranges-and-scale", 1_000)
        .forAll(longs().all(), integers().between(1, 30), doubles().between(0.01, 100))
        .checkAssert((seed, n, factor) -> {
          Random random = new Random(seed);
          double[] loads = new double[n];
          double[] scaled = new double[n];
          for (int i = 0; i < n; i++) {
            loads[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 40;
            scaled[i] = loads[i] * factor;
          }
          double gini = FairnessMeasures.gini(loads);
          double jain = FairnessMeasures.jain(loads);
          double maxOverMean = FairnessMeasures.maxOverMean(loads);
          assertTrue(gini >= -1e-12 && gini <= (n - 1.0) / n + 1e-12, "gini " + gini);
          assertTrue(jain >= 1.0 / n - 1e-12 && jain <= 1 + 1e-12, "jain " + jain);
          assertTrue(maxOverMean >= 1 - 1e-12 && maxOverMean <= n + 1e-12, "max/mean " + maxOverMean);
          assertEquals(gini, FairnessMeasures.gini(scaled), 1e-9);
          assertEquals(jain, FairnessMeasures.jain(scaled), 1e-9);
          assertEquals(maxOverMean, FairnessMeasures.maxOverMean(scaled), 1e-9);
          assertEquals(FairnessMeasures.coefficientOfVariation(loads),
              FairnessMeasures.coefficientOfVariation(scaled), 1e-9);
          assertEquals(0, FairnessMeasures.compareLeximin(loads, loads.clone()));
        });
  }
}
