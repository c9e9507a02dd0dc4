package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.export.KAnonymity;
import nl.voorzorgcirkel.core.impact.ImpactMeasure;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.impact.ImpactReporter;
import nl.voorzorgcirkel.simulation.report.ImpactPage;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a simulated year's records (ledgers and request lifecycles), replayed through the
 * impact report, give the simulation's own figures: requests, outcomes, hours of help, the 90th
 * percentile of the time until help, load spread and helper-weeks over capacity. Exact, except the
 * spread, which the simulation adds up in fixed point (1e-12) and is compared to 1e-9.
 */
class ImpactReplayTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** k = 2: the smallest allowed, so that nearly every figure of one circle is shown. */
  private static final ImpactReporter REPORTER =
      ImpactReporter.of(KAnonymity.of(2), DataPolicy.standard(), ZONE);

  static List<SimulatedCircle> year(Scenario scenario) {
    List<SimulatedCircle> circles = new ArrayList<>();
    Simulation.record(Simulation.points(scenario).get(0), 0, circles::add);
    return circles;
  }

  static double shown(ImpactReport r, ImpactMeasure m, String key) {
    OptionalDouble v = r.value(m, key);
    assertTrue(v.isPresent(), m + " " + key + " is shown");
    return v.getAsDouble();
  }

  /**
   * Replays a year; with {@code capacityFixed} also helper-weeks over capacity, which the report
   * counts against each member's capacity as the circle lists it at the end: where members' vitality
   * declines (scenario dynamics), their capacity falls and earlier weeks are counted against the
   * lower one, so the figures agree only while capacity stays as it was.
   */
  private static void replays(Scenario scenario, boolean capacityFixed) {
    List<SimulatedCircle> year = year(scenario);
    assertEquals(scenario.population().circles(), year.size());
    for (SimulatedCircle c : year) {
      ImpactReport r = REPORTER.report(List.of(c.history()), c.from(), c.to());
      CircleRunResult sim = c.figures();
      double requests = sim.value(Output.REQUESTS);
      assertTrue(requests > 20, "a year has requests: " + requests);
      // a figure about fewer than k requesters is suppressed and, where it would be the only one,
      // the requests in all (or a small outcome) too; the headline outcomes are compared always
      r.value(ImpactMeasure.REQUESTS, "all").ifPresent(v -> assertEquals(requests, v));
      assertEquals(Math.round(sim.value(Output.SHARE_HELPED) * requests), shown(r, ImpactMeasure.OUTCOMES, "DONE"));
      assertEquals(sim.value(Output.EXPIRED), shown(r, ImpactMeasure.OUTCOMES, "EXPIRED"));
      equalIfShown(sim.value(Output.OPEN_AT_END), r, "OPEN");
      assertEquals(c.helpSeconds() / 3600.0, shown(r, ImpactMeasure.HELP_HOURS, "all"), 1e-9);
      assertEquals(sim.value(Output.P90_WAIT_HOURS), shown(r, ImpactMeasure.HOURS_UNTIL_HELP, "p90"));
      assertEquals(sim.value(Output.LOAD_GINI), shown(r, ImpactMeasure.LOAD_GINI, "all"), 1e-9);
      assertEquals(sim.value(Output.LOAD_MAX_OVER_MEAN), shown(r, ImpactMeasure.LOAD_MAX_OVER_MEAN, "all"), 1e-9);
      System.out.printf("replay circle %d: %.0f requests, %.1f h, p90 %.2f h, gini %.4f, %.0f helper-weeks over%n",
          c.index(), requests, c.helpSeconds() / 3600.0, sim.value(Output.P90_WAIT_HOURS),
          sim.value(Output.LOAD_GINI), sim.value(Output.WEEKS_OVER_CAPACITY));
      if (!capacityFixed) {
        continue;
      }
      assertEquals(sim.value(Output.WEEKS_OVER_CAPACITY),
          r.value(ImpactMeasure.HELPER_WEEKS_OVER_CAPACITY, "all").orElse(sim.value(Output.WEEKS_OVER_CAPACITY) == 0 ? 0 : -1));
    }
  }

  private static void equalIfShown(double expected, ImpactReport r, String outcome) {
    OptionalDouble v = r.value(ImpactMeasure.OUTCOMES, outcome);
    if (v.isPresent()) {
      assertEquals(expected, v.getAsDouble(), outcome);
    } else {
      assertTrue(r.figure(ImpactMeasure.OUTCOMES, outcome).orElseThrow().suppressed(), outcome);
    }
  }

  @Test
  void aDefaultYearReplaysToTheSimulationsOwnFigures() {
    replays(Scenario.defaults(), false);
  }

  @Test
  void aYearWithoutDeclineReplaysHelperWeeksOverCapacityToo() {
    replays(Scenario.defaults().with("behaviour.dynamics.enabled", false), true);
  }

  @Test
  void aYearAskedThroughTheLibrarysAskPlanReplaysToo() {
    replays(nl.voorzorgcirkel.simulation.scenario.ScenarioFiles.builtIn("muziekwijk"), false);
  }

  @Test
  void aYearsJoinsAndLeavesAreCounted() {
    List<SimulatedCircle> year = year(Scenario.defaults());
    Instant from = year.get(0).from();
    Instant to = year.get(0).to();
    long left = 0;
    long joined = 0;
    for (SimulatedCircle c : year) {
      for (nl.voorzorgcirkel.core.model.Member m : c.circle().members()) {
        left += m.status() == nl.voorzorgcirkel.core.model.MemberStatus.LEFT ? 1 : 0;
        Instant day = m.joined().atStartOfDay(ZONE).toInstant();
        joined += !day.isBefore(from) && day.isBefore(to) ? 1 : 0;
      }
    }
    assertTrue(left >= 5, "members left in the run: " + left);
    ImpactReport r = REPORTER.report(year.stream().map(SimulatedCircle::history).toList(), from, to);
    double leaves = shown(r, ImpactMeasure.LEAVES, "all");
    assertTrue(leaves >= 1 && leaves <= left, "leaves in the measured period: " + leaves + " of " + left);
    if (joined != 1) {
      assertEquals(joined, shown(r, ImpactMeasure.JOINS, "all"), "recruits who joined in the period");
    }
    System.out.printf("replayed year: %.0f leaves of %d members who left in the run, %d joins%n", leaves, left, joined);
  }

  @Test
  void theYearsPageInDutchAndEnglishNamesNoSimulatedMember() {
    List<SimulatedCircle> year = year(Scenario.defaults());
    ImpactReport r = ImpactReporter.standard().report(year.stream().map(SimulatedCircle::history).toList(),
        year.get(0).from(), year.get(0).to());
    String nl = ImpactPage.of(r, Locale.forLanguageTag("nl"), ZONE);
    String en = ImpactPage.of(r, Locale.ENGLISH, ZONE);
    assertTrue(nl.contains("<html lang=\"nl\">") && nl.contains("Impactrapportage")
        && nl.contains("uren hulp per soort") && nl.contains("data:image/png;base64,"), nl);
    assertTrue(en.contains("Impact report") && en.contains("hours of help by kind"));
    assertEquals(en, ImpactPage.of(r, Locale.ENGLISH, ZONE), "same report, same page");
    for (SimulatedCircle c : year) {
      c.circle().members().forEach(m -> {
        assertFalse(nl.contains(m.displayName()) || en.contains(m.displayName()));
        assertFalse(en.contains(">" + m.id().value() + "<"));
      });
    }
  }
}
