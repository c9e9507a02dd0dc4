package nl.voorzorgcirkel.examples.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

class SimulationPropertyTest {

  private static Scenario scenario(long seed, int circles, boolean wait) {
    return new Scenario("test", circles, 10, 15, 64, 92, LocalDate.of(2026, 1, 5), 60, 14, 1, seed,
        0.6, wait, Math.floorMod(seed, 2L) == 0, Scenario.Durations.values()[(int) Math.floorMod(seed, 3L)], 0.2);
  }

  @Test
  void engineInvariantsHoldForEveryCircle() {
    Props.property("simulation-invariants", 40)
        .forAll(longs().all(), integers().between(1, 3), booleans().all())
        .checkAssert((seed, circles, wait) -> {
          Scenario scenario = scenario(seed, circles, wait);
          Instant end = scenario.start().atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant()
              .plus(Duration.ofDays(scenario.warmupDays() + scenario.days()));
          for (CircleResult circle : Simulation.results(scenario, 1).get(0)) {
            // every request whose window (and the help after it) ended well before the end is closed
            for (RequestLifecycle r : circle.lifecycles()) {
              Instant settled = r.request().window().end().plus(Duration.ofDays(1));
              if (!wait && settled.isBefore(end)) {
                assertTrue(r.state().isFinal(), "request still " + r.state() + " long after its window");
              }
              assertEquals(r, RequestLifecycle.replay(r.request(), r.events()), "history is consistent");
            }
            // nobody helps two requests at once
            Map<MemberId, List<HelpRecord>> byHelper = new HashMap<>();
            circle.records().forEach(rec -> byHelper.computeIfAbsent(rec.helper(), k -> new ArrayList<>()).add(rec));
            for (List<HelpRecord> records : byHelper.values()) {
              records.sort(Comparator.comparing(HelpRecord::start));
              for (int i = 1; i < records.size(); i++) {
                Instant previousEnd = records.get(i - 1).start().plus(records.get(i - 1).effort());
                assertFalse(records.get(i).start().isBefore(previousEnd), "a helper helped twice at once");
              }
            }
            // the loads in the report are the ledger's
            long loads = circle.loads().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(circle.ledgerMinutes(), loads);
            assertEquals(circle.created(), circle.done() + circle.expired() + circle.open());
            if (!scenario.dynamics()) {
              // capacities do not change, and helpers keep to them
              assertEquals(0, circle.weeksOverCapacity(), "a helper went past their capacity");
            }
            // coverage is counted over the 11 standard kinds, and lost only after it was measured
            circle.monthlyCoverage().forEach(k -> assertTrue(k >= 0 && k <= 11, "coverage " + k));
            assertTrue(circle.firstDayLostCoverage() == -1
                || circle.firstDayLostCoverage() > scenario.warmupDays(), "lost before measuring");
            assertEquals(circle.monthlySize().size(), circle.monthlyCoverage().size());
            assertFiguresMatchTheHistories(circle, end.minus(Duration.ofDays(scenario.days())), end);
          }
        });
  }

  /**
   * The figures the engine added up as it went equal those read back from every request's
   * history and every ledger record at the end.
   */
  private static void assertFiguresMatchTheHistories(CircleResult circle, Instant from, Instant to) {
    int months = circle.monthlyCreated().length;
    long[] created = new long[months];
    long[] done = new long[months];
    long[] help = new long[months];
    int expired = 0;
    List<Integer> toHelp = new ArrayList<>();
    for (RequestLifecycle r : circle.lifecycles()) {
      if (r.request().createdAt().isBefore(from)) {
        continue;
      }
      int month = (int) Math.min(months - 1, Duration.between(from, r.request().createdAt()).toDays() / 30);
      created[month]++;
      if (r.state() == RequestState.DONE) {
        done[month]++;
        for (var t : r.history()) {
          if (t.event() instanceof RequestEvent.Accepted) {
            toHelp.add((int) Duration.between(r.request().createdAt(), t.event().at()).toMinutes());
          }
        }
      } else if (r.state() == RequestState.EXPIRED) {
        expired++;
      }
    }
    Map<MemberId, Long> given = new HashMap<>();
    for (HelpRecord record : circle.records()) {
      if (!record.start().isBefore(from) && record.start().isBefore(to)) {
        help[(int) Math.min(months - 1, Duration.between(from, record.start()).toDays() / 30)]
            += record.effort().toMinutes();
        given.merge(record.helper(), record.effort().toMinutes(), Long::sum);
      }
    }
    assertArrayEquals(created, circle.monthlyCreated());
    assertArrayEquals(done, circle.monthlyDone());
    assertArrayEquals(help, circle.monthlyHelpMinutes());
    assertEquals(expired, circle.expired());
    toHelp.sort(null); // the engine adds them in the order helped
    assertEquals(toHelp, Arrays.stream(circle.minutesToHelp()).sorted().boxed().collect(Collectors.toList()));
    given.forEach((helper, minutes) -> assertEquals(minutes, circle.loads().get(helper), "load of " + helper));
  }

  @Test
  void theSameSeedGivesTheSameReportWhateverTheNumberOfThreads() {
    Scenario scenario = scenario(42, 4, false).withHorizon(90, 3);
    SimulationReport one = Simulation.run(scenario, 1);
    SimulationReport two = Simulation.run(scenario, 2);
    assertEquals(one, two);
    assertEquals(one.summary(), two.summary());
    assertTrue(one.replications().get(0).created() > 0);
  }

  @Test
  void fixedDurationsAndWeeklyRecurrenceShapeTheRequests() {
    Scenario scenario = new Scenario("recurring", 2, 12, 14, 70, 90, LocalDate.of(2026, 1, 5), 70, 0, 1,
        5, 0.6, false, false, Scenario.Durations.FIXED, 1.0);
    int followed = 0;
    for (CircleResult circle : Simulation.results(scenario, 2).get(0)) {
      List<nl.voorzorgcirkel.core.model.HelpRequest> requests = new ArrayList<>();
      circle.lifecycles().forEach(r -> requests.add(r.request()));
      for (nl.voorzorgcirkel.core.model.HelpRequest r : requests) {
        assertEquals(Duration.ofMinutes(60), r.expectedDuration());
        assertTrue(r.recurrence().recurs(), "every request recurs with recurringShare 1");
        Instant next = r.createdAt().plus(Duration.ofDays(7));
        boolean hasNext = requests.stream().anyMatch(o -> o.createdAt().equals(next)
            && o.requester().equals(r.requester()) && o.capability().equals(r.capability()));
        LocalDate nextDay = next.atZone(WeeklyAvailability.DEFAULT_ZONE).toLocalDate();
        Instant end = scenario.start().atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant()
            .plus(Duration.ofDays(scenario.days()));
        if (!nextDay.isAfter(r.recurrence().until().orElseThrow()) && next.isBefore(end)) {
          assertTrue(hasNext, "a weekly request did not come back a week later");
          followed++;
        }
      }
    }
    assertTrue(followed > 10, "too few recurrences to judge: " + followed);
  }

  @Test
  void vitalityDeclinesOverTheYearsWhenDynamicsAreOn() {
    // old members, no recruitment needed (minimum 8, circles of 14 to 15): vital members become fewer
    Scenario old = new Scenario("old", 10, 14, 15, 85, 95, LocalDate.of(2026, 1, 5), 730, 0, 1, 9,
        0.6, false, true, Scenario.Durations.LOGNORMAL, 0.0);
    Scenario frozen = new Scenario("old", 10, 14, 15, 85, 95, LocalDate.of(2026, 1, 5), 730, 0, 1, 9,
        0.6, false, false, Scenario.Durations.LOGNORMAL, 0.0);
    int first = 0;
    int last = 0;
    for (CircleResult c : Simulation.results(old, 2).get(0)) {
      first += c.monthlyVital().get(0);
      last += c.monthlyVital().get(c.monthlyVital().size() - 1);
    }
    // leaving alone (8 % a year) would keep about 85 %; with the decline far fewer stay vital
    assertTrue(last < first * 0.7, "vital members " + first + " -> " + last);
    System.out.println("vital members over two years: " + first + " -> " + last);
    for (CircleResult c : Simulation.results(frozen, 2).get(0)) {
      assertEquals(c.monthlyVital().get(0), c.monthlyVital().get(c.monthlyVital().size() - 1),
          "without dynamics nobody's vitality changes");
    }
  }

  @Test
  void theLandVanCuijkScenarioRunsOnAShortHorizon() {
    SimulationReport report = Simulation.run(Scenario.landVanCuijk().withHorizon(14, 1), 2);
    assertEquals(60, report.scenario().circles());
    assertTrue(report.replications().get(0).created() > 0, report.summary());
  }

  @Test
  void theNetherlandsScenarioRunsOnAShortHorizon() {
    // 280,000 circles: about 15 seconds for one day after the four-week warm-up
    SimulationReport report = Simulation.run(Scenario.netherlands().withHorizon(1, 1), 2);
    SimulationReport.Replication r = report.replications().get(0);
    assertEquals(280_000, report.scenario().circles());
    assertTrue(r.meanFinalSize() >= 10 && r.meanFinalSize() <= 15, report.summary());
    // about 3.5 million members, all the people of 65 and over
    assertTrue(r.meanFinalSize() * report.scenario().circles() > 3.4e6, report.summary());
    assertTrue(r.created() > 10_000, report.summary());
  }

  @Test
  void theMuziekwijkScenarioRunsAndSummarises() {
    SimulationReport report = Simulation.run(Scenario.muziekwijk().withHorizon(90, 2), 2);
    String summary = report.summary();
    assertTrue(summary.startsWith("Scenario muziekwijk: 2 circle(s), 90 day(s)"), summary);
    assertTrue(summary.contains("share fulfilled"), summary);
    SimulationReport.Replication r = report.replications().get(0);
    assertTrue(r.fulfilledShare() > 0 && r.fulfilledShare() <= 1, summary);
    double[] ci = SimulationReport.meanAndHalfWidth(new double[] {1, 2, 3});
    assertEquals(2.0, ci[0], 1e-12);
    assertEquals(4.303 * 1.0 / Math.sqrt(3), ci[1], 1e-9);
  }
}
