package nl.voorzorgcirkel.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.Marker;

/**
 * User test 17: the paired-difference chart of capacity used (differences of about 0.0001) had one
 * y tick label, "0", under the pattern {@code #,##0.###}; and in the comparison line charts one
 * strategy's line hid the other where the two were nearly equal, both drawn with circles and solid
 * lines. The y axis's pattern now follows its range, and each series has its own marker and line
 * pattern. The tick labels are XChart's own, as its axis calculator makes them for the pattern.
 */
class ChartAxesAndSeriesTest {

  private static ExperimentResult grid;

  @BeforeAll
  static void run() {
    grid = ReportsTest.grid();
  }

  /**
   * The tick labels XChart draws on a y axis of 400 pixels from {@code min} to {@code max} with
   * the pattern, in the locale: its axis calculator, which is not public API, called as its axis
   * does.
   */
  @SuppressWarnings("unchecked")
  private static List<String> tickLabels(double min, double max, String pattern, Locale locale) throws Exception {
    XYChart chart = new XYChartBuilder().width(900).height(520).build();
    AxesChartStyler styler = chart.getStyler();
    styler.setYAxisDecimalPattern(pattern);
    styler.setLocale(locale);
    Class<?> direction = Class.forName("org.knowm.xchart.internal.chartpart.Axis_$Direction");
    Class<?> calculator = Class.forName("org.knowm.xchart.internal.chartpart.AxisTickCalculator_Number");
    Constructor<?> make = calculator.getDeclaredConstructor(direction, double.class, double.class, double.class,
        AxesChartStyler.class);
    make.setAccessible(true);
    Object y = direction.getField("Y").get(null);
    Object ticks = make.newInstance(y, 400.0, min, max, styler);
    Method labels = calculator.getMethod("getTickLabels");
    labels.setAccessible(true);
    return (List<String>) labels.invoke(ticks);
  }

  private static long distinct(List<String> labels) {
    return labels.stream().filter(l -> !l.isBlank()).distinct().count();
  }

  @Test
  void everyRangeGetsAtLeastThreeDistinctTickLabels() throws Exception {
    for (double range : new double[] {1e-7, 1e-5, 1e-4, 1e-3, 1e-2, 1, 1000, 1e6}) {
      // from 0, around 0 (differences), and away from 0 (a share near 0.2)
      for (double[] ends : new double[][] {{0, range}, {-range / 2, range / 2}, {0.2, 0.2 + range},
          {-3 * range, -range}}) {
        String pattern = Charts.yAxisPattern(ends[0], ends[1], false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
          List<String> labels = tickLabels(ends[0], ends[1], pattern, locale);
          assertTrue(distinct(labels) >= 3, () -> Arrays.toString(ends) + " " + pattern + " " + locale + ": " + labels);
        }
      }
    }
  }

  @Test
  void theOldPatternLabelledDifferencesOfATenThousandthOnlyZero() throws Exception {
    // the range of difference-capacity_used.png in the README's fairness grid
    List<String> old = tickLabels(-2.2e-4, 3.1e-4, "#,##0.###", Locale.ENGLISH);
    assertTrue(distinct(old) < 3, old.toString());
    String pattern = Charts.yAxisPattern(-2.2e-4, 3.1e-4, false);
    assertEquals("#,##0.#####", pattern);
    assertTrue(distinct(tickLabels(-2.2e-4, 3.1e-4, pattern, Locale.ENGLISH)) >= 3);
  }

  @Test
  void thePatternIsDecimalForOrdinaryRangesAndScientificForTinyValues() {
    assertEquals("#,##0.###", Charts.yAxisPattern(0, 1, false), "as before for a share");
    assertEquals("#,##0.###", Charts.yAxisPattern(0, 0.05, false));
    assertEquals("#,##0.####", Charts.yAxisPattern(0, 0.01, false), "a step of 0.0025");
    assertEquals("#,##0", Charts.yAxisPattern(0, 1000, true), "counts in whole numbers");
    assertEquals("#,##0.###", Charts.yAxisPattern(0.1, 0.4, true), "a mean count below 1 is no whole number");
    assertTrue(Charts.yAxisPattern(0, 1e-5, false).endsWith("E0"), "scientific for tiny values");
    assertTrue(Charts.yAxisPattern(1000, 1000.00001, false).startsWith("#,##0."), "decimal near a large value");
    assertEquals("#,##0.###", Charts.yAxisPattern(0.5, 0.5, false), "a single value");
  }

  @Test
  void theDifferenceChartOfCapacityUsedShowsItsDifferences() throws Exception {
    Map<String, Charts.Drawn> byFile = Charts.draw(grid, Locale.ENGLISH).stream()
        .collect(Collectors.toMap(Charts.Drawn::file, d -> d));
    for (String file : List.of("difference-capacity_used.png", "difference-share_helped.png",
        "difference-asks_per_request.png")) {
      CategoryChart chart = (CategoryChart) byFile.get(file).chart();
      double[] range = Charts.yRange(chart);
      String pattern = chart.getStyler().getYAxisDecimalPattern();
      List<String> labels = tickLabels(range[0], range[1], pattern, Locale.ENGLISH);
      assertTrue(distinct(labels) >= 3, () -> file + " " + Arrays.toString(range) + " " + pattern + ": " + labels);
    }
  }

  @Test
  void theComparedStrategiesLinesHaveTheirOwnMarkersAndLinePatterns() {
    List<Charts.Drawn> lines = Charts.draw(grid, Locale.ENGLISH).stream()
        .filter(d -> d.file().contains("-vs-") && d.chart() instanceof XYChart).toList();
    assertTrue(lines.size() > 10, "the charts against each field");
    for (Charts.Drawn drawn : lines) {
      XYChart chart = (XYChart) drawn.chart();
      List<XYSeries> strategies = new ArrayList<>();
      for (XYSeries s : chart.getSeriesCollection()) {
        if (s.getXYSeriesRenderStyle().orElse(null) != XYSeries.XYSeriesRenderStyle.PolygonArea) {
          strategies.add(s);
        }
      }
      assertEquals(List.of("least-loaded", "leximin"), strategies.stream().map(XYSeries::getName).toList(),
          drawn.file());
      Set<Marker> markers = new HashSet<>();
      Set<String> dashes = new HashSet<>();
      Set<java.awt.Color> colours = new HashSet<>();
      for (XYSeries s : strategies) {
        markers.add(s.getMarker());
        BasicStroke stroke = s.getLineStyle();
        dashes.add(Arrays.toString(stroke.getDashArray()));
        colours.add(s.getLineColor());
      }
      assertEquals(2, markers.size(), drawn.file() + ": a marker each");
      assertEquals(2, dashes.size(), drawn.file() + ": a line pattern each");
      assertEquals(2, colours.size(), drawn.file() + ": a colour each");
    }
  }

  @Test
  void everySeriesStyleOfTheFirstSixIsDistinct() {
    Function<Integer, Marker> marker = i -> Charts.MARKERS[i % Charts.MARKERS.length];
    Set<Marker> seen = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      assertTrue(seen.add(marker.apply(i)), "marker " + i);
    }
    assertNotEquals(org.knowm.xchart.style.markers.SeriesMarkers.DIAMOND, marker.apply(1),
        "the diamond marks partial months");
  }

  @Test
  void aChartsYPatternIsSetFromItsSeries() {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(520).build();
    chart.addSeries("b minus a", List.of("x", "y"), List.of(1e-4, -1e-4), List.of(5e-5, 5e-5));
    Charts.fitYAxis(chart, false);
    assertEquals(Charts.yAxisPattern(-1.5e-4, 1.5e-4, false), chart.getStyler().getYAxisDecimalPattern());
    CategoryChart zeros = new CategoryChartBuilder().width(900).height(520).build();
    zeros.addSeries("b minus a", List.of("x", "y"), List.of(0.0, 0.0), List.of(0.0, 0.0));
    Charts.keepRange(zeros);
    Charts.fitYAxis(zeros, false);
    assertEquals("#,##0.###", zeros.getStyler().getYAxisDecimalPattern(), "the room keepRange gives, -1 to 1");
  }
}
