package nl.voorzorgcirkel.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;

/**
 * The figures a replication reports, each with its column name, a label, a unit and whether it
 * counts things (shown as whole numbers). A figure that does not exist in a replication (a mean
 * wait when nothing was helped, days until losing a kind of help when no circle lost one) is NaN
 * and reported as {@code n/a}.
 *
 * <p>Each figure has the values it can take ({@link #lowest()}, {@link #highest(Scenario)}): a
 * count is never below 0, a share never above 1, the days until a circle lost a kind of help never
 * past the measured days. The reports cut an interval at those values ({@link #interval(Tally,
 * Scenario)}): with few replications a Student's t interval may reach values no replication can
 * take.
 *
 * @since 0.1.0
 */
public enum Output {
  /** Requests posted in the measured period. */
  REQUESTS("requests", "requests", true),
  /** Needs never posted (reluctance to ask). */
  NEEDS_NOT_POSTED("needs_not_posted", "needs", true),
  /** Share of the posted requests that were helped. */
  SHARE_HELPED("share_helped", "share", false),
  /** Requests nobody took in time, expired and referred. */
  EXPIRED("expired_and_referred", "requests", true),
  /** Requests still open or under way at the end. */
  OPEN_AT_END("open_at_end", "requests", true),
  /**
   * Requests posted when no member of the circle was eligible to help (nobody offered the kind of
   * help, or everyone who did was ruled out): nobody to ask at all, as against requests that were
   * asked and not taken. Counted when a request is posted; a member busy helping someone else at
   * that moment counts as eligible (so in the queueing mode none is counted). With the default
   * policy such a request is also counted as expired or open at the end.
   *
   * @since 0.1.0
   */
  NO_ELIGIBLE_MEMBER("no_eligible_member", "requests", true),
  /**
   * Share of the posted requests for which no member was eligible ({@link #NO_ELIGIBLE_MEMBER}
   * over {@link #REQUESTS}): 0 to 1.
   *
   * @since 0.1.0
   */
  SHARE_NO_ELIGIBLE_MEMBER("share_no_eligible_member", "share", false),
  /**
   * Share of the posted requests not taken at the moment they were posted: P(wait). It exists only
   * where a helper can answer at once (an answer delay of 0, as in the queueing mode): with any
   * answer delay every request waits, and it would be 1 by construction.
   */
  P_WAIT("p_wait", "share", false),
  /** Mean time from posting to a helper's yes, over the helped requests. */
  MEAN_WAIT_MINUTES("mean_wait_minutes", "minutes", false),
  /** 90th percentile of the same, to the minute up to a week. */
  P90_WAIT_HOURS("p90_wait_hours", "hours", false),
  /** Requests waiting for a helper, averaged over time, per circle. */
  MEAN_QUEUE_LENGTH("mean_queue_length", "requests", false),
  /**
   * Share of all helpers' clock hours (24 hours a day, 7 days a week, not the hours they offered)
   * that they spend helping: the utilisation of queueing theory, small in an ordinary circle.
   */
  UTILISATION("utilisation", "share", false),
  /** Help given divided by the capacity helpers set (a share of it; more than 1 when they gave more). */
  CAPACITY_USED("capacity_used", "share", false),
  /** Gini coefficient of helpers' loads within a circle, mean over circles with help. */
  LOAD_GINI("load_gini", "index", false),
  /** Jain's index of helpers' loads within a circle, mean over circles with help. */
  LOAD_JAIN("load_jain", "index", false),
  /** Largest over mean load within a circle, mean over circles with help. */
  LOAD_MAX_OVER_MEAN("load_max_over_mean", "ratio", false),
  /** Helper-weeks with more help than the helper's capacity. */
  WEEKS_OVER_CAPACITY("helper_weeks_over_capacity", "helper-weeks", true),
  /** Asks sent per posted request. */
  ASKS_PER_REQUEST("asks_per_request", "asks", false),
  /** Share of asks answered yes. */
  YES_SHARE("yes_share", "share", false),
  /** Active members per circle at the end. */
  CIRCLE_SIZE_AT_END("circle_size_at_end", "members", false),
  /** Circles that fell below their minimum size. */
  CIRCLES_BELOW_MINIMUM("circles_below_minimum", "circles", true),
  /** Circles that lost a kind of help they covered at the start of the period. */
  CIRCLES_LOSING_A_KIND("circles_losing_a_kind", "circles", true),
  /**
   * Among those, mean days from the start of the measured period (after the warm-up) until they
   * were first seen without it, at a monthly count: 0 to the measured days. A replication in which
   * no circle lost a kind has no such figure ({@code n/a}), and the mean over replications leaves
   * it out: circles that kept every kind to the end (censored) do not count, so this is not the
   * expected time until a circle loses a kind.
   */
  DAYS_UNTIL_LOSING("days_until_losing_a_kind", "days", false),
  /** Contacts per member per month (of 30.44 days), each counted for both people it names. */
  CONTACTS_PER_MEMBER_MONTH("contacts_per_member_month", "contacts",
      false, true),
  /**
   * Share of the members living alone who, on some day at home in the period, had been without
   * contact for more than {@code contact.withoutContactDays} days.
   */
  SHARE_ALONE_WITHOUT_CONTACT("share_alone_without_contact", "share", false, true),
  /** Check-in alarms: a buddy or the connectors asked to ring, counted once per step of a spell. */
  CHECK_IN_ALARMS("check_in_alarms", "alarms", true, true),
  /** Share of the check-in alarms raised for a member who was fine (away, or simply not seen). */
  FALSE_ALARM_RATE("false_alarm_rate", "share", false, true),
  /** Spells in which a member living alone was unwell at home and not seen. */
  UNWELL_SPELLS("unwell_spells", "spells", true, true),
  /** Days from an unwell spell's start until a contact found the member, mean over those found. */
  DAYS_UNTIL_FOUND("days_until_found", "days", false, true);

  private final String column;
  private final String unit;
  private final boolean count;
  private final boolean contact;

  Output(String column, String unit, boolean count) {
    this(column, unit, count, false);
  }

  Output(String column, String unit, boolean count, boolean contact) {
    this.column = column;
    this.unit = unit;
    this.count = count;
    this.contact = contact;
  }

  /**
   * The figures a scenario reports: all but the contact figures for a scenario without a {@code
   * contact} section, so that its reports stay as they were.
   *
   * @param scenario the scenario, not null
   * @return the figures in declaration order, unmodifiable
   */
  public static List<Output> reported(Scenario scenario) {
    return scenario.contact().isPresent() ? ALL : WITHOUT_CONTACT;
  }

  private static final List<Output> ALL = List.of(values());
  private static final List<Output> WITHOUT_CONTACT =
      Stream.of(values()).filter(o -> !o.contact).collect(Collectors.toUnmodifiableList());

  /**
   * Whether the figure exists in a scenario's mode; where it does not, it is NaN ({@code n/a}) in
   * every replication. P(wait) needs answers that can come at once (otherwise it is 1 by
   * construction); in the queueing mode, whose helpers have no capacity limits and whose circles
   * are c helpers and one member who asks, the capacity figures (help over capacity, helper-weeks
   * over capacity) and members per circle do not exist.
   *
   * @param scenario the design point's scenario, not null
   * @return whether the figure exists
   */
  public boolean existsIn(Scenario scenario) {
    switch (this) {
      case P_WAIT:
        return scenario.behaviour().answerDelay().minMinutes() == 0
            && scenario.behaviour().answerDelay().meanMinutes() == 0;
      case CAPACITY_USED:
      case WEEKS_OVER_CAPACITY:
      case CIRCLE_SIZE_AT_END:
        return !scenario.isQueueing();
      default:
        return true;
    }
  }

  /**
   * Whether this is a figure of contact and omkijken, reported only by scenarios with a {@code
   * contact} section.
   *
   * @return true for contact figures
   */
  public boolean isContact() {
    return contact;
  }

  /**
   * The column name in CSV files: lower case with underscores.
   *
   * @return the name, never null
   */
  public String column() {
    return column;
  }

  /**
   * A readable label in English, with "N" for a number a scenario sets.
   *
   * @return the label, never null
   */
  public String label() {
    return Texts.format("output." + column, Locale.ENGLISH, Map.of("days", "N"));
  }

  /**
   * The label for a scenario in English: with the scenario's N in place of "N" for the share
   * without contact.
   *
   * @param scenario the scenario, not null
   * @return the label, never null
   */
  public String label(Scenario scenario) {
    return label(scenario, Locale.ENGLISH);
  }

  /**
   * The label for a scenario in a language: with the scenario's N in place of "N" for the share
   * without contact.
   *
   * @param scenario the scenario, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the label, never null
   * @since 0.1.0
   */
  public String label(Scenario scenario, Locale locale) {
    return scenarioLabel("output." + column, scenario, locale);
  }

  /**
   * A figure's label from the texts, with the scenario's N (the days without contact) in place of
   * "N"; for the figures of a run and of its months alike.
   */
  static String scenarioLabel(String key, Scenario scenario, Locale locale) {
    return Texts.format(key, locale,
        Map.of("days", scenario.contact().map(c -> (Object) c.withoutContactDays()).orElse("N")));
  }

  /**
   * The unit in a language, for a chart's axis.
   *
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the unit's name, never null
   * @since 0.1.0
   */
  public String unit(Locale locale) {
    return Texts.format("unit." + unit, locale);
  }

  /**
   * The unit.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * The lowest value the figure can take in a replication: 1 for the largest over the mean load
   * (the largest is at least the mean), 0 for every other figure.
   *
   * @return 0 or 1
   */
  public double lowest() {
    return this == LOAD_MAX_OVER_MEAN ? 1 : 0;
  }

  /**
   * The highest value the figure can take in a replication: 1 for shares and indices (help given
   * over the capacity set excepted: helpers may give more than they set), else positive infinity.
   *
   * @return 1 or {@link Double#POSITIVE_INFINITY}
   */
  public double highest() {
    boolean fraction = unit.equals("share") || unit.equals("index");
    return fraction && this != CAPACITY_USED ? 1 : Double.POSITIVE_INFINITY;
  }

  /**
   * The highest value the figure can take in a replication of a scenario: {@link #highest()}, but
   * the measured days for the days until a circle lost a kind of help (nothing is lost after the
   * run's end) and the circles for counts of circles.
   *
   * @param scenario the design point's scenario, not null
   * @return at least {@link #lowest()}, possibly {@link Double#POSITIVE_INFINITY}
   * @since 0.1.0
   */
  public double highest(Scenario scenario) {
    switch (this) {
      case DAYS_UNTIL_LOSING:
        return scenario.experiment().days();
      case CIRCLES_BELOW_MINIMUM:
      case CIRCLES_LOSING_A_KIND:
        return scenario.population().circles();
      default:
        return highest();
    }
  }

  /**
   * The {@link ExperimentResult#LEVEL} interval of the figure's mean over replications, cut at
   * {@link #lowest()} and {@link #highest(Scenario)}: with few replications a Student's t interval
   * may reach values no replication can take.
   *
   * @param tally the figure's values over replications of a design point, not null
   * @param scenario that design point's scenario, not null
   * @return the interval, or empty with fewer than two values
   */
  public Optional<Interval> interval(Tally tally, Scenario scenario) {
    double highest = highest(scenario);
    return tally.interval(ExperimentResult.LEVEL).map(i -> i.within(lowest(), highest));
  }

  /**
   * Whether the figure counts things per replication (whole numbers in each replication).
   *
   * @return true for counts
   */
  public boolean isCount() {
    return count;
  }
}
