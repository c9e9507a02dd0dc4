package nl.voorzorgcirkel.coordination.asking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallSheet;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.MessagePort;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * All the ask plans of one circle, advanced together, so that the circle's agreed {@linkplain
 * CircleAgreements#maxAsksPerMemberPerWeek() most asks per member in a week} holds across every
 * request at once, and the connectors' call sheets are read in one place.
 *
 * <p><b>The weekly limit across plans.</b> Each plan on its own knows only the asks it was built
 * with. {@link #advance(Instant)} advances the plans one after another, each with the asks of the
 * circle's earlier requests and of every plan as they stand at that moment, including the asks
 * another plan made a moment before in the same call: nobody is asked more than the limit in any
 * 7 days, up to and including now. When two plans want the same member's last ask of the week,
 * the plan that goes first gets it, in a fixed order: help needed today first, then the earliest
 * {@linkplain AskPlan#expiresAt() last moment the help could start}, then the earliest filed, then
 * the request id. <em>Needed today</em> is the plans' own rule at the time of the advance (see
 * {@link AskPlan}): declared {@link nl.voorzorgcirkel.core.model.Urgency#TODAY}, or, whatever urgency
 * was declared, with its last start less than the {@linkplain CircleAgreements#urgentAnswerTimeout()
 * urgent answer timeout} after the end of the quiet hours (or after now, outside them). So in the evening a ride
 * at 08:00 tomorrow, declared routine, and a request declared {@code TODAY} for next week are both
 * needed today, and the ride, whose help starts first, goes first: a declared urgency asks for an
 * answer today, but the help that cannot wait for the morning is the ride. In the afternoon the same
 * ride is not needed today yet (anyone may be asked until the quiet hours begin), and the request
 * declared {@code TODAY} goes first. Answers, calls and cancellations go through {@link #on}.
 *
 * <p>Immutable and thread-safe; each call returns a {@link Step} with the new value. Deterministic:
 * the same plans and calls give the same steps.
 *
 * <pre>{@code
 * CircleAsks asks = CircleAsks.of(circle).with(ridePlan).with(groceriesPlan);
 * CircleAsks.Step step = asks.advance(clock);             // every plan, in the fixed order
 * asks = step.sendTo(port);
 * asks = asks.on(ride.id(), p -> p.answer(clock.instant(), member, true)).sendTo(port);
 * CallSheet sheet = asks.callSheet(connector);            // every plan's calls of one connector
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CircleAsks {

  /**
   * The order in which plans go first at a time when they compete for a member's last ask of the
   * week: help needed today at that time (the plans' own rule, {@link AskPlan#neededToday}) first.
   */
  private static Comparator<AskPlan> priority(Instant now) {
    return Comparator.comparing((AskPlan p) -> !p.neededToday(now))
        .thenComparing(AskPlan::expiresAt)
        .thenComparing(p -> p.request().createdAt())
        .thenComparing(p -> p.request().id());
  }

  private final Circle circle;
  private final List<RequestLifecycle> earlier;
  private final Map<RequestId, AskPlan> plans;

  private CircleAsks(Circle circle, List<RequestLifecycle> earlier, Map<RequestId, AskPlan> plans) {
    this.circle = circle;
    this.earlier = earlier;
    this.plans = plans;
  }

  /**
   * No plans yet, in a circle without earlier requests.
   *
   * @param circle the circle, not null
   * @return the empty set of plans
   */
  public static CircleAsks of(Circle circle) {
    return of(circle, List.of());
  }

  /**
   * No plans yet, after the circle's earlier requests: their asks count towards the weekly limit.
   *
   * @param circle the circle, not null
   * @param earlier the lifecycles of the circle's requests that no plan here runs, not null, no
   *     null elements
   * @return the empty set of plans
   */
  public static CircleAsks of(Circle circle, Collection<RequestLifecycle> earlier) {
    return new CircleAsks(Objects.requireNonNull(circle, "circle"), List.copyOf(earlier), Map.of());
  }

  /**
   * These plans with one more, or with the plan of the same request replaced.
   *
   * @param plan a plan of this circle, not null
   * @return the new value
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the plan is of another
   *     circle ({@code plan}, rule {@code sameCircle})
   */
  public CircleAsks with(AskPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!plan.circle().id().equals(circle.id())) {
      new Problems("CircleAsks").add("plan", "sameCircle", Map.of("circle", circle.id().value())).throwIfAny();
    }
    Map<RequestId, AskPlan> next = new LinkedHashMap<>(plans);
    next.put(plan.request().id(), plan);
    return new CircleAsks(circle, earlier, java.util.Collections.unmodifiableMap(next));
  }

  /**
   * The plan of a request.
   *
   * @param request the request's id, not null
   * @return the plan, empty if there is none here
   */
  public Optional<AskPlan> plan(RequestId request) {
    return Optional.ofNullable(plans.get(Objects.requireNonNull(request, "request")));
  }

  /**
   * Every plan, in the order added.
   *
   * @return an unmodifiable list
   */
  public List<AskPlan> plans() {
    return List.copyOf(plans.values());
  }

  /**
   * The asks of the circle's earlier requests and of every plan, as they stand.
   *
   * @return the history, never null
   */
  public AskHistory history() {
    List<RequestLifecycle> all = new ArrayList<>(earlier);
    plans.values().forEach(p -> all.add(p.lifecycle()));
    return AskHistory.from(all);
  }

  /**
   * Does what is due at the clock's time: {@link #advance(Instant)} with {@code clock.instant()}.
   *
   * @param clock the platform's clock, not null
   * @return the step
   */
  public Step advance(Clock clock) {
    return advance(Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * Advances every unfinished plan to {@code now}, in the fixed order described above, each
   * counting the asks of all the circle's requests as they stand after the plans before it.
   *
   * @param now the platform clock's time, not null, in the years 1 to 9999 (UTC), not before an
   *     earlier call's time; a time before a request was filed does nothing for its plan
   * @return the step: the new value, every plan's messages and calls in that order, and the
   *     earliest time a plan wants to be advanced again
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch on field {@code now}: outside the years 1 to
   *     9999 (type {@code CircleAsks}, rule {@code supportedYears}), or as {@link
   *     AskPlan#advance(Instant)}
   */
  public Step advance(Instant now) {
    Objects.requireNonNull(now, "now");
    new Problems("CircleAsks").supported("now", now).throwIfAny();
    List<AskPlan> order = plans.values().stream().filter(p -> !p.isFinished()).sorted(priority(now)).toList();
    CircleAsks current = this;
    List<Message> messages = new ArrayList<>();
    List<CallEntry> calls = new ArrayList<>();
    for (AskPlan plan : order) {
      AskStep step = plan.advance(now, current.history());
      messages.addAll(step.messages());
      calls.addAll(step.calls());
      current = current.with(step.plan());
    }
    return new Step(current, messages, calls, current.nextCheck());
  }

  /**
   * Applies something that happened to one request (an answer, a call recorded, a cancellation,
   * the help reported done) through its plan.
   *
   * @param request the request's id, not null; must have a plan here
   * @param action what happened, for example {@code p -> p.answer(at, member, true)}; not
   *     null, must return a step of the same plan
   * @return the step, with the plan replaced
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch: on field {@code request} if there is no plan
   *     for it here (rule {@code planOf}), on field {@code action} if it returned another request's
   *     plan (rule {@code samePlan}); and whatever the action throws
   */
  public Step on(RequestId request, Function<AskPlan, AskStep> action) {
    Objects.requireNonNull(action, "action");
    Optional<AskPlan> plan = plan(request);
    if (plan.isEmpty()) {
      new Problems("CircleAsks").add("request", "planOf", Map.of("circle", circle.id().value(), "request",
          request.value())).throwIfAny();
    }
    AskStep step = action.apply(plan.orElseThrow());
    if (!step.plan().request().id().equals(request)) {
      new Problems("CircleAsks").add("action", "samePlan", Map.of("request", request.value())).throwIfAny();
    }
    CircleAsks next = with(step.plan());
    return new Step(next, step.messages(), step.calls(), next.nextCheck());
  }

  /**
   * Every call of every plan, in the order of the plans and then as put on the sheets.
   *
   * @return an unmodifiable list
   */
  public List<CallEntry> calls() {
    List<CallEntry> all = new ArrayList<>();
    plans.values().forEach(p -> all.addAll(p.calls()));
    return List.copyOf(all);
  }

  /**
   * One connector's call sheet over every plan.
   *
   * @param connector the connector, not null
   * @return the sheet
   */
  public CallSheet callSheet(MemberId connector) {
    return CallSheet.of(connector, calls());
  }

  /**
   * The earliest time an unfinished plan wants to be advanced.
   *
   * @return the instant; empty when no plan waits for a time
   */
  public Optional<Instant> nextCheck() {
    return plans.values().stream().map(AskPlan::nextCheck).flatMap(Optional::stream).min(Comparator.naturalOrder());
  }

  /**
   * The circle and the number of plans; no names.
   *
   * @return for example {@code "CircleAsks{circle=c-1, plans=3, open=2}"}
   */
  @Override
  public String toString() {
    return "CircleAsks{circle=" + circle.id() + ", plans=" + plans.size() + ", open="
        + plans.values().stream().filter(p -> !p.isFinished()).count() + "}";
  }

  /**
   * What one call on {@link CircleAsks} decided.
   *
   * @param asks the plans after the step, not null
   * @param messages the messages to send, in order; not null
   * @param calls the calls put on (or taken off) call sheets in this step, in order; not null
   * @param nextCheck when to advance next; empty when no plan waits for a time
   * @since 0.1.0
   */
  public record Step(CircleAsks asks, List<Message> messages, List<CallEntry> calls, Optional<Instant> nextCheck) {

    /**
     * Checks and copies the components.
     *
     * @param asks see the record description
     * @param messages see the record description
     * @param calls see the record description
     * @param nextCheck see the record description
     */
    public Step {
      Objects.requireNonNull(asks, "asks");
      messages = List.copyOf(messages);
      calls = List.copyOf(calls);
      Objects.requireNonNull(nextCheck, "nextCheck");
    }

    /**
     * Sends this step's messages through a port, in order.
     *
     * @param port the platform's port, not null
     * @return the plans after the step, for chaining
     */
    public CircleAsks sendTo(MessagePort port) {
      Objects.requireNonNull(port, "port");
      messages.forEach(port::send);
      return asks;
    }
  }
}
