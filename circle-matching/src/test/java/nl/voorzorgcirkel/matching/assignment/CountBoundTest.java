package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * The search's bound from the number unplaced being a whole number ({@code
 * ConflictSearch.countBound}) is valid: on every instance small enough to enumerate, every plan's
 * costs other than the unplaced ones lie within the search's floor and ceiling, the fewest units
 * unplaced it derives from the root's bound is never more than the true fewest, and the raised
 * bound never passes the optimum, nor does the bound of a search that takes the count as a
 * constraint ({@code ConflictSearch.countRow}).
 */
class CountBoundTest {

  @Test
  void theCountBoundNeverPassesTheFewestUnplacedOfAnExhaustiveSearch() {
    long[] seen = {0, 0, 0, 0};
    Props.property("batch-count-bound-valid", 2400)
        .forAll(longs().all(), integers().between(2, 4), integers().between(2, 7))
        .checkAssert((seed, members, requests) -> {
          BatchInstances.Instance instance = BatchInstances.withTimes(seed, members, requests);
          AssignmentPlan plan = BatchAssignment.standard().plan(instance.requests(), instance.snapshot());
          Batch batch = plan.batch();
          ConflictSearchKnownRunsTest.Run run = ConflictSearchKnownRunsTest.run(batch, Long.MAX_VALUE, 0, () -> 0L);
          ConflictSearch search = run.search();
          if (run.result().nodes == 0) {
            return; // the flow's plan was feasible: no search, no count bound
          }
          Network prices = search.root();
          double u = prices.unplacedCost;
          double[] fewest = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}; // unplaced, cost
          int[] choice = new int[batch.units()];
          enumerate(plan, search, prices, choice, 0, fewest);
          double optimum = fewest[1];
          double tolerance = 1e-9 * Math.max(1, optimum);
          assertTrue(search.leastUnplaced() <= fewest[0],
              "count bound " + search.leastUnplaced() + " above the fewest unplaced " + fewest[0] + ", seed " + seed);
          assertTrue(search.countBound(search.rootBound()) <= optimum + tolerance, "seed " + seed);
          assertTrue(run.result().bound <= optimum + tolerance, "seed " + seed);
          assertEquals(optimum, run.result().cost, tolerance, "seed " + seed);
          seen[0]++;
          seen[1] += search.leastUnplaced() > 0 && search.leastUnplaced() == fewest[0] ? 1 : 0;
          seen[2] += search.countRows() ? 1 : 0;
          // the count row wherever the root proves a unit unplaced: its bound never passes the
          // optimum either, and the search still ends at it
          ConflictSearch counted = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
              BatchAssignment.DEFAULT_LOAD_PENALTY, 15 * 60, Long.MAX_VALUE, 0, () -> 0L).countRowsWherever();
          ConflictSearch.Result withRow = counted.solve();
          assertTrue(counted.rootBound() <= optimum + tolerance, "with the row, seed " + seed);
          assertTrue(withRow.bound <= optimum + tolerance, "with the row, seed " + seed);
          assertEquals(optimum, withRow.cost, tolerance, "with the row, seed " + seed);
          seen[3] += counted.countRows() ? 1 : 0;
        });
    System.out.printf("count bound: %d searched instances, %d with the fewest unplaced proven > 0, %d with the count"
        + " as a constraint, %d with it where the root proves a unit unplaced%n", seen[0], seen[1], seen[2], seen[3]);
    assertTrue(seen[0] > 200, "too few instances needed the search: " + seen[0]);
    assertTrue(seen[1] > 40, "the count bound was never at work: " + seen[1]);
    assertTrue(seen[3] > 5, "the count row was hardly at work: " + seen[3]);
  }

  /**
   * Every plan that keeps the times and the weeks: its costs other than the unplaced ones lie
   * within the search's floor and ceiling; {@code fewest} gets the fewest unplaced and the least
   * cost.
   */
  private static void enumerate(AssignmentPlan plan, ConflictSearch search, Network prices, int[] choice, int unit,
      double[] fewest) {
    Batch batch = plan.batch();
    if (unit == batch.units()) {
      int[] assignment = new int[choice.length];
      int[] load = new int[batch.nodes()];
      int unplaced = 0;
      for (int u = 0; u < choice.length; u++) {
        assignment[u] = choice[u] < 0 ? Network.UNPLACED : batch.eligible[u][choice[u]];
        if (assignment[u] >= 0) {
          load[assignment[u]]++;
        } else {
          unplaced++;
        }
      }
      if (ConflictExactnessTest.keepsTimesAndWeeks(plan, assignment)) {
        double cost = prices.costOf(assignment, load);
        double others = cost - prices.unplacedCost * unplaced;
        double tolerance = 1e-9 * Math.max(1, cost);
        double ceiling = search.costCeiling(choice.length - unplaced);
        assertTrue(others <= ceiling + tolerance && others >= search.costFloor() - tolerance,
            others + " outside [" + search.costFloor() + ", " + ceiling + "]");
        fewest[0] = Math.min(fewest[0], unplaced);
        fewest[1] = Math.min(fewest[1], cost);
      }
      return;
    }
    for (int i = -1; i < batch.eligible[unit].length; i++) {
      choice[unit] = i;
      enumerate(plan, search, prices, choice, unit + 1, fewest);
    }
  }
}
