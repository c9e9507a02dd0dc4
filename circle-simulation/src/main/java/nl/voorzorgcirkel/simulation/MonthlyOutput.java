package nl.voorzorgcirkel.simulation;

/**
 * The figures a replication reports per calendar month of the measured period. Rates are per
 * week, so a partial month (the first and last may be) compares with a whole one.
 *
 * @since 0.1.0
 */
public enum MonthlyOutput {
  /** Share of the month's requests that were helped (by the end of the run). */
  SHARE_HELPED("share_helped", "share of requests helped", "share"),
  /** Requests posted per circle per week. */
  REQUESTS_PER_CIRCLE_WEEK("requests_per_circle_week", "requests per circle per week", "requests"),
  /** Hours of help per circle per week. */
  HELP_HOURS_PER_CIRCLE_WEEK("help_hours_per_circle_week", "hours of help per circle per week", "hours"),
  /** Active members per circle at the month's start. */
  MEMBERS_PER_CIRCLE("members_per_circle", "active members per circle", "members"),
  /** Kinds of help (of 11) covered per circle at the month's start. */
  KINDS_COVERED("kinds_covered", "kinds of help covered per circle", "kinds"),
  /** Vital members per circle at the month's start. */
  VITAL_MEMBERS("vital_members_per_circle", "vital members per circle", "members");

  private final String column;
  private final String label;
  private final String unit;

  MonthlyOutput(String column, String label, String unit) {
    this.column = column;
    this.label = label;
    this.unit = unit;
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
   * A readable label.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
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
