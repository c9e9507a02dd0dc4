package nl.voorzorgcirkel.core.checkin;

/**
 * Who is asked to ring: first the buddy, then the connectors.
 *
 * @since 0.1.0
 */
public enum Escalation {
  /** The member's buddy. */
  BUDDY,
  /** The circle's connectors: the buddy did not reach the member, or there is no buddy. */
  CONNECTOR
}
