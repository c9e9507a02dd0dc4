package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A lifecycle takes no yes after its request's window ended (user test 4, G4). The queue and
 * keep-asking policies keep a request open past its window, so a run that records lifecycles moves
 * a recorded window on to a late yes instead of failing; every recorded lifecycle replays as
 * recorded.
 */
class LateYesRecordTest {

  @Test
  void aQueuePastTheWindowIsRecordedWithTheWindowMovedOn() {
    assertTrue(recorded("queue", 0.3) > 10, "too few yeses after their window: the test shows little");
    recorded("keep-asking", 0.7);
  }

  /** Records a run with the policy for unhelped requests; the number of windows moved on. */
  private static int recorded(String unhelped, double acceptance) {
    Scenario scenario = Scenario.defaults().with("population.circles", 2)
        .with("policy.unhelped", unhelped)
        .with("behaviour.acceptance.probability", acceptance)
        .with("experiment.warmupDays", 0).with("experiment.days", 90)
        .with("experiment.replications", 1);
    List<SimulatedCircle> circles = new ArrayList<>();
    Simulation.record(Simulation.points(scenario).get(0), 0, circles::add);
    int moved = 0;
    int lives = 0;
    for (SimulatedCircle circle : circles) {
      for (RequestLifecycle life : circle.lifecycles()) {
        lives++;
        assertEquals(life, RequestLifecycle.replay(life.request(), life.events()));
        for (RequestEvent event : life.events()) {
          if (event instanceof RequestEvent.Accepted && event.at().plus(life.request().expectedDuration())
              .equals(life.request().window().end())) {
            moved++;
          }
        }
      }
    }
    assertTrue(lives > 50, "lifecycles recorded: " + lives);
    return moved;
  }
}
