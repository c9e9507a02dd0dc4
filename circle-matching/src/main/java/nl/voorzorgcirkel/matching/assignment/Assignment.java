package nl.voorzorgcirkel.matching.assignment;

import java.time.Instant;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * One request placed with one member in a plan.
 *
 * @param request the request, not null
 * @param member the member who takes it, not null
 * @param cost the pair's cost: 1 minus the member's score without fairness, 0 to 1
 * @param start when the member would help; not null. For a request with a fixed window, its
 *     start. For a flexible one, the earliest start in the request's window, no earlier than the
 *     earliest start the ranking gave ({@link
 *     nl.voorzorgcirkel.matching.ranking.RankedCandidate#earliestStart()}), that fits the member's
 *     weekly slots on a day they take part (not a day of an absence or a pause: {@link
 *     nl.voorzorgcirkel.core.model.Member#earliestStartWithin}) and, with the plan's travel buffer
 *     either side (none between legs of one trip), overlaps none of their promises at set times
 *     nor the member's other assignments of the same plan: those at a fixed time first, then the
 *     flexible ones by the end of their window (then earliest start, then request id), each clear
 *     of those placed before it, or where that order leaves one without a start, the starts an
 *     exact search over the orders finds. The start stays in the local week of the ranked earliest
 *     start, the week whose capacity the help counts against. {@link BatchAssignment} makes only
 *     plans in which such starts exist. In a plan where none do (made otherwise: the flexible
 *     requests the plan gives one member need more time than their windows leave), it is the
 *     ranked earliest start, which then overlaps another of the member's assignments in the plan:
 *     the plan is still within the member's weekly hours, but not at these times, so a platform
 *     should agree the times with the helper (or with the requesters, who may widen a window)
 *     rather than show this start as an appointment. The plan lists these in {@link
 *     AssignmentPlan#startsToAgree()}. Even then the start is on a day the member takes part and
 *     clear of their promises, as the ranked earliest start is.
 * @since 0.1.0
 */
public record Assignment(RequestId request, MemberId member, double cost, Instant start) {
  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param member see the record description
   * @param cost see the record description
   * @param start see the record description
   */
  public Assignment {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(start, "start");
  }
}
