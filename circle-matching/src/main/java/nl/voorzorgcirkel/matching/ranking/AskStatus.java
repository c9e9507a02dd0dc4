package nl.voorzorgcirkel.matching.ranking;

/**
 * Where a candidate stands with the request being ranked, read from its lifecycle.
 *
 * @since 0.1.0
 */
public enum AskStatus {
  /** Not asked yet (or asked again after saying no): may be asked now. */
  NOT_ASKED,
  /** Asked and has not answered: not asked again, and counts against the notification budget. */
  AWAITING_ANSWER,
  /** Said no to this request (or withdrew): asked last, if at all. No penalty on other requests. */
  DECLINED
}
