package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** The bundle's master problem is solved exactly: no duality gap at the prices it returns. */
class BundleMasterTest {

  @Test
  void theMasterIsSolvedExactlyFromEveryWarmStart() {
    Props.property("bundle-master-exact", 500)
        .forAll(longs().all(), integers().between(1, 9), integers().between(1, 4))
        .checkAssert((seed, units, blocks) -> {
          Random random = new Random(seed);
          BundleMaster master = new BundleMaster(units, blocks);
          boolean[] fixed = new boolean[units];
          double[] centre = new double[units];
          // several solves in a row, each after new columns and with another centre and step:
          // every one warm-starts from the weights the last one left
          for (int round = 0; round < 4; round++) {
            for (int k = 0; k < blocks; k++) {
              int columns = random.nextInt(4);
              for (int c = 0; c < columns; c++) {
                master.add(k, schedule(random, units), 10 * random.nextDouble());
              }
            }
            for (int x = 0; x < units; x++) {
              centre[x] = random.nextInt(3) == 0 ? 0 : 5 * random.nextDouble();
            }
            double t = Math.pow(10, -2 + 3 * random.nextDouble());
            double[] mu = new double[units];
            double model = master.solve(centre, t, 1e-12, fixed, mu, new double[units]);
            double primal = model;
            for (int x = 0; x < units; x++) {
              assertTrue(mu[x] >= 0, "price " + x + " below 0");
              primal -= (mu[x] - centre[x]) * (mu[x] - centre[x]) / (2 * t);
            }
            double dual = master.dual(centre, t);
            assertEquals(dual, primal, 1e-7 * (1 + Math.abs(dual)),
                "duality gap, round " + round + ", t " + t + ", seed " + seed);
          }
        });
  }

  @Test
  void anAggregatedMasterKeepsItsSupportSmallAndStaysExactAndAnUpperModel() {
    Props.property("bundle-master-aggregated", 500)
        .forAll(longs().all(), integers().between(1, 9), integers().between(1, 4), integers().between(0, 4))
        .checkAssert((seed, units, blocks, limit) -> {
          Random random = new Random(seed);
          BundleMaster master = new BundleMaster(units, blocks, limit);
          BundleMaster whole = new BundleMaster(units, blocks, Integer.MAX_VALUE);
          List<List<int[]>> schedules = new ArrayList<>();
          List<List<Double>> worths = new ArrayList<>();
          for (int k = 0; k < blocks; k++) {
            schedules.add(new ArrayList<>());
            worths.add(new ArrayList<>());
          }
          boolean[] fixed = new boolean[units];
          double[] centre = new double[units];
          for (int round = 0; round < 6; round++) {
            for (int k = 0; k < blocks; k++) {
              int columns = random.nextInt(4);
              for (int c = 0; c < columns; c++) {
                int[] schedule = schedule(random, units);
                double worth = 10 * random.nextDouble();
                master.add(k, schedule, worth);
                whole.add(k, schedule, worth);
                schedules.get(k).add(schedule);
                worths.get(k).add(worth);
              }
            }
            for (int x = 0; x < units; x++) {
              centre[x] = random.nextInt(3) == 0 ? 0 : 5 * random.nextDouble();
            }
            double t = Math.pow(10, -2 + 3 * random.nextDouble());
            double[] mu = new double[units];
            double model = master.solve(centre, t, 1e-12, fixed, mu, new double[units]);
            String where = "round " + round + ", limit " + limit + ", seed " + seed;
            assertTrue(master.support() <= limit, "support " + master.support() + ", " + where);
            double primal = model;
            for (int x = 0; x < units; x++) {
              assertTrue(mu[x] >= 0, "price " + x + " below 0");
              primal -= (mu[x] - centre[x]) * (mu[x] - centre[x]) / (2 * t);
            }
            // aggregation keeps the weights' coverage and worth: still no duality gap
            double dual = master.dual(centre, t);
            assertEquals(dual, primal, 1e-7 * (1 + Math.abs(dual)), "duality gap, " + where);
            // an upper model of the Lagrangian over every schedule ever added, exact nowhere above it
            double lagrangian = 0;
            for (int x = 0; x < units; x++) {
              lagrangian -= mu[x];
            }
            for (int k = 0; k < blocks; k++) {
              double best = 0;
              for (int c = 0; c < schedules.get(k).size(); c++) {
                double worth = worths.get(k).get(c);
                for (int x : schedules.get(k).get(c)) {
                  worth -= mu[x];
                }
                best = Math.max(best, worth);
              }
              lagrangian -= best;
            }
            assertTrue(model >= lagrangian - 1e-9 * (1 + Math.abs(lagrangian)),
                "model " + model + " below the Lagrangian " + lagrangian + ", " + where);
            if (round == 0) {
              // the first solve, before any aggregation: the same prices as the whole model's (the
              // master's optimum is unique: strictly concave in the prices)
              double[] wholeMu = new double[units];
              whole.solve(centre, t, 1e-12, fixed, wholeMu, new double[units]);
              for (int x = 0; x < units; x++) {
                assertEquals(wholeMu[x], mu[x], 1e-7 * (1 + Math.abs(mu[x])), "price " + x + ", " + where);
              }
            }
          }
        });
  }

  /** A random nonempty set of units, ascending. */
  private static int[] schedule(Random random, int units) {
    int[] chosen = new int[units];
    int n = 0;
    for (int x = 0; x < units; x++) {
      if (random.nextInt(3) == 0) {
        chosen[n++] = x;
      }
    }
    if (n == 0) {
      chosen[n++] = random.nextInt(units);
    }
    return java.util.Arrays.copyOf(chosen, n);
  }
}
