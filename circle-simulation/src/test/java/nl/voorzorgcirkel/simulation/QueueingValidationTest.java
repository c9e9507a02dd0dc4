package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.QueueingModel;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against queueing theory: in the queueing validation mode every circle is an M/M/c
 * queue, so P(wait) must match Erlang C, the mean wait W_q = C / (c mu - lambda), the mean queue
 * length Little's law L_q = lambda W_q, and the utilisation lambda / (c mu). Each figure's 95 %
 * interval over replications must hold the theoretical value, widened by a tenth of its width
 * for the ledger's one-minute floor on service times and the seconds the engine counts in.
 */
class QueueingValidationTest {

  @ParameterizedTest(name = "lambda {0}/h, service {1} min, c = {2}")
  @CsvSource({"1.5, 60, 2", "4, 30, 3", "0.6, 60, 1", "9, 40, 8"})
  void theEngineAgreesWithErlangCAndLittlesLaw(double arrivals, double service, int helpers) {
    QueueingModel model = new QueueingModel(arrivals, service, helpers);
    Experiment experiment = new Experiment(LocalDate.of(2026, 1, 5), 30, 365, 8, 7L,
        new Experiment.Design(Experiment.DesignType.SINGLE, List.of(), 1), Optional.empty());
    Scenario s = Scenario.queueing(model, experiment).with("population.circles", 12);
    ExperimentResult r = Simulation.run(s, 2, (d, t) -> { });
    check(r, Output.P_WAIT, model.probabilityOfWaiting());
    check(r, Output.MEAN_WAIT_MINUTES, model.meanWaitMinutes());
    check(r, Output.MEAN_QUEUE_LENGTH, model.meanQueueLength());
    check(r, Output.UTILISATION, model.utilisation());
    // Little's law inside the simulation itself: L_q = lambda W_q
    double lq = r.tally(0, Output.MEAN_QUEUE_LENGTH).mean();
    double wq = r.tally(0, Output.MEAN_WAIT_MINUTES).mean();
    assertTrue(Math.abs(lq - arrivals / 60 * wq) <= 0.02 * Math.max(lq, 0.05), lq + " vs " + arrivals / 60 * wq);
  }

  private static void check(ExperimentResult r, Output output, double theory) {
    Interval ci = r.tally(0, output).interval(0.95).orElseThrow();
    double slack = ci.halfWidth() * 0.1 + 1e-9;
    System.out.printf("%s: simulated %s, theory %.4f%n", output.column(), ci.format(4), theory);
    assertTrue(ci.low() - slack <= theory && theory <= ci.high() + slack,
        output + ": theory " + theory + " outside " + ci.format(4));
  }
}
