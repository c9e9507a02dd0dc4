package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.internal.FreeStarts;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link HardRule} or {@link SoftScore} may need about one request in one circle,
 * computed once per ranking: the requester, where and when the help would happen, the loads that
 * count, the request's lifecycle.
 *
 * <p>Created by the matching strategy for each ranking; immutable apart from internal caches,
 * and not shared between threads.
 *
 * @since 0.1.0
 */
public final class MatchContext {

  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private final HelpRequest request;
  /** The reading of kinds of help: the strategy's scope policy's. */
  private final CapabilityVocabulary vocabulary;
  /** The kind of help asked for, read once per ranking. */
  private final Capability kind;
  private final @Nullable RequestLifecycle lifecycle;
  private final CircleSnapshot snapshot;
  private final Member requester;
  private final Duration loadWindow;
  private final Duration travelBuffer;
  /**
   * The earliest moment help can start: the window's start, or the snapshot's now once the window
   * has begun. Help never starts before now.
   */
  private final Instant notBefore;
  /** Whether no start is left: a fixed start before now, or no room for the help after now. */
  private final boolean over;
  /** The week of {@link #notBefore}: the week of most members' help. */
  private final Instant weekStart;
  private final Instant weekEnd;
  /** The start of the load window, which ends at the snapshot's now. */
  private final Instant windowStart;
  /** This request's own commitment, if the snapshot's book holds one: it never counts against itself. */
  private final @Nullable Commitment own;
  /**
   * What was worked out about a member, when a rule or score first asked: most members fail a
   * rule before anything is read for them. Created on first use.
   */
  private @Nullable Facts facts;
  private @Nullable Facts lastFacts;
  private final GeoPoint place;
  /** The first and last local day of the request's window; worked out on first use. */
  private @Nullable LocalDate firstDay;
  private @Nullable LocalDate lastDay;
  /** The earliest start for the last availability asked about: members mostly share one. */
  private @Nullable WeeklyAvailability lastAvailability;
  private Optional<Instant> lastEarliestStart = Optional.empty();
  /** By availability, for the others. Created on first use. */
  private @Nullable IdentityHashMap<WeeklyAvailability, Optional<Instant>> earliestStarts;
  /** The figures of a lacks-capability exclusion, the same for every member. */
  private @Nullable Map<String, Object> lacksCapabilityFigures;
  /** When members with commitments would help; created on first use. */
  private @Nullable Map<MemberId, Optional<Instant>> helpStarts;
  /** Who helped with the series' previous occurrence; worked out on first use. */
  private Optional<MemberId> previousHelper = Optional.empty();
  private boolean previousHelperKnown;

  /**
   * Per member: null or negative for "not yet read". A chain, newest first: a request reaches a
   * few members, so a short walk beats a map, and the chain needs no arrays.
   */
  private static final class Facts {
    final MemberId member;
    final @Nullable Facts next;
    @Nullable Duration weekLoad;
    @Nullable Duration windowLoad;
    int timesHelped = -1;
    double distance = -1;
    /** Only for a member away or paused on the slots' earliest start's day; null for none. */
    @Nullable Instant earliestStart;
    boolean earliestStartKnown;

    Facts(MemberId member, @Nullable Facts next) {
      this.member = member;
      this.next = next;
    }
  }

  /**
   * The context of one request in a circle, as a matching strategy makes it for each ranking: for
   * rules and scores of your own, and for their tests.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param snapshot the circle, its ledger and now, not null
   * @param loadWindow the period before now over which load counts for fairness, positive, not
   *     null
   * @return a new context; not thread-safe
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  public static MatchContext of(HelpRequest request, CircleSnapshot snapshot, Duration loadWindow) {
    Objects.requireNonNull(loadWindow, "loadWindow");
    return new MatchContext(request, snapshot, loadWindow);
  }

  MatchContext(HelpRequest request, CircleSnapshot snapshot, Duration loadWindow) {
    this(request, null, snapshot, loadWindow, HardRules.DEFAULT_TRAVEL_BUFFER, CapabilityVocabulary.standard());
  }

  MatchContext(HelpRequest request, @Nullable RequestLifecycle lifecycle, CircleSnapshot snapshot,
      Duration loadWindow, Duration travelBuffer, CapabilityVocabulary vocabulary) {
    this.request = Objects.requireNonNull(request, "request");
    this.vocabulary = vocabulary;
    this.kind = vocabulary.canonical(request.capability());
    this.lifecycle = lifecycle;
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.loadWindow = loadWindow;
    this.travelBuffer = travelBuffer;
    Member found = snapshot.member(request.requester());
    if (found == null) {
      throw Arguments.invalid("HelpRequest", "requester", "memberOfCircle",
          Map.of("member", request.requester().value(), "circle", snapshot.circle().id().value()));
    }
    this.requester = found;
    TimeWindow window = request.window();
    Instant now = snapshot.now();
    this.notBefore = now.isAfter(window.start()) ? now : window.start();
    this.over = window.flexible()
        ? notBefore.plus(request.expectedDuration()).isAfter(window.end())
        : window.start().isBefore(now);
    // the two bounds without the array of weekOf: a context is made for every ranking
    this.weekStart = CalendarWeeks.startOf(notBefore, snapshot.zone());
    this.weekEnd = CalendarWeeks.endOf(notBefore, snapshot.zone());
    this.windowStart = snapshot.now().minus(loadWindow);
    this.place = request.place().orElse(requester.home());
    CommitmentBook book = snapshot.commitments();
    this.own = book.isEmpty() ? null : book.forRequest(request.id()).orElse(null);
  }

  /**
   * The request being ranked.
   *
   * @return the request, never null
   */
  public HelpRequest request() {
    return request;
  }

  /**
   * The kind of help asked for, as the strategy reads the request's capability: by its scope
   * policy's {@linkplain nl.voorzorgcirkel.core.scope.ScopePolicy#vocabulary() vocabulary} ({@link
   * CapabilityVocabulary#canonical}), the same reading that found the request in scope. A request
   * written {@code boodschappen} asks for {@link Capability#GROCERIES_AND_ERRANDS}, one written
   * {@code naar-de-kapper} for {@link Capability#RIDE_BY_CAR}; a code the vocabulary reads as no kind
   * of help of its own is its own kind. Read once per context.
   *
   * @return the kind of help, never null
   * @since 0.1.0
   */
  public Capability capability() {
    return kind;
  }

  /**
   * The vocabulary by which this context reads the request's and the members' kinds of help: the
   * strategy's scope policy's; the standard vocabulary for a context made by {@link #of}.
   *
   * @return the vocabulary, never null
   * @since 0.1.0
   */
  public CapabilityVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * A member's offer of the kind of help asked for ({@link #capability()}), as the vocabulary reads
   * the member's offers: an offer written {@code boodschappen} is an offer of groceries and errands
   * ({@link Member#offerOf(Capability, CapabilityVocabulary)}). Rules and scores that ask whether,
   * or under which limits, a member offers the help should ask here, so that they judge it as the
   * scope does.
   *
   * @param candidate the member, not null
   * @return the offer, or empty if the member offers no help of that kind
   * @since 0.1.0
   */
  public Optional<CapabilityOffer> offerOf(Member candidate) {
    return candidate.offerOf(kind, vocabulary);
  }

  /**
   * Whether a member offers the kind of help asked for, as {@link #offerOf(Member)} reads it.
   *
   * @param candidate the member, not null
   * @return true if offered
   * @since 0.1.0
   */
  public boolean offers(Member candidate) {
    return candidate.offers(kind, vocabulary);
  }

  /**
   * The request's lifecycle, when the strategy was given one: who was asked, who said no.
   *
   * @return the lifecycle, or empty when only the request was ranked
   */
  public Optional<RequestLifecycle> lifecycle() {
    return Optional.ofNullable(lifecycle);
  }

  /**
   * The circle as matching sees it.
   *
   * @return the snapshot, never null
   */
  public CircleSnapshot snapshot() {
    return snapshot;
  }

  /**
   * The member who asked.
   *
   * @return the requester, never null
   */
  public Member requester() {
    return requester;
  }

  /**
   * The travel time kept free between two pieces of help of one member at set times.
   *
   * @return zero or more
   */
  public Duration travelBuffer() {
    return travelBuffer;
  }

  /**
   * How far the place of the help is from a helper's home: the requester's home unless the
   * request names a place. This is what makes one helper closer than another.
   *
   * @param helper the helper, not null
   * @return metres, 0 or more
   */
  public double distanceMetres(Member helper) {
    Facts known = facts(helper.id());
    if (known.distance < 0) {
      known.distance = helper.home().distanceMetresTo(place);
    }
    return known.distance;
  }

  /**
   * The farthest a helper has to go from home: to the place of the help or, for a ride or errand
   * with a destination, to whichever of the two is farther. This is what a member's distance
   * limit ("the farthest I will drive") is checked against.
   *
   * @param helper the helper, not null
   * @return metres, 0 or more
   */
  public double farthestMetres(Member helper) {
    double d = distanceMetres(helper);
    if (request.destination().isPresent()) {
      d = Math.max(d, helper.home().distanceMetresTo(request.destination().get()));
    }
    return d;
  }

  /**
   * A member's load in the local week (Monday to Monday) in which they would help with this
   * request ({@link #helpStart}, or the earliest moment help could start, {@link #notBefore()}, if
   * they cannot): the help they gave and the
   * help they promised that starts that week, this request's own commitment left out. This is what
   * counts against their weekly capacity.
   *
   * @param member the member, not null
   * @return the load, zero or more
   */
  public Duration weekLoad(Member member) {
    Facts known = facts(member.id());
    if (known.weekLoad == null) {
      Instant start = helpStart(member).orElse(notBefore);
      Instant from = weekStart;
      Instant to = weekEnd;
      if (start.isBefore(weekStart) || !start.isBefore(weekEnd)) {
        Instant[] week = snapshot.weekOf(start);
        from = week[0];
        to = week[1];
      }
      known.weekLoad = withoutOwn(member.id(), snapshot.load(member.id(), from, to), from, to);
    }
    return known.weekLoad;
  }

  /**
   * {@link #weekLoad} plus the request's expected duration, compared with {@code limit}: the
   * capacity rule and the slack score ask it for every candidate of every request.
   */
  int compareWeekLoadAfter(Member member, Duration limit) {
    return compareSum(weekLoad(member), request.expectedDuration(), limit);
  }

  /** The whole seconds of {@link #weekLoad} plus the request's expected duration. */
  long weekLoadAfterSeconds(Member member) {
    return sumSeconds(weekLoad(member), request.expectedDuration());
  }

  /**
   * {@code a.plus(b).compareTo(limit)} by its sign, without the temporary sum; overflow throws as
   * {@link Duration#plus} does.
   */
  static int compareSum(Duration a, Duration b, Duration limit) {
    int bySeconds = Long.compare(sumSeconds(a, b), limit.toSeconds());
    return bySeconds != 0 ? bySeconds
        : Integer.compare((a.toNanosPart() + b.toNanosPart()) % NANOS_PER_SECOND, limit.toNanosPart());
  }

  /**
   * {@code a.plus(b).toSeconds()} without the temporary sum; overflow throws as {@link
   * Duration#plus} does.
   */
  static long sumSeconds(Duration a, Duration b) {
    long seconds = Math.addExact(a.toSeconds(), b.toSeconds());
    return a.toNanosPart() + b.toNanosPart() >= NANOS_PER_SECOND ? Math.addExact(seconds, 1) : seconds;
  }

  /**
   * The load fairness looks at: the help a member gave over the load window that ends at the
   * snapshot's now, and the help they promised that starts within a load window either side of
   * now (this request's own commitment left out).
   *
   * @param member the member, not null
   * @return the load, zero or more
   */
  public Duration windowLoad(MemberId member) {
    Facts known = facts(member);
    if (known.windowLoad == null) {
      Duration given = snapshot.ledger().givenBy(member, windowStart, snapshot.now());
      CommitmentBook book = snapshot.commitments();
      if (!book.isEmpty()) {
        Instant until = snapshot.now().plus(loadWindow);
        given = given.plus(withoutOwn(member, book.committedBy(member, windowStart, until), windowStart, until));
      }
      known.windowLoad = given;
    }
    return known.windowLoad;
  }

  /** A load without this request's own commitment, if it is the member's and in the period. */
  private Duration withoutOwn(MemberId member, Duration load, Instant from, Instant to) {
    return own != null && own.helper().equals(member) && !own.start().isBefore(from) && own.start().isBefore(to)
        ? load.minus(own.duration()) : load;
  }

  /**
   * The length of the load window.
   *
   * @return a positive duration
   */
  public Duration loadWindow() {
    return loadWindow;
  }

  /**
   * How often a member was asked to help over the load window, for any request.
   *
   * @param member the member, not null
   * @return 0 or more
   */
  public int timesAsked(MemberId member) {
    return snapshot.askHistory().timesAsked(member, windowStart, snapshot.now());
  }

  /**
   * How often a member said no over the load window, to any request. Never help received, and
   * never a penalty: by {@link MatchingStrategy}'s specification a decline changes nothing for
   * other requests, so a rule or score must not exclude or rank members by it ({@code
   * MatchingStrategyContract.aDeclineChangesNothingForOtherRequests} fails one that does). For
   * reports and explanations.
   *
   * @param member the member, not null
   * @return 0 or more
   */
  public int timesDeclined(MemberId member) {
    return snapshot.askHistory().timesDeclined(member, windowStart, snapshot.now());
  }

  /**
   * How often a member helped the requester before now.
   *
   * @param member the member, not null
   * @return 0 or more
   */
  public int timesHelpedRequester(MemberId member) {
    Facts known = facts(member);
    if (known.timesHelped < 0) {
      known.timesHelped = snapshot.ledger().timesHelped(member, request.requester(), snapshot.now());
    }
    return known.timesHelped;
  }

  /**
   * Where a member stands with this request: not asked yet, asked and not answered, or said no.
   *
   * @param member the member, not null
   * @return the status; {@link AskStatus#NOT_ASKED} when ranking a request without its lifecycle
   */
  public AskStatus askStatus(MemberId member) {
    if (lifecycle == null) {
      return AskStatus.NOT_ASKED;
    }
    if (lifecycle.declinedBy().contains(member)) {
      return AskStatus.DECLINED;
    }
    return lifecycle.pendingHelpers().contains(member) ? AskStatus.AWAITING_ANSWER : AskStatus.NOT_ASKED;
  }

  /**
   * Whether a member has said yes to another leg of this request's trip.
   *
   * @param member the member, not null
   * @return false for a request that is not a leg of a trip
   */
  public boolean takesOtherLeg(MemberId member) {
    if (request.trip().isEmpty()) {
      return false;
    }
    for (Commitment c : snapshot.commitments().commitmentsOf(member)) {
      if (c.trip().equals(request.trip()) && !c.request().equals(request.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who helped with, or said yes to, the previous occurrence of this request's series.
   *
   * @return the member, or empty for a request outside a series or a series without one
   */
  public Optional<MemberId> previousHelper() {
    if (!previousHelperKnown) {
      previousHelper = request.series().isEmpty() ? Optional.empty()
          : snapshot.previousHelper(request.series().get(), request.window().start());
      previousHelperKnown = true;
    }
    return previousHelper;
  }

  /**
   * The earliest moment in the request's window, and not before the snapshot's now ({@link
   * #notBefore()}), at which the help fits in one of the member's weekly slots on a day they take
   * part (not away, not paused: {@link Member#earliestStartWithin}), whatever they promised
   * already.
   *
   * @param member the member, not null
   * @return the start, or empty if it fits nowhere (always empty once the request {@link
   *     #isOver()})
   */
  public Optional<Instant> earliestStart(Member member) {
    Optional<Instant> start = bySlots(member.availability());
    if (start.isEmpty() || (member.status() == MemberStatus.ACTIVE && member.absences().isEmpty())) {
      return start;
    }
    // away or paused on some days: the slots' start stands if the member takes part that day
    WeeklyAvailability availability = member.availability();
    if (member.isAvailableOn(LocalDate.ofInstant(start.get(), availability.zone()))) {
      return start;
    }
    Facts known = facts(member.id());
    if (!known.earliestStartKnown) {
      known.earliestStart = member.earliestStartWithin(open(), request.expectedDuration()).orElse(null);
      known.earliestStartKnown = true;
    }
    return Optional.ofNullable(known.earliestStart);
  }

  /** The earliest start in an availability's slots, every day counted: members mostly share one. */
  private Optional<Instant> bySlots(WeeklyAvailability availability) {
    if (availability == lastAvailability) {
      return lastEarliestStart;
    }
    Optional<Instant> start;
    if (lastAvailability == null) {
      start = earliest(availability);
    } else {
      if (earliestStarts == null) {
        earliestStarts = new IdentityHashMap<>();
        earliestStarts.put(lastAvailability, lastEarliestStart);
      }
      start = earliestStarts.computeIfAbsent(availability, this::earliest);
    }
    lastAvailability = availability;
    lastEarliestStart = start;
    return start;
  }

  /**
   * When a member would help: the earliest start in their weekly slots on a day they take part
   * ({@link #earliestStart}) that overlaps none of the help they promised at set times, with
   * {@link #travelBuffer()} either side (none between legs of one trip, which follow on from each
   * other). For a fixed window that can only be its start.
   *
   * @param member the member, not null
   * @return the start, or empty if the help fits nowhere or only where it overlaps their promises
   */
  public Optional<Instant> helpStart(Member member) {
    Optional<Instant> start = earliestStart(member);
    CommitmentBook book = snapshot.commitments();
    if (start.isEmpty() || book.isEmpty() || !book.hasCommitments(member.id())) {
      return start;
    }
    // kept apart from the other facts: only members with commitments need it
    Map<MemberId, Optional<Instant>> starts = helpStarts;
    if (starts == null) {
      starts = new HashMap<>();
      helpStarts = starts;
    }
    Optional<Instant> known = starts.get(member.id());
    if (known == null) {
      // the search a plan's starts make too, here with the promises alone
      known = FreeStarts.from(start.get(), member, request, book.commitmentsOf(member.id()), List.of(),
          travelBuffer, request.window().end());
      starts.put(member.id(), known);
    }
    return known;
  }

  /**
   * Whether the member takes part (active or back from a pause, not away) on at least one day of
   * the request's window from {@link #firstDay()} on.
   *
   * @param member the member, not null
   * @return true if so
   */
  public boolean takesPartDuringWindow(Member member) {
    if (member.status() == MemberStatus.ACTIVE && member.absences().isEmpty()) {
      return true; // every day, so no need to know which days
    }
    LocalDate last = lastDay();
    for (LocalDate d = firstDay(); !d.isAfter(last); d = d.plusDays(1)) {
      if (member.isAvailableOn(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first day on which the help can still happen, in the circle's zone: the day of {@link
   * #notBefore()} (the window's first day unless it has begun); the window's first day once the
   * request {@link #isOver()}.
   *
   * @return the date, never null
   */
  public LocalDate firstDay() {
    if (firstDay == null) {
      firstDay = (over ? request.window().start() : notBefore).atZone(snapshot.zone()).toLocalDate();
    }
    return firstDay;
  }

  /**
   * The earliest moment the help can start: the window's start, or the snapshot's now if the
   * window has begun. Help never starts before now.
   *
   * @return the instant, never null
   */
  public Instant notBefore() {
    return notBefore;
  }

  /**
   * Whether the request's time has passed at the snapshot's now, so that nobody can take it: a
   * fixed start before now, or a flexible window with too little of it left for the help ({@link
   * #notBefore()} plus the expected duration after its end). A lifecycle takes no yes after the
   * window's end; a plan or ranking gives no start before now.
   *
   * @return true if no start is left
   */
  public boolean isOver() {
    return over;
  }

  private Optional<Instant> earliest(WeeklyAvailability availability) {
    return over ? Optional.empty() : availability.earliestStartWithin(open(), request.expectedDuration());
  }

  /** The window searched for a start: help cannot start before now, so from now on once begun. */
  private TimeWindow open() {
    TimeWindow window = request.window();
    return notBefore.equals(window.start()) ? window : TimeWindow.flexible(notBefore, window.end());
  }

  private Facts facts(MemberId member) {
    // rules and scores ask about one member several times in a row
    Facts last = lastFacts;
    if (last != null && last.member == member) {
      return last;
    }
    // the ids asked about are mostly the members' own objects: identity first, equality after
    Facts known = null;
    for (Facts f = facts; f != null; f = f.next) {
      if (f.member == member) {
        known = f;
        break;
      }
    }
    for (Facts f = facts; known == null && f != null; f = f.next) {
      if (f.member.equals(member)) {
        known = f;
      }
    }
    if (known == null) {
      known = new Facts(member, facts);
      facts = known;
    }
    lastFacts = known;
    return known;
  }

  /**
   * The figures of a lacks-capability exclusion: the kind of help asked for ({@link #capability()}).
   *
   * @return an unmodifiable map, the same for every member
   */
  Map<String, Object> lacksCapabilityFigures() {
    if (lacksCapabilityFigures == null) {
      lacksCapabilityFigures = Map.of("capability", kind); // its label: the help as read, not the code as written
    }
    return lacksCapabilityFigures;
  }

  private LocalDate lastDay() {
    if (lastDay == null) {
      lastDay = request.window().end().minusNanos(1).atZone(snapshot.zone()).toLocalDate();
    }
    return lastDay;
  }
}
