package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.asking.AskStep;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.simulation.internal.AskTrace;
import nl.voorzorgcirkel.simulation.internal.Calendar;
import nl.voorzorgcirkel.simulation.internal.CircleRun;
import nl.voorzorgcirkel.simulation.internal.Totals;
import nl.voorzorgcirkel.simulation.scenario.Policy;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * With {@code policy.askPlan} the simulation asks as the coordination module's {@link AskPlan}
 * does: the asks of every simulated request are exactly the steps of an ask plan given the same
 * request, circle, ranking and answers; nobody is asked in the quiet hours unless the help is
 * needed today; nobody more than the weekly most. Each check is shown to fail without the section,
 * where the engine asks in its own rounds.
 */
class AskPlanSimulationTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  record Ask(MemberId member, Instant at) {}

  record Answer(MemberId member, boolean yes, Instant at) {}

  /** One traced request: what the engine asked and heard. */
  static final class Traced {
    final HelpRequest request;
    final Circle circle;
    final List<MemberId> order;
    final List<Ask> asks = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();

    Traced(HelpRequest request, Circle circle, List<MemberId> order) {
      this.request = request;
      this.circle = circle;
      this.order = order;
    }
  }

  /** Runs the scenario's circles of replication 0 and traces every request. */
  static List<Traced> trace(Scenario scenario) {
    assertTrue(ScenarioFiles.validate(scenario).isEmpty(), () -> ScenarioFiles.validate(scenario).toString());
    CircleRun.Model model = new CircleRun.Model(scenario, new Calendar(scenario.experiment()));
    List<Traced> all = new ArrayList<>();
    for (int c = 0; c < scenario.population().circles(); c++) {
      Map<Integer, Traced> byNumber = new HashMap<>();
      CircleRun.run(model, 0, c, new Totals(model.months()), new AskTrace() {
        @Override
        public void filed(int request, HelpRequest filed, Circle circle, List<MemberId> order) {
          Traced t = new Traced(filed, circle, order);
          byNumber.put(request, t);
          all.add(t);
        }

        @Override
        public void asked(int request, MemberId member, long at) {
          byNumber.get(request).asks.add(new Ask(member, Instant.ofEpochSecond(at)));
        }

        @Override
        public void answered(int request, MemberId member, boolean yes, long at) {
          byNumber.get(request).answers.add(new Answer(member, yes, Instant.ofEpochSecond(at)));
        }
      });
    }
    return all;
  }

  static Scenario scenario(int days, Policy.AskPlanRules rules) {
    Scenario s = Scenario.defaults().with("population.circles", 3).with("experiment.days", days)
        .with("experiment.warmupDays", 14).with("experiment.replications", 1)
        .with("behaviour.acceptance.probability", 0.35);
    return rules == null ? s : new Scenario(s.formatVersion(), s.name(), s.description(), s.population(),
        s.behaviour(), s.policy().withAskPlan(rules), s.experiment(), s.queueing(), s.contact());
  }

  /** The asks of a fresh ask plan given the traced request's inputs and answers, step by step. */
  static List<Ask> replay(Traced t, CircleAgreements agreements) {
    List<MemberId> whom = t.order.stream().filter(m -> !m.equals(t.request.requester())).toList();
    AskPlan plan = AskPlan.builder(t.request, t.circle).order(whom).agreements(agreements).build();
    List<Ask> asks = new ArrayList<>();
    Instant now = t.request.createdAt();
    AskStep step = plan.advance(now);
    int answer = 0;
    while (true) {
      for (int i = plan.asked().size(); i < step.plan().asked().size(); i++) {
        asks.add(new Ask(step.plan().asked().get(i), now));
      }
      plan = step.plan();
      Instant next = step.nextCheck().orElse(null);
      if (plan.isFinished() || next == null && answer == t.answers.size()) {
        return asks;
      }
      if (answer < t.answers.size() && (next == null || !t.answers.get(answer).at().isAfter(next))) {
        Answer a = t.answers.get(answer++);
        now = a.at();
        step = plan.answer(now, a.member(), a.yes());
        if (a.yes()) {
          return asks;
        }
      } else {
        now = next;
        step = plan.advance(now);
      }
    }
  }

  @Test
  void everySimulatedRequestIsAskedExactlyAsTheLibrarysAskPlanAsksIt() {
    // a weekly most that never binds: each plan can be replayed on its own
    Policy.AskPlanRules rules = new Policy.AskPlanRules("21:00", "08:00", 1, 100, "Europe/Amsterdam");
    Scenario scenario = scenario(120, rules);
    CircleAgreements agreements = scenario.policy().askPlanAgreements().orElseThrow();
    List<Traced> traced = trace(scenario);
    int asks = 0;
    int laterRounds = 0;
    for (Traced t : traced) {
      assertEquals(replay(t, agreements), t.asks, () -> "request " + t.request.id());
      asks += t.asks.size();
      laterRounds += t.asks.stream().map(Ask::at).distinct().count() > 1 ? 1 : 0;
    }
    System.out.printf("ask-plan simulation: %d requests, %d asks, %d with more than one round%n", traced.size(),
        asks, laterRounds);
    assertTrue(traced.size() > 100 && laterRounds > 20, "too few requests or rounds to show anything");

    // the engine's own rounds are not the plan's: the same check fails without the section
    Scenario own = scenario(120, null);
    assertFalse(trace(own).stream().allMatch(t -> asksAsThePlan(t, agreements)));
  }

  /** Whether the engine asked as the plan would; a plan refusing the engine's answers is a no too. */
  private static boolean asksAsThePlan(Traced t, CircleAgreements agreements) {
    try {
      return replay(t, agreements).equals(t.asks);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  @Test
  void nobodyIsAskedInTheQuietHoursUnlessTheHelpIsNeededToday() {
    Policy.AskPlanRules rules = Policy.AskPlanRules.defaults();
    assertEquals(0, askedAtNight(trace(scenario(120, rules)), rules));
    assertTrue(askedAtNight(trace(scenario(120, null)), rules) > 0, "the engine's own rounds ask at night");
  }

  private static long askedAtNight(List<Traced> traced, Policy.AskPlanRules rules) {
    LocalTime from = LocalTime.parse(rules.quietFrom());
    LocalTime until = LocalTime.parse(rules.quietUntil());
    long night = 0;
    for (Traced t : traced) {
      if (t.request.urgency() == Urgency.TODAY) {
        continue;
      }
      for (Ask a : t.asks) {
        LocalTime time = a.at().atZone(ZONE).toLocalTime();
        if (!time.isBefore(from) || time.isBefore(until)) {
          night++;
        }
      }
    }
    return night;
  }

  @Test
  void nobodyIsAskedMoreThanTheWeeklyMostAcrossTheCirclesRequests() {
    Policy.AskPlanRules rules = new Policy.AskPlanRules("21:00", "08:00", 1, 2, "Europe/Amsterdam");
    assertTrue(mostAsksInAWeek(trace(scenario(90, rules))) <= 2);
    assertTrue(mostAsksInAWeek(trace(scenario(90, null))) > 2, "the engine's own rounds know no weekly most");
  }

  /** The most asks any member had in a 7-day window (a, a + 7 days], over all requests. */
  private static int mostAsksInAWeek(List<Traced> traced) {
    Map<MemberId, List<Instant>> byMember = new HashMap<>();
    for (Traced t : traced) {
      for (Ask a : t.asks) {
        byMember.computeIfAbsent(a.member(), m -> new ArrayList<>()).add(a.at());
      }
    }
    int most = 0;
    for (List<Instant> times : byMember.values()) {
      times.sort(null);
      for (int i = 0; i < times.size(); i++) {
        Instant end = times.get(i).plusSeconds(7 * 86_400);
        int n = 0;
        for (int j = i; j < times.size() && times.get(j).isBefore(end); j++) {
          n++;
        }
        most = Math.max(most, n);
      }
    }
    return most;
  }
}
