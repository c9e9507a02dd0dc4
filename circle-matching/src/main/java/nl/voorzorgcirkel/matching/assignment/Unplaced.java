package nl.voorzorgcirkel.matching.assignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.matching.internal.Texts;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import org.jspecify.annotations.Nullable;

/**
 * A request a plan could not place, with the reason: its time has passed, nobody in the circle can
 * take it (each member's exclusion is given), everyone who offers the help is away or paused at
 * that time, nobody can take every leg of its trip, or everyone who could is at capacity or busy
 * at that time in this plan. The legs of a trip are placed together or reported together: each leg
 * has its own {@code Unplaced} with the same {@link #trip()}.
 *
 * <p>Absences and pauses are for connectors only ({@link Audience}): {@link #code(Audience)} and
 * {@link #message(Audience, Locale)} give members {@link #HELPERS_AWAY} as {@link
 * #NO_ELIGIBLE_MEMBER}, which is as true for them; {@link #code()} and {@link #message(Locale)}
 * give the reason in full, for connectors.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Unplaced {

  /** Nobody in the circle can take the request. */
  public static final String NO_ELIGIBLE_MEMBER = "no-eligible-member";
  /**
   * Nobody in the circle can take the request, and everyone who offers its kind of help (apart
   * from the requester and members who left) is away or paused at that time: excluded as {@link
   * nl.voorzorgcirkel.matching.ranking.ExclusionReason#ABSENT} or {@link
   * nl.voorzorgcirkel.matching.ranking.ExclusionReason#PAUSED}. For connectors only: members read
   * it as {@link #NO_ELIGIBLE_MEMBER} ({@link #code(Audience)}).
   *
   * @since 0.1.0
   */
  public static final String HELPERS_AWAY = "helpers-away";
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
   * The reason's code in full, for connectors: {@link #TOO_LATE}, {@link #NO_ELIGIBLE_MEMBER},
   * {@link #HELPERS_AWAY}, {@link #NO_ONE_FOR_WHOLE_TRIP} or {@link #CAPACITY}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The reason's code as an audience may read it: members read {@link #HELPERS_AWAY}, which tells
   * of absences and pauses, as {@link #NO_ELIGIBLE_MEMBER}; connectors read {@link #code()}.
   *
   * @param audience who reads it, not null
   * @return the code, never null
   * @since 0.1.0
   */
  public String code(Audience audience) {
    Objects.requireNonNull(audience, "audience");
    return audience == Audience.MEMBER && isPrivate() ? NO_ELIGIBLE_MEMBER : code;
  }

  /**
   * Whether the reason is for connectors only ({@link #HELPERS_AWAY}).
   *
   * @return true if members read another reason ({@link #code(Audience)})
   * @since 0.1.0
   */
  public boolean isPrivate() {
    return code.equals(HELPERS_AWAY);
  }

  /**
   * For {@link #TOO_LATE}, {@link #NO_ELIGIBLE_MEMBER}, {@link #HELPERS_AWAY} and {@link
   * #NO_ONE_FOR_WHOLE_TRIP}, why each member was ruled
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
   * The reason in full, in the reader's language: for connectors (see {@link #message(Audience,
   * Locale)}).
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return message(Audience.CONNECTOR, locale);
  }

  /**
   * The reason as an audience may read it, in the reader's language: in full for a connector; for
   * a member, {@link #HELPERS_AWAY} as {@link #NO_ELIGIBLE_MEMBER} ("nobody in the circle can take
   * this request").
   *
   * @param audience who reads it, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   * @since 0.1.0
   */
  public String message(Audience audience, Locale locale) {
    return Texts.format("unplaced." + code(audience), locale, Map.of());
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

  /**
   * The request and the reason's code as members may read it ({@link #code(Audience)}): no
   * absence or pause.
   *
   * @return for example {@code "r-1 unplaced: capacity"}
   */
  @Override
  public String toString() {
    return request + " unplaced: " + code(Audience.MEMBER);
  }
}
