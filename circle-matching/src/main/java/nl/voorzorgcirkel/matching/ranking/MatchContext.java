package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link HardRule} or {@link SoftScore} may need about one request in one circle,
 * computed once per ranking: the requester, where the help happens, the loads that count.
 *
 * <p>Created by the matching strategy for each ranking; immutable apart from internal caches,
 * and not shared between threads.
 *
 * @since 0.1.0
 */
public final class MatchContext {

  private final HelpRequest request;
  private final CircleSnapshot snapshot;
  private final Member requester;
  private final Duration loadWindow;
  private final Instant weekStart;
  private final Instant weekEnd;
  /** The start of the load window, which ends at the snapshot's now. */
  private final Instant windowStart;
  /**
   * What was worked out about a member, when a rule or score first asked: most members fail a
   * rule before anything is read for them. Created on first use.
   */
  private MemberId @Nullable [] factMembers;
  private Facts @Nullable [] facts;
  private int factCount;
  private @Nullable MemberId lastMember;
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

  /** Per member: null or negative for "not yet read". */
  private static final class Facts {
    @Nullable Duration weekLoad;
    @Nullable Duration windowLoad;
    int timesHelped = -1;
    double distance = -1;
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
    this.request = Objects.requireNonNull(request, "request");
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.loadWindow = loadWindow;
    Member found = snapshot.member(request.requester());
    if (found == null) {
      throw Arguments.invalid("HelpRequest", "requester", "memberOfCircle",
          Map.of("member", request.requester().value(), "circle", snapshot.circle().id().value()));
    }
    this.requester = found;
    Instant[] week = snapshot.weekOf(request.window().start());
    this.weekStart = week[0];
    this.weekEnd = week[1];
    this.windowStart = snapshot.now().minus(loadWindow);
    this.place = request.place().orElse(requester.home());
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
   * The help a member gave in the local week (Monday to Monday) in which the request's window
   * starts: what counts against their weekly capacity.
   *
   * @param member the member, not null
   * @return the load, zero or more
   */
  public Duration weekLoad(MemberId member) {
    Facts known = facts(member);
    if (known.weekLoad == null) {
      known.weekLoad = snapshot.ledger().givenBy(member, weekStart, weekEnd);
    }
    return known.weekLoad;
  }

  /**
   * The help a member gave over the load window that ends at the snapshot's now: what fairness
   * looks at.
   *
   * @param member the member, not null
   * @return the load, zero or more
   */
  public Duration windowLoad(MemberId member) {
    Facts known = facts(member);
    if (known.windowLoad == null) {
      known.windowLoad = snapshot.ledger().givenBy(member, windowStart, snapshot.now());
    }
    return known.windowLoad;
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
   * The earliest moment in the request's window at which the help fits in one of the member's
   * weekly slots.
   *
   * @param member the member, not null
   * @return the start, or empty if it fits nowhere
   */
  public Optional<Instant> earliestStart(Member member) {
    WeeklyAvailability availability = member.availability();
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
   * Whether the member takes part (active or back from a pause, not away) on at least one day of
   * the request's window.
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
   * The first day of the request's window, in the circle's zone.
   *
   * @return the date, never null
   */
  public LocalDate firstDay() {
    if (firstDay == null) {
      firstDay = request.window().start().atZone(snapshot.zone()).toLocalDate();
    }
    return firstDay;
  }

  private Optional<Instant> earliest(WeeklyAvailability availability) {
    return availability.earliestStartWithin(request.window(), request.expectedDuration());
  }

  private Facts facts(MemberId member) {
    // rules and scores ask about one member several times in a row
    Facts last = lastFacts;
    if (member == lastMember && last != null) {
      return last;
    }
    // a circle has a few members: a short list searched by equality beats a hash map per ranking
    Facts[] all = facts;
    MemberId[] ids = factMembers;
    if (all == null || ids == null) {
      all = new Facts[8];
      ids = new MemberId[8];
      facts = all;
      factMembers = ids;
    }
    Facts known = null;
    for (int i = 0; i < factCount; i++) {
      if (ids[i].equals(member)) {
        known = all[i];
        break;
      }
    }
    if (known == null) {
      if (factCount == all.length) {
        all = java.util.Arrays.copyOf(all, factCount * 2);
        ids = java.util.Arrays.copyOf(ids, factCount * 2);
        facts = all;
        factMembers = ids;
      }
      known = new Facts();
      all[factCount] = known;
      ids[factCount++] = member;
    }
    lastMember = member;
    lastFacts = known;
    return known;
  }


  /**
   * The figures of a lacks-capability exclusion: the capability asked for.
   *
   * @return an unmodifiable map, the same for every member
   */
  Map<String, Object> lacksCapabilityFigures() {
    if (lacksCapabilityFigures == null) {
      lacksCapabilityFigures = Map.of("capability", request.capability());
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
