package nl.voorzorgcirkel.matching.assignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.matching.internal.Texts;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import org.jspecify.annotations.Nullable;

/**
 * A request a plan could not place, with the reason: its time has passed, nobody in the circle can
 * take it (each member's exclusion is given), nobody can take every leg of its trip, or everyone
 * who could is at capacity or busy at that time in this plan. The legs of a trip are placed together or reported
 * together: each leg has its own {@code Unplaced} with the same {@link #trip()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Unplaced {

  /** Nobody in the circle can take the request. */
  public static final String NO_ELIGIBLE_MEMBER = "no-eligible-member";
  /** Every leg of its trip could be taken by someone, but nobody can take them all. */
  public static final String NO_ONE_FOR_WHOLE_TRIP = "no-one-for-whole-trip";
  /** Everyone who could take it is at capacity, or busy at that time, in this plan. */
  public static final String CAPACITY = "capacity";
  /**
   * Its time has passed at the snapshot's now: a fixed start before now, or too little of its
   * window left for the help (every member excluded as {@link
   * nl.voorzorgcirkel.matching.ranking.ExclusionReason#TOO_LATE}).
   *
   * @since 0.1.0
   */
  public static final String TOO_LATE = "too-late";

  private final RequestId request;
  private final String code;
  private final List<Exclusion> exclusions;
  private final @Nullable TripId trip;

  Unplaced(RequestId request, String code, List<Exclusion> exclusions, @Nullable TripId trip) {
    this.request = Objects.requireNonNull(request, "request");
    this.code = Objects.requireNonNull(code, "code");
    this.exclusions = List.copyOf(exclusions);
    this.trip = trip;
  }

  /**
   * The request.
   *
   * @return its id, never null
   */
  public RequestId request() {
    return request;
  }

  /**
   * The reason's code: {@link #TOO_LATE}, {@link #NO_ELIGIBLE_MEMBER}, {@link
   * #NO_ONE_FOR_WHOLE_TRIP} or {@link #CAPACITY}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * For {@link #TOO_LATE}, {@link #NO_ELIGIBLE_MEMBER} and {@link #NO_ONE_FOR_WHOLE_TRIP}, why each member was ruled
   * out of this request (some reasons are for connectors only: {@link Exclusion#isPrivate()}).
   *
   * @return an unmodifiable list by member id, empty for {@link #CAPACITY}
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * The trip the request is a leg of: its other legs are unplaced with it.
   *
   * @return the trip, or empty for a request on its own
   */
  public Optional<TripId> trip() {
    return Optional.ofNullable(trip);
  }

  /**
   * The reason in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Texts.format("unplaced." + code, locale, Map.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unplaced unplaced
        && unplaced.request.equals(request)
        && unplaced.code.equals(code)
        && unplaced.exclusions.equals(exclusions)
        && Objects.equals(unplaced.trip, trip);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, code, exclusions, trip);
  }

  @Override
  public String toString() {
    return request + " unplaced: " + code;
  }
}
