package nl.voorzorgcirkel.core.model;

/**
 * Whether a member takes part at the moment.
 *
 * @since 0.1.0
 */
public enum MemberStatus {
  /** Takes part. */
  ACTIVE,
  /** Has paused until a date (see {@link Member#pausedUntil()}), for example while ill or away. */
  PAUSED,
  /** Has left the circle: moved into care, moved away or died. Kept for the history. */
  LEFT
}
