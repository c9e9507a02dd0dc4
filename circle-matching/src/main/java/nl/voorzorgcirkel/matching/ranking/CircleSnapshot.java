package nl.voorzorgcirkel.matching.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.jspecify.annotations.Nullable;

/**
 * A circle as matching sees it at one moment: its members, the help given so far and "now".
 *
 * <p>Immutable and thread-safe. Loads over a period are computed once per period and kept, so
 * ranking many requests against the same snapshot reads the ledger once per period, not once per
 * request.
 *
 * @since 0.1.0
 */
public final class CircleSnapshot {

  private final Circle circle;
  private final HelpLedger ledger;
  private final Instant now;
  private final ZoneId zone;
  /** Loads per period, made on first use: a snapshot that ranks one request never needs it. */
  private volatile @Nullable Map<List<Instant>, SortedMap<MemberId, Duration>> loads;

  private CircleSnapshot(Circle circle, HelpLedger ledger, Instant now) {
    this.circle = Objects.requireNonNull(circle, "circle");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.now = Arguments.supported(now, "CircleSnapshot", "now");
    this.zone = WeeklyAvailability.DEFAULT_ZONE;
  }

  /**
   * The circle at the clock's current instant.
   *
   * @param circle the circle, not null
   * @param ledger the help given so far, not null
   * @param clock where "now" comes from, not null
   * @return the snapshot
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the clock's instant lies
   *     outside the years 1 to 9999
   */
  public static CircleSnapshot of(Circle circle, HelpLedger ledger, Clock clock) {
    return new CircleSnapshot(circle, ledger, Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * The circle at a given instant.
   *
   * @param circle the circle, not null
   * @param ledger the help given so far, not null
   * @param now the moment of the snapshot, not null, in the years 1 to 9999
   * @return the snapshot
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code now} lies outside
   *     the years 1 to 9999
   */
  public static CircleSnapshot at(Circle circle, HelpLedger ledger, Instant now) {
    return new CircleSnapshot(circle, ledger, now);
  }

  /**
   * The circle.
   *
   * @return the circle, never null
   */
  public Circle circle() {
    return circle;
  }

  /**
   * The help given so far.
   *
   * @return the ledger, never null
   */
  public HelpLedger ledger() {
    return ledger;
  }

  /**
   * The moment of the snapshot.
   *
   * @return the instant, never null
   */
  public Instant now() {
    return now;
  }

  /**
   * The zone in which days and weeks are counted: {@code Europe/Amsterdam}.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The member with an id.
   *
   * @param id the id, not null
   * @return the member, or null if not in the circle
   */
  @Nullable Member member(MemberId id) {
    return circle.member(id).orElse(null);
  }

  /**
   * The help each member gave that started in {@code [from, to)}; computed once per period.
   *
   * @param from start (included), not null
   * @param to end (excluded), not null
   * @return member to load, absent for no load
   */
  public SortedMap<MemberId, Duration> loads(Instant from, Instant to) {
    Map<List<Instant>, SortedMap<MemberId, Duration>> known = loads;
    if (known == null) {
      synchronized (this) {
        known = loads;
        if (known == null) {
          known = new ConcurrentHashMap<>();
          loads = known;
        }
      }
    }
    return known.computeIfAbsent(List.of(from, to), key -> ledger.loads(from, to));
  }

  /**
   * The help each member gave in the local week (Monday to Monday, in {@link #zone()}) that
   * contains the snapshot's now: what counts against weekly capacity when planning this week.
   *
   * @return member to load, absent for no load
   */
  public SortedMap<MemberId, Duration> loadsThisWeek() {
    Instant[] week = weekOf(now);
    return loads(week[0], week[1]);
  }

  /**
   * The local week (Monday to Monday, in {@link #zone()}) that contains an instant: the period over
   * which weekly capacity is counted.
   *
   * @param instant the instant, not null
   * @return two instants: the Monday 00:00 at or before, and the next Monday 00:00
   */
  Instant[] weekOf(Instant instant) {
    return new Instant[] {CalendarWeeks.startOf(instant, zone), CalendarWeeks.endOf(instant, zone)};
  }

  /** Only the circle id and size: members are personal data. */
  @Override
  public String toString() {
    return "CircleSnapshot{circle=" + circle.id() + ", members=" + circle.members().size()
        + ", records=" + ledger.size() + ", now=" + now + "}";
  }
}
