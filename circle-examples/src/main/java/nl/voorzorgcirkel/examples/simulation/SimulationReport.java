package nl.voorzorgcirkel.examples.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.matching.fairness.FairnessMeasures;

/**
 * The figures of a simulation: per replication, and their mean over replications with a 95 %
 * confidence interval (Student's t).
 *
 * @param scenario the scenario run
 * @param replications each replication's figures, in order
 * @since 0.1.0
 */
public record SimulationReport(Scenario scenario, List<Replication> replications) {

  /**
   * One replication's figures, over all circles.
   *
   * @param created requests filed after the warm-up
   * @param fulfilledShare share of them helped, 0 to 1
   * @param expired requests nobody could help in time (referred)
   * @param open requests still open or under way at the end
   * @param meanHoursToHelp mean hours from filing to a helper saying yes
   * @param p90HoursToHelp 90th percentile of the same
   * @param utilisation help given over the capacity helpers set, 0 or more
   * @param gini Gini coefficient of the helpers' loads
   * @param jain Jain's index of the helpers' loads
   * @param maxOverMean largest load over mean load
   * @param weeksOverCapacity helper-weeks above the capacity the helper set
   * @param meanFinalSize mean circle size at the end
   * @param circlesBelowMinimum circles that fell below their minimum size at some point
   * @param monthlyFulfilled per 30-day month, the share of that month's requests that were helped
   * @param monthlySize per month, the mean number of active members per circle
   * @param monthlyHelpHours per month, the mean hours of help given per circle
   * @param monthlyCoverage per month, the mean number of kinds of help (of 11) a circle covers
   * @param circlesLosingCoverage circles that lost a kind of help they covered at the start
   * @param meanDaysToLoseCoverage among those, mean days from the start until they lost it
   */
  public record Replication(int created, double fulfilledShare, int expired, int open,
      double meanHoursToHelp, double p90HoursToHelp, double utilisation, double gini, double jain,
      double maxOverMean, int weeksOverCapacity, double meanFinalSize, int circlesBelowMinimum,
      List<Double> monthlyFulfilled, List<Double> monthlySize, List<Double> monthlyHelpHours,
      List<Double> monthlyCoverage, int circlesLosingCoverage, double meanDaysToLoseCoverage) {

    static Replication of(List<CircleResult> circles) {
      int created = 0;
      int done = 0;
      int expired = 0;
      int open = 0;
      long capacity = 0;
      long given = 0;
      int over = 0;
      int below = 0;
      double sizes = 0;
      int maxToHelp = 0;
      long helped = 0;
      long sumToHelp = 0;
      List<Long> loads = new ArrayList<>();
      for (CircleResult c : circles) {
        created += c.created();
        done += c.done();
        expired += c.expired();
        open += c.open();
        capacity += c.capacityMinutes();
        given += c.ledgerMinutes();
        over += c.weeksOverCapacity();
        below += c.firstDayBelowMinimum() >= 0 ? 1 : 0;
        sizes += c.finalSize();
        for (int minutes : c.minutesToHelp()) {
          maxToHelp = Math.max(maxToHelp, minutes);
          sumToHelp += minutes;
          helped++;
        }
        loads.addAll(c.loads().values());
      }
      double[] load = loads.stream().mapToDouble(Long::doubleValue).toArray();
      double mean = helped == 0 ? 0 : sumToHelp / (double) helped / 60.0;
      double p90 = percentile(circles, maxToHelp, helped, 0.9) / 60.0;
      int months = circles.get(0).monthlyCreated().length;
      List<Double> fulfilled = new ArrayList<>();
      List<Double> size = new ArrayList<>();
      List<Double> help = new ArrayList<>();
      List<Double> covered = new ArrayList<>();
      int losing = 0;
      double daysToLose = 0;
      for (CircleResult c : circles) {
        if (c.firstDayLostCoverage() >= 0) {
          losing++;
          daysToLose += c.firstDayLostCoverage();
        }
      }
      for (int m = 0; m < months; m++) {
        double monthCoverage = 0;
        long monthCreated = 0;
        long monthDone = 0;
        double monthSize = 0;
        double monthHelp = 0;
        for (CircleResult c : circles) {
          monthCreated += c.monthlyCreated()[m];
          monthDone += c.monthlyDone()[m];
          monthSize += m < c.monthlySize().size() ? c.monthlySize().get(m) : c.finalSize();
          monthHelp += c.monthlyHelpMinutes()[m] / 60.0;
          List<Integer> cov = c.monthlyCoverage();
          monthCoverage += cov.isEmpty() ? 0 : cov.get(Math.min(m, cov.size() - 1));
        }
        covered.add(monthCoverage / circles.size());
        fulfilled.add(monthCreated == 0 ? 1.0 : (double) monthDone / monthCreated);
        size.add(monthSize / circles.size());
        help.add(monthHelp / circles.size());
      }
      return new Replication(created, created == 0 ? 1.0 : (double) done / created, expired, open,
          mean, p90, capacity == 0 ? 0 : (double) given / capacity, FairnessMeasures.gini(load),
          FairnessMeasures.jain(load), FairnessMeasures.maxOverMean(load), over,
          sizes / Math.max(1, circles.size()), below, List.copyOf(fulfilled), List.copyOf(size),
          List.copyOf(help), List.copyOf(covered), losing, losing == 0 ? 0 : daysToLose / losing);
    }

    /**
     * The smallest waiting time (minutes) at or below which a share of the helped requests were
     * helped: a count per minute rather than a sort of every waiting time.
     */
    private static int percentile(List<CircleResult> circles, int max, long helped, double share) {
      if (helped == 0) {
        return 0;
      }
      long[] counts = new long[max + 1];
      for (CircleResult c : circles) {
        for (int minutes : c.minutesToHelp()) {
          counts[minutes]++;
        }
      }
      long rank = (long) Math.ceil(share * helped);
      long seen = 0;
      for (int minutes = 0; minutes <= max; minutes++) {
        seen += counts[minutes];
        if (seen >= rank) {
          return minutes;
        }
      }
      return max;
    }
  }

  /**
   * A figure's mean over replications and the half-width of its 95 % confidence interval.
   *
   * @param values one value per replication, not null
   * @return {mean, half-width}; half-width 0 for a single replication
   */
  public static double[] meanAndHalfWidth(double[] values) {
    int n = values.length;
    double mean = 0;
    for (double v : values) {
      mean += v / n;
    }
    if (n < 2) {
      return new double[] {mean, 0};
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new double[] {mean, t975(n - 1) * sd / Math.sqrt(n)};
  }

  /** The 97.5 % quantile of Student's t for the given degrees of freedom. */
  private static double t975(int df) {
    double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
    return df <= table.length ? table[df - 1] : 1.96 + 2.4 / df;
  }

  /**
   * The summary for the console.
   *
   * @return one line per figure: mean ± half-width over replications
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Scenario %s: %d circle(s), %d day(s) after %d warm-up day(s), %d replication(s), seed %d%n",
        scenario.name(), scenario.circles(), scenario.days(), scenario.warmupDays(),
        replications.size(), scenario.seed()));
    line(out, "requests filed", r -> r.created());
    line(out, "share fulfilled", Replication::fulfilledShare);
    line(out, "expired and referred", r -> r.expired());
    line(out, "open at the end", r -> r.open());
    line(out, "hours until help (mean)", Replication::meanHoursToHelp);
    line(out, "hours until help (p90)", Replication::p90HoursToHelp);
    line(out, "helper utilisation", Replication::utilisation);
    line(out, "load Gini", Replication::gini);
    line(out, "load Jain", Replication::jain);
    line(out, "load max/mean", Replication::maxOverMean);
    line(out, "helper-weeks over capacity", r -> r.weeksOverCapacity());
    line(out, "circle size at the end", Replication::meanFinalSize);
    line(out, "circles below minimum", r -> r.circlesBelowMinimum());
    line(out, "circles losing a kind of help", r -> r.circlesLosingCoverage());
    line(out, "days until losing it (mean)", Replication::meanDaysToLoseCoverage);
    return out.toString();
  }

  private void line(StringBuilder out, String name, java.util.function.ToDoubleFunction<Replication> figure) {
    double[] ci = meanAndHalfWidth(replications.stream().mapToDouble(figure).toArray());
    out.append(String.format(Locale.ROOT, "  %-28s %10.3f ± %.3f%n", name, ci[0], ci[1]));
  }
}
