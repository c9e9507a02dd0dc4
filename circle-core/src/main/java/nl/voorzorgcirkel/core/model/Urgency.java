package nl.voorzorgcirkel.core.model;

/**
 * How soon a request needs an answer.
 *
 * @since 0.1.0
 */
public enum Urgency {
  /** Can be planned: days ahead. */
  ROUTINE,
  /** Within a day or two. */
  SOON,
  /** Today. */
  TODAY
}
