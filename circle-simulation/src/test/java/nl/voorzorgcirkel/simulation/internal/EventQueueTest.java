package nl.voorzorgcirkel.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** The event list gives events in order of time, and at one time in the order they were pushed. */
class EventQueueTest {

  /** An event as pushed, with the order of its push. */
  private record Pushed(long time, byte kind, int a, int b, int c, long order) {}

  /**
   * Random runs of pushes and polls, each a list of steps: a negative step polls (when anything is
   * queued), any other pushes an event at that many seconds after the last time taken, so times
   * repeat and events arrive out of order, as in a run. The queue must agree, event by event, with
   * the JDK's priority queue ordered by (time, push order).
   */
  @Test
  void givesEventsByTimeThenPushOrder() {
    Props.property("event list order equals (time, push order)", 300).forAll(
        lists().of(integers().between(-40, 60)).ofSizeBetween(0, 600))
        .checkAssert(steps -> {
          EventQueue queue = new EventQueue();
          PriorityQueue<Pushed> reference = new PriorityQueue<>(
              Comparator.comparingLong(Pushed::time).thenComparingLong(Pushed::order));
          long now = 0;
          long order = 0;
          List<Pushed> taken = new ArrayList<>();
          List<Pushed> expected = new ArrayList<>();
          for (int step : steps) {
            if (step < 0) {
              if (!reference.isEmpty()) {
                now = take(queue, taken);
                expected.add(reference.poll());
              }
            } else {
              Pushed e = new Pushed(now + step, (byte) (step % 9), step, (int) order, -step, order++);
              queue.push(e.time(), e.kind(), e.a(), e.b(), e.c());
              reference.add(e);
            }
          }
          while (!reference.isEmpty()) {
            take(queue, taken);
            expected.add(reference.poll());
          }
          assertTrue(queue.isEmpty(), "every event taken once");
          assertEquals(expected.size(), taken.size());
          for (int i = 0; i < taken.size(); i++) {
            Pushed want = expected.get(i);
            Pushed got = taken.get(i);
            assertEquals(List.of(want.time(), want.kind(), want.a(), want.b(), want.c()),
                List.of(got.time(), got.kind(), got.a(), got.b(), got.c()), "event " + i);
          }
        });
  }

  private static long take(EventQueue queue, List<Pushed> taken) {
    long peeked = queue.peekTime();
    long time = queue.poll();
    assertEquals(peeked, time, "peekTime tells the time poll gives");
    taken.add(new Pushed(time, queue.kind(), queue.a(), queue.b(), queue.c(), -1));
    return time;
  }
}
