package nl.voorzorgcirkel.simulation.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.QueueingModel;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;

/**
 * The text summary of an experiment: each point's figures as the mean over replications with the
 * 95 % interval, {@code n/a} where a figure does not exist, and the paired differences. In English
 * or Dutch; numbers in the language's notation (Dutch: decimal comma, and a semicolon between an
 * interval's ends). Field names, design types and design points' settings are the scenario's own
 * identifiers, the same in both languages. The same result and language always give the same
 * text. Stateless.
 *
 * @since 0.1.0
 */
public final class Summary {

  /** The least width of the column of labels, so that English summaries keep their layout. */
  private static final int LABEL_WIDTH = 54;

  private Summary() {}

  /**
   * The summary in English.
   *
   * @param result the result, not null
   * @return the text, lines ending in {@code \n}
   */
  public static String of(ExperimentResult result) {
    return of(result, Locale.ENGLISH);
  }

  /**
   * The summary in a language.
   *
   * @param result the result, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the text, lines ending in {@code \n}
   * @since 0.1.0
   */
  public static String of(ExperimentResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Locale lang = Texts.language(Objects.requireNonNull(locale, "locale"));
    StringBuilder out = new StringBuilder();
    Scenario s = result.scenario();
    Experiment e = s.experiment();
    out.append(firstLine(result, lang)).append('\n');
    if (result.points().size() > 1) {
      Map<String, Object> design = new HashMap<>();
      design.put("type", Reports.name(e.design().type()));
      design.put("points", result.points().size());
      e.compare().ifPresent(c -> design.put("field", c.field()));
      out.append(Texts.format(e.compare().isPresent() ? "summary.designCompare" : "summary.design", lang, design))
          .append('\n');
    }
    if (e.replications() == 1) {
      out.append(Texts.format("summary.oneReplication", lang)).append('\n');
    }
    int width = LABEL_WIDTH;
    for (Output o : result.outputs()) {
      width = Math.max(width, o.label(s, lang).length() + 1);
    }
    for (DesignPoint p : result.points()) {
      if (result.points().size() > 1) {
        out.append('\n').append(Texts.format("summary.point", lang,
            Map.of("n", p.index() + 1, "label", p.label()))).append('\n');
      }
      for (Output o : result.outputs()) {
        Tally t = result.tally(p.index(), o);
        out.append("  ").append(padded(o.label(s, lang), width)).append(' ').append(format(t, o, p.scenario(), lang)).append('\n');
      }
      Optional<QueueingModel> q = p.scenario().queueing();
      if (q.isPresent()) {
        out.append("  ").append(Texts.format("summary.theory", lang, Map.of(
            "pwait", q.get().probabilityOfWaiting(), "wait", q.get().meanWaitMinutes(),
            "queue", q.get().meanQueueLength(), "utilisation", q.get().utilisation()))).append('\n');
      }
    }
    List<PairedDifference> differences = result.differences();
    if (!differences.isEmpty()) {
      out.append('\n').append(Texts.format("summary.differences", lang,
          Map.of("baseline", Reports.baselineLabel(result)))).append('\n');
      String unpaired = Texts.format("summary.unpaired", lang);
      DesignPoint last = null;
      for (PairedDifference d : differences) {
        if (!d.treatment().equals(last)) {
          out.append('\n').append(d.treatment().label()).append('\n');
          last = d.treatment();
        }
        out.append("  ").append(padded(d.output().label(s, lang), width)).append(' ')
            .append(interval(d.paired(), d.output(), lang)).append("   ").append(unpaired).append(' ')
            .append(interval(d.unpaired(), d.output(), lang)).append('\n');
      }
    }
    return out.toString();
  }

  /** The summary's first line: the scenario, its horizon, replications and seed. */
  static String firstLine(ExperimentResult result, Locale lang) {
    Scenario s = result.scenario();
    Experiment e = s.experiment();
    Map<String, Object> figures = new HashMap<>();
    figures.put("name", s.name());
    figures.put("circles", s.population().circles());
    figures.put("days", e.days());
    figures.put("from", e.start().plusDays(e.warmupDays()));
    figures.put("warmup", e.warmupDays());
    figures.put("replications", e.replications());
    figures.put("seed", e.seed());
    return Texts.format("summary.scenario", lang, figures);
  }

  private static String padded(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /**
   * {@code mean [low, high]} in English notation, the mean alone with one observation, or {@code
   * n/a}; the interval cut to the values the figure can take in the design point's scenario.
   */
  static String format(Tally t, Output o, Scenario scenario) {
    return format(t, o, scenario, Locale.ENGLISH);
  }

  /** {@code mean [low, high]} in a language's notation, the mean alone with one observation, or n/a. */
  static String format(Tally t, Output o, Scenario scenario, Locale lang) {
    if (t.count() == 0) {
      return Texts.format("summary.notAvailable", lang);
    }
    Optional<Interval> ci = o.interval(t, scenario);
    int decimals = Reports.decimals(o, t.mean());
    String missing = t.missing() > 0 ? "  " + Texts.format("summary.missing", lang, Map.of("n", t.missing())) : "";
    if (ci.isEmpty()) {
      return Reports.number(t.mean(), decimals, lang) + missing;
    }
    return Reports.number(t.mean(), decimals, lang) + " " + Reports.interval(ci.get(), decimals, lang) + missing;
  }

  private static String interval(Optional<Interval> ci, Output o, Locale lang) {
    if (ci.isEmpty()) {
      return Texts.format("summary.notAvailable", lang);
    }
    int decimals = Reports.decimals(o, ci.get().estimate()) + 1;
    return Reports.number(ci.get().estimate(), decimals, lang) + " " + Reports.interval(ci.get(), decimals, lang)
        + (ci.get().excludesZero() ? " *" : "");
  }
}
