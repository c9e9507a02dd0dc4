package nl.voorzorgcirkel.simulation;

import java.util.Arrays;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.internal.Totals;
import nl.voorzorgcirkel.simulation.internal.Totals.Count;
import nl.voorzorgcirkel.simulation.internal.Totals.MonthlyCount;

/**
 * One replication's figures over all circles of one design point: each {@link Output}, and each
 * {@link MonthlyOutput} per measured month. A figure that does not exist is NaN. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ReplicationResult {

  /** Days in a month on average: contacts per member-day times this is contacts per member-month. */
  static final double DAYS_PER_MONTH = 365.25 / 12;

  private final int replication;
  private final double[] values;
  private final double[][] monthly;

  private ReplicationResult(int replication, double[] values, double[][] monthly) {
    this.replication = replication;
    this.values = values;
    this.monthly = monthly;
  }

  /**
   * The figures of a replication from its totals; {@code days} per measured month; {@code
   * scenario} the design point's, which decides the figures that exist.
   */
  static ReplicationResult of(int replication, Totals t, int[] days, Scenario scenario) {
    long circles = t.get(Count.CIRCLES);
    double[][] m = new double[MonthlyOutput.values().length][days.length];
    for (int i = 0; i < days.length; i++) {
      double circleWeeks = circles * days[i] / 7.0;
      m[MonthlyOutput.SHARE_HELPED.ordinal()][i] = ratio(t.get(MonthlyCount.HELPED, i), t.get(MonthlyCount.POSTED, i));
      m[MonthlyOutput.REQUESTS_PER_CIRCLE_WEEK.ordinal()][i] = t.get(MonthlyCount.POSTED, i) / circleWeeks;
      m[MonthlyOutput.HELP_HOURS_PER_CIRCLE_WEEK.ordinal()][i] = t.get(MonthlyCount.HELP_SECONDS, i) / 3600.0 / circleWeeks;
      // the queueing mode's circles are its helpers and one member who asks: no circle's size
      m[MonthlyOutput.MEMBERS_PER_CIRCLE.ordinal()][i] = scenario.isQueueing() ? Double.NaN
          : ratio(t.get(MonthlyCount.SIZE, i), circles);
      m[MonthlyOutput.KINDS_COVERED.ordinal()][i] = ratio(t.get(MonthlyCount.COVERAGE, i), circles);
      m[MonthlyOutput.VITAL_MEMBERS.ordinal()][i] = ratio(t.get(MonthlyCount.VITAL, i), circles);
      m[MonthlyOutput.CONTACTS_PER_MEMBER_MONTH.ordinal()][i] =
          ratio(t.get(MonthlyCount.CONTACTS, i), t.get(MonthlyCount.MEMBER_DAYS, i)) * DAYS_PER_MONTH;
      m[MonthlyOutput.SHARE_ALONE_WITHOUT_CONTACT.ordinal()][i] =
          ratio(t.get(MonthlyCount.ALONE_WITHOUT_CONTACT, i), t.get(MonthlyCount.ALONE, i));
      m[MonthlyOutput.CHECK_IN_ALARMS_PER_CIRCLE_WEEK.ordinal()][i] = t.get(MonthlyCount.ALARMS, i) / circleWeeks;
    }
    return new ReplicationResult(replication, values(t, scenario), m);
  }

  /**
   * Each {@link Output} of the circles in the totals, in the order of {@link Output#values()}; NaN
   * for a figure that does not exist in the scenario's mode ({@link Output#existsIn}).
   */
  static double[] values(Totals t, Scenario scenario) {
    double[] v = new double[Output.values().length];
    long posted = t.get(Count.POSTED);
    long circles = t.get(Count.CIRCLES);
    long accepted = t.acceptedInPeriod();
    v[Output.REQUESTS.ordinal()] = posted;
    v[Output.NEEDS_NOT_POSTED.ordinal()] = t.get(Count.NOT_POSTED);
    v[Output.SHARE_HELPED.ordinal()] = ratio(t.get(Count.HELPED), posted);
    v[Output.EXPIRED.ordinal()] = t.get(Count.EXPIRED);
    v[Output.OPEN_AT_END.ordinal()] = t.get(Count.OPEN_AT_END);
    v[Output.NO_ELIGIBLE_MEMBER.ordinal()] = t.get(Count.NO_ELIGIBLE);
    v[Output.SHARE_NO_ELIGIBLE_MEMBER.ordinal()] = ratio(t.get(Count.NO_ELIGIBLE), posted);
    v[Output.P_WAIT.ordinal()] = posted == 0 ? Double.NaN : 1 - (double) t.get(Count.TAKEN_AT_ONCE) / posted;
    v[Output.MEAN_WAIT_MINUTES.ordinal()] = ratio(t.get(Count.WAIT_SECONDS), accepted) / 60;
    v[Output.P90_WAIT_HOURS.ordinal()] = t.waitQuantileHours(0.9);
    v[Output.MEAN_QUEUE_LENGTH.ordinal()] = ratio(t.get(Count.QUEUE_SECONDS), t.get(Count.PERIOD_SECONDS));
    v[Output.UTILISATION.ordinal()] = ratio(t.get(Count.BUSY_SECONDS), t.get(Count.HELPER_SECONDS));
    v[Output.CAPACITY_USED.ordinal()] = ratio(t.get(Count.HELP_SECONDS), t.get(Count.CAPACITY_SECONDS));
    long fair = t.get(Count.FAIRNESS_CIRCLES);
    v[Output.LOAD_GINI.ordinal()] = ratio(t.get(Count.GINI), fair) / Totals.FIXED;
    v[Output.LOAD_JAIN.ordinal()] = ratio(t.get(Count.JAIN), fair) / Totals.FIXED;
    v[Output.LOAD_MAX_OVER_MEAN.ordinal()] = ratio(t.get(Count.MAX_OVER_MEAN), fair) / Totals.FIXED;
    v[Output.WEEKS_OVER_CAPACITY.ordinal()] = t.get(Count.WEEKS_OVER_CAPACITY);
    v[Output.ASKS_PER_REQUEST.ordinal()] = ratio(t.get(Count.ASKS), posted);
    v[Output.YES_SHARE.ordinal()] = ratio(t.get(Count.YES), t.get(Count.ASKS));
    v[Output.CIRCLE_SIZE_AT_END.ordinal()] = ratio(t.get(Count.FINAL_SIZE), circles);
    v[Output.CIRCLES_BELOW_MINIMUM.ordinal()] = t.get(Count.BELOW_MINIMUM);
    v[Output.CIRCLES_LOSING_A_KIND.ordinal()] = t.get(Count.LOSING_A_KIND);
    v[Output.DAYS_UNTIL_LOSING.ordinal()] = ratio(t.get(Count.DAYS_TO_LOSE), t.get(Count.LOSING_A_KIND));
    v[Output.CONTACTS_PER_MEMBER_MONTH.ordinal()] =
        ratio(t.get(Count.CONTACTS), t.get(Count.MEMBER_DAYS)) * DAYS_PER_MONTH;
    v[Output.SHARE_ALONE_WITHOUT_CONTACT.ordinal()] = ratio(t.get(Count.ALONE_WITHOUT_CONTACT), t.get(Count.ALONE));
    v[Output.CHECK_IN_ALARMS.ordinal()] = t.get(Count.ALARMS);
    v[Output.FALSE_ALARM_RATE.ordinal()] = ratio(t.get(Count.FALSE_ALARMS), t.get(Count.ALARMS));
    v[Output.UNWELL_SPELLS.ordinal()] = t.get(Count.UNWELL_SPELLS);
    v[Output.DAYS_UNTIL_FOUND.ordinal()] = ratio(t.get(Count.DAYS_UNTIL_FOUND), t.get(Count.UNWELL_FOUND));
    for (Output o : Output.values()) {
      if (!o.existsIn(scenario)) {
        v[o.ordinal()] = Double.NaN;
      }
    }
    return v;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /**
   * The replication's number.
   *
   * @return from 0
   */
  public int replication() {
    return replication;
  }

  /**
   * A figure.
   *
   * @param output which, not null
   * @return the value, or NaN where it does not exist
   */
  public double value(Output output) {
    return values[output.ordinal()];
  }

  /**
   * A monthly figure.
   *
   * @param output which, not null
   * @param month the measured month, from 0
   * @return the value, or NaN where it does not exist
   */
  public double monthly(MonthlyOutput output, int month) {
    return monthly[output.ordinal()][month];
  }

  /**
   * The number of measured months.
   *
   * @return 1 or more
   */
  public int months() {
    return monthly[0].length;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReplicationResult)) {
      return false;
    }
    ReplicationResult other = (ReplicationResult) o;
    return replication == other.replication && Arrays.equals(values, other.values)
        && Arrays.deepEquals(monthly, other.monthly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replication, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "ReplicationResult{replication=" + replication + ", requests=" + value(Output.REQUESTS) + "}";
  }
}
