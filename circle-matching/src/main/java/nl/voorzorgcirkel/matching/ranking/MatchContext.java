package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;

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
  /** Loads are read per member when a rule or score asks: most members fail a rule before. */
  private final Map<MemberId, Duration> weekLoads = new HashMap<>();
  private final Map<MemberId, Duration> windowLoads = new HashMap<>();
  private final Map<MemberId, Integer> timesHelped = new HashMap<>();
  private final GeoPoint place;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  /** By availability (many members share the default one): the earliest start that fits. */
  private final Map<WeeklyAvailability, Optional<Instant>> earliestStarts = new IdentityHashMap<>();
  private final Map<MemberId, Double> distances = new HashMap<>();

  MatchContext(HelpRequest request, CircleSnapshot snapshot, Duration loadWindow) {
    this.request = Objects.requireNonNull(request, "request");
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.loadWindow = loadWindow;
    this.requester = snapshot.member(request.requester());
    if (requester == null) {
      throw new IllegalArgumentException(
          "the requester " + request.requester() + " is not a member of circle " + snapshot.circle().id());
    }
    Instant[] week = snapshot.weekOf(request.window().start());
    this.weekStart = week[0];
    this.weekEnd = week[1];
    this.place = request.place().orElse(requester.home());
    this.firstDay = request.window().start().atZone(snapshot.zone()).toLocalDate();
    this.lastDay = request.window().end().minusNanos(1).atZone(snapshot.zone()).toLocalDate();
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
    Double known = distances.get(helper.id());
    if (known == null) {
      known = helper.home().distanceMetresTo(place);
      distances.put(helper.id(), known);
    }
    return known;
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
    return weekLoads.computeIfAbsent(member, m -> snapshot.ledger().givenBy(m, weekStart, weekEnd));
  }

  /**
   * The help a member gave over the load window that ends at the snapshot's now: what fairness
   * looks at.
   *
   * @param member the member, not null
   * @return the load, zero or more
   */
  public Duration windowLoad(MemberId member) {
    return windowLoads.computeIfAbsent(member,
        m -> snapshot.ledger().givenBy(m, snapshot.now().minus(loadWindow), snapshot.now()));
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
    return timesHelped.computeIfAbsent(member,
        helper -> snapshot.ledger().timesHelped(helper, request.requester(), snapshot.now()));
  }

  /**
   * The earliest moment in the request's window at which the help fits in one of the member's
   * weekly slots.
   *
   * @param member the member, not null
   * @return the start, or empty if it fits nowhere
   */
  public Optional<Instant> earliestStart(Member member) {
    return earliestStarts.computeIfAbsent(member.availability(),
        availability -> availability.earliestStartWithin(request.window(), request.expectedDuration()));
  }

  /**
   * Whether the member takes part (active or back from a pause, not away) on at least one day of
   * the request's window.
   *
   * @param member the member, not null
   * @return true if so
   */
  public boolean takesPartDuringWindow(Member member) {
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
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
    return firstDay;
  }
}
