package nl.voorzorgcirkel.core.impact;

import java.util.Locale;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * What a figure of the {@link ImpactReport} measures, with its unit, in report order. A measure
 * has one figure per key: {@link ImpactFigure#ALL} for a single figure, or one per kind of help,
 * outcome, next step, referral, statistic or category for a breakdown.
 *
 * <p>Requests count when they were posted in the period, help when it started in the period.
 *
 * @since 0.1.0
 */
public enum ImpactMeasure {
  /** Circles reported on; key {@code all}. Not about members, never suppressed. */
  CIRCLES("circles", false),
  /**
   * Members in the period: listed and not left, having joined before the period's end, and every
   * other id that asked or helped in the period (a member who left, or was erased, but was active);
   * key {@code all}.
   */
  MEMBERS("members", false),
  /**
   * Members who joined in the period, each once: listed members whose day of joining lies in it,
   * and members whose joining the audit trail records in it (membership from {@code NONE}); key
   * {@code all}.
   */
  JOINS("members", false),
  /**
   * Members who left in the period, as the audit trail records it (membership to {@code LEFT});
   * key {@code all}. A member keeps no day of leaving, so where a circle lists a member who has
   * left (and had joined before the period's end) whose leaving its trail does not record, the
   * figure has no value (n/a) rather than a count that could be too low.
   */
  LEAVES("members", false),
  /** Requests posted in the period; key {@code all}. */
  REQUESTS("requests", false),
  /**
   * The requests posted in the period by their state at the period's end; keys {@code DONE},
   * {@code EXPIRED}, {@code REFERRED}, {@code CANCELLED} and {@code OPEN} (still open, asked or
   * accepted).
   */
  OUTCOMES("requests", true),
  /**
   * The requests whose outcome is {@code EXPIRED}, by the next step suggested when they expired;
   * keys the {@code NextStep} names. They add up to the outcome {@code EXPIRED}: a request referred
   * after it expired counts as referred.
   */
  AFTER_EXPIRY("requests", true),
  /**
   * The requests whose outcome is {@code REFERRED}, by where they were referred; keys the {@code
   * ReferralTarget} names. They add up to the outcome {@code REFERRED}.
   */
  REFERRED_TO("requests", true),
  /**
   * Hours of help that started in the period, by kind and {@code all}: the key of a kind is its
   * capability code as the reporter's vocabulary ({@link ImpactReporter#vocabulary()}: the
   * {@linkplain nl.voorzorgcirkel.core.model.CapabilityVocabulary#standard() standard vocabulary}
   * unless {@linkplain ImpactReporter#withVocabulary the circles' own} is given) reads the recorded
   * capability ({@link nl.voorzorgcirkel.core.model.CapabilityVocabulary#canonical}), as matching
   * does, so hours recorded as {@code boodschappen} and as {@code groceries} are one figure, {@code
   * groceries-and-errands}.
   */
  HELP_HOURS("hours", true),
  /**
   * Hours from posting until a helper said yes, over the requests posted in the period that were
   * accepted before its end, to the whole minute: keys {@code median} and {@code p90}, each the
   * nearest-rank quantile (the smallest wait at or below which that share of the waits lie).
   */
  HOURS_UNTIL_HELP("hours", false),
  /** Share of the members in the period who posted at least one request in it; key {@code all}. */
  SHARE_WHO_ASKED("share", false),
  /**
   * Gini coefficient of helpers' hours within a circle, mean over the circles with help; key
   * {@code all}. Helpers: members who helped in the period and members not left who offer help.
   */
  LOAD_GINI("index", false),
  /** Largest over mean helper's hours within a circle, mean over the circles with help; key {@code all}. */
  LOAD_MAX_OVER_MEAN("ratio", false),
  /**
   * Helper-weeks (local weeks from Monday that start in the period) in which a member gave more
   * help than their capacity per week; key {@code all}.
   */
  HELPER_WEEKS_OVER_CAPACITY("helper-weeks", false),
  /** Hours of help agreed in commitments that start in the period; key {@code all}. */
  COMMITTED_HOURS("hours", false),
  /** Occasions of shared activities in the period; key {@code all}. */
  ACTIVITY_OCCASIONS("occasions", false),
  /** Attendances of shared activities in the period, organisers included; key {@code all}. */
  ACTIVITY_ATTENDANCES("attendances", false),
  /**
   * Loneliness on the six-item De Jong Gierveld scale, each member's latest score in the period,
   * counted only with their consent: keys {@code total} (mean, 0 to 6), {@code emotional} and
   * {@code social} (means, 0 to 3).
   */
  LONELINESS_SCORE("score", false),
  /** The same members by category; keys the {@code LonelinessLevel} names. */
  LONELINESS_LEVEL("members", true);

  private final String unit;
  private final boolean breakdown;

  ImpactMeasure(String unit, boolean breakdown) {
    this.unit = unit;
    this.breakdown = breakdown;
  }

  /**
   * The unit of the figures, a lower-case English code: {@code circles}, {@code members}, {@code
   * requests}, {@code hours}, {@code share} (0 to 1), {@code index}, {@code ratio}, {@code
   * helper-weeks}, {@code occasions}, {@code attendances} or {@code score}.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Whether the figures break a whole down, so that a lone suppressed figure could be worked out
   * from the whole and the others: the outcomes add up to the {@link #REQUESTS}; the next steps to
   * the outcome {@code EXPIRED}; the referrals to the outcome {@code REFERRED}; the hours by kind
   * to the hours {@code all}; the loneliness levels to the members behind the mean {@link
   * #LONELINESS_SCORE} {@code total}. Where exactly one of a whole and its parts is suppressed, the
   * reporter suppresses one more: a small part, else the whole, and only as a last resort a
   * headline figure (requests done or expired, hours of help in all), repeated up the hierarchy
   * until no whole with its parts has a lone suppressed figure.
   *
   * @return true for a breakdown
   */
  public boolean isBreakdown() {
    return breakdown;
  }

  /**
   * The unit for readers, for a table's column or a chart's axis.
   *
   * @param locale English, or Dutch for {@code nl}; not null
   * @return the label, for example {@code uren} for {@code hours} in Dutch; never null
   * @since 0.3.1
   */
  public String unitLabel(Locale locale) {
    return Messages.format("impact.unit." + unit, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The measure's name for readers.
   *
   * @param locale English, or Dutch for {@code nl}; not null
   * @return the label, never null
   */
  public String label(Locale locale) {
    return Messages.format("impact." + name(), Objects.requireNonNull(locale, "locale"));
  }
}
