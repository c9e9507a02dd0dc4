package nl.voorzorgcirkel.core.consent;

/**
 * A part of the system that reads members' personal data; the {@link DataPolicy} says, per
 * reader, which {@link PersonalField}s it may read.
 *
 * @since 0.1.0
 */
public enum Reader {
  /** The other members, in the group chat and the app. */
  GROUP,
  /** The connectors (verbinders), who take requests privately and phone members. */
  CONNECTOR,
  /** Ranking and batch assignment of helpers (circle-matching). */
  MATCHING,
  /**
   * Forming circles from a pool of candidates (circle-matching's formation).
   *
   * @since 0.1.0
   */
  FORMATION,
  /** The circle's health check. */
  HEALTH_CHECK,
  /** Reports to the welfare organisation and funders, in aggregate. */
  REPORT,
  /** The pseudonymised export for research. */
  RESEARCH_EXPORT
}
