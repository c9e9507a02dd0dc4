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
 * The figures a replication reports per calendar month of the measured period. Rates are per
 * week, so a partial month (the first and last may be) compares with a whole one.
 *
 * @since 0.1.0
 */
public enum MonthlyOutput {
  /** Share of the month's requests that were helped (by the end of the run). */
  SHARE_HELPED("share_helped", "share"),
  /** Requests posted per circle per week. */
  REQUESTS_PER_CIRCLE_WEEK("requests_per_circle_week", "requests"),
  /** Hours of help per circle per week. */
  HELP_HOURS_PER_CIRCLE_WEEK("help_hours_per_circle_week", "hours"),
  /** Active members per circle at the month's start. */
  MEMBERS_PER_CIRCLE("members_per_circle", "members"),
  /** Kinds of help (of 11) covered per circle at the month's start. */
  KINDS_COVERED("kinds_covered", "kinds"),
  /** Vital members per circle at the month's start. */
  VITAL_MEMBERS("vital_members_per_circle", "members"),
  /** Contacts per member per month (of 30.44 days), each counted for both people it names. */
  CONTACTS_PER_MEMBER_MONTH("contacts_per_member_month", "contacts", true),
  /**
   * Share of the members living alone in the month who, on some day at home in it, had been without
   * contact for more than {@code contact.withoutContactDays} days.
   */
  SHARE_ALONE_WITHOUT_CONTACT("share_alone_without_contact", "share", true),
  /** Check-in alarms per circle per week. */
  CHECK_IN_ALARMS_PER_CIRCLE_WEEK("check_in_alarms_per_circle_week", "alarms", true);

  private final String column;
  private final String unit;
  private final boolean contact;

  MonthlyOutput(String column, String unit) {
    this(column, unit, false);
  }

  MonthlyOutput(String column, String unit, boolean contact) {
    this.column = column;
    this.unit = unit;
    this.contact = contact;
  }

  /**
   * The monthly figures a scenario reports: all but the contact figures for a scenario without a
   * {@code contact} section, so that its reports stay as they were.
   *
   * @param scenario the scenario, not null
   * @return the figures in declaration order, unmodifiable
   */
  public static List<MonthlyOutput> reported(Scenario scenario) {
    return scenario.contact().isPresent() ? ALL : WITHOUT_CONTACT;
  }

  private static final List<MonthlyOutput> ALL = List.of(values());
  private static final List<MonthlyOutput> WITHOUT_CONTACT =
      Stream.of(values()).filter(o -> !o.contact).collect(Collectors.toUnmodifiableList());

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
   * The {@link ExperimentResult#LEVEL} interval of the figure's mean over replications, cut at the
   * values the figure can take: 0 and, for shares, 1 (see {@link Output#interval(Tally, Scenario)}).
   *
   * @param tally the figure's values over replications, not null
   * @return the interval, or empty with fewer than two values
   */
  public Optional<Interval> interval(Tally tally) {
    double highest = unit.equals("share") ? 1 : Double.POSITIVE_INFINITY;
    return tally.interval(ExperimentResult.LEVEL).map(i -> i.within(0, highest));
  }

  /**
   * The column name in CSV files.
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
    return Texts.format("monthly." + column, Locale.ENGLISH, Map.of("days", "N"));
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
    return Output.scenarioLabel("monthly." + column, scenario, locale);
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
}
