package nl.voorzorgcirkel.core.lifecycle;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * Thrown when an event cannot happen in a request's current state, for example accepting a request
 * that was cancelled. The lifecycle it was applied to is unchanged.
 *
 * <p>The message names the state, the event and the rule; it never contains personal data.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The state the request was in. */
  private final RequestState state;
  /** The refused event's type name. */
  private final String event;
  /** The broken rule's code. */
  private final String rule;

  IllegalTransitionException(RequestState state, String event, String rule) {
    super(render(state, event, rule, Locale.ENGLISH));
    this.state = Objects.requireNonNull(state, "state");
    this.event = Objects.requireNonNull(event, "event");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * The state the request was in.
   *
   * @return the state, never null
   */
  public RequestState state() {
    return state;
  }

  /**
   * The kind of event that was refused, for example {@code "Accepted"}.
   *
   * @return the event type's simple name, never null
   */
  public String event() {
    return event;
  }

  /**
   * A stable code of the broken rule, for example {@code "request-is-final"}.
   *
   * @return the rule code, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * The message in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return render(state, event, rule, locale);
  }

  private static String render(RequestState state, String event, String rule, Locale locale) {
    return Messages.format("lifecycle.refused", locale,
        Map.of("event", Messages.format("event." + event, locale), "state", state.label(locale),
            "reason", Messages.format("lifecycle." + rule, locale)));
  }
}
