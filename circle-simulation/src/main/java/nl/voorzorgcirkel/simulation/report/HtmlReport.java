package nl.voorzorgcirkel.simulation.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;

/**
 * A one-page HTML report: the scenario, each point's figures with intervals, the paired
 * differences, and every chart embedded as an image, so the page needs no other file. In English
 * or Dutch, with {@code <html lang>} set to match and numbers in the language's notation.
 * Stateless.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * The page in English.
   *
   * @param result the result, not null
   * @param charts the charts to embed, not null
   * @return the HTML text
   */
  public static String of(ExperimentResult result, List<Charts.Chart> charts) {
    return of(result, charts, Locale.ENGLISH);
  }

  /**
   * The page in a language.
   *
   * @param result the result, not null
   * @param charts the charts to embed (drawn in the same language), not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the HTML text
   * @since 0.1.0
   */
  public static String of(ExperimentResult result, List<Charts.Chart> charts, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(charts, "charts");
    Locale lang = Texts.language(Objects.requireNonNull(locale, "locale"));
    Scenario s = result.scenario();
    String title = Texts.format("report.title", lang, Map.of("name", s.name()));
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0;font-size:0.9em}\n")
        .append("th,td{border:1px solid #ccc;padding:0.3em 0.6em;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("img{max-width:100%;border:1px solid #eee;margin:0.5em 0}\n.sig{font-weight:bold}\n")
        .append("pre{background:#f6f6f6;padding:1em;overflow-x:auto}\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(title)).append("</h1>\n");
    if (!s.description().isEmpty()) {
      out.append("<p>").append(escape(s.description())).append("</p>\n");
    }
    out.append("<p>").append(escape(Summary.firstLine(result, lang))).append("</p>\n");
    out.append("<p>").append(escape(Texts.format("report.intro", lang))).append("</p>\n");
    out.append("<h2>").append(escape(Texts.format("report.figures", lang))).append("</h2>\n<table>\n<tr><th>")
        .append(escape(Texts.format("report.point", lang))).append("</th>");
    for (Output o : result.outputs()) {
      out.append("<th>").append(escape(o.label(s, lang))).append("</th>");
    }
    out.append("</tr>\n");
    for (DesignPoint p : result.points()) {
      out.append("<tr><td>").append(escape(p.label())).append("</td>");
      for (Output o : result.outputs()) {
        out.append("<td>").append(escape(Summary.format(result.tally(p.index(), o), o, p.scenario(), lang))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
    List<PairedDifference> differences = result.differences();
    if (!differences.isEmpty()) {
      String na = Texts.format("summary.notAvailable", lang);
      out.append("<h2>").append(escape(Texts.format("report.differences", lang))).append("</h2>\n<p>")
          .append(escape(Texts.format("report.differencesNote", lang,
              Map.of("baseline", Reports.baselineLabel(result)))))
          .append("</p>\n<table>\n<tr>");
      for (String heading : List.of("report.point", "report.figure", "report.difference", "report.pairedInterval",
          "report.unpairedInterval")) {
        out.append("<th>").append(escape(Texts.format(heading, lang))).append("</th>");
      }
      out.append("</tr>\n");
      for (PairedDifference d : differences) {
        boolean sig = d.paired().map(i -> i.excludesZero()).orElse(false);
        int decimals = d.paired().map(i -> Reports.decimals(d.output(), i.estimate()) + 1).orElse(4);
        out.append("<tr").append(sig ? " class=\"sig\"" : "").append("><td>").append(escape(d.treatment().label()))
            .append("</td><td>").append(escape(d.output().label(s, lang))).append("</td><td>")
            .append(escape(d.paired().map(i -> Reports.number(i.estimate(), decimals, lang)).orElse(na)))
            .append("</td><td>")
            .append(escape(d.paired().map(i -> Reports.interval(i, decimals, lang)).orElse(na)))
            .append("</td><td>")
            .append(escape(d.unpaired().map(i -> Reports.interval(i, decimals, lang)).orElse(na)))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("<h2>").append(escape(Texts.format("report.charts", lang))).append("</h2>\n");
    for (Charts.Chart c : charts) {
      out.append("<figure><img alt=\"").append(escape(c.title())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(c.png())).append("\">");
      if (!c.caption().isEmpty()) {
        out.append("<figcaption>").append(escape(c.caption())).append("</figcaption>");
      }
      out.append("</figure>\n");
    }
    out.append("<h2>").append(escape(Texts.format("report.summary", lang))).append("</h2>\n<pre>")
        .append(escape(Summary.of(result, lang))).append("</pre>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
