package nl.voorzorgcirkel.simulation.report;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.impact.ImpactFigure;
import nl.voorzorgcirkel.core.impact.ImpactMeasure;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The {@link ImpactReport} as one printable HTML page, in English or Dutch: the period and k, a
 * table per measure (suppressed figures marked, never shown), and bar charts of the hours of help
 * by kind, the outcomes of the requests and the loneliness levels, embedded as PNG images so the
 * page needs no other file. Charts show only figures that are shown in the tables.
 *
 * <p>It lives here, beside the simulation's own reports, because charts need XChart and AWT, which
 * circle-core and circle-matching do not depend on; the report itself (and its CSV and JSON) does
 * not need this module. Stateless and thread-safe; same report and locale, same page.
 *
 * @since 0.3.0
 */
public final class ImpactPage {

  private static final List<ImpactMeasure> CHARTED =
      List.of(ImpactMeasure.HELP_HOURS, ImpactMeasure.OUTCOMES, ImpactMeasure.LONELINESS_LEVEL);

  private ImpactPage() {}

  /**
   * The page.
   *
   * @param report the report, not null
   * @param locale English, or Dutch for {@code nl}; not null
   * @param zone the zone in which to show the period's dates, not null
   * @return the HTML text, UTF-8 when written
   */
  public static String of(ImpactReport report, Locale locale, ZoneId zone) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    boolean dutch = locale.getLanguage().equals("nl");
    Locale lang = dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang);
    String title = Messages.format("impact.title", lang);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(dutch ? "nl" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(HtmlReport.escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.95em}\n")
        .append("th,td{border:1px solid #ccc;padding:0.3em 0.6em;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append(".suppressed{color:#777;font-style:italic}\nimg{max-width:100%}\n")
        .append("@media print{body{margin:0;max-width:none}section{break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(HtmlReport.escape(title)).append("</h1>\n<p>")
        .append(HtmlReport.escape(Messages.format("impact.period", lang, Map.of(
            "from", dates.format(report.from().atZone(zone)),
            "to", dates.format(report.to().atZone(zone)), "k", report.k()))))
        .append("</p>\n");
    String suppressed = Messages.format("impact.suppressed", lang, Map.of("k", report.k()));
    for (ImpactMeasure measure : ImpactMeasure.values()) {
      List<ImpactFigure> figures = report.figures(measure);
      if (figures.isEmpty()) {
        continue;
      }
      out.append("<section>\n<h2>").append(HtmlReport.escape(measure.label(lang))).append("</h2>\n");
      out.append("<table>\n<tr><th>").append(HtmlReport.escape(Messages.format("impact.key", lang)))
          .append("</th><th>").append(HtmlReport.escape(Messages.format("impact.value", lang)))
          .append(" (").append(HtmlReport.escape(measure.unit())).append(")</th><th>")
          .append(HtmlReport.escape(Messages.format("impact.members", lang))).append("</th></tr>\n");
      for (ImpactFigure f : figures) {
        out.append("<tr><td>").append(HtmlReport.escape(ImpactReport.keyLabel(f, lang))).append("</td>");
        if (f.suppressed()) {
          out.append("<td class=\"suppressed\" colspan=\"2\">").append(HtmlReport.escape(suppressed))
              .append("</td>");
        } else {
          out.append("<td>").append(f.value().isPresent() ? ImpactReport.format(f.value().getAsDouble()) : "n/a")
              .append("</td><td>").append(f.members().isPresent() ? Integer.toString(f.members().getAsInt()) : "")
              .append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</table>\n");
      if (CHARTED.contains(measure)) {
        chart(report, measure, lang).ifPresent(png -> out.append("<img alt=\"")
            .append(HtmlReport.escape(measure.label(lang))).append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(png)).append("\">\n"));
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /** A bar per shown, non-zero figure of a breakdown (its total left out); none if there is none. */
  private static java.util.Optional<byte[]> chart(ImpactReport report, ImpactMeasure measure, Locale lang) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (ImpactFigure f : report.figures(measure)) {
      if (!f.suppressed() && !f.key().equals(ImpactFigure.ALL) && f.value().orElse(0) > 0) {
        names.add(ImpactReport.keyLabel(f, lang));
        values.add(f.value().getAsDouble());
      }
    }
    if (names.isEmpty()) {
      return java.util.Optional.empty();
    }
    CategoryChart chart = new CategoryChartBuilder().width(800).height(360)
        .title(measure.label(lang)).yAxisTitle(measure.unit()).build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setXAxisLabelRotation(30);
    chart.getStyler().setYAxisDecimalPattern("#,##0.##");
    chart.getStyler().setSeriesColors(new Color[] {new Color(31, 119, 180)});
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setAntiAlias(true);
    chart.addSeries(measure.name(), names, values);
    return java.util.Optional.of(Charts.encode(measure.name(), measure.label(lang), "", chart).png());
  }
}
