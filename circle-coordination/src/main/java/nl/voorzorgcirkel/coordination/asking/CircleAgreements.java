package nl.voorzorgcirkel.coordination.asking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.jspecify.annotations.Nullable;

/**
 * The circle's agreements (afspraken) about asking, as data an {@link AskPlan} obeys: how many
 * members are asked at once, how long an answer may take, the quiet hours, the most asks a member
 * gets in a week, whether requests may be private to the connectors, and the circle's zone and
 * language.
 *
 * <p>Defaults (assumptions, not published figures; a circle sets its own):
 *
 * <ul>
 *   <li>notification budget {@value MatchingStrategies#DEFAULT_NOTIFICATION_BUDGET}, the matching
 *       default;
 *   <li>answer timeout 4 hours, 1 hour for help needed today;
 *   <li>quiet hours 21:00 to 08:00 ({@link QuietHours#standard()});
 *   <li>at most 5 asks per member in 7 days, all requests together;
 *   <li>private requests allowed; zone {@link WeeklyAvailability#DEFAULT_ZONE}; Dutch.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CircleAgreements {

  private static final CircleAgreements STANDARD = builder().build();

  private final int notificationBudget;
  private final Duration answerTimeout;
  private final Duration urgentAnswerTimeout;
  private final QuietHours quietHours;
  private final int maxAsksPerMemberPerWeek;
  private final boolean privateRequestsAllowed;
  private final ZoneId zone;
  private final Locale locale;

  private CircleAgreements(Builder b) {
    this.notificationBudget = b.notificationBudget;
    this.answerTimeout = b.answerTimeout;
    this.urgentAnswerTimeout = b.urgentAnswerTimeout;
    this.quietHours = b.quietHours;
    this.maxAsksPerMemberPerWeek = b.maxAsksPerMemberPerWeek;
    this.privateRequestsAllowed = b.privateRequestsAllowed;
    this.zone = b.zone;
    this.locale = b.locale;
  }

  /**
   * The agreements with every default described above.
   *
   * @return the standard agreements
   */
  public static CircleAgreements standard() {
    return STANDARD;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these agreements, for a changed copy.
   *
   * @return a new builder; not thread-safe
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.notificationBudget = notificationBudget;
    b.answerTimeout = answerTimeout;
    b.urgentAnswerTimeout = urgentAnswerTimeout;
    b.quietHours = quietHours;
    b.maxAsksPerMemberPerWeek = maxAsksPerMemberPerWeek;
    b.privateRequestsAllowed = privateRequestsAllowed;
    b.zone = zone;
    b.locale = locale;
    return b;
  }

  /**
   * How many members are asked in each round.
   *
   * @return 1 to 20
   */
  public int notificationBudget() {
    return notificationBudget;
  }

  /**
   * How long the plan waits for a yes before it asks the next round.
   *
   * @return 5 minutes to 7 days
   */
  public Duration answerTimeout() {
    return answerTimeout;
  }

  /**
   * The answer timeout for help needed today, and the shortest time the plan gives anyone to answer:
   * help is needed today when declared {@link nl.voorzorgcirkel.core.model.Urgency#TODAY}, or when its
   * last start comes less than this timeout after the quiet hours end, so that it is asked for at
   * once rather than with too little time to answer after them (see {@link AskPlan}).
   *
   * @return 5 minutes to 7 days, not longer than {@link #answerTimeout()}
   */
  public Duration urgentAnswerTimeout() {
    return urgentAnswerTimeout;
  }

  /**
   * When nobody is asked unless the help is needed today.
   *
   * @return the quiet hours, never null
   */
  public QuietHours quietHours() {
    return quietHours;
  }

  /**
   * The most times a member is asked in 7 days, all requests together: a member who has had this
   * many asks is skipped (notification fatigue).
   *
   * @return 1 to 100
   */
  public int maxAsksPerMemberPerWeek() {
    return maxAsksPerMemberPerWeek;
  }

  /**
   * Whether a member may ask the connectors privately ({@link Visibility#connectorsOnly()}).
   *
   * @return true unless the circle agreed otherwise
   */
  public boolean privateRequestsAllowed() {
    return privateRequestsAllowed;
  }

  /**
   * The circle's zone, for quiet hours and day parts.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The circle's language for the texts.
   *
   * @return the locale, never null; Dutch ({@code nl}) gives Dutch texts, any other English
   */
  public Locale locale() {
    return locale;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CircleAgreements)) {
      return false;
    }
    CircleAgreements o = (CircleAgreements) other;
    return notificationBudget == o.notificationBudget && answerTimeout.equals(o.answerTimeout)
        && urgentAnswerTimeout.equals(o.urgentAnswerTimeout) && quietHours.equals(o.quietHours)
        && maxAsksPerMemberPerWeek == o.maxAsksPerMemberPerWeek && privateRequestsAllowed == o.privateRequestsAllowed
        && zone.equals(o.zone) && locale.equals(o.locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(notificationBudget, answerTimeout, urgentAnswerTimeout, quietHours, maxAsksPerMemberPerWeek,
        privateRequestsAllowed, zone, locale);
  }

  @Override
  public String toString() {
    return "CircleAgreements{notificationBudget=" + notificationBudget + ", answerTimeout=" + answerTimeout
        + ", urgentAnswerTimeout=" + urgentAnswerTimeout + ", quietHours=" + quietHours.from() + "-"
        + quietHours.until() + ", maxAsksPerMemberPerWeek=" + maxAsksPerMemberPerWeek
        + ", privateRequestsAllowed=" + privateRequestsAllowed + ", zone=" + zone + ", locale=" + locale + "}";
  }

  /** Builds agreements, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private int notificationBudget = MatchingStrategies.DEFAULT_NOTIFICATION_BUDGET;
    private Duration answerTimeout = Duration.ofHours(4);
    private Duration urgentAnswerTimeout = Duration.ofHours(1);
    private QuietHours quietHours = QuietHours.standard();
    private int maxAsksPerMemberPerWeek = 5;
    private boolean privateRequestsAllowed = true;
    private ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    private Locale locale = Locale.forLanguageTag("nl");

    private Builder() {}

    /**
     * Sets how many members are asked in each round.
     *
     * @param budget 1 to 20; checked by {@link #build()}
     * @return this builder
     */
    public Builder notificationBudget(int budget) {
      this.notificationBudget = budget;
      return this;
    }

    /**
     * Sets how long to wait for a yes before the next round.
     *
     * @param timeout 5 minutes to 7 days, not null; checked by {@link #build()}
     * @return this builder
     */
    public Builder answerTimeout(Duration timeout) {
      this.answerTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets how long to wait for a yes before the next round, for help needed today.
     *
     * @param timeout 5 minutes to 7 days, not longer than the answer timeout, not null; checked
     *     by {@link #build()}
     * @return this builder
     */
    public Builder urgentAnswerTimeout(Duration timeout) {
      this.urgentAnswerTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the quiet hours.
     *
     * @param hours the quiet hours, not null; {@link QuietHours#none()} for none
     * @return this builder
     */
    public Builder quietHours(QuietHours hours) {
      this.quietHours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    /**
     * Sets the most asks a member gets in 7 days.
     *
     * @param max 1 to 100; checked by {@link #build()}
     * @return this builder
     */
    public Builder maxAsksPerMemberPerWeek(int max) {
      this.maxAsksPerMemberPerWeek = max;
      return this;
    }

    /**
     * Sets whether requests may be private to the connectors.
     *
     * @param allowed true to allow them
     * @return this builder
     */
    public Builder privateRequestsAllowed(boolean allowed) {
      this.privateRequestsAllowed = allowed;
      return this;
    }

    /**
     * Sets the circle's zone.
     *
     * @param circleZone the zone, not null
     * @return this builder
     */
    public Builder zone(ZoneId circleZone) {
      this.zone = Objects.requireNonNull(circleZone, "circleZone");
      return this;
    }

    /**
     * Sets the circle's language.
     *
     * @param language the locale, not null; Dutch gives Dutch texts, any other English
     * @return this builder
     */
    public Builder locale(Locale language) {
      this.locale = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Builds the agreements.
     *
     * @return the agreements
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
     *     IllegalArgumentException}) listing every broken rule at once, each with its field, in
     *     English and Dutch
     */
    public CircleAgreements build() {
      Problems problems = new Problems("CircleAgreements");
      if (notificationBudget < 1 || notificationBudget > 20) {
        problems.add("notificationBudget", "between", Map.of("min", 1, "max", 20));
      }
      checkTimeout("answerTimeout", answerTimeout, problems);
      checkTimeout("urgentAnswerTimeout", urgentAnswerTimeout, problems);
      if (urgentAnswerTimeout.compareTo(answerTimeout) > 0) {
        problems.add("urgentAnswerTimeout", "atMost", Map.of("max", "answerTimeout"));
      }
      if (maxAsksPerMemberPerWeek < 1 || maxAsksPerMemberPerWeek > 100) {
        problems.add("maxAsksPerMemberPerWeek", "between", Map.of("min", 1, "max", 100));
      }
      problems.throwIfAny();
      return new CircleAgreements(this);
    }

    private static void checkTimeout(String field, Duration timeout, Problems problems) {
      if (timeout.compareTo(Duration.ofMinutes(5)) < 0 || timeout.compareTo(Duration.ofDays(7)) > 0) {
        problems.add(field, "between", Map.of("min", "5 min", "max", "7 d"));
      }
    }
  }
}
