package nl.voorzorgcirkel.simulation.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;

/**
 * A one-page HTML report: the scenario, each point's figures with intervals, the paired
 * differences, and every chart embedded as an image, so the page needs no other file. Stateless.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param result the result, not null
   * @param charts the charts to embed, not null
   * @return the HTML text
   */
  public static String of(ExperimentResult result, List<Charts.Chart> charts) {
    Scenario s = result.scenario();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape("Simulation report: " + s.name())).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0;font-size:0.9em}\n")
        .append("th,td{border:1px solid #ccc;padding:0.3em 0.6em;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("img{max-width:100%;border:1px solid #eee;margin:0.5em 0}\n.sig{font-weight:bold}\n")
        .append("pre{background:#f6f6f6;padding:1em;overflow-x:auto}\n</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape("Simulation report: " + s.name())).append("</h1>\n");
    if (!s.description().isEmpty()) {
      out.append("<p>").append(escape(s.description())).append("</p>\n");
    }
    out.append("<p>").append(escape(Summary.of(result).lines().findFirst().orElse(""))).append("</p>\n");
    out.append("<p>Each figure is the mean over replications with its 95% confidence interval"
        + " (Student's t); n/a where a figure does not exist. The scenario with every field is in"
        + " scenario.json beside this page; the figures in the CSV files.</p>\n");
    out.append("<h2>Figures</h2>\n<table>\n<tr><th>point</th>");
    for (Output o : result.outputs()) {
      out.append("<th>").append(escape(o.label(result.scenario()))).append("</th>");
    }
    out.append("</tr>\n");
    for (DesignPoint p : result.points()) {
      out.append("<tr><td>").append(escape(p.label())).append("</td>");
      for (Output o : result.outputs()) {
        out.append("<td>").append(escape(Summary.format(result.tally(p.index(), o), o, p.scenario()))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
    List<PairedDifference> differences = result.differences();
    if (!differences.isEmpty()) {
      out.append("<h2>Paired differences</h2>\n<p>")
          .append(escape("Each value minus " + Reports.baselineLabel(result) + ", over replications with"
              + " common random numbers: 95% paired interval, and the unpaired (Welch) interval for"
              + " comparison. Bold: the paired interval excludes 0."))
          .append("</p>\n<table>\n<tr><th>point</th><th>figure</th><th>difference</th><th>95% interval"
              + " (paired)</th><th>95% interval (unpaired)</th></tr>\n");
      for (PairedDifference d : differences) {
        boolean sig = d.paired().map(i -> i.excludesZero()).orElse(false);
        out.append("<tr").append(sig ? " class=\"sig\"" : "").append("><td>").append(escape(d.treatment().label()))
            .append("</td><td>").append(escape(d.output().label(result.scenario()))).append("</td><td>")
            .append(d.paired().map(i -> number(i.estimate())).orElse("n/a")).append("</td><td>")
            .append(d.paired().map(i -> "[" + number(i.low()) + ", " + number(i.high()) + "]").orElse("n/a"))
            .append("</td><td>")
            .append(d.unpaired().map(i -> "[" + number(i.low()) + ", " + number(i.high()) + "]").orElse("n/a"))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("<h2>Charts</h2>\n");
    for (Charts.Chart c : charts) {
      out.append("<figure><img alt=\"").append(escape(c.title())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(c.png())).append("\">");
      if (!c.caption().isEmpty()) {
        out.append("<figcaption>").append(escape(c.caption())).append("</figcaption>");
      }
      out.append("</figure>\n");
    }
    out.append("<h2>Summary</h2>\n<pre>").append(escape(Summary.of(result))).append("</pre>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
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
