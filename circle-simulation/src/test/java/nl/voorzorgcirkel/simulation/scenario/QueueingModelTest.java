package nl.voorzorgcirkel.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueueingModelTest {

  @Test
  void erlangCMatchesClosedFormsAndTextbookValues() {
    // M/M/1: P(wait) = rho, Wq = rho / (mu - lambda)
    QueueingModel one = new QueueingModel(0.5, 60, 1);
    assertEquals(0.5, one.probabilityOfWaiting(), 1e-12);
    assertEquals(60.0, one.meanWaitMinutes(), 1e-9);
    // M/M/2 with a = 1.5: C = (a^2/2 * 2/(2-a)) / (1 + a + a^2/2 * 2/(2-a)) = 4.5 / 7 = 9/14
    QueueingModel two = new QueueingModel(1.5, 60, 2);
    assertEquals(9.0 / 14, two.probabilityOfWaiting(), 1e-12);
    assertEquals(9.0 / 14 / (2.0 / 60 - 1.5 / 60), two.meanWaitMinutes(), 1e-9);
    // Little's law: Lq = lambda Wq
    assertEquals(1.5 / 60 * two.meanWaitMinutes(), two.meanQueueLength(), 1e-12);
    assertEquals(0.75, two.utilisation(), 1e-12);
    // a large c stays finite: M/M/50 at rho 0.9 (C about 0.49, the square-root staffing regime)
    double c = new QueueingModel(45, 60, 50).probabilityOfWaiting();
    assertEquals(0.4, c, 0.15);
    assertThrows(IllegalStateException.class, () -> new QueueingModel(2, 60, 2).probabilityOfWaiting());
  }
}
