package nl.voorzorgcirkel.matching.ranking;

/**
 * Who reads an explanation. A connector keeps the overview and may see everything; members see
 * whom to ask and why, but never a requester's wish not to be helped by someone, a member's
 * absences or pause, who said no, or any health data.
 *
 * @since 0.1.0
 */
public enum Audience {
  /** The connector (verbinder): every reason, in full. */
  CONNECTOR,
  /** A member of the circle: private reasons are shown only as "cannot take it this time". */
  MEMBER
}
