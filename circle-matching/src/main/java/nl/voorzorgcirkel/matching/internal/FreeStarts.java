package nl.voorzorgcirkel.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import org.jspecify.annotations.Nullable;

/**
 * The one search for when a member would start a piece of help, clear of what they are already
 * busy with: the ranking's start ({@code MatchContext.helpStart}: clear of the member's promises)
 * and a plan's ({@code StartTimes}: clear of their promises and of their other help in the plan)
 * both use it, so that the two cannot disagree on what "free" means. Not API. Thread-safe:
 * stateless.
 */
public final class FreeStarts {

  /**
   * A period a member is busy with other help, which is not a promise.
   *
   * @param from the start, not null
   * @param to the end, after {@code from}, not null
   * @param trip the trip the help is a leg of, or null
   */
  public record Busy(Instant from, Instant to, @Nullable TripId trip) {}

  private FreeStarts() {}

  /**
   * The earliest start from {@code from} on at which the request's help overlaps none of {@code
   * promised} (the request's own commitment left out; only those at set times can overlap) nor of
   * {@code busy}, with {@code buffer} either side (none between legs of one trip, which follow on
   * from each other). Each overlap moves the search on past the period it meets, to the member's
   * next start within the window ({@link Member#earliestStartWithin}: in their weekly slots, on a
   * day they take part), so at most one step per period; for a request at a set time, an overlap
   * leaves no start.
   *
   * @param from the first start to try, one the member can take (in their slots, on a day they
   *     take part), not null
   * @param member the member, not null
   * @param request the request, not null
   * @param promised the member's commitments, not null
   * @param busy the member's other busy periods, not null, may be empty
   * @param buffer the travel time kept free between two pieces of help, zero or more, not null
   * @param before the start must lie before this instant (the window's end, or the end of the week
   *     the help counts in), not null
   * @return the start, or empty if there is none in the window before {@code before}
   */
  public static Optional<Instant> from(Instant from, Member member, HelpRequest request,
      List<Commitment> promised, List<Busy> busy, Duration buffer, Instant before) {
    Duration length = request.expectedDuration();
    TimeWindow window = request.window();
    Optional<TripId> trip = request.trip();
    Instant candidate = from;
    for (int step = 0; step <= promised.size() + busy.size(); step++) {
      Instant end = candidate.plus(length);
      Instant after = null;
      for (int i = 0; i < promised.size(); i++) {
        Commitment c = promised.get(i);
        Duration gap = trip.isPresent() && c.trip().equals(trip) ? Duration.ZERO : buffer;
        if (!c.request().equals(request.id()) && c.overlaps(candidate, end, gap)) {
          after = later(after, c.start().plus(c.duration()).plus(gap));
        }
      }
      for (int i = 0; i < busy.size(); i++) {
        Busy b = busy.get(i);
        Duration gap = trip.isPresent() && trip.get().equals(b.trip()) ? Duration.ZERO : buffer;
        if (candidate.isBefore(b.to().plus(gap)) && b.from().isBefore(end.plus(gap))) {
          after = later(after, b.to().plus(gap));
        }
      }
      if (after == null) {
        return Optional.of(candidate);
      }
      if (!window.flexible() || !after.isBefore(window.end())) {
        return Optional.empty();
      }
      Optional<Instant> next = member.earliestStartWithin(TimeWindow.flexible(after, window.end()), length);
      if (next.isEmpty() || !next.get().isBefore(before)) {
        return Optional.empty();
      }
      candidate = next.get();
    }
    return Optional.empty();
  }

  private static Instant later(@Nullable Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
