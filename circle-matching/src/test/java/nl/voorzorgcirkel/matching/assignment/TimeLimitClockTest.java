package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Where a time limit is checked, with a clock the test moves: the search reads it at its
 * documented points, so a limit that has passed stops it within the work documented between two
 * readings. Behaviour, not time: the clock is the test's.
 */
class TimeLimitClockTest {

  @Test
  void aPassedLimitStopsTheLocalSearchWithinAFewThousandOfItsWork() {
    // the week at set times (seed 7): the flow's plan, repaired, goes to the local search,
    // whose first pass over it is some hundreds of thousands of work (about 8 ms of a 2-vCPU
    // server, BENCHMARKS.md "What a 5 ms budget gives"). A clock read at the search's start (0)
    // and past the limit at every later reading: the first reading in the local search stops it.
    // It reads the clock every LocalSearch.CLOCK_EVERY of its work, so it stops within that and
    // one unit's moves; with a reading every 65,536 of its work a 5 ms limit was passed by 1 to 3
    // ms there, in the local search alone
    BatchInstances.Instance week = BatchInstances.week(7, 15, 100, false);
    Batch batch = ConflictSearchKnownRunsTest.batch(week.requests(), week.snapshot());
    AtomicLong reads = new AtomicLong();
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, 15 * 60, BatchAssignment.DEFAULT_NODE_LIMIT,
        BatchAssignment.DEFAULT_WORK_LIMIT, 1_000_000, () -> reads.getAndIncrement() == 0 ? 0 : 1_000_000);
    ConflictSearch.Result result = search.solve();
    assertFalse(result.optimal, "stopped by the limit");
    assertTrue(search.localSearchWork() > 0, "the local search ran");
    assertTrue(search.localSearchWork() <= 5_000,
        "stopped within 5,000 of the local search's work, not " + search.localSearchWork());
    assertTrue(search.feasible(result.assignedTo), "the plan of its moves so far keeps every rule");
  }

  @Test
  void withoutATimeLimitTheClockIsNeverRead() {
    // the work limit alone: the search is the same on every machine, and reads no clock
    BatchInstances.Instance week = BatchInstances.week(7, 15, 100, false);
    Batch batch = ConflictSearchKnownRunsTest.batch(week.requests(), week.snapshot());
    AtomicLong reads = new AtomicLong();
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, 15 * 60, BatchAssignment.DEFAULT_NODE_LIMIT, 2_000_000, 0,
        () -> {
          reads.incrementAndGet();
          return 0;
        });
    search.solve();
    assertEquals(0, reads.get(), "the clock read");
  }
}
