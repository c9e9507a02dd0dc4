package nl.voorzorgcirkel.matching.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.jspecify.annotations.Nullable;

/**
 * A circle as matching sees it at one moment: its members, the help given so far (the ledger), the
 * help members have said yes to and not yet given (the commitments), who was asked and said no
 * (the ask history), and "now".
 *
 * <p>A member's load over a period is the help they gave plus the help they promised that starts
 * in it: weekly capacity counts both, in the week each piece of help falls in, and so does
 * fairness. Nothing is added to the ledger until help is done; a cancelled commitment is simply
 * no longer in the book.
 *
 * <p>Immutable and thread-safe. Loads of all members over a period are computed once per period
 * and kept, so ranking many requests against the same snapshot reads the ledger once per period.
 *
 * @since 0.1.0
 */
public final class CircleSnapshot {

  private final Circle circle;
  private final HelpLedger ledger;
  private final CommitmentBook commitments;
  private final AskHistory asks;
  private final Instant now;
  private final ZoneId zone;
  /** Loads per period, made on first use: a snapshot that ranks one request never needs it. */
  private volatile @Nullable Map<List<Instant>, SortedMap<MemberId, Duration>> loads;
  /** Per series, who helped or will help each occurrence, by start; made on first use. */
  private volatile @Nullable Map<SeriesId, NavigableMap<Instant, MemberId>> series;

  private CircleSnapshot(Circle circle, HelpLedger ledger, CommitmentBook commitments, AskHistory asks,
      Instant now) {
    this.circle = Objects.requireNonNull(circle, "circle");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.asks = Objects.requireNonNull(asks, "asks");
    this.now = Arguments.supported(now, "CircleSnapshot", "now");
    this.zone = WeeklyAvailability.DEFAULT_ZONE;
  }

  /**
   * The circle at the clock's current instant, without commitments or asks.
   *
   * @param circle the circle, not null
   * @param ledger the help given so far, not null
   * @param clock where "now" comes from, not null
   * @return the snapshot
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the clock's instant lies
   *     outside the years 1 to 9999
   */
  public static CircleSnapshot of(Circle circle, HelpLedger ledger, Clock clock) {
    return at(circle, ledger, Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * The circle at a given instant, without commitments or asks.
   *
   * @param circle the circle, not null
   * @param ledger the help given so far, not null
   * @param now the moment of the snapshot, not null, in the years 1 to 9999
   * @return the snapshot
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code now} lies outside
   *     the years 1 to 9999
   */
  public static CircleSnapshot at(Circle circle, HelpLedger ledger, Instant now) {
    return new CircleSnapshot(circle, ledger, CommitmentBook.empty(), AskHistory.empty(), now);
  }

  /**
   * A copy that sees the given commitments instead of this snapshot's.
   *
   * @param book the help members said yes to and have not given yet, not null
   * @return the new snapshot
   */
  public CircleSnapshot withCommitments(CommitmentBook book) {
    return new CircleSnapshot(circle, ledger, book, asks, now);
  }

  /**
   * A copy that sees the given ask history instead of this snapshot's.
   *
   * @param history who was asked and who said no, not null
   * @return the new snapshot
   */
  public CircleSnapshot withAskHistory(AskHistory history) {
    return new CircleSnapshot(circle, ledger, commitments, history, now);
  }

  /**
   * A copy that sees the circle's requests: their commitments ({@link CommitmentBook#from}) and
   * their asks and declines ({@link AskHistory#from}).
   *
   * @param lifecycles the requests of the circle, each once, not null, without null elements
   * @return the new snapshot
   */
  public CircleSnapshot withRequests(Collection<RequestLifecycle> lifecycles) {
    return new CircleSnapshot(circle, ledger, CommitmentBook.from(lifecycles), AskHistory.from(lifecycles), now);
  }

  /**
   * A copy that sees the circle only as a data access allows: every member's fields the access
   * may not read on the snapshot's day (in {@link #zone()}) carry their neutral value, the same
   * for every member, so that no ranking or assignment made from the copy can depend on them,
   * whatever strategy it runs. Matching reads members only through {@link #circle()}: this is
   * where {@link nl.voorzorgcirkel.core.consent.DataPolicy} is enforced for it.
   *
   * @param access what matching may read, normally {@code policy.access(Reader.MATCHING,
   *     consents)}, not null
   * @return the new snapshot (this one if nothing is withheld)
   * @since 0.1.0
   */
  public CircleSnapshot withAccess(DataAccess access) {
    Circle seen = Objects.requireNonNull(access, "access").view(circle, now.atZone(zone).toLocalDate());
    return seen == circle ? this : new CircleSnapshot(seen, ledger, commitments, asks, now);
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
   * The help members said yes to and have not given yet.
   *
   * @return the book, empty unless set, never null
   */
  public CommitmentBook commitments() {
    return commitments;
  }

  /**
   * Who was asked and who said no.
   *
   * @return the history, empty unless set, never null
   */
  public AskHistory askHistory() {
    return asks;
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
   * A member's load over a period: the help they gave and the help they promised that starts in
   * {@code [from, to)}.
   *
   * @param member the member, not null
   * @param from start (included), not null
   * @param to end (excluded), not null
   * @return the load, zero or more
   */
  public Duration load(MemberId member, Instant from, Instant to) {
    Duration given = ledger.givenBy(member, from, to);
    return commitments.isEmpty() ? given : given.plus(commitments.committedBy(member, from, to));
  }

  /**
   * Every member's load over a period, as {@link #load}: help given plus help promised that starts
   * in {@code [from, to)}; computed once per period.
   *
   * @param from start (included), not null
   * @param to end (excluded), not null
   * @return member to load, sorted by member id, absent for no load
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
    return known.computeIfAbsent(List.of(from, to), key -> {
      SortedMap<MemberId, Duration> all = new TreeMap<>(ledger.loads(from, to));
      for (Commitment c : commitments.commitments()) {
        if (!c.start().isBefore(from) && c.start().isBefore(to)) {
          all.merge(c.helper(), c.duration(), Duration::plus);
        }
      }
      return Collections.unmodifiableSortedMap(all);
    });
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

  /**
   * Who helped with, or has said yes to, the latest occurrence of a series that starts before an
   * instant.
   *
   * @param seriesId the series, not null
   * @param before only occurrences that start before this count, not null
   * @return the member, or empty if no earlier occurrence was taken
   */
  public Optional<MemberId> previousHelper(SeriesId seriesId, Instant before) {
    Map<SeriesId, NavigableMap<Instant, MemberId>> known = series;
    if (known == null) {
      known = seriesIndex();
      series = known;
    }
    NavigableMap<Instant, MemberId> occurrences = known.get(seriesId);
    if (occurrences == null) {
      return Optional.empty();
    }
    Map.Entry<Instant, MemberId> latest = occurrences.lowerEntry(before);
    return latest == null ? Optional.empty() : Optional.of(latest.getValue());
  }

  private Map<SeriesId, NavigableMap<Instant, MemberId>> seriesIndex() {
    Map<SeriesId, NavigableMap<Instant, MemberId>> index = new HashMap<>();
    for (HelpRecord record : ledger.records()) {
      record.series().ifPresent(s ->
          index.computeIfAbsent(s, k -> new TreeMap<>()).merge(record.start(), record.helper(), CircleSnapshot::lower));
    }
    for (Commitment c : commitments.commitments()) {
      c.series().ifPresent(s ->
          index.computeIfAbsent(s, k -> new TreeMap<>()).merge(c.start(), c.helper(), CircleSnapshot::lower));
    }
    return index;
  }

  /** Two helpers at the same moment of a series: the lower id, so the answer does not depend on order. */
  private static MemberId lower(MemberId a, MemberId b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Only the circle id and sizes: members are personal data. */
  @Override
  public String toString() {
    return "CircleSnapshot{circle=" + circle.id() + ", members=" + circle.members().size()
        + ", records=" + ledger.size() + ", commitments=" + commitments.size() + ", now=" + now + "}";
  }
}
