package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.QueueingModel;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * User test 7, K8: the outputs did not tell a request for which no member of the circle was
 * eligible (nobody to ask at all) from one that was asked and not taken; both were only "expired
 * and referred". {@link Output#NO_ELIGIBLE_MEMBER} counts the first, {@link
 * Output#SHARE_NO_ELIGIBLE_MEMBER} gives its share of the requests.
 */
class NoEligibleMemberTest {

  /** Few members offer anything: many kinds of help are offered by nobody in a circle. */
  private static Scenario fewOffers() {
    return SimulationTest.small(6, 90, 3)
        .with("population.offerProbability", Map.of("vital", 0.08, "someLimitations", 0.04, "dependent", 0.0));
  }

  @Test
  void aRequestNobodyCanDoIsCountedExactlyWhenNobodyWasAsked() {
    DesignPoint point = Simulation.points(fewOffers()).get(0);
    List<long[]> perCircle = new ArrayList<>();
    Simulation.record(point, 0, circle -> {
      long unasked = 0;
      long posted = 0;
      for (RequestLifecycle life : circle.lifecycles()) {
        if (life.request().createdAt().isBefore(circle.from())) {
          continue; // the warm-up
        }
        posted++;
        // with the default policy a request is asked when it is filed, if anyone can be asked
        if (life.events().stream().noneMatch(e -> e instanceof RequestEvent.Asked)) {
          unasked++;
        }
      }
      perCircle.add(new long[] {unasked, (long) circle.figures().value(Output.NO_ELIGIBLE_MEMBER), posted,
          (long) circle.figures().value(Output.REQUESTS)});
    });
    long counted = 0;
    long requests = 0;
    for (long[] c : perCircle) {
      // a request whose only eligible members were busy helping is not asked either, but counted
      // as having eligible members (user test 8, L2)
      assertTrue(c[1] <= c[0], "counted " + c[1] + ", nobody asked about " + c[0]);
      assertEquals(c[2], c[3]);
      counted += c[1];
      requests += c[3];
    }
    assertTrue(counted > 0 && counted < requests, counted + " of " + requests);
  }

  @Test
  void theShareIsTheCountOverTheRequestsAndNeitherIsInTheOtherFigures() {
    ExperimentResult r = Simulation.run(fewOffers(), 2, (d, t) -> { });
    for (ReplicationResult rep : r.replications().get(0)) {
      double count = rep.value(Output.NO_ELIGIBLE_MEMBER);
      double requests = rep.value(Output.REQUESTS);
      assertTrue(count > 0, "some requests had nobody to ask");
      assertEquals(count / requests, rep.value(Output.SHARE_NO_ELIGIBLE_MEMBER), 1e-12);
      // nobody took them: they are among the expired and the open, never among the helped
      assertTrue(count <= rep.value(Output.EXPIRED) + rep.value(Output.OPEN_AT_END) + 1e-9);
    }
    String nl = Summary.of(r, Locale.forLanguageTag("nl"));
    assertTrue(nl.contains("hulpvragen zonder geschikt lid (niemand om te vragen)"), nl);
    assertTrue(nl.contains("aandeel hulpvragen zonder geschikt lid"), nl);
    String en = Summary.of(r, Locale.ENGLISH);
    assertTrue(en.contains("requests with no member eligible (nobody to ask)"), en);
  }

  @Test
  void whenNobodyOffersAnythingEveryRequestHasNobodyToAsk() {
    Scenario nobody = SimulationTest.small(3, 60, 2)
        .with("population.offerProbability", Map.of("vital", 0.0, "someLimitations", 0.0, "dependent", 0.0));
    for (ReplicationResult rep : Simulation.run(nobody, 2, (d, t) -> { }).replications().get(0)) {
      assertTrue(rep.value(Output.REQUESTS) > 0);
      assertEquals(rep.value(Output.REQUESTS), rep.value(Output.NO_ELIGIBLE_MEMBER));
      assertEquals(1.0, rep.value(Output.SHARE_NO_ELIGIBLE_MEMBER));
      assertEquals(0.0, rep.value(Output.ASKS_PER_REQUEST));
    }
  }

  /**
   * User test 8, L2: in the queueing mode every helper offers the help, so no request lacks an
   * eligible member, although most wait because every helper is busy; before, the count equalled
   * P(wait) (0.64 of the requests).
   */
  @Test
  void aRequestWhoseHelpersAreAllBusyHasEligibleMembers() {
    QueueingModel model = new QueueingModel(1.5, 60, 2);
    Experiment experiment = new Experiment(LocalDate.of(2026, 1, 5), 7, 60, 2, 7L,
        new Experiment.Design(Experiment.DesignType.SINGLE, List.of(), 1), Optional.empty());
    ExperimentResult r = Simulation.run(Scenario.queueing(model, experiment).with("population.circles", 3), 2,
        (d, t) -> { });
    for (ReplicationResult rep : r.replications().get(0)) {
      assertTrue(rep.value(Output.P_WAIT) > 0.3, "most requests wait: " + rep.value(Output.P_WAIT));
      assertEquals(0.0, rep.value(Output.NO_ELIGIBLE_MEMBER));
    }
  }

  @Test
  void inAnOrdinaryCircleFewRequestsHaveNobodyToAsk() {
    ExperimentResult r = Simulation.run(SimulationTest.small(6, 90, 2), 2, (d, t) -> { });
    for (ReplicationResult rep : r.replications().get(0)) {
      assertTrue(rep.value(Output.SHARE_NO_ELIGIBLE_MEMBER) < rep.value(Output.SHARE_HELPED),
          "the defaults cover most kinds: " + rep.value(Output.SHARE_NO_ELIGIBLE_MEMBER));
    }
  }
}
