package nl.voorzorgcirkel.coordination.asking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Channel;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.texts.AnswerTo;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.coordination.texts.RequestTexts;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * Asking for one help request over time, as a circle's connector would: in rounds of the
 * notification budget, the next round when the answer timeout passes without a yes (or when
 * everyone asked said no), nobody asked in the quiet hours unless the help is needed today, a
 * connector told when nobody is left to ask, and the request expired with a next step when the
 * last moment the help could start has come.
 *
 * <p><b>Driven from outside.</b> The plan has no threads, timers or clock of its own. The platform
 * calls {@link #advance(Instant)} with its clock's time (at the {@link AskStep#nextCheck()} of the
 * previous step, or whenever it likes: an early call does nothing) and records answers with {@link
 * #answer}, {@link #recordCall}, {@link #cancel} and {@link #complete}. Each call returns an {@link
 * AskStep}: the new plan, the messages to send through the platform's {@link
 * nl.voorzorgcirkel.coordination.messaging.MessagePort} and the new calls for the connectors. The
 * plan itself never changes; keep the newest.
 *
 * <p><b>Whom, how.</b> Members are asked in the order given (usually a {@link MatchingStrategy}'s,
 * see {@link Builder#rankedBy}), each at most once, skipping those who have had the circle's
 * {@linkplain CircleAgreements#maxAsksPerMemberPerWeek() most asks in a week}. A member on the
 * group chat gets a direct message; a member reached by phone or through a connector becomes an
 * entry on exactly one connector's call sheet (the connector with the fewest calls in this plan,
 * then the first in the circle), and that connector gets a message that calls wait. A request
 * for the whole group is also posted in the group chat once, with the first round; a
 * connectors-only or named-members request never is. No text names the requester or anyone else
 * ({@link RequestTexts}).
 *
 * <p><b>How it ends.</b> The request's {@link RequestLifecycle} is kept in the plan and moved by
 * every ask and answer, so a plan ends as the lifecycle does: done, cancelled, referred (when the
 * strategy found the request out of scope) or expired with a {@link NextStep}: {@link
 * NextStep#ASK_NEIGHBOURING_CIRCLE} when nobody in the circle could be asked at all, otherwise
 * {@link NextStep#suggestFor}.
 *
 * <p>Immutable and thread-safe. Deterministic: the same inputs and calls give the same steps.
 * Example (from {@code ReadmeCoordinationExampleTest} in {@code circle-examples}):
 *
 * <pre>{@code
 * AskPlan plan = AskPlan.builder(request, circle)
 *     .rankedBy(MatchingStrategies.standard(), CircleSnapshot.of(circle, ledger, clock))
 *     .visibility(Visibility.connectorsOnly()) // asked privately: never posted in the group
 *     .agreements(CircleAgreements.standard()) // 2 at a time, 4 h to answer, quiet 21:00-08:00
 *     .area(Area.of("Lindenlaan"))             // a street; a house number is refused
 *     .build();
 * // the platform's scheduler calls advance() at each step's nextCheck()
 * AskStep step = plan.advance(clock);
 * plan = step.sendTo(port);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class AskPlan {

  private static final Duration WEEK = Duration.ofDays(7);

  // what the plan was given
  private final HelpRequest request;
  private final Circle circle;
  private final Visibility visibility;
  private final CircleAgreements agreements;
  private final AskHistory history;
  private final RequestTexts texts;
  private final List<MemberId> order;
  private final @Nullable ScopeDecision referral;
  // where it stands
  private final RequestLifecycle lifecycle;
  private final List<MemberId> asked;
  private final int round;
  private final @Nullable Instant lastRound;
  private final boolean posted;
  private final boolean escalated;
  private final int reminders;
  private final boolean feedbackAsked;
  private final List<CallEntry> calls;
  private final List<Answer> answers;
  private final @Nullable Instant lastAdvance;
  private final @Nullable Instant nextCheck;

  private AskPlan(Draft d) {
    this.request = d.request;
    this.circle = d.circle;
    this.visibility = d.visibility;
    this.agreements = d.agreements;
    this.history = d.history;
    this.texts = d.texts;
    this.order = d.order;
    this.referral = d.referral;
    this.lifecycle = d.lifecycle;
    this.asked = List.copyOf(d.asked);
    this.round = d.round;
    this.lastRound = d.lastRound;
    this.posted = d.posted;
    this.escalated = d.escalated;
    this.reminders = d.reminders;
    this.feedbackAsked = d.feedbackAsked;
    this.calls = List.copyOf(d.calls);
    this.answers = List.copyOf(d.answers);
    this.lastAdvance = d.lastAdvance;
    this.nextCheck = d.nextCheck;
  }

  /**
   * A builder for the plan of a request in a circle.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param circle the circle, not null
   * @return a new builder; not thread-safe
   */
  public static Builder builder(HelpRequest request, Circle circle) {
    return new Builder(request, circle);
  }

  // ------------------------------------------------------------------ the step function

  /**
   * Does what is due at the clock's time: {@link #advance(Instant)} with {@code clock.instant()}.
   *
   * @param clock the platform's clock, not null
   * @return the step
   * @throws IllegalArgumentException if the clock's time is before an earlier call's time
   */
  public AskStep advance(Clock clock) {
    return advance(Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * Does what is due at {@code now}: expire the request when its last start has come; otherwise,
   * outside the quiet hours or for help needed today, ask the next round when one is due (the
   * first, or when the answer timeout passed without a yes, or when everyone asked said no), or
   * tell the connectors when nobody is left to ask. While a helper's yes stands: remind the helper
   * (the evening before and an hour before a fixed start) and, when the help should be over, ask
   * the requester and the connectors whether it was given ({@link #complete} or {@link #noShow}).
   * Nothing is due after the plan ended.
   *
   * @param now the platform clock's time, not null, not before the time of the previous call
   * @return the step: the new plan, the messages, the new calls and when to advance next
   * @throws IllegalArgumentException if {@code now} is before an earlier call's time or before an
   *     event of the request
   */
  public AskStep advance(Instant now) {
    Objects.requireNonNull(now, "now");
    checkTime(now);
    Draft d = new Draft(this);
    d.lastAdvance = now;
    List<Message> messages = new ArrayList<>();
    List<CallEntry> newCalls = new ArrayList<>();
    RequestState state = lifecycle.state();
    if (state.isFinal()) {
      return d.step(messages, newCalls, null);
    }
    if (state == RequestState.ACCEPTED) {
      return afterYes(d, now, messages);
    }
    if (referral != null) {
      d.lifecycle = lifecycle.refer(now, null, referral);
      for (MemberId connector : connectors(now)) {
        messages.add(direct(connector, Purpose.REFERRAL,
            texts.referralForConnector(referral.reason(agreements.locale()), agreements.locale()), now));
      }
      return d.step(messages, newCalls, null);
    }
    Instant expiry = expiresAt();
    if (!now.isBefore(expiry)) {
      NextStep step = order.isEmpty() ? NextStep.ASK_NEIGHBOURING_CIRCLE : NextStep.suggestFor(request);
      d.lifecycle = lifecycle.apply(new RequestEvent.Expired(now, step));
      Locale locale = agreements.locale();
      for (MemberId connector : connectors(now)) {
        messages.add(direct(connector, Purpose.EXPIRY, texts.expiryForConnector(asked.size(), step, locale), now));
      }
      toRequester(messages, Purpose.NOT_FOUND, texts.notFoundForRequester(locale), now);
      closeOthers(messages, Purpose.CLOSED, texts.closed(locale), null, now);
      return d.step(messages, newCalls, null);
    }
    boolean urgent = request.urgency() == Urgency.TODAY;
    if (!urgent && agreements.quietHours().contains(now, agreements.zone())) {
      return d.step(messages, newCalls, min(agreements.quietHours().nextAllowed(now, agreements.zone()), expiry));
    }
    Instant due = roundDue();
    if (due != null && now.isBefore(due)) {
      return d.step(messages, newCalls, min(due, expiry));
    }
    List<MemberId> pick = pickRound(now);
    if (pick.isEmpty()) {
      if (!escalated) {
        d.escalated = true;
        for (MemberId connector : connectors(now)) {
          messages.add(direct(connector, Purpose.ESCALATION,
              texts.escalationForConnector(asked.size(), agreements.locale()), now));
        }
      }
      return d.step(messages, newCalls, expiry);
    }
    askRound(d, pick, now, messages, newCalls);
    return d.step(messages, newCalls, min(now.plus(timeout()), expiry));
  }

  private void askRound(Draft d, List<MemberId> pick, Instant now, List<Message> messages, List<CallEntry> newCalls) {
    Locale locale = agreements.locale();
    d.round = round + 1;
    d.lastRound = now;
    d.lifecycle = lifecycle.ask(now, null, pick);
    if (visibility.reachesGroup() && !posted) {
      d.posted = true;
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.ASK,
          locale, texts.groupAsk(locale), now));
    }
    AnswerTo answerTo = visibility.kind() == Visibility.Kind.CONNECTORS_ONLY ? AnswerTo.TO_CONNECTOR
        : AnswerTo.TO_THIS_MESSAGE;
    List<MemberId> callers = callers(now);
    int[] load = new int[callers.size()];
    for (CallEntry call : calls) {
      int i = callers.indexOf(call.connector());
      if (i >= 0) {
        load[i]++;
      }
    }
    int[] added = new int[callers.size()];
    for (MemberId m : pick) {
      d.asked.add(m);
      if (byMessage(m)) {
        messages.add(direct(m, Purpose.ASK, texts.memberAsk(answerTo, locale), now));
      } else {
        int best = caller(callers, load, m);
        load[best]++;
        added[best]++;
        CallEntry call = CallEntry.open(request.id(), m, callers.get(best), d.round, now,
            texts.memberAsk(AnswerTo.TO_THIS_MESSAGE, locale));
        d.calls.add(call);
        newCalls.add(call);
      }
    }
    for (int i = 0; i < callers.size(); i++) {
      if (added[i] > 0) {
        messages.add(direct(callers.get(i), Purpose.CALLS_WAITING, texts.callsForConnector(added[i], locale), now));
      }
    }
  }

  /** The connector with the fewest calls in this plan who is not the member, first in the circle on ties. */
  private static int caller(List<MemberId> callers, int[] load, MemberId member) {
    int best = -1;
    for (int i = 0; i < callers.size(); i++) {
      if (!callers.get(i).equals(member) && (best < 0 || load[i] < load[best])) {
        best = i;
      }
    }
    return best;
  }

  /** The members of the next round: not asked yet, reachable, under the weekly maximum, in order. */
  private List<MemberId> pickRound(Instant now) {
    List<MemberId> pick = new ArrayList<>();
    List<MemberId> callers = callers(now);
    Instant weekAgo = now.minus(WEEK);
    for (MemberId m : order) {
      if (pick.size() == agreements.notificationBudget()) {
        break;
      }
      if (asked.contains(m) || m.equals(lifecycle.helper().orElse(null))) {
        continue;
      }
      boolean reachable = byMessage(m) || callers.stream().anyMatch(c -> !c.equals(m));
      if (reachable && history.timesAsked(m, weekAgo, now) < agreements.maxAsksPerMemberPerWeek()) {
        pick.add(m);
      }
    }
    return pick;
  }

  /** When the next round is due: now for the first, when all asked said no, or after the timeout. */
  private @Nullable Instant roundDue() {
    if (round == 0 || lastRound == null || lifecycle.pendingHelpers().isEmpty()) {
      return null;
    }
    return lastRound.plus(timeout());
  }

  private Duration timeout() {
    return request.urgency() == Urgency.TODAY ? agreements.urgentAnswerTimeout() : agreements.answerTimeout();
  }

  /**
   * While a helper's yes stands: the reminders to the helper (the evening before at 19:00 and an
   * hour before a fixed start; only the latest that is due), then, when the help should be over,
   * the question whether it was given to the requester and the connectors.
   */
  private AskStep afterYes(Draft d, Instant now, List<Message> messages) {
    Locale locale = agreements.locale();
    MemberId helper = lifecycle.helper().orElseThrow();
    List<Instant> times = reminderTimes();
    int due = 0;
    while (due < times.size() && !now.isBefore(times.get(due))) {
      due++;
    }
    if (due > reminders) {
      d.reminders = due;
      if (now.isBefore(request.window().start()) && byMessage(helper)) {
        messages.add(direct(helper, Purpose.REMINDER,
            due == times.size() ? texts.reminderSoon(locale) : texts.reminder(locale), now));
      }
    }
    Instant feedbackAt = feedbackAt();
    if (!feedbackAsked && !now.isBefore(feedbackAt)) {
      d.feedbackAsked = true;
      toRequester(messages, Purpose.FEEDBACK, texts.feedbackForRequester(locale), now);
      for (MemberId connector : connectors(now)) {
        messages.add(direct(connector, Purpose.FEEDBACK, texts.feedbackForConnector(locale), now));
      }
    }
    Instant next = d.reminders < times.size() ? times.get(d.reminders) : d.feedbackAsked ? null : feedbackAt;
    return d.step(messages, List.of(), next);
  }

  /** For a fixed start: 19:00 the evening before (if that is more than an hour before) and an hour before. */
  private List<Instant> reminderTimes() {
    if (request.window().flexible()) {
      return List.of();
    }
    Instant start = request.window().start();
    Instant hourBefore = start.minus(Duration.ofHours(1));
    Instant evening = LocalDate.ofInstant(start, agreements.zone()).minusDays(1).atTime(19, 0)
        .atZone(agreements.zone()).toInstant();
    return evening.isBefore(hourBefore) ? List.of(evening, hourBefore) : List.of(hourBefore);
  }

  /**
   * When to ask whether the help was given: when it should be over (a fixed start plus the expected
   * duration, or a flexible window's end), or else when the quiet hours end, as it can wait.
   */
  private Instant feedbackAt() {
    Instant over = request.window().flexible() ? request.window().end()
        : request.window().start().plus(request.expectedDuration());
    return agreements.quietHours().nextAllowed(over, agreements.zone());
  }

  /** How many reminders lie at or before an instant: those are not sent after a late yes. */
  private int remindersPassed(Instant at) {
    int n = 0;
    for (Instant t : reminderTimes()) {
      if (!t.isAfter(at)) {
        n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ answers

  /**
   * A member answered: yes makes them the helper, no (from someone asked, or from the helper, who
   * steps back) lets the plan go on. A yes from someone not asked is a volunteer and is taken.
   *
   * @param at when, not null, not before the previous event
   * @param member who answered, not null, not the requester
   * @param yes true for yes
   * @param recordedBy who recorded the answer on the member's behalf (a connector), or null when
   *     the member answered themselves
   * @return the step: after a yes the thanks to the helper, the good news for the requester, and
   *     the notice that the request is taken to the group and to those asked, due again at the
   *     first reminder; after a no, none
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if the request is not
   *     waiting for this answer (a yes when a helper already said yes, a no from someone not asked)
   */
  public AskStep answer(Instant at, MemberId member, boolean yes, @Nullable MemberId recordedBy) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(member, "member");
    checkTime(at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    List<Message> messages = new ArrayList<>();
    d.answers.add(new Answer(member, yes, at, Optional.ofNullable(recordedBy)));
    if (!yes) {
      d.lifecycle = lifecycle.decline(at, member);
      // everyone asked said no, or the helper stepped back: the next round is due now
      boolean nextNow = d.lifecycle.pendingHelpers().isEmpty() || nextCheck == null
          || member.equals(lifecycle.helper().orElse(null));
      return d.step(messages, List.of(), nextNow ? at : nextCheck);
    }
    d.lifecycle = lifecycle.accept(at, member);
    d.reminders = remindersPassed(at);
    d.feedbackAsked = false;
    Locale locale = agreements.locale();
    AnswerTo answerTo = visibility.kind() == Visibility.Kind.CONNECTORS_ONLY ? AnswerTo.TO_CONNECTOR
        : AnswerTo.TO_THIS_MESSAGE;
    if (byMessage(member)) {
      messages.add(direct(member, Purpose.THANKS, texts.thanksToHelper(answerTo, locale), at));
    }
    toRequester(messages, Purpose.FOUND, texts.foundForRequester(locale), at);
    closeOthers(messages, Purpose.TAKEN, texts.takenForMember(locale), member, at);
    if (posted) {
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.TAKEN, locale,
          texts.takenForGroup(locale), at));
    }
    List<Instant> times = reminderTimes();
    return d.step(messages, List.of(), d.reminders < times.size() ? times.get(d.reminders) : feedbackAt());
  }

  /**
   * The help did not happen: the helper did not come, or the requester or a connector reports
   * that it did not take place. The helper's yes is withdrawn (a decline in the lifecycle, without
   * penalty), so help that did not happen never counts as help; the plan goes on asking if there
   * is still time, and otherwise expires at its next step.
   *
   * @param at when it was reported, not null, not before the previous event
   * @param recordedBy who reported it (the requester or a connector), or null for the platform
   * @return the step, due again at once
   * @throws IllegalStateException if no helper's yes stands
   */
  public AskStep noShow(Instant at, @Nullable MemberId recordedBy) {
    Objects.requireNonNull(at, "at");
    MemberId helper = lifecycle.helper().filter(h -> lifecycle.state() == RequestState.ACCEPTED)
        .orElseThrow(() -> new IllegalStateException("noShow: no helper has said yes to " + request.id()));
    return answer(at, helper, false, recordedBy);
  }

  /**
   * A connector records a call: yes and no are the member's answer, recorded on their behalf by
   * the connector; no answer and voicemail leave the member asked and not answered.
   *
   * @param at when, not null, not before the previous event
   * @param member the member called, not null; must have an open call in this plan
   * @param outcome what came of the call, not null
   * @return the step, as {@link #answer} for yes and no; without messages otherwise
   * @throws IllegalArgumentException if the member has no open call in this plan
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException as {@link #answer}, for
   *     example a yes after another member's yes; the call stays open
   */
  public AskStep recordCall(Instant at, MemberId member, CallOutcome outcome) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(outcome, "outcome");
    int index = -1;
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).member().equals(member) && calls.get(i).isOpen()) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("member: no open call for " + member + " in the plan of " + request.id());
    }
    CallEntry call = calls.get(index);
    AskPlan base = this;
    if (!outcome.isAnswer()) {
      checkTime(at);
      Draft d = new Draft(this);
      d.lastAdvance = at;
      d.calls.set(index, call.withOutcome(outcome, at));
      return d.step(List.of(), List.of(), nextCheck);
    }
    AskStep step = base.answer(at, member, outcome == CallOutcome.YES, call.connector());
    Draft d = new Draft(step.plan());
    d.calls.set(index, call.withOutcome(outcome, at));
    return new AskStep(new AskPlan(d), step.messages(), step.calls(), step.nextCheck());
  }

  /**
   * The request was withdrawn (by the requester, or a connector for them); the group, if it saw
   * the request, and every member asked who has not answered are told.
   *
   * @param at when, not null
   * @param by who withdrew it, or null for the platform
   * @return the step, with the notices
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if the request already ended
   */
  public AskStep cancel(Instant at, @Nullable MemberId by) {
    Objects.requireNonNull(at, "at");
    checkTime(at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    d.lifecycle = lifecycle.cancel(at, by);
    List<Message> messages = new ArrayList<>();
    Locale locale = agreements.locale();
    closeOthers(messages, Purpose.WITHDRAWN, texts.withdrawn(locale), null, at);
    lifecycle.helper().filter(this::byMessage)
        .ifPresent(h -> messages.add(direct(h, Purpose.WITHDRAWN, texts.withdrawn(locale), at)));
    if (posted) {
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.WITHDRAWN, locale,
          texts.withdrawn(locale), at));
    }
    return d.step(messages, List.of(), null);
  }

  /**
   * The help was given: the request is done, with the effort it took. Only help that was reported
   * done counts as help in the ledger ({@link RequestLifecycle#toHelpRecord()}).
   *
   * @param at when it was reported, not null
   * @param effort how long it took, 1 minute to 24 hours, not null
   * @return the step, without messages
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if no helper said yes
   */
  public AskStep complete(Instant at, Duration effort) {
    Objects.requireNonNull(at, "at");
    checkTime(at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    d.lifecycle = lifecycle.complete(at, effort);
    return d.step(List.of(), List.of(), null);
  }

  // ------------------------------------------------------------------ reading the plan

  /**
   * The request.
   *
   * @return the request, never null
   */
  public HelpRequest request() {
    return request;
  }

  /**
   * Who may see the request.
   *
   * @return the visibility, never null
   */
  public Visibility visibility() {
    return visibility;
  }

  /**
   * The agreements the plan obeys.
   *
   * @return the agreements, never null
   */
  public CircleAgreements agreements() {
    return agreements;
  }

  /**
   * The request's lifecycle: every ask, answer and how it ended.
   *
   * @return the lifecycle, never null
   */
  public RequestLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Whom the plan may ask, in order: the order given, for named members only those named.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<MemberId> order() {
    return order;
  }

  /**
   * Every member asked, in the order asked; each once.
   *
   * @return an unmodifiable list
   */
  public List<MemberId> asked() {
    return asked;
  }

  /**
   * How many rounds were asked.
   *
   * @return 0 or more
   */
  public int rounds() {
    return round;
  }

  /**
   * Whether the connectors were told that nobody is left to ask.
   *
   * @return true after the escalation
   */
  public boolean isEscalated() {
    return escalated;
  }

  /**
   * Whether the request was posted in the group chat.
   *
   * @return true after the first round of a request for the whole group
   */
  public boolean isPostedInGroup() {
    return posted;
  }

  /**
   * Every call put on a connector's call sheet by this plan, with its outcome once recorded.
   *
   * @return an unmodifiable list, in the order put on the sheets
   */
  public List<CallEntry> calls() {
    return calls;
  }

  /**
   * Every answer recorded, in order, with who recorded it.
   *
   * @return an unmodifiable list
   */
  public List<Answer> answers() {
    return answers;
  }

  /**
   * When the request expires: the last moment the help could start (the start of a fixed window;
   * the end of a flexible one less the expected duration).
   *
   * @return the instant, never null
   */
  public Instant expiresAt() {
    return request.window().flexible() ? request.window().end().minus(request.expectedDuration())
        : request.window().start();
  }

  /**
   * When the plan wants to be advanced next, as the last step said.
   *
   * @return the instant; empty before the first step or after the end
   */
  public Optional<Instant> nextCheck() {
    return Optional.ofNullable(nextCheck);
  }

  /**
   * Whether the plan has ended: the request is done, cancelled, expired or referred.
   *
   * @return true when the lifecycle is final
   */
  public boolean isFinished() {
    return lifecycle.state().isFinal();
  }

  // ------------------------------------------------------------------ helpers

  private void checkTime(Instant now) {
    if (lastAdvance != null && now.isBefore(lastAdvance)) {
      throw new IllegalArgumentException("now: time went backwards, before the plan's last step");
    }
  }

  private boolean byMessage(MemberId member) {
    return circle.member(member).map(m -> m.contact() == ContactChannel.GROUP_CHAT).orElse(false);
  }

  /** The connectors who get notices: in the circle on the day, not the requester. */
  private List<MemberId> connectors(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, agreements.zone());
    List<MemberId> out = new ArrayList<>();
    for (Member m : circle.connectorsOn(day)) {
      if (!m.id().equals(request.requester())) {
        out.add(m.id());
      }
    }
    return out;
  }

  /** The connectors who can make calls: in the circle and available on the day. */
  private List<MemberId> callers(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, agreements.zone());
    List<MemberId> out = new ArrayList<>();
    for (Member m : circle.connectorsOn(day)) {
      if (m.isAvailableOn(day)) {
        out.add(m.id());
      }
    }
    return out;
  }

  private Message direct(MemberId member, Purpose purpose, String text, Instant at) {
    return new Message(request.id(), Recipient.member(member), Channel.DIRECT, purpose, agreements.locale(), text, at);
  }

  /** A notice to the requester, when they read messages; a connector tells the others. */
  private void toRequester(List<Message> messages, Purpose purpose, String text, Instant at) {
    if (byMessage(request.requester())) {
      messages.add(direct(request.requester(), purpose, text, at));
    }
  }

  /** A notice to every member asked by message who has not answered, but the one given. */
  private void closeOthers(List<Message> messages, Purpose purpose, String text, @Nullable MemberId except,
      Instant at) {
    for (MemberId m : lifecycle.pendingHelpers()) {
      if (!m.equals(except) && byMessage(m)) {
        messages.add(direct(m, purpose, text, at));
      }
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The request, the state, the rounds and how many were asked; no names, no texts.
   *
   * @return for example {@code "AskPlan{request=r-1, GROUP, state=HELPERS_ASKED, rounds=2, asked=4}"}
   */
  @Override
  public String toString() {
    return "AskPlan{request=" + request.id() + ", " + visibility.kind() + ", state=" + lifecycle.state()
        + ", rounds=" + round + ", asked=" + asked.size() + (escalated ? ", escalated" : "") + "}";
  }

  /** A mutable copy of a plan's state, for one step. */
  private static final class Draft {
    final HelpRequest request;
    final Circle circle;
    final Visibility visibility;
    final CircleAgreements agreements;
    final AskHistory history;
    final RequestTexts texts;
    final List<MemberId> order;
    final @Nullable ScopeDecision referral;
    RequestLifecycle lifecycle;
    final List<MemberId> asked;
    int round;
    @Nullable Instant lastRound;
    boolean posted;
    boolean escalated;
    int reminders;
    boolean feedbackAsked;
    final List<CallEntry> calls;
    final List<Answer> answers;
    @Nullable Instant lastAdvance;
    @Nullable Instant nextCheck;

    Draft(AskPlan p) {
      this(p.request, p.circle, p.visibility, p.agreements, p.history, p.texts, p.order, p.referral, p.lifecycle);
      asked.addAll(p.asked);
      round = p.round;
      lastRound = p.lastRound;
      posted = p.posted;
      escalated = p.escalated;
      reminders = p.reminders;
      feedbackAsked = p.feedbackAsked;
      calls.addAll(p.calls);
      answers.addAll(p.answers);
      lastAdvance = p.lastAdvance;
      nextCheck = p.nextCheck;
    }

    Draft(HelpRequest request, Circle circle, Visibility visibility, CircleAgreements agreements, AskHistory history,
        RequestTexts texts, List<MemberId> order, @Nullable ScopeDecision referral, RequestLifecycle lifecycle) {
      this.request = request;
      this.circle = circle;
      this.visibility = visibility;
      this.agreements = agreements;
      this.history = history;
      this.texts = texts;
      this.order = order;
      this.referral = referral;
      this.lifecycle = lifecycle;
      this.asked = new ArrayList<>();
      this.calls = new ArrayList<>();
      this.answers = new ArrayList<>();
    }

    AskStep step(List<Message> messages, List<CallEntry> newCalls, @Nullable Instant next) {
      nextCheck = lifecycle.state().isFinal() ? null : next;
      return new AskStep(new AskPlan(this), messages, newCalls, Optional.ofNullable(nextCheck));
    }
  }

  /**
   * Builds an ask plan. Required: the order of whom to ask ({@link #order} or {@link #rankedBy}).
   * Not thread-safe.
   */
  public static final class Builder {
    private final HelpRequest request;
    private final Circle circle;
    private @Nullable List<MemberId> order;
    private @Nullable ScopeDecision referral;
    private Visibility visibility = Visibility.group();
    private CircleAgreements agreements = CircleAgreements.standard();
    private AskHistory history = AskHistory.empty();
    private @Nullable Area area;

    private Builder(HelpRequest request, Circle circle) {
      this.request = Objects.requireNonNull(request, "request");
      this.circle = Objects.requireNonNull(circle, "circle");
    }

    /**
     * Sets whom to ask, best first.
     *
     * @param members the members, not null, no nulls, no duplicates, not the requester
     * @return this builder
     */
    public Builder order(List<MemberId> members) {
      this.order = List.copyOf(members);
      this.referral = null;
      return this;
    }

    /**
     * Sets whom to ask from a matching strategy's ranking of the request: its candidates in order.
     * A request the strategy finds out of scope is referred at the plan's first step.
     *
     * @param strategy the strategy, not null
     * @param snapshot the circle as the strategy sees it, not null
     * @return this builder
     */
    public Builder rankedBy(MatchingStrategy strategy, CircleSnapshot snapshot) {
      Ranking ranking = strategy.rank(request, snapshot);
      List<MemberId> ids = new ArrayList<>();
      ranking.candidates().forEach(c -> ids.add(c.member()));
      this.order = List.copyOf(ids);
      this.referral = ranking.isReferred() ? ranking.scope() : null;
      return this;
    }

    /**
     * Sets who may see the request.
     *
     * @param who the visibility, not null; {@link Visibility#group()} unless set
     * @return this builder
     */
    public Builder visibility(Visibility who) {
      this.visibility = Objects.requireNonNull(who, "who");
      return this;
    }

    /**
     * Sets the circle's agreements.
     *
     * @param circleAgreements the agreements, not null; {@link CircleAgreements#standard()}
     *     unless set
     * @return this builder
     */
    public Builder agreements(CircleAgreements circleAgreements) {
      this.agreements = Objects.requireNonNull(circleAgreements, "circleAgreements");
      return this;
    }

    /**
     * Sets the asks of the circle's other requests, for the most asks a member gets in a week.
     *
     * @param asks the history, not null; {@link AskHistory#empty()} unless set
     * @return this builder
     */
    public Builder history(AskHistory asks) {
      this.history = Objects.requireNonNull(asks, "asks");
      return this;
    }

    /**
     * Sets the area the texts name.
     *
     * @param where the area, or null to name none (the default)
     * @return this builder
     */
    public Builder area(@Nullable Area where) {
      this.area = where;
      return this;
    }

    /**
     * Builds the plan; nothing is asked before its first {@link AskPlan#advance}.
     *
     * @return the plan
     * @throws IllegalStateException if no order was set
     * @throws IllegalArgumentException if the requester is not in the circle, the order or the
     *     named members hold the requester, a duplicate or someone not in the circle, or the
     *     request is for the connectors only while the agreements do not allow private requests
     *     or the circle has no connector but the requester
     */
    public AskPlan build() {
      List<MemberId> given = order;
      if (given == null) {
        throw new IllegalStateException("order: set whom to ask with order(...) or rankedBy(...)");
      }
      MemberId requester = request.requester();
      if (circle.member(requester).isEmpty()) {
        throw new IllegalArgumentException("request: the requester " + requester + " is not in circle " + circle.id());
      }
      checkMembers("order", given, requester);
      checkMembers("visibility", visibility.members(), requester);
      if (visibility.kind() == Visibility.Kind.CONNECTORS_ONLY) {
        if (!agreements.privateRequestsAllowed()) {
          throw new IllegalArgumentException("visibility: the circle's agreements do not allow private requests");
        }
        boolean connector = circle.members().stream()
            .anyMatch(m -> m.role() == nl.voorzorgcirkel.core.model.Role.CONNECTOR && !m.id().equals(requester));
        if (!connector) {
          throw new IllegalArgumentException("visibility: a request for the connectors only needs a connector");
        }
      }
      List<MemberId> plan = given;
      if (visibility.kind() == Visibility.Kind.NAMED_MEMBERS) {
        plan = visibility.members().stream().filter(given::contains).toList();
      }
      RequestTexts texts = RequestTexts.of(request, Optional.ofNullable(area), agreements.zone());
      return new AskPlan(new Draft(request, circle, visibility, agreements, history, texts, plan, referral,
          RequestLifecycle.open(request)));
    }

    private void checkMembers(String field, List<MemberId> members, MemberId requester) {
      Set<MemberId> seen = new LinkedHashSet<>();
      for (MemberId m : members) {
        if (m.equals(requester)) {
          throw new IllegalArgumentException(field + ": the requester cannot be asked to help");
        }
        if (!seen.add(m)) {
          throw new IllegalArgumentException(field + ": " + m + " is there twice");
        }
        if (circle.member(m).isEmpty()) {
          throw new IllegalArgumentException(field + ": " + m + " is not in circle " + circle.id());
        }
      }
    }
  }
}
