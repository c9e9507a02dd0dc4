package nl.voorzorgcirkel.core.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.Transition;
import nl.voorzorgcirkel.core.model.HelpRequest;

/**
 * How long the free text of a request (its description, which may say more about a member's
 * health or home than anything else the circle keeps) is kept after the request has closed: once
 * that period has passed, by the injected clock, the description is dropped. Everything else,
 * and so every total, stays.
 *
 * <p>A request still open keeps its text: helpers need it. A request closes at its last event in
 * a final state ({@link nl.voorzorgcirkel.core.lifecycle.RequestState#isFinal()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Retention {

  /** The default period: 90 days after a request closed (an assumption; set your own). */
  public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

  private final Duration period;

  private Retention(Duration period) {
    this.period = period;
  }

  /**
   * A retention of the given period.
   *
   * @param period how long after closing the text is kept, zero or more, not null
   * @return the retention
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code atLeast} if
   *     the period is negative
   */
  public static Retention of(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw Arguments.invalid("Retention", "period", "atLeast", Map.of("min", "0"));
    }
    return new Retention(period);
  }

  /**
   * The retention of {@link #DEFAULT_PERIOD}.
   *
   * @return the retention
   */
  public static Retention standard() {
    return new Retention(DEFAULT_PERIOD);
  }

  /**
   * The period.
   *
   * @return the period, zero or more
   */
  public Duration period() {
    return period;
  }

  /**
   * The lifecycle without its request's description if it closed more than the period before
   * the clock's instant.
   *
   * @param lifecycle the lifecycle, not null
   * @param clock the clock, not null
   * @return this lifecycle if nothing is dropped, else the lifecycle replayed with the
   *     description left out: the same states at the same times
   */
  public RequestLifecycle applyTo(RequestLifecycle lifecycle, Clock clock) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Instant now = Objects.requireNonNull(clock, "clock").instant();
    HelpRequest request = lifecycle.request();
    if (request.description().isEmpty() || !lifecycle.state().isFinal()) {
      return lifecycle;
    }
    List<Transition> history = lifecycle.history();
    Instant closed = history.isEmpty() ? request.createdAt()
        : history.get(history.size() - 1).event().at();
    if (!closed.plus(period).isBefore(now)) {
      return lifecycle;
    }
    return RequestLifecycle.replay(request.toBuilder().description(Optional.empty()).build(),
        lifecycle.events());
  }

  /**
   * Every lifecycle, {@linkplain #applyTo(RequestLifecycle, Clock) each with the rule applied},
   * in the given order.
   *
   * @param lifecycles the lifecycles, not null, without null elements
   * @param clock the clock, not null
   * @return an unmodifiable list in the same order
   */
  public List<RequestLifecycle> applyTo(Collection<RequestLifecycle> lifecycles, Clock clock) {
    List<RequestLifecycle> kept = new ArrayList<>(lifecycles.size());
    for (RequestLifecycle lifecycle : lifecycles) {
      kept.add(applyTo(Objects.requireNonNull(lifecycle, "lifecycles[]"), clock));
    }
    return List.copyOf(kept);
  }

  /**
   * The period, for example {@code Retention[PT2160H]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Retention[" + period + "]";
  }
}
