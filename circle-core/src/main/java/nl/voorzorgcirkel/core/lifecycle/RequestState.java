package nl.voorzorgcirkel.core.lifecycle;

import java.util.Locale;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * Where a help request stands.
 *
 * @since 0.1.0
 */
public enum RequestState {
  /** Posted; nobody asked or accepted yet (or everyone asked declined). */
  OPEN,
  /** Some members were asked and have not all declined. */
  HELPERS_ASKED,
  /** A helper said yes. */
  ACCEPTED,
  /** The help was given (final). */
  DONE,
  /** The requester or a connector withdrew the request (final). */
  CANCELLED,
  /** Nobody could help in time (final); the lifecycle says what to do next. */
  EXPIRED,
  /** Out of the circle's scope and referred elsewhere (final). */
  REFERRED;

  /**
   * Whether no event can follow.
   *
   * @return true for DONE, CANCELLED, EXPIRED and REFERRED
   */
  public boolean isFinal() {
    return this == DONE || this == CANCELLED || this == EXPIRED || this == REFERRED;
  }

  /**
   * A readable name of the state.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "helpers asked" or "helpers gevraagd"
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Messages.format("state." + name(), locale);
  }
}
