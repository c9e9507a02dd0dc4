package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.statistics.Differences;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;
import org.junit.jupiter.api.Test;

class SimulationTest {

  static Scenario small(int circles, int days, int replications) {
    return Scenario.defaults().with("population.circles", circles).with("experiment.days", days)
        .with("experiment.replications", replications).with("experiment.warmupDays", 14);
  }

  @Test
  void theSameSeedGivesTheSameResultWhateverTheThreadsAndTheSplitOfTheWork() {
    Scenario s = small(7, 60, 2);
    ExperimentResult one = Simulation.run(s, 1, (d, t) -> { });
    ExperimentResult two = Simulation.run(s, 2, (d, t) -> { });
    assertEquals(one.replications(), two.replications());
    // units of 3 circles, merged in reverse order: the same bits
    DesignPoint point = Simulation.points(s).get(0);
    List<WorkUnit> units = Simulation.units(List.of(point), 3);
    Collections.reverse(units);
    UnitResult merged = null;
    for (WorkUnit unit : units) {
      if (unit.replication() == 1) {
        UnitResult u = Simulation.runUnit(point, unit);
        merged = merged == null ? u : u.merge(merged);
      }
    }
    assertEquals(7, merged.circles());
    assertEquals(one.replications().get(0).get(1), Simulation.replicationResult(merged, s));
    assertNotEquals(one.replications().get(0).get(0), one.replications().get(0).get(1),
        "replications draw independent numbers");
  }

  @Test
  void aScenarioWithErrorsIsRefusedBeforeAnythingRuns() {
    // each value is fine on its own (with refuses one that is not); together they break two rules
    Scenario bad = Scenario.defaults().with("population.membersPerCircle", Map.of("min", 15, "max", 10))
        .with("behaviour.urgency.todayShare", 0.8).with("behaviour.urgency.soonShare", 0.7);
    ScenarioException e = assertThrows(ScenarioException.class, () -> Simulation.run(bad));
    assertEquals(2, e.errors().size(), e.getMessage());
  }

  @Test
  void twoPoliciesOnTheSameSeedSeeTheSameNeeds() {
    Scenario s = small(6, 90, 3).with("experiment.compare",
        Map.of("field", "policy.fairness.strategy", "values", List.of("least-loaded", "leximin")));
    ExperimentResult r = Simulation.run(s, 2, (d, t) -> { });
    assertEquals(2, r.points().size());
    double[] a = r.values(0, Output.REQUESTS);
    double[] b = r.values(1, Output.REQUESTS);
    // the same members file the same needs; only what happens to them differs
    assertEquals(List.of(a[0], a[1], a[2]), List.of(b[0], b[1], b[2]));
    assertFalse(List.of(r.values(0, Output.LOAD_GINI)).equals(List.of(r.values(1, Output.LOAD_GINI))));
  }

  @Test
  void thePairedIntervalIsNarrowerThanTheUnpairedOne() {
    // two acceptance levels with common random numbers: the same circles and needs in both
    Scenario s = small(10, 120, 12).with("experiment.compare",
        Map.of("field", "behaviour.acceptance.probability", "values", List.of(0.5, 0.55)));
    ExperimentResult r = Simulation.run(s, 2, (d, t) -> { });
    for (Output o : List.of(Output.SHARE_HELPED, Output.EXPIRED, Output.MEAN_WAIT_MINUTES)) {
      double[] base = r.values(0, o);
      double[] other = r.values(1, o);
      Interval paired = Differences.paired(base, other, 0.95).orElseThrow();
      Interval unpaired = Differences.unpaired(Tally.of(base), Tally.of(other), 0.95).orElseThrow();
      assertTrue(paired.halfWidth() < unpaired.halfWidth() / 2,
          o + ": paired " + paired.format(4) + " unpaired " + unpaired.format(4));
      assertEquals(paired.estimate(), unpaired.estimate(), 1e-9 * Math.max(1, Math.abs(paired.estimate())));
    }
    PairedDifference d = r.differences().stream().filter(x -> x.output() == Output.SHARE_HELPED).findFirst().orElseThrow();
    assertTrue(d.paired().orElseThrow().estimate() > 0, "more willing helpers help more");
  }

  @Test
  void oneReplicationHasNoIntervalAndMissingFiguresAreNaN() {
    ExperimentResult r = Simulation.run(small(2, 30, 1), 1, (d, t) -> { });
    assertTrue(r.tally(0, Output.SHARE_HELPED).interval(0.95).isEmpty());
    Scenario noDynamics = small(2, 30, 2).with("behaviour.dynamics.enabled", false);
    ExperimentResult still = Simulation.run(noDynamics, 1, (d, t) -> { });
    // without dynamics no circle loses a kind of help: there is no "days until losing it"
    assertEquals(0.0, still.values(0, Output.CIRCLES_LOSING_A_KIND)[0]);
    assertTrue(Double.isNaN(still.values(0, Output.DAYS_UNTIL_LOSING)[0]));
  }

  @Test
  void partialMonthsAreMarkedAndMonthlyRatesArePerWeek() {
    // 2026-01-05 plus 14 warm-up days: measured from 2026-01-19 for 365 days, to 2027-01-19
    ExperimentResult r = Simulation.run(small(3, 365, 2), 2, (d, t) -> { });
    List<Month> months = r.months();
    assertEquals(13, months.size());
    assertEquals(new Month(YearMonth.of(2026, 1), LocalDate.of(2026, 1, 19), 13, true), months.get(0));
    assertEquals(new Month(YearMonth.of(2026, 2), LocalDate.of(2026, 2, 1), 28, false), months.get(1));
    assertEquals(new Month(YearMonth.of(2027, 1), LocalDate.of(2027, 1, 1), 18, true), months.get(12));
    assertTrue(months.get(12).label().contains("partial"));
    // a per-week rate in a partial month is comparable with a whole month's
    double last = r.tally(0, MonthlyOutput.REQUESTS_PER_CIRCLE_WEEK, 12).mean();
    double middle = r.tally(0, MonthlyOutput.REQUESTS_PER_CIRCLE_WEEK, 6).mean();
    assertTrue(last > middle / 3 && last < middle * 3, last + " vs " + middle);
  }

  @Test
  void theFiguresAddUp() {
    ExperimentResult r = Simulation.run(small(5, 120, 3), 2, (d, t) -> { });
    for (ReplicationResult rep : r.replications().get(0)) {
      double posted = rep.value(Output.REQUESTS);
      double helped = rep.value(Output.SHARE_HELPED) * posted;
      assertEquals(posted, Math.round(helped) + rep.value(Output.EXPIRED) + rep.value(Output.OPEN_AT_END), 1e-6);
      // P(wait) does not exist with an answer delay (figuresThatDoNotExistInAModeAreNaN)
      for (Output share : List.of(Output.SHARE_HELPED, Output.UTILISATION, Output.YES_SHARE,
          Output.LOAD_GINI, Output.LOAD_JAIN)) {
        double v = rep.value(share);
        assertTrue(v >= 0 && v <= 1, share + " = " + v);
      }
      assertTrue(rep.value(Output.P90_WAIT_HOURS) * 60 >= rep.value(Output.MEAN_WAIT_MINUTES) * 0.5);
    }
  }

  @Test
  void behaviourParametersChangeWhatHappens() {
    Scenario base = small(8, 120, 2);
    double yes = Simulation.run(base, 2, (d, t) -> { }).tally(0, Output.YES_SHARE).mean();
    double tired = Simulation.run(base.with("behaviour.fatigue.lossPerRecentAsk", 0.5), 2, (d, t) -> { })
        .tally(0, Output.YES_SHARE).mean();
    assertTrue(tired < yes, "notification fatigue lowers the share of yes: " + tired + " vs " + yes);
    // without recurring requests every posted request is a need
    ExperimentResult shy = Simulation.run(base.with("behaviour.recurrence.share", 0)
        .with("behaviour.reluctance.initialShare", 0.5)
        .with("behaviour.reluctance.familiarShare", 0.5), 2, (d, t) -> { });
    double notPosted = shy.tally(0, Output.NEEDS_NOT_POSTED).mean();
    double posted = shy.tally(0, Output.REQUESTS).mean();
    assertEquals(0.5, notPosted / (notPosted + posted), 0.05);
  }

  @Test
  void vitalityDeclinesWhenDynamicsAreOnAndStaysWhenOff() {
    Scenario old = small(10, 730, 1).with("population.age", Map.of("min", 85, "max", 95))
        .with("population.membersPerCircle", 15).with("behaviour.dynamics.recruitment.enabled", false);
    ExperimentResult on = Simulation.run(old, 2, (d, t) -> { });
    int last = on.months().size() - 1;
    double first = on.tally(0, MonthlyOutput.VITAL_MEMBERS, 0).mean();
    assertTrue(on.tally(0, MonthlyOutput.VITAL_MEMBERS, last).mean() < first * 0.7);
    ExperimentResult off = Simulation.run(old.with("behaviour.dynamics.enabled", false), 2, (d, t) -> { });
    assertEquals(off.tally(0, MonthlyOutput.VITAL_MEMBERS, 0).mean(),
        off.tally(0, MonthlyOutput.VITAL_MEMBERS, last).mean());
  }

  @Test
  void theFairnessStrategyAndTheBudgetComeFromTheScenario() {
    Scenario s = small(8, 120, 2);
    List<Double> asks = new ArrayList<>();
    for (int budget : new int[] {1, 4}) {
      asks.add(Simulation.run(s.with("policy.notificationBudget", budget), 2, (d, t) -> { })
          .tally(0, Output.ASKS_PER_REQUEST).mean());
    }
    assertTrue(asks.get(1) > asks.get(0) * 1.3, "a larger budget asks more members: " + asks);
  }

  @Test
  void theNetherlandsScenarioRunsOnAShortHorizon() {
    Scenario national = nl.voorzorgcirkel.simulation.scenario.ScenarioFiles.builtIn("netherlands")
        .with("experiment.days", 1);
    ExperimentResult r = Simulation.run(national, 2, (d, t) -> { });
    double size = r.values(0, Output.CIRCLE_SIZE_AT_END)[0];
    assertEquals(280_000, r.scenario().population().circles());
    assertTrue(size * 280_000 > 3.4e6, "about 3.5 million members: " + size);
    assertTrue(r.values(0, Output.REQUESTS)[0] > 100_000);
  }

  @Test
  void figuresThatDoNotExistInAModeAreNaN() {
    // outside the queueing mode every answer takes time: P(wait) would be 1 by construction
    ExperimentResult muziekwijk = Simulation.run(small(3, 30, 2), 2, (d, t) -> { });
    assertTrue(Double.isNaN(muziekwijk.values(0, Output.P_WAIT)[0]));
    assertFalse(Double.isNaN(muziekwijk.values(0, Output.CAPACITY_USED)[0]));
    assertFalse(Double.isNaN(muziekwijk.values(0, Output.CIRCLE_SIZE_AT_END)[0]));
    // the queueing mode's helpers have no capacity limits, and its circles are c helpers and an asker
    Scenario queueing = nl.voorzorgcirkel.simulation.scenario.ScenarioFiles.builtIn("queueing")
        .with("population.circles", 2).with("experiment.days", 30).with("experiment.replications", 2);
    ExperimentResult q = Simulation.run(queueing, 2, (d, t) -> { });
    assertFalse(Double.isNaN(q.values(0, Output.P_WAIT)[0]));
    for (Output absent : List.of(Output.CAPACITY_USED, Output.WEEKS_OVER_CAPACITY, Output.CIRCLE_SIZE_AT_END)) {
      for (double v : q.values(0, absent)) {
        assertTrue(Double.isNaN(v), absent + " = " + v);
      }
    }
    assertTrue(Double.isNaN(q.replications().get(0).get(0).monthly(MonthlyOutput.MEMBERS_PER_CIRCLE, 0)));
  }

  @Test
  void daysUntilACircleLostAKindCountFromTheStartOfTheMeasuredPeriod() {
    // before: counted from the start of the warm-up, so a 60-day period after a year's warm-up
    // reported more than 365 days
    Scenario s = Scenario.defaults().with("population.circles", 30).with("experiment.days", 60)
        .with("experiment.warmupDays", 365).with("experiment.replications", 2)
        .with("population.membersPerCircle", 8);
    ExperimentResult r = Simulation.run(s, 2, (d, t) -> { });
    int seen = 0;
    for (double days : r.values(0, Output.DAYS_UNTIL_LOSING)) {
      if (!Double.isNaN(days)) {
        seen++;
        assertTrue(days >= 0 && days <= 60, "days = " + days);
      }
    }
    assertTrue(seen > 0, "no circle lost a kind of help: the test shows nothing");
  }
}
