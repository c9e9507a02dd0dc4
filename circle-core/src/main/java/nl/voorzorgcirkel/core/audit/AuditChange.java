package nl.voorzorgcirkel.core.audit;

/**
 * What kind of change an {@link AuditEntry} records.
 *
 * @since 0.1.0
 */
public enum AuditChange {
  /** The member's role changed, for example from member to connector. */
  ROLE,
  /** The member gave or withdrew consent for a purpose. */
  CONSENT,
  /** The member joined, paused, came back or left. */
  MEMBERSHIP
}
