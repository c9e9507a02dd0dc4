package nl.voorzorgcirkel.coordination.asking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Channel;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.coordination.referral.ReferralDirectory;
import nl.voorzorgcirkel.coordination.texts.AnswerTo;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.coordination.texts.NobodyAsked;
import nl.voorzorgcirkel.coordination.texts.RequestTexts;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.ExclusionReason;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * Asking for one help request over time, as a circle's connector would: in rounds of the
 * notification budget, the next round when the answer timeout passes without a yes (or when
 * everyone asked said no), nobody asked in the quiet hours unless the help is needed today (see
 * below), a
 * connector told when nobody is left to ask, and the request expired with a next step when the
 * last moment the help could start has come.
 *
 * <p><b>Quiet hours and help needed today.</b> In the {@linkplain CircleAgreements#quietHours() quiet
 * hours} nobody is asked, no connector is told that nobody is left to ask, and the notices at the end
 * of a request (the connectors' expiry or referral, the requester's "nobody could be found", the
 * "closed" to members asked) are held and sent, in the order made, when the quiet hours end; a plan
 * that holds notices is not {@linkplain #isFinished() finished} and says when to advance it. All
 * this goes out at once, also in the quiet hours, when the help is <em>needed today</em>: declared
 * {@link Urgency#TODAY}, or, whatever urgency was declared, its last start ({@link #expiresAt()})
 * comes less than the {@linkplain CircleAgreements#urgentAnswerTimeout() urgent answer timeout} (the
 * shortest time the plan gives anyone to answer) after the quiet hours end: with the standard
 * agreements a ride tonight at 23:00, or tomorrow at 07:00, 08:00 or 08:59, as the quiet hours end at
 * 08:00 and an answer takes up to an hour. So nobody is first asked with less than that time to
 * answer unless the request came in with less, and where nobody can be asked in time the connectors
 * hear it at once, not at the expiry. Help needed today gets the urgent answer timeout. A flexible
 * window counts by its last start; once that has passed, its end notices wait for the morning (the
 * help can no longer start), while those of a fixed time that has come go out at once. {@link
 * Urgency#TODAY} says that the answer is needed today ({@link Urgency}: how soon a
 * request needs an answer), also for help later in the week (the taxi to next week's appointment
 * must be booked today): such a request is asked at once, also in the quiet hours.
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
 * then the first in the circle), and that connector gets a message that calls wait. The same holds
 * for everything else a member without a smartphone is told (a helper's reminders, the requester's
 * good news, referral, question whether the help was given, a withdrawal): one call, first on the
 * sheet of the connector who filed the request ({@link FiledBy}) or who called the member before.
 * A text told on a call is worded for the call ({@link Channel#CALL}): the connector who calls is
 * the connector in touch, so nothing read out from a call sheet promises a connector's call or asks
 * the member to let a connector know (a referral gives where it belongs and whom to call, nobody
 * found the next step). A call that only tells something is recorded as {@linkplain
 * CallOutcome#REACHED told}, a question yes or no ({@link #recordCall}). Calls no longer needed are
 * {@linkplain CallOutcome#CANCELLED cancelled}. A request
 * for the whole group is also posted in the group chat once, with the first round; a
 * connectors-only or named-members request never is. No text names the requester or anyone else
 * ({@link RequestTexts}).
 *
 * <p><b>Never one's own connector.</b> A connector who asks for help is the requester, not a
 * connector, for that request: no call for it lands on their call sheet, and the connectors' notices
 * go to the other connectors. In a circle with no other connector, members without a smartphone
 * cannot be called for the request, and the requester is told the truth instead of being promised
 * a connector: when nobody is left to ask ({@link RequestTexts#escalationForRequester}), and at the
 * end the next step ({@link RequestTexts#notFoundWithoutConnector}, {@link
 * RequestTexts#referralWithoutConnector}); after help, they are asked to record themselves whether
 * it was given ({@link RequestTexts#feedbackWithoutConnector}), not to let a connector know.
 *
 * <p><b>On a member's behalf.</b> A member's yes or no may be given by a connector (after phoning a
 * member without a smartphone, {@link #recordCall}, or for a member who asked the connectors to) or
 * by a family carer the member named in advance, as the plan's {@link AnswerMandates} allow; who
 * gave it is kept in {@link #answers()} and in the lifecycle's history ({@link AnsweredBy}), and a
 * refused answer changes nothing.
 *
 * <p><b>How it ends.</b> The request's {@link RequestLifecycle} is kept in the plan and moved by
 * every ask and answer, so a plan ends as the lifecycle does: done, cancelled, referred (when the
 * strategy found the request out of scope, or for an order given without a ranking its scope
 * policy, the {@linkplain ScopePolicies#standard() standard} one unless {@linkplain
 * Builder#order(List, ScopePolicy) given}; never asked of anyone; naming whom to call from
 * the circle's {@link ReferralDirectory}) or expired with a {@link NextStep}: {@link
 * NextStep#ASK_NEIGHBOURING_CIRCLE} when nobody in the circle but the requester offers the help
 * asked for, otherwise {@link NextStep#suggestFor(HelpRequest, CapabilityVocabulary)} by the plan's
 * vocabulary (the ranking strategy's, or the scope policy's for an order given with one), so a
 * {@code regiotaxi} the circle's own vocabulary reads as a ride gets the shared taxi (also when
 * members offer it but none could be asked, for example because it falls outside all their weekly
 * times: then the connector's notice says so, and a ride still gets the shared taxi).
 *
 * <p><b>Too late.</b> A plan may be built for a request whose time has already come or passed (a
 * platform that files late, or catches up after an outage): it is not refused, since the plan knows
 * no time until its first step, and the first {@link #advance} expires it with {@link
 * NobodyAsked#TOO_LATE}, the reason the ranking and the batch assignment give ({@code too-late}),
 * and {@link NextStep#REPOST_WITH_WIDER_WINDOW} (post it again with a new time, if still needed), so
 * connectors are not told that members could not take it or to book a taxi for a past ride. The
 * same holds when nobody was asked before the time came (the quiet hours, say). When the helper's
 * yes is withdrawn once the help's last start has come ({@link #noShow}, or the helper stepping
 * back), the expiry tells the requester and the connectors that the helper could not come after all
 * and it is too late to ask anyone else ({@link RequestTexts#helperDidNotComeForConnector}), with the
 * next step as above; never who the helper was, and never that nobody could be found.
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
 * @since 0.1.0
 */
public final class AskPlan {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  // what the plan was given
  private final HelpRequest request;
  private final Circle circle;
  private final Visibility visibility;
  private final CircleAgreements agreements;
  private final AskHistory history;
  private final RequestTexts texts;
  private final List<MemberId> order;
  /**
   * Whom the ranking found eligible (its candidates, and those ruled out only for having said no);
   * null when the order was given without a ranking.
   */
  private final @Nullable Set<MemberId> ranked;
  /** The reading of kinds of help: the ranking strategy's, else the standard vocabulary. */
  private final CapabilityVocabulary vocabulary;
  private final @Nullable ScopeDecision referral;
  private final ReferralDirectory referrals;
  private final FiledBy filedBy;
  private final AnswerMandates mandates;
  // where it stands
  private final RequestLifecycle lifecycle;
  private final List<MemberId> asked;
  private final int round;
  private final @Nullable Instant lastRound;
  private final boolean posted;
  private final boolean escalated;
  /** Why nobody could be asked, as the escalation said; null unless escalated with nobody asked. */
  private final @Nullable NobodyAsked nobodyAsked;
  private final int reminders;
  private final boolean feedbackAsked;
  private final List<CallEntry> calls;
  private final List<Answer> answers;
  private final @Nullable Instant lastAdvance;
  private final @Nullable Instant nextCheck;
  /** End-of-request notices held back in the quiet hours, in the order made; sent when they end. */
  private final List<Held> held;

  private AskPlan(Draft d) {
    this.request = d.request;
    this.circle = d.circle;
    this.visibility = d.visibility;
    this.agreements = d.agreements;
    this.history = d.history;
    this.texts = d.texts;
    this.order = d.order;
    this.ranked = d.ranked;
    this.vocabulary = d.vocabulary;
    this.referral = d.referral;
    this.referrals = d.referrals;
    this.filedBy = d.filedBy;
    this.mandates = d.mandates;
    this.lifecycle = d.lifecycle;
    this.asked = List.copyOf(d.asked);
    this.round = d.round;
    this.lastRound = d.lastRound;
    this.posted = d.posted;
    this.escalated = d.escalated;
    this.nobodyAsked = d.nobodyAsked;
    this.reminders = d.reminders;
    this.feedbackAsked = d.feedbackAsked;
    this.calls = List.copyOf(d.calls);
    this.answers = List.copyOf(d.answers);
    this.lastAdvance = d.lastAdvance;
    this.nextCheck = d.nextCheck;
    this.held = List.copyOf(d.held);
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
   * @throws IllegalArgumentException as {@link #advance(Instant)}
   */
  public AskStep advance(Clock clock) {
    return advance(Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * Does what is due at {@code now}: send the notices held in the quiet hours once they are over;
   * expire the request when its last start has come (its notices held to the end of the quiet hours
   * unless the help is needed today, see the class documentation); otherwise, outside the quiet
   * hours or for help needed today, ask the next round when one is due (the
   * first, or when the answer timeout passed without a yes, or when everyone asked said no), or
   * tell the connectors when nobody is left to ask. While a helper's yes stands: remind the helper
   * (the evening before and an hour before a fixed start) and, when the help should be over, ask
   * the requester and the connectors whether it was given ({@link #complete} or {@link #noShow}).
   * Nothing is due after the plan ended.
   *
   * <p>Before the request was filed ({@link HelpRequest#createdAt()}) nothing is due: the step has
   * no messages or calls and says to advance at the filing time.
   *
   * @param now the platform clock's time, not null, in the years 1 to 9999 (UTC), not before the
   *     time of the previous call
   * @return the step: the new plan, the messages, the new calls and when to advance next
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch on field {@code now}: outside the years 1 to
   *     9999 (rule {@code supportedYears}), or before an earlier call's time (rule {@code
   *     afterLastStep}); nothing changes
   */
  public AskStep advance(Instant now) {
    return advance(now, history);
  }

  /**
   * Does what is due at {@code now}, as {@link #advance(Instant)}, counting the weekly most asks
   * per member against the asks given instead of the history the plan was built with: the asks of
   * all the circle's requests as they stand now, which {@link CircleAsks} passes so that the limit
   * holds across plans that run at once. Asks of this plan's own request in it are harmless: no
   * member is asked twice for one request.
   *
   * @param now the platform clock's time, not null, in the years 1 to 9999 (UTC), not before the
   *     time of the previous call
   * @param circleAsks the asks of the circle's requests, not null
   * @return the step
   * @throws IllegalArgumentException as {@link #advance(Instant)}
   */
  public AskStep advance(Instant now, AskHistory circleAsks) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(circleAsks, "circleAsks");
    checkTime("now", now);
    Draft d = new Draft(this);
    d.lastAdvance = now;
    if (now.isBefore(request.createdAt())) {
      // before the request was filed nothing can be due: an early call does nothing
      return d.step(List.of(), List.of(), request.createdAt());
    }
    List<Message> messages = new ArrayList<>();
    List<CallEntry> changed = new ArrayList<>();
    RequestState state = lifecycle.state();
    Locale locale = agreements.locale();
    if (!held.isEmpty() && !now.isBefore(heldUntil())) {
      // the quiet hours are over (or long past): every notice held, in the order made, none lost
      for (Held notice : held) {
        deliver(d, notice, now, messages, changed);
      }
      d.held.clear();
    }
    if (state.isFinal()) {
      return finish(d, messages, changed, d.held.isEmpty() ? null : heldUntil());
    }
    if (state == RequestState.ACCEPTED) {
      return afterYes(d, now, messages, changed);
    }
    if (referral != null) {
      d.lifecycle = lifecycle.refer(now, null, referral);
      Optional<ReferralContact> contact = referral.referral().flatMap(referrals::contact);
      List<Held> notices = new ArrayList<>();
      for (MemberId connector : connectors(now)) {
        notices.add(Held.direct(connector, Purpose.REFERRAL, texts.referralForConnector(referral, contact, locale)));
      }
      Worded toRequester = connectors(now).isEmpty() ? channel -> texts.referralWithoutConnector(referral, contact,
          locale) : channel -> texts.referralForRequester(referral, contact, channel, locale);
      notices.add(Held.told(request.requester(), filedBy.connector().orElse(null), Purpose.REFERRAL, toRequester));
      return endNotices(d, notices, now, messages, changed);
    }
    Instant expiry = expiresAt();
    if (!now.isBefore(expiry)) {
      // the same reason as the escalation gave, if it gave one; nobody asked and no escalation: the
      // time came before anyone could be asked (a plan started late), and a new time is the step
      NobodyAsked why = nobodyAsked != null ? nobodyAsked
          : asked.isEmpty() ? NobodyAsked.TOO_LATE : whyNobody(now, circleAsks);
      NextStep step = why == NobodyAsked.TOO_LATE ? NextStep.REPOST_WITH_WIDER_WINDOW
          : offeredByAnother() ? NextStep.suggestFor(request, vocabulary) : NextStep.ASK_NEIGHBOURING_CIRCLE;
      d.lifecycle = lifecycle.apply(new RequestEvent.Expired(now, step));
      cancelCalls(d, now, changed, call -> true);
      Optional<ReferralContact> contact = targetOf(step).flatMap(referrals::contact);
      boolean helperLate = withdrawnTooLate();
      List<Held> notices = new ArrayList<>();
      for (MemberId connector : connectors(now)) {
        notices.add(Held.direct(connector, Purpose.EXPIRY, helperLate
            ? texts.helperDidNotComeForConnector(step, contact, locale)
            : texts.expiryForConnector(asked.size(), why, step, contact, locale)));
      }
      // nobody but the requester could follow it up: no promise of a connector, the next step instead
      Worded notFound = connectors(now).isEmpty()
          ? channel -> helperLate ? texts.helperDidNotComeWithoutConnector(step, locale)
              : texts.notFoundWithoutConnector(step, locale)
          : channel -> helperLate ? texts.helperDidNotComeForRequester(channel, step, contact, locale)
              : texts.notFoundForRequester(channel, step, contact, locale);
      notices.add(Held.told(request.requester(), filedBy.connector().orElse(null), Purpose.NOT_FOUND, notFound));
      for (MemberId m : waitingOn()) {
        if (byMessage(m)) {
          notices.add(Held.direct(m, Purpose.CLOSED, texts.closed(locale)));
        }
      }
      return endNotices(d, notices, now, messages, changed);
    }
    if (!neededToday(now) && agreements.quietHours().contains(now, agreements.zone())) {
      return finish(d, messages, changed, min(agreements.quietHours().nextAllowed(now, agreements.zone()), expiry));
    }
    Instant due = roundDue();
    if (due != null && now.isBefore(due)) {
      return finish(d, messages, changed, min(due, expiry));
    }
    List<MemberId> pick = pickRound(now, circleAsks);
    if (pick.isEmpty()) {
      if (!escalated) {
        d.escalated = true;
        NobodyAsked why = whyNobody(now, circleAsks);
        d.nobodyAsked = asked.isEmpty() ? why : null;
        List<MemberId> connectors = connectors(now);
        for (MemberId connector : connectors) {
          messages.add(direct(connector, Purpose.ESCALATION, texts.escalationForConnector(asked.size(), why, locale),
              now));
        }
        if (connectors.isEmpty()) {
          // the requester is never their own connector: nobody takes it up, and they are told so
          tell(d, request.requester(), null, Purpose.ESCALATION, texts.escalationForRequester(asked.size(), why,
              locale), now, messages, changed);
        }
      }
      return finish(d, messages, changed, expiry);
    }
    askRound(d, pick, now, messages, changed);
    return finish(d, messages, changed, min(now.plus(timeout(now)), expiry));
  }

  private void askRound(Draft d, List<MemberId> pick, Instant now, List<Message> messages, List<CallEntry> changed) {
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
    for (MemberId m : pick) {
      d.asked.add(m);
      // read out on the phone, the member answers the connector who is calling there and then
      tell(d, m, null, Purpose.ASK, channel -> texts.memberAsk(channel == Channel.CALL ? AnswerTo.TO_THIS_MESSAGE
          : answerTo, locale), now, messages, changed);
    }
  }

  /** Tells a member a text that reads the same by every channel (see the other {@code tell}). */
  private void tell(Draft d, MemberId member, @Nullable MemberId preferred, Purpose purpose, String text, Instant now,
      List<Message> messages, List<CallEntry> changed) {
    tell(d, member, preferred, purpose, channel -> text, now, messages, changed);
  }

  /**
   * Tells a member something, in the words of the channel it goes by: by a direct message if they
   * read messages, otherwise as a call ({@link Channel#CALL}, read out by the connector who calls)
   * on exactly one connector's call sheet: the preferred connector if they can call that day, else
   * the connector who last called this member in this plan (one member is called by one connector
   * about one request, also when it is asked again after it reopened), else the one with the fewest
   * calls in this plan (first in the circle on ties), else any connector of the circle that day;
   * never the member themselves. With no connector at all, nobody can call.
   */
  private void tell(Draft d, MemberId member, @Nullable MemberId preferred, Purpose purpose, Worded text, Instant now,
      List<Message> messages, List<CallEntry> changed) {
    if (byMessage(member)) {
      messages.add(direct(member, purpose, text.by(Channel.DIRECT), now));
      return;
    }
    List<MemberId> callers = new ArrayList<>(callers(now));
    callers.remove(member);
    if (callers.isEmpty()) {
      callers.addAll(connectorsOn(now));
      callers.remove(member);
    }
    MemberId before = lastCaller(d.calls, member);
    MemberId caller = preferred != null && callers.contains(preferred) ? preferred
        : before != null && callers.contains(before) ? before : leastBusy(d.calls, callers);
    if (caller != null) {
      CallEntry call = CallEntry.open(request.id(), member, caller, purpose, d.round, now, text.by(Channel.CALL));
      d.calls.add(call);
      changed.add(call);
    }
  }

  /** The connector with the fewest calls in this plan, the first on ties; null when there is none. */
  private static @Nullable MemberId leastBusy(List<CallEntry> calls, List<MemberId> connectors) {
    MemberId best = null;
    long least = Long.MAX_VALUE;
    for (MemberId c : connectors) {
      long load = calls.stream().filter(call -> call.connector().equals(c)).count();
      if (load < least) {
        least = load;
        best = c;
      }
    }
    return best;
  }

  /** Takes the open calls that match off the sheets: they are cancelled. */
  private static void cancelCalls(Draft d, Instant at, List<CallEntry> changed, Predicate<CallEntry> which) {
    for (int i = 0; i < d.calls.size(); i++) {
      CallEntry call = d.calls.get(i);
      if (call.isOpen() && which.test(call)) {
        CallEntry cancelled = call.withOutcome(CallOutcome.CANCELLED, at);
        d.calls.set(i, cancelled);
        changed.remove(call);
        changed.add(cancelled);
      }
    }
  }

  /**
   * Whether a member other than the requester offers the help asked for, whether or not they could:
   * read by the ranking strategy's vocabulary ({@link MatchingStrategy#vocabulary()}), or the
   * standard one, so an offer of groceries counts for a request written {@code boodschappen}.
   */
  private boolean offeredByAnother() {
    for (Member member : circle.membersOffering(request.capability(), vocabulary)) {
      if (!member.id().equals(request.requester())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the plan ends because the helper's yes was withdrawn (they did not come, or stepped
   * back) when it was too late to ask anyone else: the last answer is a no, at or after the
   * expiry, from a member who had said yes.
   */
  private boolean withdrawnTooLate() {
    if (answers.isEmpty()) {
      return false;
    }
    Answer last = answers.get(answers.size() - 1);
    return !last.yes() && !last.at().isBefore(expiresAt())
        && answers.stream().anyMatch(a -> a.yes() && a.member().equals(last.member()));
  }

  /** Ends a step: a notice to each connector who got new calls in it, in the circle's order. */
  private AskStep finish(Draft d, List<Message> messages, List<CallEntry> changed, @Nullable Instant next) {
    for (Member connector : circle.members()) {
      long added = changed.stream().filter(c -> c.connector().equals(connector.id()) && c.outcome().isEmpty()).count();
      if (added > 0) {
        messages.add(direct(connector.id(), Purpose.CALLS_WAITING,
            texts.callsForConnector((int) added, agreements.locale()), Objects.requireNonNull(d.lastAdvance)));
      }
    }
    return d.step(messages, changed, next);
  }

  /** The referral target behind an expired request's next step, for whom to call. */
  private static Optional<ReferralTarget> targetOf(NextStep step) {
    switch (step) {
      case MUNICIPAL_SOCIAL_SUPPORT:
        return Optional.of(ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT);
      case ASK_FAMILY_CARER:
        return Optional.of(ReferralTarget.FAMILY_CARER);
      default:
        return Optional.empty();
    }
  }

  /** The members of the next round: not asked yet, reachable, under the weekly maximum, in order. */
  private List<MemberId> pickRound(Instant now, AskHistory circleAsks) {
    List<MemberId> pick = new ArrayList<>();
    List<MemberId> callers = callers(now);
    for (MemberId m : order) {
      if (pick.size() == agreements.notificationBudget()) {
        break;
      }
      if (stillToAsk(m) && blocked(m, now, callers, circleAsks) == null) {
        pick.add(m);
      }
    }
    return pick;
  }

  /** Whether a member in the order is still to be asked: not asked, not the helper, never said no. */
  private boolean stillToAsk(MemberId m) {
    return !asked.contains(m) && !m.equals(lifecycle.helper().orElse(null)) && !lifecycle.declinedBy().contains(m);
  }

  /**
   * What keeps a member still to ask from being asked now: the weekly most asks (in the week up to
   * and including now, so that another plan's ask at this very instant counts), or nobody to call a
   * member without a smartphone; null when nothing does.
   */
  private @Nullable NobodyAsked blocked(MemberId m, Instant now, List<MemberId> callers, AskHistory circleAsks) {
    Instant until = now.plusNanos(1);
    if (circleAsks.timesAsked(m, until.minus(WEEK), until) >= agreements.maxAsksPerMemberPerWeek()) {
      return NobodyAsked.WEEKLY_LIMIT;
    }
    boolean reachable = byMessage(m) || callers.stream().anyMatch(c -> !c.equals(m));
    return reachable ? null : NobodyAsked.NOBODY_TO_CALL;
  }

  /**
   * Why nobody can be asked now, one reason for the escalation and the expiry alike: nobody else
   * offers the help; else the weekly most asks if it keeps any member still to ask; else nobody to
   * call them; else the ranking ruled out everyone who offers it.
   */
  private NobodyAsked whyNobody(Instant now, AskHistory circleAsks) {
    if (!offeredByAnother()) {
      return NobodyAsked.NOBODY_OFFERS;
    }
    List<MemberId> callers = callers(now);
    NobodyAsked why = NobodyAsked.NONE_FITS;
    for (MemberId m : order) {
      NobodyAsked kept = stillToAsk(m) ? blocked(m, now, callers, circleAsks) : null;
      if (kept == NobodyAsked.WEEKLY_LIMIT) {
        return kept;
      }
      if (kept != null) {
        why = kept;
      }
    }
    return why;
  }

  /** When the next round is due: now for the first, when all asked said no, or after the timeout. */
  private @Nullable Instant roundDue() {
    if (round == 0 || lastRound == null || waitingOn().isEmpty()) {
      return null;
    }
    return lastRound.plus(timeout(lastRound));
  }

  /** The answer timeout of a round asked at a time: the short one for help needed today. */
  private Duration timeout(Instant askedAt) {
    return neededToday(askedAt) ? agreements.urgentAnswerTimeout() : agreements.answerTimeout();
  }

  /**
   * Whether the help counts as needed today at a time: declared {@link Urgency#TODAY}, or, whatever
   * the urgency declared, its last start ({@link #expiresAt()}) comes less than the {@linkplain
   * CircleAgreements#urgentAnswerTimeout() urgent answer timeout} after the next time anyone may be
   * asked (the end of the quiet hours, or {@code at} outside them). That timeout is the shortest time
   * the plan gives a round to answer: a ride at 08:15 when the quiet hours end at 08:00 could only be
   * asked for with a quarter of an hour to answer, so it is asked for at once, as a ride at 08:00 is.
   * A flexible window whose last start has passed is not: the help can no longer start, and the end
   * notices wait for the morning; a fixed time that has come is, as someone waits for the help. The
   * one rule for the quiet hours, the answer timeout and {@link CircleAsks}' order.
   *
   * @param at the time, not null
   * @return true when the help is needed today at that time
   */
  boolean neededToday(Instant at) {
    if (request.urgency() == Urgency.TODAY) {
      return true;
    }
    Instant lastStart = expiresAt();
    if (request.window().flexible() && !at.isBefore(lastStart)) {
      return false;
    }
    Instant askable = agreements.quietHours().nextAllowed(at, agreements.zone());
    return askable.plus(agreements.urgentAnswerTimeout()).isAfter(lastStart);
  }

  /** When the notices held in the quiet hours go out: the end of the quiet hours they were made in. */
  private Instant heldUntil() {
    return agreements.quietHours().nextAllowed(held.get(0).since(), agreements.zone());
  }

  /**
   * The notices at the end of a request (expiry, referral): sent now, or held to the end of the quiet
   * hours unless the help is needed today. The plan is not finished while it holds any.
   */
  private AskStep endNotices(Draft d, List<Held> notices, Instant now, List<Message> messages,
      List<CallEntry> changed) {
    if (neededToday(now) || !agreements.quietHours().contains(now, agreements.zone())) {
      for (Held notice : notices) {
        deliver(d, notice, now, messages, changed);
      }
      return finish(d, messages, changed, null);
    }
    for (Held notice : notices) {
      d.held.add(notice.since(now));
    }
    return finish(d, messages, changed, agreements.quietHours().nextAllowed(now, agreements.zone()));
  }

  /** Sends one notice: a direct message, or told to a member (a call for one without a smartphone). */
  private void deliver(Draft d, Held notice, Instant now, List<Message> messages, List<CallEntry> changed) {
    if (notice.viaCall()) {
      tell(d, notice.member(), notice.preferred(), notice.purpose(), notice.text(), now, messages, changed);
    } else {
      messages.add(direct(notice.member(), notice.purpose(), notice.text().by(Channel.DIRECT), now));
    }
  }

  /**
   * The members the plan waits on: asked in this plan (and not let go when a helper said yes), and
   * neither said yes nor no.
   */
  private List<MemberId> waitingOn() {
    return lifecycle.pendingHelpers().stream().filter(asked::contains).toList();
  }

  /**
   * A text in the words of the channel it goes by: a direct message, or a connector's call ({@link
   * Channel#CALL}), read out by the connector who is calling, which promises no connector's call.
   */
  @FunctionalInterface
  private interface Worded {
    String by(Channel channel);
  }

  /**
   * A notice to send: to a member by a direct message, or told ({@code viaCall}: a call on a
   * connector's sheet for a member without a smartphone, first the preferred connector's); held
   * since a time in the quiet hours.
   */
  private record Held(MemberId member, @Nullable MemberId preferred, boolean viaCall, Purpose purpose, Worded text,
      Instant since) {

    static Held direct(MemberId member, Purpose purpose, String text) {
      return new Held(member, null, false, purpose, channel -> text, Instant.EPOCH);
    }

    static Held told(MemberId member, @Nullable MemberId preferred, Purpose purpose, Worded text) {
      return new Held(member, preferred, true, purpose, text, Instant.EPOCH);
    }

    Held since(Instant at) {
      return new Held(member, preferred, viaCall, purpose, text, at);
    }
  }

  /**
   * While a helper's yes stands: the reminders to the helper (the evening before at 19:00 and an
   * hour before a fixed start; only the latest that is due), then, when the help should be over,
   * the question whether it was given to the requester and the connectors.
   */
  private AskStep afterYes(Draft d, Instant now, List<Message> messages, List<CallEntry> changed) {
    Locale locale = agreements.locale();
    MemberId helper = lifecycle.helper().orElseThrow();
    List<Instant> times = reminderTimes();
    int due = 0;
    while (due < times.size() && !now.isBefore(times.get(due))) {
      due++;
    }
    if (due > reminders) {
      d.reminders = due;
      if (now.isBefore(request.window().start())) {
        // a helper without a smartphone: on the sheet of the connector who called them before
        boolean soon = due == times.size();
        tell(d, helper, lastCaller(helper), Purpose.REMINDER, channel -> soon ? texts.reminderSoon(channel, locale)
            : texts.reminder(channel, locale), now, messages, changed);
      }
    }
    Instant feedbackAt = feedbackAt();
    if (!feedbackAsked && !now.isBefore(feedbackAt)) {
      d.feedbackAsked = true;
      // the requester is never their own connector: with no other, nobody is there to let know
      Worded feedback = connectors(now).isEmpty() ? channel -> texts.feedbackWithoutConnector(locale)
          : channel -> texts.feedbackForRequester(channel, locale);
      tell(d, request.requester(), filedBy.connector().orElse(null), Purpose.FEEDBACK, feedback, now, messages,
          changed);
      for (MemberId connector : connectors(now)) {
        messages.add(direct(connector, Purpose.FEEDBACK, texts.feedbackForConnector(locale), now));
      }
    }
    Instant next = d.reminders < times.size() ? times.get(d.reminders) : d.feedbackAsked ? null : feedbackAt;
    return finish(d, messages, changed, next);
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
   * A member answered themselves: {@link #answer(Instant, MemberId, boolean, AnsweredBy)} with
   * {@link AnsweredBy#member()}.
   *
   * @param at when, not null, in the years 1 to 9999, not before the previous event
   * @param member who answered, not null, not the requester
   * @param yes true for yes
   * @return the step
   * @throws IllegalArgumentException as {@link #answer(Instant, MemberId, boolean, AnsweredBy)}
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException as {@link #answer(Instant,
   *     MemberId, boolean, AnsweredBy)}
   */
  public AskStep answer(Instant at, MemberId member, boolean yes) {
    return answer(at, member, yes, AnsweredBy.member());
  }

  /**
   * A member's answer, given by the member or on their behalf: yes makes them the helper, no (from
   * someone asked, or from the helper, who steps back) lets the plan go on. A yes from someone not
   * in the plan's {@linkplain #order() order} (a volunteer who saw the group post) is taken only from a
   * member of the circle whom the hard rules let through: those of the ranking the plan was built
   * with ({@link Builder#rankedBy}), otherwise the {@linkplain HardRules#standard() standard rules}
   * on the circle at the time of the yes (the requester's wish, taking part, the kind of help, the
   * member's limits and availability; not their weekly capacity or other promises, which the plan
   * cannot see). Who gave the answer is recorded in {@link #answers()} and in
   * the lifecycle's history, and must be allowed by the plan's {@link AnswerMandates}; no text says
   * who gave it.
   *
   * @param at when, not null, in the years 1 to 9999, not before the previous event
   * @param member whose answer it is, not null, not the requester
   * @param yes true for yes
   * @param answeredBy who gave it, not null: the member, a connector of the circle for a member
   *     without a smartphone or who asked the connectors to, or a family carer the member named
   * @return the step: after a yes the thanks to the helper, the good news for the requester, and
   *     the notice that the request is taken to the group and to those asked, due again at the
   *     first reminder; after a no, none, except when the helper steps back: then the requester,
   *     the group (if it saw the request) and the connectors are told it is open again, and the
   *     members told it was taken may be asked again
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch, and nothing changes: on field {@code
   *     member} for a yes from an id that is not a member of the circle, or from a volunteer the
   *     hard rules rule out ("cannot take this request", never saying which rule: the connectors'
   *     explanation of the ranking does); on field {@code answeredBy} if the mandates do not allow
   *     that answer on the member's behalf; on field {@code at} outside the years 1 to 9999 (rule
   *     {@code supportedYears}) or before the plan's last step (rule {@code afterLastStep})
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if the request is not
   *     waiting for this answer (a yes when a helper already said yes, a no from someone not
   *     asked, a second no: rule {@code already-said-no}), a yes comes after the request's window
   *     ended although the plan was not advanced to expire it (rule {@code window-has-ended}, as
   *     {@link RequestLifecycle#accept}; once advanced past {@link #expiresAt()} the plan has
   *     expired and refuses every yes), or a connector is recorded as answering for themselves
   * @since 0.1.0
   */
  public AskStep answer(Instant at, MemberId member, boolean yes, AnsweredBy answeredBy) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(answeredBy, "answeredBy");
    checkTime("at", at);
    Problems problems = new Problems("AskPlan");
    if (yes && !order.contains(member) && !member.equals(request.requester())) {
      checkVolunteer(problems, member, at);
    }
    if (!problems.any()) {
      mandates.check(problems, circle, member, answeredBy);
    }
    problems.throwIfAny();
    return answerChecked(at, member, yes, answeredBy);
  }

  /**
   * A yes from someone the plan would not ask (a volunteer who saw the group post, say): refused
   * unless they are a member of the circle whom the hard rules let through: the ranking's, when the
   * plan was {@linkplain Builder#rankedBy ranked} (a decline of this request excepted: a member may
   * change their mind), else the {@linkplain HardRules#standard() standard rules} on the circle at
   * the time of the yes (without the ledger and commitments, which the plan does not have: weekly
   * capacity and time conflicts are the platform's to check). The error never says which rule: it
   * may be the requester's wish or the volunteer's own absence.
   */
  private void checkVolunteer(Problems problems, MemberId member, Instant at) {
    Optional<Member> found = circle.member(member);
    if (found.isEmpty()) {
      problems.add("member", "inCircle", Map.of("member", member.value(), "circle", circle.id().value()));
      return;
    }
    boolean excluded = false;
    if (ranked != null) {
      excluded = !ranked.contains(member);
    } else {
      MatchContext context = MatchContext.of(request, CircleSnapshot.at(circle, HelpLedger.empty(), at),
          Duration.ofDays(MatchingStrategies.DEFAULT_LOAD_WINDOW_DAYS));
      for (HardRule rule : HardRules.standard()) {
        excluded |= rule.excludes(context, found.get());
      }
    }
    if (excluded) {
      problems.add("member", "eligibleHelper", Map.of());
    }
  }

  /** An answer whose giver is allowed: the step it makes. */
  private AskStep answerChecked(Instant at, MemberId member, boolean yes, AnsweredBy answeredBy) {
    checkTime("at", at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    List<Message> messages = new ArrayList<>();
    List<CallEntry> changed = new ArrayList<>();
    d.answers.add(new Answer(member, yes, at, answeredBy));
    if (!yes) {
      d.lifecycle = lifecycle.decline(at, member, answeredBy);
      // the answer came (through a family carer, say): the call to ask them is not needed
      cancelCalls(d, at, changed, call -> call.purpose() == Purpose.ASK && call.member().equals(member));
      boolean steppedBack = member.equals(lifecycle.helper().orElse(null));
      if (steppedBack) {
        // the reminders, the good news and the question whether it was given no longer hold
        cancelCalls(d, at, changed, call -> call.purpose() != Purpose.ASK);
        reopen(d, at, messages, changed);
      }
      // everyone asked said no, or the helper stepped back: the next round is due now
      boolean nextNow = d.lifecycle.pendingHelpers().isEmpty() || nextCheck == null || steppedBack;
      return finish(d, messages, changed, nextNow ? at : nextCheck);
    }
    d.lifecycle = lifecycle.accept(at, member, answeredBy);
    // nobody need be called to be asked any more, the helper neither if they answered another way
    cancelCalls(d, at, changed, call -> call.purpose() == Purpose.ASK);
    d.reminders = remindersPassed(at);
    d.feedbackAsked = false;
    Locale locale = agreements.locale();
    AnswerTo answerTo = visibility.kind() == Visibility.Kind.CONNECTORS_ONLY ? AnswerTo.TO_CONNECTOR
        : AnswerTo.TO_THIS_MESSAGE;
    if (byMessage(member)) {
      messages.add(direct(member, Purpose.THANKS, texts.thanksToHelper(answerTo, locale), at));
    }
    tell(d, request.requester(), filedBy.connector().orElse(null), Purpose.FOUND, texts.foundForRequester(locale), at,
        messages, changed);
    closeOthers(messages, Purpose.TAKEN, texts.takenForMember(locale), member, at);
    if (posted) {
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.TAKEN, locale,
          texts.takenForGroup(locale), at));
    }
    List<Instant> times = reminderTimes();
    return finish(d, messages, changed, d.reminders < times.size() ? times.get(d.reminders) : feedbackAt());
  }

  /**
   * After the helper's yes was withdrawn (stepped back, or did not come): the members who were
   * still asked when the yes came were told it was taken (or their calls cancelled), so the plan no
   * longer waits on them; they may be asked again, as a new ask. While there is time to ask, the
   * requester, the group if the request was posted there, and the connectors are told that the
   * request is open again; no text says who stepped back (the connectors see it in {@link
   * #answers()}). Without time left, the expiry's notices follow at the next step instead.
   */
  private void reopen(Draft d, Instant at, List<Message> messages, List<CallEntry> changed) {
    d.asked.removeAll(lifecycle.pendingHelpers());
    if (!at.isBefore(expiresAt())) {
      return;
    }
    Locale locale = agreements.locale();
    tell(d, request.requester(), filedBy.connector().orElse(null), Purpose.REOPENED,
        texts.reopenedForRequester(locale), at, messages, changed);
    if (posted) {
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.REOPENED, locale,
          texts.reopenedForGroup(locale), at));
    }
    for (MemberId connector : connectors(at)) {
      messages.add(direct(connector, Purpose.REOPENED, texts.reopenedForConnector(locale), at));
    }
  }

  /**
   * The help did not happen: the helper did not come, or the requester or a connector reports
   * that it did not take place. The helper's yes is withdrawn (a decline in the lifecycle, without
   * penalty), so help that did not happen never counts as help; the plan goes on asking if there
   * is still time, and otherwise expires at its next step.
   *
   * <p>A report, not the helper's answer: the withdrawal is recorded as given by the connector who
   * reported it, and as the helper's own when the platform or the requester reports it (a
   * requester does not answer for their helper); no mandate is needed.
   *
   * @param at when it was reported, not null, in the years 1 to 9999, not before the previous event
   * @param recordedBy who reported it (the requester or a connector), or null for the platform
   * @return the step, due again at once
   * @throws nl.voorzorgcirkel.core.validation.InvalidStateException (an {@link
   *     IllegalStateException}) in English and Dutch if no helper's yes stands (field {@code helper},
   *     rule {@code helperSaidYes}): a second report of the same no-show, say
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch on field {@code at}: outside the years 1 to
   *     9999 (rule {@code supportedYears}) or before the plan's last step (rule {@code
   *     afterLastStep}); nothing changes
   */
  public AskStep noShow(Instant at, @Nullable MemberId recordedBy) {
    Objects.requireNonNull(at, "at");
    checkTime("at", at);
    MemberId helper = lifecycle.helper().filter(h -> lifecycle.state() == RequestState.ACCEPTED).orElseThrow(
        () -> Problems.state("AskPlan", "helper", "helperSaidYes", Map.of("request", request.id().value())));
    AnsweredBy by = AnsweredBy.member();
    if (recordedBy != null && !recordedBy.equals(helper)
        && circle.member(recordedBy).filter(m -> m.role() == Role.CONNECTOR).isPresent()) {
      by = AnsweredBy.connector(recordedBy);
    }
    return answerChecked(at, helper, false, by);
  }

  /**
   * A connector records a call: the member's latest open call in this plan that offers the outcome
   * ({@link CallEntry#outcomes()}; a requester may have an open notice and an open question at
   * once), else their latest open call, which then refuses it. A question is answered yes or no: for
   * an ask, the member's answer, recorded on their behalf by the connector ({@link #answer}); for a
   * reminder, no means the helper steps back ({@link #answer} with no) and yes that they will come;
   * for the question whether the help was given, the requester's answer: no means the help did not
   * happen, and the plan does what {@link #noShow} does, reported by the connector on the call (the
   * helper's yes is withdrawn, so nothing counts as help and no commitment stays; the request is
   * open again while there is time, else it expires with its next step); yes is recorded and the
   * connector then records the effort with {@link #complete}, which a call cannot know. A notice (the good news, open again, nobody
   * found, a referral, a withdrawal) is {@link CallOutcome#REACHED}: the member was told. No answer
   * and voicemail leave either open, on the sheet, to call again; nothing else changes.
   *
   * <p><b>Recorded twice.</b> When the member has no open call and their latest call in this plan
   * was already recorded with the same outcome (a connector's double click, a platform's retry), the
   * repeat is taken as done: the step returns this plan unchanged, without messages or calls, at
   * any time in the supported years. Another outcome on that call is refused (rule {@code
   * alreadyRecorded}, naming the outcome it has): what a member said is not recorded over.
   *
   * @param at when, not null, in the years 1 to 9999, not before the previous event
   * @param member the member called, not null; must have an open call in this plan (or a repeat, see
   *     above)
   * @param outcome what came of the call, not null: one the call offers, never {@link
   *     CallOutcome#CANCELLED}
   * @return the step, as {@link #answer} for an answer to an ask or a helper stepping back, as
   *     {@link #noShow} for a no to whether the help was given; without messages otherwise; for a
   *     repeat this plan, unchanged
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch, and nothing changes: on field {@code member}
   *     if the member has no call in this plan that is open or recorded (rule {@code openCall}); on
   *     field {@code outcome} for {@link CallOutcome#CANCELLED} (rule {@code byConnector}), another
   *     outcome on a call already recorded (rule {@code alreadyRecorded}), yes or no on a notice (rule
   *     {@code outcomeOfNotice}) or reached on a question (rule {@code outcomeOfQuestion}); on field
   *     {@code at} outside the years 1 to 9999 (rule {@code supportedYears}), before the plan's last
   *     step (rule {@code afterLastStep}) or before the call was put on the sheet (type {@code
   *     CallEntry}, rule {@code notBeforeCall})
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException as {@link #answer}, for
   *     example a yes after another member's yes; the call stays open
   */
  public AskStep recordCall(Instant at, MemberId member, CallOutcome outcome) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(outcome, "outcome");
    Problems problems = new Problems("AskPlan").supported("at", at);
    if (!outcome.isRecordedByConnector()) {
      problems.add("outcome", "byConnector", Map.of());
    }
    int index = -1;
    int latest = -1;
    @Nullable CallEntry last = null;
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).member().equals(member)) {
        last = calls.get(i);
        if (calls.get(i).isOpen()) {
          latest = i;
          if (calls.get(i).outcomes().contains(outcome)) {
            index = i;
          }
        }
      }
    }
    Optional<CallOutcome> before = latest < 0 && last != null ? last.outcome() : Optional.empty();
    if (latest < 0 && before.isEmpty()) {
      problems.add("member", "openCall", Map.of("member", member.value(), "request", request.id().value()));
    } else if (before.isPresent()) {
      if (before.get() == outcome && !problems.any()) {
        // the same outcome again (a double click, a retry): already recorded, nothing changes
        return new AskStep(this, List.of(), List.of(), Optional.ofNullable(nextCheck));
      }
      problems.add("outcome", "alreadyRecorded", Map.of("member", member.value(), "request", request.id().value(),
          "outcome", new Bilingual(before.get().label(Locale.ENGLISH), before.get().label(DUTCH))));
    }
    problems.throwIfAny();
    checkTime("at", at);
    if (index < 0) {
      index = latest;
    }
    CallEntry call = calls.get(index);
    // refuses an outcome the call does not offer (yes on a notice, reached on a question) before anything changes
    CallEntry recorded = call.withOutcome(outcome, at);
    boolean answersAsk = call.purpose() == Purpose.ASK && !outcome.leavesOpen();
    boolean accepted = lifecycle.state() == RequestState.ACCEPTED;
    boolean stepsBack = call.purpose() == Purpose.REMINDER && outcome == CallOutcome.NO && accepted
        && member.equals(lifecycle.helper().orElse(null));
    // the requester says the help was not given: the helper did not come, as the connector reports
    boolean notGiven = call.purpose() == Purpose.FEEDBACK && outcome == CallOutcome.NO && accepted
        && member.equals(request.requester());
    AskStep step;
    if (answersAsk || stepsBack) {
      // the member answered the connector on the phone: the connector gives their answer
      step = answerChecked(at, member, outcome == CallOutcome.YES, AnsweredBy.connector(call.connector()));
    } else if (notGiven) {
      step = noShow(at, call.connector());
    } else {
      checkTime("at", at);
      Draft d = new Draft(this);
      d.lastAdvance = at;
      step = d.step(List.of(), List.of(), nextCheck);
    }
    Draft d = new Draft(step.plan());
    d.calls.set(index, recorded);
    List<CallEntry> changed = new ArrayList<>(step.calls());
    // a helper stepping back (or not coming) cancels the calls after the yes, this one too: it is reported as recorded
    changed.removeIf(c -> c.member().equals(member) && c.askedAt().equals(call.askedAt())
        && c.purpose() == call.purpose());
    changed.add(recorded);
    return new AskStep(new AskPlan(d), step.messages(), changed, step.nextCheck());
  }

  /**
   * The request was withdrawn (by the requester, or a connector for them); the group, if it saw
   * the request, and every member asked who has not answered are told.
   *
   * @param at when, not null, in the years 1 to 9999, not before the previous event
   * @param by who withdrew it, or null for the platform
   * @return the step, with the notices
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch on field {@code at}: outside the years 1 to
   *     9999 (rule {@code supportedYears}) or before the plan's last step (rule {@code
   *     afterLastStep}); nothing changes
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if the request already ended
   */
  public AskStep cancel(Instant at, @Nullable MemberId by) {
    Objects.requireNonNull(at, "at");
    checkTime("at", at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    d.lifecycle = lifecycle.cancel(at, by);
    List<Message> messages = new ArrayList<>();
    List<CallEntry> changed = new ArrayList<>();
    cancelCalls(d, at, changed, call -> true);
    Locale locale = agreements.locale();
    closeOthers(messages, Purpose.WITHDRAWN, texts.withdrawn(locale), null, at);
    Optional<MemberId> helper = lifecycle.helper().filter(h -> lifecycle.state() == RequestState.ACCEPTED);
    if (helper.isPresent()) {
      tell(d, helper.get(), lastCaller(helper.get()), Purpose.WITHDRAWN, texts.withdrawn(locale), at, messages,
          changed);
    }
    if (posted) {
      messages.add(new Message(request.id(), Recipient.group(), Channel.GROUP_CHAT, Purpose.WITHDRAWN, locale,
          texts.withdrawn(locale), at));
    }
    return finish(d, messages, changed, null);
  }

  /**
   * The help was given: the request is done, with the effort it took. Only help that was reported
   * done counts as help in the ledger ({@link RequestLifecycle#toHelpRecord()}).
   *
   * @param at when it was reported, not null, in the years 1 to 9999, not before the request's
   *     window starts or the previous event
   * @param effort how long it took, 1 minute to 24 hours, not null
   * @return the step, without messages
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch on field {@code at}: outside the years 1 to
   *     9999 (rule {@code supportedYears}) or before the plan's last step (rule {@code
   *     afterLastStep}); nothing changes
   * @throws nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException if no helper said yes, or
   *     {@code at} is before the request's window starts (rule {@code done-before-the-window}, as
   *     {@link RequestLifecycle#complete}: help that cannot have happened yet never enters the
   *     ledger); the plan is unchanged
   */
  public AskStep complete(Instant at, Duration effort) {
    Objects.requireNonNull(at, "at");
    checkTime("at", at);
    Draft d = new Draft(this);
    d.lastAdvance = at;
    d.lifecycle = lifecycle.complete(at, effort);
    List<CallEntry> changed = new ArrayList<>();
    cancelCalls(d, at, changed, call -> true);
    return d.step(List.of(), changed, null);
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
   * The circle the plan asks in.
   *
   * @return the circle, never null
   */
  public Circle circle() {
    return circle;
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
   * Who filed the request: the requester, or a connector or family carer on their behalf.
   *
   * @return the filer, never null
   */
  public FiledBy filedBy() {
    return filedBy;
  }

  /**
   * Who may answer for whom.
   *
   * @return the mandates, never null
   * @since 0.1.0
   */
  public AnswerMandates mandates() {
    return mandates;
  }

  /**
   * Every answer recorded, in order, with who gave it.
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
   * Whether the plan has ended: the request is done, cancelled, expired or referred, and every
   * notice it held back in the quiet hours has been sent. Until then keep advancing it at {@link
   * #nextCheck()}.
   *
   * @return true when the lifecycle is final and nothing is held
   */
  public boolean isFinished() {
    return lifecycle.state().isFinal() && held.isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Checks a time given to a public method: in the years the library computes with (rule {@code
   * supportedYears}) and not before the plan's last step (rule {@code afterLastStep}).
   *
   * @param path the parameter's name: {@code now} or {@code at}
   */
  private void checkTime(String path, Instant at) {
    Problems problems = new Problems("AskPlan").supported(path, at);
    if (!problems.any() && lastAdvance != null && at.isBefore(lastAdvance)) {
      problems.add(path, "afterLastStep", Map.of("last", lastAdvance));
    }
    problems.throwIfAny();
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

  /**
   * Every connector in the circle on the day, available or not, but the requester: nobody is their
   * own connector for their own request, so no call for it lands on the requester's call sheet.
   */
  private List<MemberId> connectorsOn(Instant now) {
    return circle.connectorsOn(LocalDate.ofInstant(now, agreements.zone())).stream().map(Member::id)
        .filter(id -> !id.equals(request.requester())).toList();
  }

  /** The connectors who can make calls: in the circle and available on the day, not the requester. */
  private List<MemberId> callers(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, agreements.zone());
    List<MemberId> out = new ArrayList<>();
    for (Member m : circle.connectorsOn(day)) {
      if (m.isAvailableOn(day) && !m.id().equals(request.requester())) {
        out.add(m.id());
      }
    }
    return out;
  }

  private Message direct(MemberId member, Purpose purpose, String text, Instant at) {
    return new Message(request.id(), Recipient.member(member), Channel.DIRECT, purpose, agreements.locale(), text, at);
  }

  /** The connector of the latest call to a member in this plan, who knows them: the first to call them again. */
  private @Nullable MemberId lastCaller(MemberId member) {
    return lastCaller(calls, member);
  }

  private static @Nullable MemberId lastCaller(List<CallEntry> calls, MemberId member) {
    MemberId last = null;
    for (CallEntry call : calls) {
      if (call.member().equals(member)) {
        last = call.connector();
      }
    }
    return last;
  }

  /** A notice to every member asked by message who has not answered, but the one given. */
  private void closeOthers(List<Message> messages, Purpose purpose, String text, @Nullable MemberId except,
      Instant at) {
    for (MemberId m : waitingOn()) {
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
        + ", rounds=" + round + ", asked=" + asked.size() + (escalated ? ", escalated" : "")
        + (held.isEmpty() ? "" : ", held=" + held.size()) + "}";
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
    final @Nullable Set<MemberId> ranked;
    final CapabilityVocabulary vocabulary;
    final @Nullable ScopeDecision referral;
    final ReferralDirectory referrals;
    final FiledBy filedBy;
    final AnswerMandates mandates;
    RequestLifecycle lifecycle;
    final List<MemberId> asked;
    int round;
    @Nullable Instant lastRound;
    boolean posted;
    boolean escalated;
    @Nullable NobodyAsked nobodyAsked;
    int reminders;
    boolean feedbackAsked;
    final List<CallEntry> calls;
    final List<Answer> answers;
    @Nullable Instant lastAdvance;
    @Nullable Instant nextCheck;
    final List<Held> held = new ArrayList<>();

    Draft(AskPlan p) {
      this(p.request, p.circle, p.visibility, p.agreements, p.history, p.texts, p.order, p.ranked, p.vocabulary,
          p.referral, p.referrals, p.filedBy, p.mandates, p.lifecycle);
      asked.addAll(p.asked);
      round = p.round;
      lastRound = p.lastRound;
      posted = p.posted;
      escalated = p.escalated;
      nobodyAsked = p.nobodyAsked;
      reminders = p.reminders;
      feedbackAsked = p.feedbackAsked;
      calls.addAll(p.calls);
      answers.addAll(p.answers);
      lastAdvance = p.lastAdvance;
      nextCheck = p.nextCheck;
      held.addAll(p.held);
    }

    Draft(HelpRequest request, Circle circle, Visibility visibility, CircleAgreements agreements, AskHistory history,
        RequestTexts texts, List<MemberId> order, @Nullable Set<MemberId> ranked, CapabilityVocabulary vocabulary,
        @Nullable ScopeDecision referral, ReferralDirectory referrals, FiledBy filedBy, AnswerMandates mandates,
        RequestLifecycle lifecycle) {
      this.request = request;
      this.circle = circle;
      this.visibility = visibility;
      this.agreements = agreements;
      this.history = history;
      this.texts = texts;
      this.order = order;
      this.ranked = ranked;
      this.vocabulary = vocabulary;
      this.referral = referral;
      this.referrals = referrals;
      this.filedBy = filedBy;
      this.mandates = mandates;
      this.lifecycle = lifecycle;
      this.asked = new ArrayList<>();
      this.calls = new ArrayList<>();
      this.answers = new ArrayList<>();
    }

    AskStep step(List<Message> messages, List<CallEntry> newCalls, @Nullable Instant next) {
      nextCheck = lifecycle.state().isFinal() && held.isEmpty() ? null : next;
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
    private @Nullable Set<MemberId> ranked;
    private CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    private @Nullable ScopeDecision referral;
    private Visibility visibility = Visibility.group();
    private CircleAgreements agreements = CircleAgreements.standard();
    private AskHistory history = AskHistory.empty();
    private @Nullable Area area;
    private ReferralDirectory referrals = ReferralDirectory.empty();
    private FiledBy filedBy = FiledBy.requester();
    private AnswerMandates mandates = AnswerMandates.standard();

    private Builder(HelpRequest request, Circle circle) {
      this.request = Objects.requireNonNull(request, "request");
      this.circle = Objects.requireNonNull(circle, "circle");
    }

    /**
     * Sets whom to ask, best first, judging the scope by the {@linkplain ScopePolicies#standard()
     * standard scope policy} (the policy of {@link MatchingStrategies#standard()}): {@link
     * #order(List, ScopePolicy)} with that policy.
     *
     * @param members the members, not null, no nulls, no duplicates, not the requester
     * @return this builder
     */
    public Builder order(List<MemberId> members) {
      return order(members, ScopePolicies.standard());
    }

    /**
     * Sets whom to ask, best first (a connector's choice, say), with the scope checked as {@link
     * #rankedBy} checks it: a request the policy finds out of scope ({@code douchen}, {@code
     * medicatie}, {@code moeder-douchen}, or a synonym of washing in a circle's own vocabulary) is
     * referred at the plan's first step, never asked of anyone or posted in the group, whatever
     * order is given. The help is read, named in the texts and looked for among other members at
     * the expiry by the policy's {@linkplain ScopePolicy#vocabulary() vocabulary}: give a circle with
     * a vocabulary of its own {@code ScopePolicies.byVocabulary(words)}, so that a {@code regiotaxi}
     * request is asked for as a ride.
     *
     * @param members the members, not null, no nulls, no duplicates, not the requester
     * @param scope the scope policy, not null
     * @return this builder
     * @throws NullPointerException naming {@code members} or {@code scope} if null
     * @since 0.1.0
     */
    public Builder order(List<MemberId> members, ScopePolicy scope) {
      Objects.requireNonNull(scope, "scope");
      this.order = List.copyOf(Objects.requireNonNull(members, "members"));
      this.ranked = null;
      this.vocabulary = scope.vocabulary();
      ScopeDecision decision = scope.assess(request);
      this.referral = decision.isInScope() ? null : decision;
      return this;
    }

    /**
     * Sets whom to ask from a matching strategy's ranking of the request: its candidates in order.
     * A request the strategy finds out of scope is referred at the plan's first step. Whether
     * anyone else offers the help, when the request expires, is read by the strategy's {@link
     * MatchingStrategy#vocabulary() vocabulary} (by the scope policy's for a plan given its {@link
     * #order(List, ScopePolicy)}).
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
      Set<MemberId> eligible = new LinkedHashSet<>(ids);
      // a member who said no may change their mind; every other exclusion stands
      ranking.exclusions().stream().filter(e -> e.code().equals(ExclusionReason.DECLINED.code()))
          .forEach(e -> eligible.add(e.member()));
      this.ranked = Set.copyOf(eligible);
      this.vocabulary = strategy.vocabulary(); // who offers the help, read as the ranking read it
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
     * Sets whom a referral names: the circle's referral directory (over its organisation's, see
     * {@link ReferralDirectory#withFallback}).
     *
     * @param directory the directory, not null; {@link ReferralDirectory#empty()} unless set, so
     *     that a referral names only where it goes ("district nursing")
     * @return this builder
     */
    public Builder referrals(ReferralDirectory directory) {
      this.referrals = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets who filed the request: a connector or a family carer on the requester's behalf. The
     * requester stays the requester; no text says who filed.
     *
     * @param filer who filed, not null; {@link FiledBy#requester()} unless set
     * @return this builder
     */
    public Builder filedBy(FiledBy filer) {
      this.filedBy = Objects.requireNonNull(filer, "filer");
      return this;
    }

    /**
     * Sets who may answer for whom: the declarations the plan checks before it takes an answer
     * given on a member's behalf.
     *
     * @param declared the mandates, not null; {@link AnswerMandates#standard()} unless set
     *     (connectors answer for members without a smartphone, nobody else for anyone)
     * @return this builder
     * @since 0.1.0
     */
    public Builder mandates(AnswerMandates declared) {
      this.mandates = Objects.requireNonNull(declared, "declared");
      return this;
    }

    /**
     * Builds the plan; nothing is asked before its first {@link AskPlan#advance}.
     *
     * @return the plan
     * @throws nl.voorzorgcirkel.core.validation.InvalidStateException (an {@link
     *     IllegalStateException}) in English and Dutch if no order was set (field {@code order}, rule
     *     {@code orderSet})
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
     *     IllegalArgumentException}) listing at once, with field and rule in English and Dutch: the
     *     requester not in the circle; the order or the named members holding the requester, a
     *     duplicate or someone not in the circle; a request for the connectors only while the
     *     agreements do not allow private requests or the circle has no connector but the
     *     requester; a filing connector who is the requester or not a connector of the circle
     */
    public AskPlan build() {
      List<MemberId> given = order;
      if (given == null) {
        throw Problems.state("AskPlan.Builder", "order", "orderSet", Map.of());
      }
      MemberId requester = request.requester();
      Problems problems = new Problems("AskPlan");
      if (circle.member(requester).isEmpty()) {
        problems.add("request.requester", "inCircle", Map.of("member", requester.value(), "circle", circle.id().value()));
      }
      checkMembers(problems, "order", given, requester);
      checkMembers(problems, "visibility", visibility.members(), requester);
      if (visibility.kind() == Visibility.Kind.CONNECTORS_ONLY) {
        if (!agreements.privateRequestsAllowed()) {
          problems.add("visibility", "privateNotAgreed", Map.of());
        }
        if (circle.members().stream().noneMatch(m -> m.role() == Role.CONNECTOR && !m.id().equals(requester))) {
          problems.add("visibility", "needsConnector", Map.of());
        }
      }
      filedBy.connector().ifPresent(c -> {
        if (c.equals(requester)) {
          problems.add("filedBy", "notTheRequester", Map.of());
        } else if (circle.member(c).filter(m -> m.role() == Role.CONNECTOR).isEmpty()) {
          problems.add("filedBy", "connectorOfCircle", Map.of("member", c.value(), "circle", circle.id().value()));
        }
      });
      problems.throwIfAny();
      List<MemberId> plan = given;
      if (visibility.kind() == Visibility.Kind.NAMED_MEMBERS) {
        plan = visibility.members().stream().filter(given::contains).toList();
      }
      RequestTexts texts = RequestTexts.of(request, Optional.ofNullable(area), agreements.zone(), vocabulary);
      return new AskPlan(new Draft(request, circle, visibility, agreements, history, texts, plan, ranked, vocabulary,
          referral, referrals, filedBy, mandates, RequestLifecycle.open(request)));
    }

    private void checkMembers(Problems problems, String field, List<MemberId> members, MemberId requester) {
      Set<MemberId> seen = new LinkedHashSet<>();
      for (int i = 0; i < members.size(); i++) {
        MemberId m = members.get(i);
        String path = field + "[" + i + "]";
        if (m.equals(requester)) {
          problems.add(path, "notTheRequester", Map.of());
        } else if (!seen.add(m)) {
          problems.add(path, "unique", Map.of("id", m.value()));
        } else if (circle.member(m).isEmpty()) {
          problems.add(path, "inCircle", Map.of("member", m.value(), "circle", circle.id().value()));
        }
      }
    }
  }
}
