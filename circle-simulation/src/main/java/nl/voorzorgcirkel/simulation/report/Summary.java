package nl.voorzorgcirkel.simulation.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.QueueingModel;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;

/**
 * The text summary of an experiment: each point's figures as the mean over replications with the
 * 95 % interval, {@code n/a} where a figure does not exist, and the paired differences. The same
 * result always gives the same text. Stateless.
 *
 * @since 0.1.0
 */
public final class Summary {

  private Summary() {}

  /**
   * The summary.
   *
   * @param result the result, not null
   * @return the text, lines ending in {@code \n}
   */
  public static String of(ExperimentResult result) {
    StringBuilder out = new StringBuilder();
    Scenario s = result.scenario();
    Experiment e = s.experiment();
    out.append(String.format(Locale.ROOT, "Scenario %s: %s, %s from %s after %s, %s, seed %d%n",
        s.name(), Words.count(s.population().circles(), "circle", "circles"), Words.count(e.days(), "day", "days"),
        e.start().plusDays(e.warmupDays()), Words.count(e.warmupDays(), "warm-up day", "warm-up days"),
        Words.count(e.replications(), "replication", "replications"), e.seed()));
    if (result.points().size() > 1) {
      out.append(String.format(Locale.ROOT, "Design: %s, %s%s%n", Reports.name(e.design().type()),
          Words.count(result.points().size(), "point", "points"),
          e.compare().map(c -> ", comparing " + c.field() + " (common random numbers)").orElse("")));
    }
    if (e.replications() == 1) {
      out.append("One replication: no intervals (n/a); run two or more for 95% intervals.\n");
    }
    for (DesignPoint p : result.points()) {
      if (result.points().size() > 1) {
        out.append(String.format(Locale.ROOT, "%nPoint %d: %s%n", p.index() + 1, p.label()));
      }
      for (Output o : result.outputs()) {
        Tally t = result.tally(p.index(), o);
        out.append(String.format(Locale.ROOT, "  %-54s %s%n", o.label(result.scenario()), format(t, o, p.scenario())));
      }
      Optional<QueueingModel> q = p.scenario().queueing();
      if (q.isPresent()) {
        out.append(String.format(Locale.ROOT,
            "  theory (Erlang C, Little's law): P(wait) %.4f, mean wait %.2f minutes, queue %.4f, utilisation %.4f%n",
            q.get().probabilityOfWaiting(), q.get().meanWaitMinutes(), q.get().meanQueueLength(),
            q.get().utilisation()));
      }
    }
    List<PairedDifference> differences = result.differences();
    if (!differences.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%nPaired differences (value minus %s), 95%% intervals over"
          + " replications with common random numbers; the unpaired (Welch) interval for comparison:%n",
          Reports.baselineLabel(result)));
      DesignPoint last = null;
      for (PairedDifference d : differences) {
        if (!d.treatment().equals(last)) {
          out.append(String.format(Locale.ROOT, "%n%s%n", d.treatment().label()));
          last = d.treatment();
        }
        out.append(String.format(Locale.ROOT, "  %-54s %s   unpaired %s%n", d.output().label(result.scenario()),
            interval(d.paired(), d.output()), interval(d.unpaired(), d.output())));
      }
    }
    return out.toString();
  }

  /** {@code mean [low, high]}, the mean alone with one observation, or {@code n/a}. */
  static String format(Tally t, Output o, Scenario scenario) {
    if (t.count() == 0) {
      return "n/a";
    }
    Optional<Interval> ci = o.interval(t, scenario);
    int decimals = Reports.decimals(o, t.mean());
    if (ci.isEmpty()) {
      return Reports.number(t.mean(), decimals) + (t.missing() > 0 ? "  (n/a in " + t.missing() + ")" : "");
    }
    return Reports.number(t.mean(), decimals) + " [" + Reports.number(ci.get().low(), decimals) + ", "
        + Reports.number(ci.get().high(), decimals) + "]" + (t.missing() > 0 ? "  (n/a in " + t.missing() + ")" : "");
  }

  private static String interval(Optional<Interval> ci, Output o) {
    if (ci.isEmpty()) {
      return "n/a";
    }
    int decimals = Reports.decimals(o, ci.get().estimate()) + 1;
    return Reports.number(ci.get().estimate(), decimals) + " [" + Reports.number(ci.get().low(), decimals)
        + ", " + Reports.number(ci.get().high(), decimals) + "]" + (ci.get().excludesZero() ? " *" : "");
  }
}
