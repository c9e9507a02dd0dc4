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
            assertNoDualityGap(master, centre, t, units, units, "round " + round + ", seed " + seed);
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


  @Test
  void theMasterWithTheCountRowIsSolvedExactlyFromEveryWarmStart() {
    // the count row "at most m placed" is one more price lambda >= 0 (index units): each column has
    // its number of units there, the right-hand side is m; the dual at the weights still equals
    // the master's value at the prices returned, lambda's proximal term included
    Props.property("bundle-master-count-row-exact", 500)
        .forAll(longs().all(), integers().between(1, 9), integers().between(1, 4), integers().between(0, 80))
        .checkAssert((seed, units, blocks, limit) -> {
          // limits below 5 aggregate columns with the row in the model (its entry their share sum)
          Random random = new Random(seed);
          BundleMaster master = new BundleMaster(units, blocks, limit);
          double[] centre = new double[units + 1];
          for (int round = 0; round < 4; round++) {
            if (round == 1) {
              // the row comes after a solve without it, as at the root's second evaluation, and
              // may tighten in a later round, as at a child
              master.countRow(random.nextInt(units + 1));
            } else if (round == 3) {
              master.countRow(random.nextInt(units + 1));
            }
            for (int k = 0; k < blocks; k++) {
              int columns = random.nextInt(4);
              for (int c = 0; c < columns; c++) {
                master.add(k, schedule(random, units), 10 * random.nextDouble());
              }
            }
            for (int x = 0; x <= units; x++) {
              centre[x] = round == 0 && x == units || random.nextInt(3) == 0 ? 0 : 5 * random.nextDouble();
            }
            double t = Math.pow(10, -2 + 3 * random.nextDouble());
            assertNoDualityGap(master, centre, t, units, units + 1, "round " + round + ", limit " + limit + ", seed " + seed);
          }
        });
  }

  @Test
  void withTheCountRowTheModelIsTheBestScheduleAtTheRowsPrice() {
    // one unit, one member-week holding the schedule {0} worth 10, at most 0 placed: the model at
    // (mu, lambda) is -mu - 0 - max(0, 10 - mu - lambda); the master's prices with a large step
    // make the schedule worth nothing, and the value is what the model says there
    BundleMaster master = new BundleMaster(1, 1);
    master.add(0, new int[] {0}, 10);
    master.countRow(0);
    double[] mu = new double[2];
    double value = master.solve(new double[] {0, 0}, 1e6, 1e-12, new boolean[1], mu, new double[1]);
    assertEquals(-mu[0] - Math.max(0, 10 - mu[0] - mu[1]), value, 1e-9);
    assertTrue(mu[0] + mu[1] >= 10 - 1e-6, "the schedule is priced out: " + mu[0] + " + " + mu[1]);
    assertEquals(0, mu[0], 1e-6, "the row, not the unit, carries the price: nothing may be placed");
  }

  /**
   * Solves the master and checks that the dual at its weights equals its value at the prices
   * returned, the proximal terms of the first {@code prices} coordinates (the units, and the count
   * row's where it has one) taken off: no duality gap.
   */
  private static void assertNoDualityGap(BundleMaster master, double[] centre, double t, int units, int prices,
      String where) {
    double[] mu = new double[prices];
    double primal = master.solve(centre, t, 1e-12, new boolean[units], mu, new double[units]);
    for (int x = 0; x < prices; x++) {
      assertTrue(mu[x] >= 0, "price " + x + " below 0");
      primal -= (mu[x] - centre[x]) * (mu[x] - centre[x]) / (2 * t);
    }
    double dual = master.dual(centre, t);
    assertEquals(dual, primal, 1e-7 * (1 + Math.abs(dual)), "duality gap, t " + t + ", " + where);
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
