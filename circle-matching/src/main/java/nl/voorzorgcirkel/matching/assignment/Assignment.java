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
 * @param start when the member would help: the earliest start in the request's window that fits
 *     their weekly slots and overlaps none of their promises; its week is the week whose capacity
 *     the help counts against; not null
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
