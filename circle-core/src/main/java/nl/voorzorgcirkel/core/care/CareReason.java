package nl.voorzorgcirkel.core.care;

/**
 * What made a {@link CareSignal}.
 *
 * @since 0.1.0
 */
public enum CareReason {
  /** Heavy weeks by hours of help received. */
  HOURS_PER_WEEK,
  /** Heavy weeks by the number of different kinds of help received. */
  KINDS_OF_HELP,
  /** The member's vitality went down. */
  VITALITY_CHANGE
}
