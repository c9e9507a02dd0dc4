package nl.voorzorgcirkel.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.voorzorgcirkel.core.impact.ImpactFigure;
import nl.voorzorgcirkel.core.impact.ImpactMeasure;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.model.Capability;
import org.junit.jupiter.api.Test;

/** usertest2 M5 and H1: the impact page as a Dutch funder reads it. */
class ImpactPageTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Locale NL = Locale.forLanguageTag("nl");

  static ImpactFigure shown(ImpactMeasure m, String key, double value, int members) {
    return new ImpactFigure(m, key, OptionalDouble.of(value), OptionalInt.of(members), false);
  }

  static ImpactFigure hidden(ImpactMeasure m, String key) {
    return new ImpactFigure(m, key, OptionalDouble.empty(), OptionalInt.empty(), true);
  }

  /** A simulated year: 2 February 2026 to 1 February 2027 in Amsterdam, as the user test saw it. */
  static ImpactReport year() {
    List<ImpactFigure> figures = new ArrayList<>();
    figures.add(new ImpactFigure(ImpactMeasure.CIRCLES, "all", OptionalDouble.of(2), OptionalInt.empty(), false));
    figures.add(hidden(ImpactMeasure.REQUESTS, "all"));
    figures.add(shown(ImpactMeasure.OUTCOMES, "DONE", 320, 30));
    figures.add(shown(ImpactMeasure.OUTCOMES, "EXPIRED", 303, 32));
    figures.add(hidden(ImpactMeasure.OUTCOMES, "OPEN"));
    figures.add(shown(ImpactMeasure.HELP_HOURS, "all", 335.8494, 30));
    for (Capability c : Capability.standard()) {
      figures.add(c.equals(Capability.MEALS) ? hidden(ImpactMeasure.HELP_HOURS, c.code())
          : shown(ImpactMeasure.HELP_HOURS, c.code(), 1234.26, 6));
    }
    figures.add(shown(ImpactMeasure.SHARE_WHO_ASKED, "all", 0.4167, 40));
    return new ImpactReport(Instant.parse("2026-02-01T23:00:00Z"), Instant.parse("2027-02-01T23:00:00Z"),
        5, figures);
  }

  @Test
  void theDutchPageReadsAsDutch() {
    String nl = ImpactPage.of(year(), NL, ZONE);
    assertTrue(nl.contains("<td>335,8</td>"), "decimal comma, hours to one decimal");
    assertTrue(nl.contains("<td>1.234,3</td>"), "thousands with a dot");
    assertTrue(nl.contains("<td>320</td>") && nl.contains("<td>42%</td>"), "counts whole, shares in percent");
    assertFalse(nl.contains("335.8") || nl.contains("0.4167"), "no English notation");
    assertTrue(nl.contains("2 februari 2026 tot en met 1 februari 2027"), "the last day, included");
    assertTrue(nl.contains("<th>uren</th>") && nl.contains("<th>hulpvragen</th>"), "Dutch units");
    assertFalse(nl.contains("(hours)") || nl.contains("(circles)") || nl.contains("sleutel"), "no raw units or keys");
    assertFalse(nl.contains(">alle<"), "no raw key 'all'");
    assertTrue(nl.contains("Niet getoond (weggelaten): nog open."), "the chart's hidden part named");
    assertTrue(nl.contains("Niet getoond (weggelaten): " + Capability.MEALS.label(NL) + "."));
  }

  @Test
  void theEnglishPageSaysTheLastDayAndAnExclusiveEndAsSuch() {
    String en = ImpactPage.of(year(), Locale.ENGLISH, ZONE);
    assertTrue(en.contains("February 2, 2026 to February 1, 2027 inclusive"), en.substring(0, 1200));
    assertTrue(en.contains("<td>335.8</td>") && en.contains("<td>1,234.3</td>"));
    assertTrue(en.contains("Not shown (suppressed): still open."), "hidden outcome named under the chart");
    ImpactReport midday = new ImpactReport(Instant.parse("2026-02-01T23:00:00Z"),
        Instant.parse("2026-03-01T11:00:00Z"), 5, year().figures());
    assertTrue(ImpactPage.of(midday, NL, ZONE).contains("tot (niet tot en met) 1 maart 2026 12:00"),
        "an end that is not a midnight is said to be exclusive");
  }

  @Test
  void numbersHaveTheDecimalsTheirUnitNeeds() {
    assertEquals("3", ImpactPage.number(ImpactMeasure.REQUESTS, 3, NL));
    assertEquals("0,42", ImpactPage.number(ImpactMeasure.LOAD_GINI, 0.4167, NL));
    assertEquals("2,5", ImpactPage.number(ImpactMeasure.LONELINESS_SCORE, 2.5, NL));
    assertEquals("12,0", ImpactPage.number(ImpactMeasure.HOURS_UNTIL_HELP, 12, NL));
  }
}
