package nl.voorzorgcirkel.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Month;
import nl.voorzorgcirkel.simulation.MonthlyOutput;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.Setting;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of an experiment, drawn with XChart (headless PNG): for one design point, each
 * monthly figure over the months with its 95 % band (partial months marked); for a
 * design, each figure against each varied field (the mean over the other fields' values per
 * replication, so the band is a 95 % interval over replications), one line per compared value;
 * with a comparison, each figure's paired difference at each design point with its interval.
 * The y axis's tick labels have the decimals its range needs (scientific notation for tiny
 * values), counts whole numbers; each series has its own colour (Okabe and Ito's palette), marker
 * and line pattern, so two nearly equal lines both stay in view. A title fits the image (a smaller font, or shortened with the
 * full text in the caption); points that are all the same value, such as paired differences that
 * are all exactly 0, are drawn on an axis with room around them. Titles, axes, legends and
 * captions in English or Dutch, tick labels in the language's notation; field names and values
 * are the scenario's own. Stateless.
 *
 * @since 0.1.0
 */
public final class Charts {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  /**
   * The widest title drawn, in pixels: the image's width less the y axis's title and labels left
   * of the plot (about 100 pixels with labels such as 1,234.567), the padding and a margin.
   */
  static final double TITLE_ROOM = WIDTH - 150;
  /** The smallest title font, in points. */
  static final float SMALLEST_TITLE = 10f;
  /**
   * The series' colours, in order: Okabe and Ito's palette (blue, vermilion, bluish green, reddish
   * purple, orange, sky blue), which readers with the common colour vision deficiencies tell apart.
   */
  private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0),
      new Color(0, 158, 115), new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233)};
  /**
   * The series' markers, in the order of {@link #COLOURS}: two series whose lines lie on each
   * other (two strategies with nearly equal figures) still show both markers, also in grey print:
   * a triangle drawn on a circle leaves the circle's sides in view. No diamond: it marks the
   * partial months of the monthly charts.
   */
  static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.SQUARE,
      SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};
  /**
   * The series' line patterns, in the order of {@link #COLOURS}: solid, dashed, dotted, dash-dot,
   * long dashes, dash-dot-dot; a dashed line over a solid one leaves the solid one visible in its
   * gaps.
   */
  private static final float[][] DASHES = {null, {10f, 6f}, {2.5f, 4f}, {10f, 4f, 2.5f, 4f}, {18f, 6f},
      {10f, 4f, 2.5f, 4f, 2.5f, 4f}};

  private Charts() {}

  /**
   * A chart: its file name, title, caption and PNG bytes.
   *
   * @param file the file name, such as {@code share_helped-vs-behaviour.acceptance.probability.png}
   * @param title the chart's title, in full
   * @param caption what each point and band of the chart is (over what it averages), or empty;
   *     the full title first where the image's had to be shortened to fit
   * @param png the PNG image
   */
  @SuppressWarnings("ArrayRecordComponent") // the image's bytes, written out, never compared
  public record Chart(String file, String title, String caption, byte[] png) {}

  /** A chart before it is drawn: for the tests of its axes and series. */
  record Drawn(String file, String title, String caption, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    Chart encode() {
      return Charts.encode(file, title, caption, chart);
    }
  }

  /**
   * Every chart of a result, in English.
   *
   * @param result the result, not null
   * @return the charts, in a fixed order
   */
  public static List<Chart> of(ExperimentResult result) {
    return of(result, Locale.ENGLISH);
  }

  /**
   * Every chart of a result, in a language.
   *
   * @param result the result, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the charts, in a fixed order
   * @since 0.1.0
   */
  public static List<Chart> of(ExperimentResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Locale lang = Texts.language(Objects.requireNonNull(locale, "locale"));
    List<Chart> charts = new ArrayList<>();
    for (Drawn drawn : draw(result, lang)) {
      charts.add(drawn.encode());
    }
    return charts;
  }

  /** The charts of {@link #of(ExperimentResult, Locale)}, not yet drawn, in the same order. */
  static List<Drawn> draw(ExperimentResult result, Locale lang) {
    List<Drawn> charts = new ArrayList<>();
    Experiment e = result.scenario().experiment();
    List<String> factors = new ArrayList<>();
    e.design().factors().forEach(f -> factors.add(f.field()));
    if (factors.isEmpty()) {
      for (MonthlyOutput o : result.monthlyOutputs()) {
        charts.add(monthly(result, o, lang));
      }
    }
    for (String factor : factors) {
      for (Output o : result.outputs()) {
        if (varies(result, o)) {
          charts.add(against(result, o, factor, lang));
        }
      }
    }
    if (result.hasComparison()) {
      for (Output o : result.outputs()) {
        if (varies(result, o)) {
          charts.add(differences(result, o, lang));
        }
      }
    }
    return charts;
  }

  /** Whether a figure is worth a chart: it exists somewhere and is not zero everywhere. */
  private static boolean varies(ExperimentResult result, Output o) {
    for (DesignPoint p : result.points()) {
      for (double v : result.values(p.index(), o)) {
        if (!Double.isNaN(v) && v != 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static Drawn monthly(ExperimentResult result, MonthlyOutput o, Locale lang) {
    List<Month> months = result.months();
    String title = Texts.format("chart.byMonth", lang,
        Map.of("figure", capitalised(o.label(result.scenario(), lang))));
    XYChart chart = chart(title, Texts.format("chart.month", lang), o.unit(lang), false, lang);
    // a point per month at 0, 1, 2, ..., each labelled with its month under it: on a date axis XChart
    // put its own ticks (one "2026-03" at the start of March) and left the points unlabelled (user
    // test 10, 12); positions between months get no label
    chart.getStyler().setXAxisTickLabelsFormattingFunction(v -> monthLabel(months, v));
    List<Double> x = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      x.add((double) m);
    }
    for (DesignPoint p : result.points()) {
      int n = months.size();
      List<Double> mean = new ArrayList<>();
      List<Double> low = new ArrayList<>();
      List<Double> high = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        Tally t = result.tally(p.index(), o, m);
        Optional<Interval> ci = o.interval(t);
        mean.add(t.mean());
        low.add(ci.map(Interval::low).orElse(t.mean()));
        high.add(ci.map(Interval::high).orElse(t.mean()));
      }
      String name = result.points().size() > 1 ? p.label() : Texts.format("chart.mean", lang);
      Color colour = colour(p.index());
      List<Double> bx = new ArrayList<>(x);
      List<Double> by = new ArrayList<>(high);
      for (int m = n - 1; m >= 0; m--) {
        bx.add(x.get(m));
        by.add(low.get(m));
      }
      XYSeries band = chart.addSeries(Texts.format("chart.band", lang, Map.of("name", name)), bx, by);
      styleBand(band, colour);
      XYSeries line = chart.addSeries(name, x, mean);
      styleLine(line, p.index());
      List<Double> px = new ArrayList<>();
      List<Double> py = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        if (months.get(m).partial() && !Double.isNaN(mean.get(m))) {
          px.add(x.get(m));
          py.add(mean.get(m));
        }
      }
      if (!px.isEmpty() && p.index() == 0) {
        XYSeries partial = chart.addSeries(Texts.format("chart.partial", lang), px, py);
        partial.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        partial.setMarker(SeriesMarkers.DIAMOND);
        partial.setMarkerColor(new Color(255, 127, 14));
      }
    }
    fitYAxis(chart, false);
    return new Drawn("monthly-" + o.column() + ".png", title, "", chart);
  }

  /**
   * The label of the month at a position of the monthly charts' axis ({@code 2026-03} at the
   * third month's point), or an empty text between months and outside them.
   *
   * @param months the run's months, in order
   * @param x a position on the axis, the first month at 0
   * @return the month as {@code yyyy-MM}, or empty
   */
  static String monthLabel(List<Month> months, double x) {
    long m = Math.round(x);
    if (Math.abs(x - m) > 1e-6 || m < 0 || m >= months.size()) {
      return "";
    }
    return months.get((int) m).month().toString();
  }

  /** A figure against a varied field, one line per compared value, each with its band. */
  private static Drawn against(ExperimentResult result, Output o, String factor, Locale lang) {
    Experiment.Design design = result.scenario().experiment().design();
    boolean hypercube = design.type() == Experiment.DesignType.LATIN_HYPERCUBE;
    List<String> others = new ArrayList<>();
    design.factors().forEach(f -> {
      if (!f.field().equals(factor)) {
        others.add(f.field());
      }
    });
    // a grid's point at one value of the factor is the mean over every combination of the others
    boolean averaged = design.type() == Experiment.DesignType.GRID && !others.isEmpty();
    String title = Texts.format(averaged ? "chart.againstAveraged" : "chart.against", lang,
        Map.of("figure", capitalised(o.label(result.scenario(), lang)), "factor", factor));
    Map<String, String> named = Map.of("factor", factor, "others", String.join(", ", others));
    String caption = averaged ? Texts.format("chart.captionAveraged", lang, named)
        : hypercube && !others.isEmpty() ? Texts.format("chart.captionSamples", lang, named) : "";
    XYChart chart = chart(title, factor, o.unit(lang), o.isCount(), lang);
    // the factor's levels in the order first met
    Map<String, Object> levels = new LinkedHashMap<>();
    for (DesignPoint p : result.points()) {
      setting(p, factor).ifPresent(s -> levels.putIfAbsent(s.valueText(), s.value()));
    }
    boolean numeric = levels.values().stream().allMatch(v -> v instanceof Number);
    List<String> labels = new ArrayList<>(levels.keySet());
    CategoryChart categories = numeric ? null : categoryChart(title, factor, o.unit(lang), o.isCount(), lang);
    int variants = Math.max(1, result.scenario().experiment().compare().map(c -> c.values().size()).orElse(1));
    for (int v = 0; v < variants; v++) {
      int variant = v;
      String name = result.hasComparison()
          ? result.points().stream().filter(p -> p.compared() == variant).findFirst()
              .map(p -> p.settings().get(p.settings().size() - 1).valueText()).orElse("")
          : Texts.format("chart.mean", lang);
      Color colour = colour(v);
      List<double[]> rows = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        String level = labels.get(i);
        double x = numeric ? ((Number) levels.get(level)).doubleValue() : i;
        // per replication, the mean over the points at this level (and this compared value)
        List<DesignPoint> at = new ArrayList<>();
        for (DesignPoint p : result.points()) {
          if (p.compared() == variant && setting(p, factor).map(s -> s.valueText().equals(level)).orElse(false)) {
            at.add(p);
          }
        }
        if (hypercube) {
          for (DesignPoint p : at) {
            Tally t = result.tally(p.index(), o);
            rows.add(row(x, t, o, o.highest(p.scenario())));
          }
        } else {
          int replications = result.scenario().experiment().replications();
          double highest = o.lowest();
          for (DesignPoint p : at) {
            highest = Math.max(highest, o.highest(p.scenario()));
          }
          Tally t = new Tally();
          for (int r = 0; r < replications; r++) {
            double sum = 0;
            int n = 0;
            for (DesignPoint p : at) {
              double value = result.replications().get(p.index()).get(r).value(o);
              if (!Double.isNaN(value)) {
                sum += value;
                n++;
              }
            }
            t.add(n == 0 ? Double.NaN : sum / n);
          }
          rows.add(row(x, t, o, highest));
        }
      }
      rows.sort((a, b) -> Double.compare(a[0], b[0]));
      rows.removeIf(r -> Double.isNaN(r[1]));
      if (rows.isEmpty()) {
        continue;
      }
      double[] x = column(rows, 0);
      double[] mean = column(rows, 1);
      double[] low = column(rows, 2);
      double[] high = column(rows, 3);
      if (categories != null) {
        List<String> at = new ArrayList<>();
        for (double level : x) {
          at.add(labels.get((int) level));
        }
        CategorySeries s = categories.addSeries(name, at, boxed(mean), boxed(half(mean, high)));
        s.setMarkerColor(colour);
        s.setLineColor(colour);
        s.setMarker(marker(v));
      } else if (hypercube) {
        XYSeries s = chart.addSeries(name, x, mean, half(mean, high));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarkerColor(colour);
        s.setMarker(marker(v));
      } else {
        band(chart, Texts.format("chart.band", lang, Map.of("name", name)), x, low, high, colour);
        styleLine(chart.addSeries(name, x, mean), v);
      }
    }
    String file = o.column() + "-vs-" + factor + ".png";
    if (categories != null) {
      keepRange(categories);
      fitYAxis(categories, o.isCount());
      return new Drawn(file, title, caption, categories);
    }
    fitYAxis(chart, o.isCount());
    return new Drawn(file, title, caption, chart);
  }

  private static Drawn differences(ExperimentResult result, Output o, Locale lang) {
    String title = Texts.format("chart.differenceTitle", lang, Map.of("figure",
        capitalised(o.label(result.scenario(), lang)), "baseline", Reports.baselineLabel(result)));
    CategoryChart chart = categoryChart(title, Texts.format("chart.designPoint", lang),
        Texts.format("chart.differenceAxis", lang, Map.of("unit", o.unit(lang))), false, lang);
    List<String> labels = new ArrayList<>();
    Map<String, Map<String, double[]>> byValue = new LinkedHashMap<>();
    for (PairedDifference d : result.differences()) {
      if (d.output() != o) {
        continue;
      }
      String point = designLabel(d.baseline(), lang);
      if (!labels.contains(point)) {
        labels.add(point);
      }
      String value = d.treatment().settings().get(d.treatment().settings().size() - 1).valueText();
      d.paired().ifPresent(ci -> byValue.computeIfAbsent(value, k -> new LinkedHashMap<>())
          .put(point, new double[] {ci.estimate(), ci.high() - ci.estimate()}));
    }
    int v = 1;
    for (Map.Entry<String, Map<String, double[]>> e : byValue.entrySet()) {
      List<Double> y = new ArrayList<>();
      List<Double> error = new ArrayList<>();
      for (String point : labels) {
        double[] d = e.getValue().get(point);
        y.add(d == null ? Double.NaN : d[0]);
        error.add(d == null ? 0.0 : d[1]);
      }
      CategorySeries s = chart.addSeries(Texts.format("chart.minusBaseline", lang, Map.of("value", e.getKey())),
          labels, y, error);
      s.setMarkerColor(colour(v));
      s.setLineColor(colour(v));
      s.setMarker(marker(v++));
    }
    if (!labels.isEmpty()) {
      List<Double> zeros = new ArrayList<>();
      labels.forEach(l -> zeros.add(0.0));
      CategorySeries zero = chart.addSeries(Texts.format("chart.noDifference", lang), labels, zeros);
      zero.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
      zero.setMarker(SeriesMarkers.NONE);
      zero.setLineColor(Color.GRAY);
      zero.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    }
    keepRange(chart);
    fitYAxis(chart, false);
    return new Drawn("difference-" + o.column() + ".png", title, "", chart);
  }

  /**
   * Gives the y axis room when every value and interval end of a chart is the same number (every
   * paired difference exactly 0, as with common random numbers for a figure the compared policy
   * cannot change): on a range of width 0 XChart draws an empty frame, no points and no line.
   */
  static void keepRange(CategoryChart chart) {
    double[] range = yRange(chart);
    double min = range[0];
    double max = range[1];
    if (min == max) {
      double room = min == 0 ? 1 : Math.abs(min) / 10;
      chart.getStyler().setYAxisMin(min - room);
      chart.getStyler().setYAxisMax(max + room);
    }
  }

  /**
   * The lowest and highest finite value of a chart's series, each less or plus its error bar:
   * {@code {+infinity, -infinity}} for a chart without any.
   *
   * @param chart an XY or category chart, not null; other series are left out
   * @return the lowest and the highest value
   */
  static double[] yRange(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Object series : chart.getSeriesCollection()) {
      double[] y;
      double[] error;
      if (series instanceof XYSeries s) {
        y = s.getYData();
        error = s.getExtraValues();
      } else if (series instanceof CategorySeries s) {
        y = s.getYData();
        error = s.getExtraValues();
      } else {
        continue;
      }
      for (int i = 0; i < y.length; i++) {
        double e = error == null || i >= error.length || Double.isNaN(error[i]) ? 0 : Math.abs(error[i]);
        if (Double.isFinite(y[i])) {
          min = Math.min(min, y[i] - e);
          max = Math.max(max, y[i] + e);
        }
      }
    }
    return new double[] {min, max};
  }

  /**
   * Gives a chart's y axis tick labels that tell its ticks apart, whatever its range: the decimal
   * pattern of {@link #yAxisPattern} for the range of its values, interval ends and bands (or the
   * range {@link #keepRange} set). With the standard pattern {@code #,##0.###} paired differences of
   * about 0.0001 were all labelled "0" (XChart then drops ticks until the labels differ, leaving
   * one), user test 17.
   *
   * @param chart an XY or category chart with its series, not null
   * @param whole whether the values are counts, which get whole-number labels where the range
   *     allows
   */
  static void fitYAxis(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, boolean whole) {
    double[] range = yRange(chart);
    double min = range[0];
    double max = range[1];
    if (chart.getStyler() instanceof org.knowm.xchart.style.AxesChartStyler styler) {
      if (styler.getYAxisMin() != null) {
        min = styler.getYAxisMin();
      }
      if (styler.getYAxisMax() != null) {
        max = styler.getYAxisMax();
      }
      if (min <= max) {
        styler.setYAxisDecimalPattern(yAxisPattern(min, max, whole));
      }
    }
  }

  /**
   * The decimal pattern ({@link DecimalFormat}) of a y axis from {@code min} to {@code max}: XChart
   * puts five to ten ticks on it, a fifth to a tenth of the range apart, at 1, 2, 2.5 or 5 times a
   * power of ten, and the pattern shows as many decimals as such a step needs. {@code #,##0.###} for a
   * range of 0.05 or more (as before), up to six decimals for smaller ranges ({@code 0.00025}), and
   * scientific notation ({@code 2.5E-6}) for values that are all smaller than 0.001 on a range
   * smaller than 0.00001. Counts ({@code whole}) get {@code #,##0} on a range of 2 or more.
   *
   * @param min the lowest value on the axis
   * @param max the highest, {@code min} or more
   * @param whole whether the values are counts
   * @return the pattern, never null
   */
  static String yAxisPattern(double min, double max, boolean whole) {
    double span = max - min;
    double magnitude = Math.max(Math.abs(min), Math.abs(max));
    if (whole && span >= 2) {
      return "#,##0";
    }
    if (!(span > 0) || !Double.isFinite(span)) {
      span = magnitude > 0 && Double.isFinite(magnitude) ? magnitude : 1;
    }
    // the step is a fifth of the range or less (as little as a tenth); one more decimal for a
    // smaller step, or one of 2.5 times a power of ten
    int decimals = (int) Math.ceil(-Math.log10(span / 5)) + 1;
    if (decimals <= 3) {
      return "#,##0.###";
    }
    if (decimals <= 6 || magnitude >= 1e-3) {
      return "#,##0." + "#".repeat(Math.min(decimals, 15));
    }
    int digits = Math.max(1, Math.min(12, (int) Math.floor(Math.log10(magnitude)) + decimals));
    return "0." + "#".repeat(digits) + "E0";
  }

  /** A design point's settings without the compared value, for axis labels. */
  private static String designLabel(DesignPoint p, Locale lang) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < p.settings().size() - 1; i++) {
      parts.add(p.settings().get(i).valueText());
    }
    return parts.isEmpty() ? Texts.format("chart.asGiven", lang) : String.join(", ", parts);
  }

  private static Optional<Setting> setting(DesignPoint p, String field) {
    return p.settings().stream().filter(s -> s.field().equals(field)).findFirst();
  }

  /** x, the mean and its interval cut at the values the figure can take ({@code highest} at the top). */
  private static double[] row(double x, Tally t, Output o, double highest) {
    Optional<Interval> ci = t.interval(ExperimentResult.LEVEL).map(i -> i.within(o.lowest(), highest));
    double mean = t.mean();
    return new double[] {x, mean, ci.map(Interval::low).orElse(mean), ci.map(Interval::high).orElse(mean)};
  }

  private static double[] column(List<double[]> rows, int c) {
    return rows.stream().mapToDouble(r -> r[c]).toArray();
  }

  private static double[] half(double[] mean, double[] high) {
    double[] out = new double[mean.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = high[i] - mean[i];
    }
    return out;
  }

  private static XYChart chart(String title, String x, String y, boolean whole, Locale lang) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y).build();
    Styler.ChartTheme theme = Styler.ChartTheme.XChart;
    chart.getStyler().setTheme(theme.newInstance(theme));
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setMarkerSize(7);
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    chart.getStyler().setYAxisDecimalPattern(whole ? "#,##0" : "#,##0.###");
    chart.getStyler().setXAxisDecimalPattern("#,##0.###");
    chart.getStyler().setLocale(lang);
    chart.getStyler().setAntiAlias(true);
    return chart;
  }

  /** A chart over categories: a point per category with its interval as an error bar. */
  private static CategoryChart categoryChart(String title, String x, String y, boolean whole, Locale lang) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setMarkerSize(8);
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    chart.getStyler().setYAxisDecimalPattern(whole ? "#,##0" : "#,##0.###");
    chart.getStyler().setXAxisLabelRotation(30);
    chart.getStyler().setLocale(lang);
    chart.getStyler().setAntiAlias(true);
    return chart;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>();
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  private static void styleBand(XYSeries band, Color colour) {
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50));
    band.setLineColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0));
    band.setMarker(SeriesMarkers.NONE);
  }

  /** The line of the {@code index}th series: its colour, marker and line pattern. */
  private static void styleLine(XYSeries s, int index) {
    Color colour = colour(index);
    s.setLineColor(colour);
    s.setMarkerColor(colour);
    s.setMarker(marker(index));
    float[] dash = DASHES[index % DASHES.length];
    s.setLineStyle(dash == null ? new BasicStroke(2.5f)
        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
  }

  private static Color colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static Marker marker(int index) {
    return MARKERS[index % MARKERS.length];
  }

  private static void band(XYChart chart, String name, double[] x, double[] low, double[] high, Color colour) {
    int n = x.length;
    double[] bx = new double[2 * n];
    double[] by = new double[2 * n];
    for (int i = 0; i < n; i++) {
      bx[i] = x[i];
      by[i] = high[i];
      bx[2 * n - 1 - i] = x[i];
      by[2 * n - 1 - i] = low[i];
    }
    styleBand(chart.addSeries(name, bx, by), colour);
  }

  static Chart encode(String file, String title, String caption,
      org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    // a title shortened to fit the image is given in full above the caption
    String shown = fitTitle(chart);
    String full = shown.equals(title) ? caption : caption.isEmpty() ? title + "." : title + ". " + caption;
    try {
      return new Chart(file, title, full, ChartEncoder.getBytes(chart, "png"));
    } catch (IOException e) {
      throw new IllegalStateException("the chart " + file + " could not be drawn", e);
    }
  }

  /**
   * Makes the chart's title fit the image: XChart draws it on one line, centred over the plot
   * (which starts after the y axis's title and labels), and cuts off what passes the image's edge.
   * The theme's font if the title fits in {@link #TITLE_ROOM}, else a smaller one down to {@link
   * #SMALLEST_TITLE} points, else that one with the title shortened at a word and ended with an
   * ellipsis.
   *
   * @return the title as drawn
   */
  static String fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    Font font = chart.getStyler().getChartTitleFont();
    String title = chart.getTitle();
    for (float size = font.getSize2D(); size >= SMALLEST_TITLE; size--) {
      Font smaller = font.deriveFont(size);
      if (titleWidth(title, smaller) <= TITLE_ROOM) {
        chart.getStyler().setChartTitleFont(smaller);
        return title;
      }
    }
    Font smallest = font.deriveFont(SMALLEST_TITLE);
    chart.getStyler().setChartTitleFont(smallest);
    String shortened = title;
    while (titleWidth(shortened + "\u2026", smallest) > TITLE_ROOM && shortened.length() > 1) {
      int space = shortened.lastIndexOf(' ');
      shortened = space > 0 ? shortened.substring(0, space) : shortened.substring(0, shortened.length() - 1);
    }
    shortened = shortened + "\u2026";
    chart.setTitle(shortened);
    return shortened;
  }

  /** The width of a title as XChart measures it (a text layout of the title font). */
  static double titleWidth(String title, Font font) {
    return new TextLayout(title, font, new FontRenderContext(null, true, false)).getBounds().getWidth();
  }

  private static String capitalised(String label) {
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }
}
