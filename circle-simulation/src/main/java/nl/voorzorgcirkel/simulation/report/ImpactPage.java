package nl.voorzorgcirkel.simulation.report;

import java.awt.Color;
import java.text.NumberFormat;
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
 * The {@link ImpactReport} as one printable HTML page, in English or Dutch: the period as days in
 * the zone (to the last day inclusive), k, a table per measure (suppressed figures marked, never
 * shown; numbers in the language's notation, counts whole, hours and scores to one decimal, shares
 * as percentages) and bar charts of the hours of help by kind, the outcomes of the requests and the
 * loneliness levels, embedded as PNG images so the page needs no other file. Charts show only
 * figures that are shown in the tables, every bar labelled, and a note under each chart names the
 * parts it leaves out because they are suppressed.
 *
 * <p>It lives here, beside the simulation's own reports, because charts need XChart and AWT, which
 * circle-core and circle-matching do not depend on; the report itself (and its CSV and JSON) does
 * not need this module. Stateless and thread-safe; same report and locale, same page.
 *
 * @since 0.1.0
 */
public final class ImpactPage {

  private static final List<ImpactMeasure> CHARTED =
      List.of(ImpactMeasure.HELP_HOURS, ImpactMeasure.OUTCOMES, ImpactMeasure.LONELINESS_LEVEL);

  /** Pixels between category labels below which XChart would leave labels out; 800 px / 20 bars. */
  static final int LABEL_SPACING = 30;

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
        .append(".note{color:#555;font-size:0.9em}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(HtmlReport.escape(title)).append("</h1>\n<p>")
        .append(HtmlReport.escape(period(report, lang, zone))).append("</p>\n");
    String suppressed = Messages.format("impact.suppressed", lang, Map.of("k", report.k()));
    for (ImpactMeasure measure : ImpactMeasure.values()) {
      List<ImpactFigure> figures = report.figures(measure);
      if (figures.isEmpty()) {
        continue;
      }
      // a single figure needs no column naming its part
      boolean parts = figures.size() > 1 || !figures.get(0).key().equals(ImpactFigure.ALL);
      out.append("<section>\n<h2>").append(HtmlReport.escape(measure.label(lang))).append("</h2>\n");
      out.append("<table>\n<tr>");
      if (parts) {
        out.append("<th>").append(HtmlReport.escape(Messages.format("impact.part", lang))).append("</th>");
      }
      out.append("<th>").append(HtmlReport.escape(measure.unitLabel(lang))).append("</th><th>")
          .append(HtmlReport.escape(Messages.format("impact.members", lang))).append("</th></tr>\n");
      for (ImpactFigure f : figures) {
        out.append("<tr>");
        if (parts) {
          out.append("<td>").append(HtmlReport.escape(ImpactReport.keyLabel(f, lang))).append("</td>");
        }
        if (f.suppressed()) {
          out.append("<td class=\"suppressed\" colspan=\"2\">").append(HtmlReport.escape(suppressed))
              .append("</td>");
        } else {
          out.append("<td>").append(f.value().isPresent() ? number(measure, f.value().getAsDouble(), lang) : "n/a")
              .append("</td><td>").append(f.members().isPresent() ? number(ImpactMeasure.MEMBERS,
                  f.members().getAsInt(), lang) : "").append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</table>\n");
      if (CHARTED.contains(measure)) {
        chart(report, measure, lang).ifPresent(png -> out.append("<img alt=\"")
            .append(HtmlReport.escape(measure.label(lang))).append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(png)).append("\">\n"));
        List<String> hidden = figures.stream().filter(f -> f.suppressed() && !f.key().equals(ImpactFigure.ALL))
            .map(f -> ImpactReport.keyLabel(f, lang)).toList();
        if (!hidden.isEmpty()) {
          out.append("<p class=\"note\">").append(HtmlReport.escape(Messages.format("impact.hiddenParts", lang,
              Map.of("parts", String.join(", ", hidden))))).append("</p>\n");
        }
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The period as days in the zone: the last day included where the end is a local midnight, else
   * the exclusive end said as such.
   */
  static String period(ImpactReport report, Locale lang, ZoneId zone) {
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang);
    java.time.ZonedDateTime end = report.to().atZone(zone);
    String from = dates.format(report.from().atZone(zone));
    if (end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && report.to().isAfter(report.from())) {
      return Messages.format("impact.period", lang, Map.of("from", from,
          "last", dates.format(end.toLocalDate().minusDays(1)), "k", report.k()));
    }
    DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(lang);
    return Messages.format("impact.periodExclusive", lang, Map.of("from", from,
        "to", times.format(end.toLocalDateTime()), "k", report.k()));
  }

  /**
   * A value in the locale's notation with the decimals its unit needs: counts whole, hours and
   * scores to one decimal, shares as a percentage, the Gini index and ratios to two decimals.
   */
  static String number(ImpactMeasure measure, double value, Locale lang) {
    NumberFormat format = switch (measure.unit()) {
      case "share" -> NumberFormat.getPercentInstance(lang);
      case "hours", "score" -> decimals(lang, 1);
      case "index", "ratio" -> decimals(lang, 2);
      default -> decimals(lang, 0);
    };
    return format.format(value);
  }

  private static NumberFormat decimals(Locale lang, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(lang);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return format;
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
    CategoryChart chart = new CategoryChartBuilder().width(800).height(460)
        .title(measure.label(lang)).yAxisTitle(measure.unitLabel(lang)).build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    // every bar its label: XChart leaves out category labels closer than the spacing hint
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setXAxisTickMarkSpacingHint(LABEL_SPACING);
    chart.getStyler().setLocale(lang);
    chart.getStyler().setYAxisDecimalPattern("#,##0.#");
    chart.getStyler().setSeriesColors(new Color[] {new Color(31, 119, 180)});
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setAntiAlias(true);
    chart.addSeries(measure.name(), names, values);
    return java.util.Optional.of(Charts.encode(measure.name(), measure.label(lang), "", chart).png());
  }
}
