package nl.voorzorgcirkel.core.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import org.jspecify.annotations.Nullable;

/**
 * A help request with its progress: its {@link #state()}, who was asked, who declined, who helps,
 * and the full {@link #history()} of what happened, when and by whom.
 *
 * <p>An immutable value: {@link #apply(RequestEvent)} and the convenience methods return a new
 * lifecycle; an event that cannot happen in the current state throws {@link
 * IllegalTransitionException} and changes nothing. Events must come in time order. The rules are
 * in the package documentation. Serialised to JSON as the request and its events; reading it back
 * replays the events, so a stored lifecycle is checked like a new one.
 *
 * <p><b>What it does not check.</b> A lifecycle knows the request, not the circle: it does not
 * check that a helper is a member of the circle, takes part, offers the help or is someone the
 * requester would rather not be helped by, and it takes a yes from a member who was not asked (a
 * volunteer). Whoever records answers from a circle checks that first, as the coordination
 * module's {@code AskPlan} does with the matching's hard rules.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class RequestLifecycle {

  private final HelpRequest request;
  private final RequestState state;
  private final List<MemberId> pending;
  private final List<MemberId> declined;
  private final @Nullable MemberId helper;
  /** The newest transition, linked to the ones before: a step adds one link, copying nothing. */
  private final @Nullable Step last;
  /** {@link #history()} as a list, made when first asked. */
  private volatile @Nullable List<Transition> history;

  /** One transition and the steps before it. */
  private static final class Step {
    final Transition transition;
    final @Nullable Step previous;
    final int count;

    Step(Transition transition, @Nullable Step previous) {
      this.transition = transition;
      this.previous = previous;
      this.count = previous == null ? 1 : previous.count + 1;
    }
  }

  private RequestLifecycle(
      HelpRequest request,
      RequestState state,
      List<MemberId> pending,
      List<MemberId> declined,
      @Nullable MemberId helper,
      @Nullable Step last) {
    this.request = request;
    this.state = state;
    this.pending = pending;
    this.declined = declined;
    this.helper = helper;
    this.last = last;
  }

  /**
   * A newly posted request: state {@link RequestState#OPEN}, no history.
   *
   * @param request the request, not null
   * @return the lifecycle
   */
  public static RequestLifecycle open(HelpRequest request) {
    Objects.requireNonNull(request, "request");
    return new RequestLifecycle(request, RequestState.OPEN, List.of(), List.of(), null, null);
  }

  /**
   * A lifecycle rebuilt by applying events to a newly posted request, in order.
   *
   * @param request the request, not null
   * @param events the events, not null, without null elements
   * @return the lifecycle after the last event
   * @throws IllegalTransitionException if an event cannot happen where it stands
   */
  public static RequestLifecycle replay(
      HelpRequest request, List<RequestEvent> events) {
    RequestLifecycle lifecycle = open(request);
    for (RequestEvent event : Objects.requireNonNull(events, "events")) {
      lifecycle = lifecycle.apply(event);
    }
    return lifecycle;
  }

  /**
   * The lifecycle after an event.
   *
   * @param event the event, not null
   * @return the new lifecycle; this one is unchanged
   * @throws IllegalTransitionException if the event cannot happen now; see {@link
   *     IllegalTransitionException#rule()}
   */
  public RequestLifecycle apply(RequestEvent event) {
    Objects.requireNonNull(event, "event");
    Optional<String> refusal = refusal(event);
    if (refusal.isPresent()) {
      throw new IllegalTransitionException(state, event.getClass().getSimpleName(), refusal.get());
    }
    // only the events about helpers change who is pending or declined; the others keep the lists
    List<MemberId> nextPending = pending;
    List<MemberId> nextDeclined = declined;
    @Nullable MemberId nextHelper = helper;
    RequestState next;
    if (event instanceof RequestEvent.Asked) {
      List<MemberId> helpers = ((RequestEvent.Asked) event).helpers();
      if (pending.isEmpty() && distinct(helpers) && Collections.disjoint(declined, helpers)) {
        nextPending = helpers; // the usual first round: the event's own immutable list
      } else {
        Set<MemberId> asking = new LinkedHashSet<>(pending);
        Set<MemberId> refused = new LinkedHashSet<>(declined);
        for (MemberId asked : helpers) {
          refused.remove(asked);
          asking.add(asked);
        }
        nextPending = List.copyOf(asking);
        nextDeclined = List.copyOf(refused);
      }
      next = RequestState.HELPERS_ASKED;
    } else if (event instanceof RequestEvent.Accepted) {
      nextHelper = ((RequestEvent.Accepted) event).helper();
      nextPending = without(pending, nextHelper);
      nextDeclined = without(declined, nextHelper); // who said no before may say yes now
      next = RequestState.ACCEPTED;
    } else if (event instanceof RequestEvent.Declined) {
      MemberId who = ((RequestEvent.Declined) event).helper();
      nextPending = without(pending, who);
      if (!declined.contains(who)) {
        List<MemberId> refused = new ArrayList<>(declined.size() + 1);
        refused.addAll(declined);
        refused.add(who);
        nextDeclined = List.copyOf(refused);
      }
      if (who.equals(helper)) {
        nextHelper = null;
      }
      next = nextHelper == null && nextPending.isEmpty() ? RequestState.OPEN
          : nextHelper == null ? RequestState.HELPERS_ASKED : state;
    } else if (event instanceof RequestEvent.Done) {
      next = RequestState.DONE;
    } else if (event instanceof RequestEvent.Cancelled) {
      next = RequestState.CANCELLED;
    } else if (event instanceof RequestEvent.Expired) {
      next = RequestState.EXPIRED;
    } else {
      next = RequestState.REFERRED;
    }
    return new RequestLifecycle(request, next, nextPending, nextDeclined, nextHelper,
        new Step(new Transition(event, state, next), last));
  }

  /** Whether no member is in the list twice (lists of helpers asked at once are short). */
  private static boolean distinct(List<MemberId> members) {
    for (int i = 1; i < members.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (members.get(i).equals(members.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The list without one member, in the same order; the same list if the member is not in it. */
  private static List<MemberId> without(List<MemberId> members, MemberId member) {
    int at = members.indexOf(member);
    if (at < 0) {
      return members;
    }
    List<MemberId> rest = new ArrayList<>(members);
    rest.remove(at);
    return List.copyOf(rest);
  }

  /**
   * Why an event cannot happen now, as a rule code, or empty if it can.
   *
   * @param event the event, not null
   * @return the code of the rule the event would break, or empty
   */
  public Optional<String> refusal(RequestEvent event) {
    Objects.requireNonNull(event, "event");
    // an expired request may still be referred: nobody in the circle could help, and it turns
    // out to belong with professional care
    boolean referAfterExpiry = state == RequestState.EXPIRED && event instanceof RequestEvent.Referred;
    if (state.isFinal() && !referAfterExpiry) {
      return Optional.of("request-is-final");
    }
    if (event.at().isBefore(lastEventTime())) {
      return Optional.of("time-goes-backwards");
    }
    if (!Arguments.supported(event.at())) {
      return Optional.of("time-out-of-range");
    }
    boolean waiting = state == RequestState.OPEN || state == RequestState.HELPERS_ASKED;
    if (event instanceof RequestEvent.Asked) {
      if (!waiting) {
        return Optional.of("not-waiting-for-a-helper");
      }
      if (((RequestEvent.Asked) event).helpers().contains(request.requester())) {
        return Optional.of("requester-cannot-help");
      }
    } else if (event instanceof RequestEvent.Accepted) {
      if (forThemselves(((RequestEvent.Accepted) event).helper(), ((RequestEvent.Accepted) event).answeredBy())) {
        return Optional.of("answered-for-themselves");
      }
      if (!waiting) {
        return Optional.of("not-waiting-for-a-helper");
      }
      if (((RequestEvent.Accepted) event).helper().equals(request.requester())) {
        return Optional.of("requester-cannot-help");
      }
      if (event.at().isAfter(request.window().end())) {
        // nobody recorded the expiry, but the help can no longer be given when it was needed
        return Optional.of("window-has-ended");
      }
    } else if (event instanceof RequestEvent.Declined) {
      MemberId who = ((RequestEvent.Declined) event).helper();
      if (forThemselves(who, ((RequestEvent.Declined) event).answeredBy())) {
        return Optional.of("answered-for-themselves");
      }
      if (!pending.contains(who) && !who.equals(helper)) {
        // a second no from someone asked (a message and a phone call, say) is told apart
        return Optional.of(declined.contains(who) ? "already-said-no" : "not-asked-and-not-helping");
      }
    } else if (event instanceof RequestEvent.Done) {
      if (state != RequestState.ACCEPTED) {
        return Optional.of("nobody-accepted");
      }
      if (event.by().map(by -> !by.equals(helper)).orElse(false)) {
        return Optional.of("not-the-helper");
      }
      if (event.at().isBefore(request.window().start())) {
        // help reported done before it could have started is a mistake, not help in the ledger
        return Optional.of("done-before-the-window");
      }
    } else if (event instanceof RequestEvent.Expired || event instanceof RequestEvent.Referred) {
      if (!waiting && !referAfterExpiry) {
        return Optional.of("a-helper-accepted");
      }
      if (event instanceof RequestEvent.Referred && !outOfScope(((RequestEvent.Referred) event).reasonCode())) {
        return Optional.of("not-out-of-scope");
      }
    }
    return Optional.empty();
  }

  /** Whether a connector is recorded as answering for themselves: that is the member answering. */
  private static boolean forThemselves(MemberId member, AnsweredBy answeredBy) {
    return answeredBy.connector().map(member::equals).orElse(false);
  }

  /** Whether a referral's reason code says the request is out of scope, as a referral must. */
  private static boolean outOfScope(String reasonCode) {
    return !reasonCode.isBlank() && !reasonCode.equals(ScopeDecision.inScope().reasonCode());
  }

  /**
   * Members were asked to help.
   *
   * @param at when, not null
   * @param by who asked, or null for the platform
   * @param helpers who was asked, not empty, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException if the request is not waiting for a helper, or a helper is
   *     the requester
   */
  public RequestLifecycle ask(Instant at, @Nullable MemberId by, List<MemberId> helpers) {
    return apply(new RequestEvent.Asked(at, Optional.ofNullable(by), helpers));
  }

  /**
   * A member said yes: asked or not (a volunteer). Not checked against the circle (see the class
   * documentation).
   *
   * @param at when, not null
   * @param helper who helps, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException if the request is not waiting for a helper, the helper is
   *     the requester, or {@code at} is after the request's window ended (rule {@code
   *     window-has-ended}: the help can no longer be given when it was needed; file a new request)
   */
  public RequestLifecycle accept(Instant at, MemberId helper) {
    return apply(new RequestEvent.Accepted(at, helper));
  }

  /**
   * A member said yes, through someone who answered for them (a connector, a family carer).
   *
   * @param at when, not null
   * @param helper who helps, not null
   * @param answeredBy who gave the answer, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException as {@link #accept(Instant, MemberId)}, or if a connector is
   *     recorded as answering for themselves
   * @since 0.1.0
   */
  public RequestLifecycle accept(Instant at, MemberId helper, AnsweredBy answeredBy) {
    return apply(new RequestEvent.Accepted(at, helper, answeredBy));
  }

  /**
   * An asked member said no, or the helper withdrew. No penalty.
   *
   * @param at when, not null
   * @param helper who declined, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException if that member was neither asked nor helping: rule {@code
   *     already-said-no} if they said no before and were not asked again (a repeated no is refused,
   *     not recorded twice, so that {@link AskHistory} counts one no; a platform may ignore this
   *     rule), {@code not-asked-and-not-helping} otherwise
   */
  public RequestLifecycle decline(Instant at, MemberId helper) {
    return apply(new RequestEvent.Declined(at, helper));
  }

  /**
   * An asked member said no, or the helper withdrew, through someone who answered for them.
   *
   * @param at when, not null
   * @param helper who declined, not null
   * @param answeredBy who gave the answer, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException as {@link #decline(Instant, MemberId)}, or if a connector is
   *     recorded as answering for themselves
   * @since 0.1.0
   */
  public RequestLifecycle decline(Instant at, MemberId helper, AnsweredBy answeredBy) {
    return apply(new RequestEvent.Declined(at, helper, answeredBy));
  }

  /**
   * The help was given.
   *
   * @param at when it was reported done, not null, not before the request's window starts
   * @param actualEffort how long it took, 1 minute to 24 hours, not null
   * @return the new lifecycle, whose {@code Done} event names the helper who accepted
   * @throws IllegalTransitionException if nobody accepted the request, or {@code at} is before the
   *     request's window starts (rule {@code done-before-the-window}: the help cannot have been
   *     given yet, and the ledger would count it in the wrong week)
   */
  public RequestLifecycle complete(Instant at, Duration actualEffort) {
    return apply(new RequestEvent.Done(at, Optional.ofNullable(helper), actualEffort));
  }

  /**
   * The request was withdrawn.
   *
   * @param at when, not null
   * @param by who withdrew it, or null for the platform
   * @return the new lifecycle
   * @throws IllegalTransitionException if the request is already final
   */
  public RequestLifecycle cancel(Instant at, @Nullable MemberId by) {
    return apply(new RequestEvent.Cancelled(at, Optional.ofNullable(by)));
  }

  /**
   * Nobody could help in time; the next step is {@link NextStep#suggestFor(HelpRequest)}, which
   * reads the kind of help by the standard vocabulary. For a circle with a vocabulary of its own,
   * apply {@link RequestEvent.Expired} with {@link NextStep#suggestFor(HelpRequest,
   * nl.voorzorgcirkel.core.model.CapabilityVocabulary)} instead, as {@code AskPlan} does.
   *
   * @param at when, not null
   * @return the new lifecycle
   * @throws IllegalTransitionException if a helper accepted or the request is final
   */
  public RequestLifecycle expire(Instant at) {
    return apply(new RequestEvent.Expired(at, NextStep.suggestFor(request)));
  }

  /**
   * The request is out of scope and referred elsewhere; also after it expired.
   *
   * @param at when, not null
   * @param by who referred it, or null for the platform
   * @param decision an out-of-scope decision, not null
   * @return the new lifecycle
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the decision is in scope
   *     (an {@link IllegalArgumentException}, in English and Dutch)
   * @throws IllegalTransitionException if a helper accepted, or the request is final and did not
   *     expire
   */
  public RequestLifecycle refer(Instant at, @Nullable MemberId by, ScopeDecision decision) {
    Objects.requireNonNull(decision, "decision");
    return apply(new RequestEvent.Referred(at, Optional.ofNullable(by),
        decision.referral().orElseThrow(
            () -> Arguments.invalid("RequestLifecycle", "decision", "referral", java.util.Map.of())),
        decision.reasonCode()));
  }

  /**
   * The request.
   *
   * @return the request, never null
   */
  public HelpRequest request() {
    return request;
  }

  /**
   * Where the request stands.
   *
   * @return the state, never null
   */
  public RequestState state() {
    return state;
  }

  /**
   * Members asked who have neither declined nor accepted, in the order asked.
   *
   * @return an unmodifiable list
   */
  public List<MemberId> pendingHelpers() {
    return pending;
  }

  /**
   * Members who declined (or withdrew) and were not asked again, in order. For the overview only:
   * a decline carries no penalty.
   *
   * @return an unmodifiable list
   */
  public List<MemberId> declinedBy() {
    return declined;
  }

  /**
   * The member who accepted (and, when done, helped).
   *
   * @return the helper, empty unless ACCEPTED or DONE
   */
  public Optional<MemberId> helper() {
    return Optional.ofNullable(helper);
  }

  /**
   * Everything that happened, in order.
   *
   * @return an unmodifiable list of transitions
   */
  public List<Transition> history() {
    List<Transition> known = history;
    if (known == null) {
      Transition[] all = new Transition[last == null ? 0 : last.count];
      for (@Nullable Step step = last; step != null; step = step.previous) {
        all[step.count - 1] = step.transition;
      }
      known = List.of(all);
      history = known;
    }
    return known;
  }

  /**
   * The events of the history, in order.
   *
   * @return an unmodifiable list
   */
  public List<RequestEvent> events() {
    List<RequestEvent> events = new ArrayList<>(last == null ? 0 : last.count);
    for (Transition transition : history()) {
      events.add(transition.event());
    }
    return List.copyOf(events);
  }

  /**
   * For an expired request, what to do next.
   *
   * @return the step, empty unless EXPIRED
   */
  public Optional<NextStep> nextStep() {
    return lastEvent(RequestEvent.Expired.class)
        .filter(expired -> state == RequestState.EXPIRED)
        .map(RequestEvent.Expired::nextStep);
  }

  /**
   * The effort the help took, for a request that is done.
   *
   * @return the effort, empty unless DONE
   */
  public Optional<Duration> actualEffort() {
    return lastEvent(RequestEvent.Done.class).map(RequestEvent.Done::actualEffort);
  }

  /**
   * The ledger record of the help given, for a request that is done: the helper, the requester,
   * the capability, the actual effort, the request and its series, and as start the moment it was
   * reported done minus that effort.
   *
   * @return the record, empty unless DONE
   */
  public Optional<HelpRecord> toHelpRecord() {
    return lastEvent(RequestEvent.Done.class)
        .filter(done -> state == RequestState.DONE)
        .map(done -> HelpRecord.builder()
            .helper(helper)
            .recipient(request.requester())
            .capability(request.capability())
            .start(done.at().minus(done.actualEffort()))
            .effort(done.actualEffort())
            .request(request.id())
            .series(request.series())
            .build());
  }

  private Instant lastEventTime() {
    return last == null ? request.createdAt() : last.transition.event().at();
  }

  private <E extends RequestEvent> Optional<E> lastEvent(Class<E> type) {
    for (@Nullable Step step = last; step != null; step = step.previous) {
      RequestEvent event = step.transition.event();
      if (type.isInstance(event)) {
        return Optional.of(type.cast(event));
      }
    }
    return Optional.empty();
  }

  /** Lifecycles are equal when their requests and histories are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RequestLifecycle
        && ((RequestLifecycle) other).request.equals(request)
        && ((RequestLifecycle) other).history().equals(history());
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, history());
  }

  /**
   * The request id, state and number of events; no personal data.
   *
   * @return for example {@code "RequestLifecycle{request=r-1, state=ACCEPTED, events=2}"}
   */
  @Override
  public String toString() {
    return "RequestLifecycle{request=" + request.id() + ", state=" + state + ", events="
        + (last == null ? 0 : last.count) + "}";
  }
}
