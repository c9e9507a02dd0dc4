package nl.voorzorgcirkel.core.commitment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * The help members have said yes to and not given yet: at most one {@link Commitment} per
 * request, made from the requests' lifecycles ({@link #from}) or one at a time ({@link #with},
 * {@link #without}).
 *
 * <p>The book and the {@code HelpLedger} together are a circle's load: the ledger holds help
 * given, the book help promised. Nothing moves from one to the other by itself: when help is done
 * the caller appends the lifecycle's record to the ledger and rebuilds or updates the book; when a
 * request is cancelled or its helper withdraws, removing its commitment gives the helper's time
 * back.
 *
 * <p>Immutable and thread-safe. Queries read only the given helper's commitments, kept sorted by
 * start; a book is made in O(n log n) for n commitments.
 *
 * @since 0.1.0
 */
public final class CommitmentBook {

  /** The longest travel time kept free between two pieces of help. */
  private static final Duration MAX_BUFFER = Duration.ofHours(24);

  private static final Comparator<Commitment> BY_START =
      Comparator.comparing(Commitment::start).thenComparing(Commitment::request);
  private static final CommitmentBook EMPTY = new CommitmentBook(List.of());
  private static final Commitment[] NONE = new Commitment[0];

  /** Every commitment, sorted by start, then request id. */
  private final List<Commitment> commitments;
  private final Map<RequestId, Commitment> byRequest;
  /** Per helper, their commitments sorted by start. */
  private final Map<MemberId, Commitment[]> byHelper;

  private CommitmentBook(List<Commitment> sorted) {
    this.commitments = List.copyOf(sorted);
    Map<RequestId, Commitment> requests = new HashMap<>();
    Map<MemberId, List<Commitment>> helpers = new LinkedHashMap<>();
    for (Commitment c : commitments) {
      if (requests.put(c.request(), c) != null) {
        throw Arguments.invalid("CommitmentBook", "commitments", "unique", Map.of("id", c.request().value()));
      }
      helpers.computeIfAbsent(c.helper(), k -> new ArrayList<>()).add(c);
    }
    Map<MemberId, Commitment[]> arrays = new HashMap<>();
    helpers.forEach((helper, list) -> arrays.put(helper, list.toArray(NONE)));
    this.byRequest = requests;
    this.byHelper = arrays;
  }

  /**
   * The book without commitments.
   *
   * @return the empty book
   */
  public static CommitmentBook empty() {
    return EMPTY;
  }

  /**
   * A book of the given commitments.
   *
   * @param commitments the commitments, not null, without null elements, at most one per request
   * @return the book
   * @throws IllegalArgumentException if two commitments are for the same request
   */
  public static CommitmentBook of(Collection<Commitment> commitments) {
    List<Commitment> sorted = new ArrayList<>(commitments.size());
    for (Commitment c : commitments) {
      sorted.add(Objects.requireNonNull(c, "commitment"));
    }
    sorted.sort(BY_START);
    return sorted.isEmpty() ? EMPTY : new CommitmentBook(sorted);
  }

  /**
   * The commitments of the accepted requests among the given lifecycles; requests in any other
   * state (open, done, cancelled, ...) add nothing.
   *
   * @param lifecycles the lifecycles, not null, without null elements, each request once
   * @return the book
   * @throws IllegalArgumentException if a request appears twice
   */
  public static CommitmentBook from(Collection<RequestLifecycle> lifecycles) {
    List<Commitment> accepted = new ArrayList<>();
    for (RequestLifecycle lifecycle : lifecycles) {
      Commitment.from(Objects.requireNonNull(lifecycle, "lifecycle")).ifPresent(accepted::add);
    }
    return of(accepted);
  }

  /**
   * A copy with a commitment added, or replacing the commitment for the same request.
   *
   * @param commitment the commitment, not null
   * @return the changed book
   */
  public CommitmentBook with(Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    List<Commitment> changed = new ArrayList<>(commitments.size() + 1);
    for (Commitment c : commitments) {
      if (!c.request().equals(commitment.request())) {
        changed.add(c);
      }
    }
    changed.add(commitment);
    return of(changed);
  }

  /**
   * A copy without the commitment for a request: the request was cancelled, its helper withdrew,
   * or the help was done (and is now in the ledger). The helper's time is free again.
   *
   * @param request the request, not null
   * @return the changed book; this book if it has no commitment for the request
   */
  public CommitmentBook without(RequestId request) {
    Objects.requireNonNull(request, "request");
    if (!byRequest.containsKey(request)) {
      return this;
    }
    List<Commitment> changed = new ArrayList<>(commitments);
    changed.removeIf(c -> c.request().equals(request));
    return changed.isEmpty() ? EMPTY : new CommitmentBook(changed);
  }

  /**
   * Every commitment, by start, then request id.
   *
   * @return an unmodifiable list
   */
  public List<Commitment> commitments() {
    return commitments;
  }

  /**
   * A helper's commitments, by start.
   *
   * @param helper the member, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<Commitment> commitmentsOf(MemberId helper) {
    return List.of(byHelper.getOrDefault(Objects.requireNonNull(helper, "helper"), NONE));
  }

  /**
   * The commitment for a request.
   *
   * @param request the request, not null
   * @return the commitment, or empty if nobody is committed to it
   */
  public Optional<Commitment> forRequest(RequestId request) {
    return Optional.ofNullable(byRequest.get(Objects.requireNonNull(request, "request")));
  }

  /**
   * The help a member has promised that starts in {@code [from, to)}: what counts, with the help
   * they gave, against their capacity in that period.
   *
   * @param helper the member, not null
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return the summed expected duration, zero or more
   */
  public Duration committedBy(MemberId helper, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Commitment[] own = byHelper.get(Objects.requireNonNull(helper, "helper"));
    if (own == null) {
      return Duration.ZERO;
    }
    long seconds = 0;
    for (Commitment c : own) {
      Instant start = c.start();
      if (!start.isBefore(to)) {
        break;
      }
      if (!start.isBefore(from)) {
        seconds += c.duration().toSeconds();
      }
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * A helper's commitments at a set time that overlap a period, once a travel time is kept free
   * on either side ({@link Commitment#overlaps}).
   *
   * @param helper the member, not null
   * @param from the period's start, not null
   * @param to the period's end, after {@code from}, not null
   * @param buffer the travel time between two pieces of help, 0 to 24 hours, not null
   * @return the overlapping commitments by start; empty if none
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code from} or {@code to}
   *     lies outside the years 1 to 9999 or the buffer outside 0 to 24 hours
   */
  public List<Commitment> overlapping(MemberId helper, Instant from, Instant to, Duration buffer) {
    Arguments.supported(from, "CommitmentBook", "from");
    Arguments.supported(to, "CommitmentBook", "to");
    if (buffer.isNegative() || buffer.compareTo(MAX_BUFFER) > 0) {
      throw Arguments.invalid("CommitmentBook", "buffer", "between", Map.of("min", "0 h", "max", "24 h"));
    }
    Commitment[] own = byHelper.get(Objects.requireNonNull(helper, "helper"));
    if (own == null) {
      return List.of();
    }
    List<Commitment> found = new ArrayList<>(1);
    for (Commitment c : own) {
      if (c.overlaps(from, to, buffer)) {
        found.add(c);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether a member has any commitment.
   *
   * @param helper the member, not null
   * @return true if the book holds a commitment of theirs
   */
  public boolean hasCommitments(MemberId helper) {
    return byHelper.containsKey(helper);
  }

  /**
   * The number of commitments.
   *
   * @return 0 or more
   */
  public int size() {
    return commitments.size();
  }

  /**
   * Whether the book is empty.
   *
   * @return true without commitments
   */
  public boolean isEmpty() {
    return commitments.isEmpty();
  }

  /** Books are equal when they hold equal commitments. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CommitmentBook && ((CommitmentBook) other).commitments.equals(commitments);
  }

  @Override
  public int hashCode() {
    return commitments.hashCode();
  }

  /**
   * The size only.
   *
   * @return for example {@code "CommitmentBook{commitments=3}"}
   */
  @Override
  public String toString() {
    return "CommitmentBook{commitments=" + commitments.size() + "}";
  }
}
