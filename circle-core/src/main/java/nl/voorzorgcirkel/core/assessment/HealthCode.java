package nl.voorzorgcirkel.core.assessment;

/**
 * What a health finding is about. Each code's meaning and severity is fixed; see {@link
 * CircleHealthCheck} for when each is reported.
 *
 * @since 0.1.0
 */
public enum HealthCode {
  /** Fewer members than the policy's minimum (PROBLEM). */
  SIZE_BELOW_MINIMUM,
  /** More members than the policy's maximum (PROBLEM). */
  SIZE_ABOVE_MAXIMUM,
  /** Allowed, but outside the recommended size (WARNING). */
  SIZE_OUTSIDE_RECOMMENDED,
  /** No connector at all (PROBLEM). */
  NO_CONNECTOR,
  /** Fewer connectors than the policy asks (WARNING). */
  TOO_FEW_CONNECTORS,
  /** A capability offered by fewer available members than the policy asks (WARNING). */
  SINGLE_POINT_OF_FAILURE,
  /** More dependent members than the policy's share (WARNING). */
  VITALITY_IMBALANCE,
  /** No vital member at all (PROBLEM). */
  NO_VITAL_MEMBERS,
  /** Members who offer nothing yet (INFO: they may still; receiving is fine). */
  MEMBERS_OFFER_NOTHING,
  /** Members living farther apart than the policy's distance (WARNING). */
  MEMBERS_FAR_APART,
  /** Helpers who gave (and promised) more than their capacity for weeks in a row (WARNING). */
  HELPERS_OVER_CAPACITY,
  /** Members who offer help but were not asked for weeks (INFO). */
  MEMBERS_NEVER_ASKED,
  /**
   * Members who asked for nothing for weeks (INFO: asking is hard; a gentle prompt for the
   * connector, never a score).
   */
  MEMBERS_NEVER_ASK,
  /** More requests expired recently than in the period before (WARNING). */
  RISING_EXPIRIES,
  /** Connectors carrying more tasks a week than the thresholds allow (WARNING). */
  CONNECTOR_LOAD,
  /** No shared activity for weeks (WARNING). */
  NO_SHARED_ACTIVITY,
  /** Check-ins that passed to the connectors because the buddy did not reach the member (WARNING). */
  CHECK_INS_OVERDUE,
  /**
   * Members whose vitality the health check may not read, for want of consent (INFO: the
   * vitality checks count only the others).
   *
   * @since 0.1.0
   */
  VITALITY_UNKNOWN
}
