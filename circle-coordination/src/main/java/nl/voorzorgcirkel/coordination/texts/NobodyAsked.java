package nl.voorzorgcirkel.coordination.texts;

/**
 * Why nobody in the circle could be asked for a request at all, for the connectors' notices: one
 * reason, the same in the escalation and in the expiry.
 *
 * @since 0.1.0
 */
public enum NobodyAsked {
  /** Nobody in the circle but the requester offers the help asked for. */
  NOBODY_OFFERS,
  /**
   * Members offer the help, but the ranking ruled them all out for this request (its time, their
   * capacity or distance, a wish of the requester; the ranking says why for each).
   */
  NONE_FITS,
  /** The members who offer the help and could take it have had the agreed most asks this week. */
  WEEKLY_LIMIT,
  /**
   * The members who could take it have no smartphone, and no connector can call them that day.
   */
  NOBODY_TO_CALL,
  /**
   * The request's time (its fixed start, or the last start its flexible window allows) had come
   * before anyone could be asked: the plan's first step came too late, as the ranking's {@code
   * too-late}. Only in an expiry, never in an escalation.
   *
   * @since 0.1.0
   */
  TOO_LATE
}
