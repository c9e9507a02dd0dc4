package nl.voorzorgcirkel.core.lifecycle;

import java.util.Objects;

/**
 * One step in a request's history: the event and the states before and after it.
 *
 * @param event what happened, when and by whom; not null
 * @param from the state before, not null
 * @param to the state after, not null
 * @since 0.1.0
 */
public record Transition(RequestEvent event, RequestState from, RequestState to) {
  /**
   * Checks the components.
   *
   * @param event see the record description
   * @param from see the record description
   * @param to see the record description
   */
  public Transition {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
