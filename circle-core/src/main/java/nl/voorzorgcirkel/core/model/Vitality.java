package nl.voorzorgcirkel.core.model;

/**
 * How fit a member says they are (self-assessed, health-related: treated as personal data).

<p>Most members are fairly vital when they join; the circle's health check watches the balance
between vital members and dependent ones.
 *
 * @since 0.1.0
 */
public enum Vitality {
  /** Manages on their own and can help others. */
  VITAL,
  /** Manages, with some limitations; can still help in some ways. */
  SOME_LIMITATIONS,
  /** Depends on help for daily life; mostly receives help. */
  DEPENDENT
}
