package nl.voorzorgcirkel.core.model;

/**
 * A member's role in the circle.
 *
 * @since 0.1.0
 */
public enum Role {
  /** An ordinary member. */
  MEMBER,
  /**
   * A connector (verbinder): receives requests privately, keeps the overview and makes sure the
   * same person is not always asked. Circles have about two.
   */
  CONNECTOR
}
