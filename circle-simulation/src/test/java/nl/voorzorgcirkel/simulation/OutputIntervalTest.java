package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/** Intervals are shown within the values a figure can take. */
class OutputIntervalTest {

  /** 200 measured days, 3 circles: the figures' ranges that depend on the scenario are small. */
  private static final Scenario SCENARIO = Scenario.defaults().with("experiment.days", 200)
      .with("population.circles", 3);

  @Test
  void anIntervalOfAFigureNeverLeavesTheValuesItCanTakeAndIsTheStudentIntervalWhereThatFits() {
    Output[] outputs = Output.values();
    Props.property("figure intervals stay within the figure's range", 400).forAll(
        integers().between(0, outputs.length - 1),
        lists().of(doubles().between(0, 1)).ofSizeBetween(0, 6),
        doubles().between(0, 40))
        .checkAssert((index, fractions, scale) -> {
          Output o = outputs[index];
          double highest = o.highest(SCENARIO);
          double top = Math.min(highest, o.lowest() + scale);
          Tally t = new Tally();
          fractions.forEach(f -> t.add(o.lowest() + f * (top - o.lowest())));
          Optional<Interval> raw = t.interval(ExperimentResult.LEVEL);
          Optional<Interval> shown = o.interval(t, SCENARIO);
          assertEquals(raw.isPresent(), shown.isPresent());
          shown.ifPresent(i -> {
            assertTrue(o.lowest() <= i.low() && i.low() <= i.estimate(), o + " " + i);
            assertTrue(i.estimate() <= i.high() && i.high() <= highest, o + " " + i);
            assertEquals(raw.get().estimate(), i.estimate());
            assertEquals(Math.max(raw.get().low(), o.lowest()), i.low());
            assertEquals(Math.min(raw.get().high(), highest), i.high());
          });
        });
  }

  @Test
  void theRangesAreThoseOfTheFigures() {
    assertEquals(0, Output.REQUESTS.lowest());
    assertEquals(Double.POSITIVE_INFINITY, Output.REQUESTS.highest());
    assertEquals(1, Output.SHARE_HELPED.highest());
    assertEquals(1, Output.LOAD_GINI.highest());
    assertEquals(1, Output.LOAD_MAX_OVER_MEAN.lowest());
    // helpers may give more than the capacity they set
    assertEquals(Double.POSITIVE_INFINITY, Output.CAPACITY_USED.highest());
  }

  /**
   * Usertest 4, G9: the interval of the days until a circle lost a kind of help went past the run
   * ({@code [0, 778.28]} days for a 200-day run, two replications with a loss); no circle can lose
   * a kind after the last measured day, and no more circles than there are can lose one.
   */
  @Test
  void theDaysUntilACircleLostAKindStayWithinTheMeasuredDays() {
    assertEquals(200, Output.DAYS_UNTIL_LOSING.highest(SCENARIO));
    assertEquals(3, Output.CIRCLES_LOSING_A_KIND.highest(SCENARIO));
    assertEquals(3, Output.CIRCLES_BELOW_MINIMUM.highest(SCENARIO));
    assertEquals(Double.POSITIVE_INFINITY, Output.REQUESTS.highest(SCENARIO));
    Tally days = new Tally();
    days.add(31);
    days.add(166);
    assertTrue(days.interval(ExperimentResult.LEVEL).orElseThrow().high() > 700);
    Interval shown = Output.DAYS_UNTIL_LOSING.interval(days, SCENARIO).orElseThrow();
    assertEquals(0, shown.low());
    assertEquals(200, shown.high());
    assertEquals(98.5, shown.estimate());
    Tally circles = new Tally();
    circles.add(0);
    circles.add(3);
    assertEquals(3, Output.CIRCLES_LOSING_A_KIND.interval(circles, SCENARIO).orElseThrow().high());
  }

  @Test
  void anIntervalIsCutButNeverPastItsEstimate() {
    Interval i = new Interval(0.5, -0.2, 1.3, 0.95, 2);
    assertEquals(new Interval(0.5, 0, 1, 0.95, 2), i.within(0, 1));
    assertSame(i, i.within(-1, 2));
    // a mean a hair above 1 from rounding keeps its upper end at the estimate
    Interval above = new Interval(1.0000000000000002, 0.9, 1.1, 0.95, 2);
    assertEquals(1.0000000000000002, above.within(0, 1).high());
    assertThrows(IllegalArgumentException.class, () -> i.within(1, 0));
    assertThrows(IllegalArgumentException.class, () -> i.within(Double.NaN, 1));
  }

  @Test
  void withTwoReplicationsTheSummaryShowsNoImpossibleEnds() {
    ExperimentResult two = Simulation.run(ScenarioFiles.builtIn("muziekwijk")
        .with("experiment.replications", 2).with("experiment.days", 30), 1, (d, t) -> { });
    // the Student interval of requests posted reaches below 0 with two replications
    Tally requests = two.tally(0, Output.REQUESTS);
    assertTrue(requests.interval(ExperimentResult.LEVEL).orElseThrow().low() < 0);
    String summary = Summary.of(two);
    assertFalse(summary.contains("[-"), summary);
    // a share that does not exist here (P(wait), with answers that take time) is n/a, without ends
    for (String line : summary.lines().filter(l -> l.startsWith("  share") && l.contains("]")).toList()) {
      String high = line.substring(line.lastIndexOf(", ") + 2, line.lastIndexOf(']'));
      assertTrue(Double.parseDouble(high) <= 1, line);
    }
    assertTrue(List.of(Output.values()).stream().allMatch(o -> o.lowest() <= o.highest()));
  }
}
