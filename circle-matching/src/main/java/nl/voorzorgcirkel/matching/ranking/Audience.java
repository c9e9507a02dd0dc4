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
  /**
   * A member of the circle: a ranking's explanation leaves out the members who said no or are
   * excluded for a private reason; one exclusion's message ({@link Exclusion#message(Audience,
   * java.util.Locale)}) and a document for members give a private reason only as "cannot take it
   * this time" ({@code "private"}).
   */
  MEMBER
}
