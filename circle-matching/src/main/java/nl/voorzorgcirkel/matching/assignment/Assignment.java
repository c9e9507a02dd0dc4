package nl.voorzorgcirkel.matching.assignment;

import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * One request placed with one member in a plan.
 *
 * @param request the request, not null
 * @param member the member who takes it, not null
 * @param cost the pair's cost: 1 minus the member's score without fairness, 0 to 1
 * @since 0.1.0
 */
public record Assignment(RequestId request, MemberId member, double cost) {
  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param member see the record description
   * @param cost see the record description
   */
  public Assignment {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(member, "member");
  }
}
