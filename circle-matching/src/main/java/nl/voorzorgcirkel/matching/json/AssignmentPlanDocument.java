package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.ranking.Audience;

/**
 * An {@link AssignmentPlan} as an audience may read it, as JSON (schema {@code assignment-plan},
 * version {@value #VERSION}): who helps with which request and from when, which requests stayed
 * unplaced and why, which were referred elsewhere, and the figures of the solution.
 *
 * <p>Not the requests themselves (their texts and places are personal data) nor their rankings
 * (write those as {@link RankingDocument}s). For {@link Audience#MEMBER} the reasons why members
 * could not take an unplaced request are shown as {@link RankingDocument} shows them, and an
 * unplaced request's code as {@link nl.voorzorgcirkel.matching.assignment.Unplaced#code(Audience)}
 * gives it: {@code helpers-away}, which tells of absences and pauses, is {@code no-eligible-member}
 * for members, and a members' document that says {@code helpers-away} is refused.
 *
 * @param schemaVersion {@value #VERSION}
 * @param audience who may read it, not null
 * @param assignments the requests placed, in the batch's order, not null
 * @param unplaced the requests in scope that nobody could take, in the batch's order, not null
 * @param referrals the requests outside the circle's scope, in the batch's order, not null
 * @param objective the plan's total cost ({@link AssignmentPlan#objective()}), finite
 * @param loadPenalty the part of the objective for spreading load, 0 or more
 * @param unplacedPenalty the cost of leaving one request unplaced, 0 or more
 * @param provenOptimal whether the search proved the plan optimal
 * @param optimalityGap how far from optimal the plan may be, 0 when proven optimal
 * @param searchNodes how many nodes the search visited, 0 or more
 * @param plannedLoads the help each assigned member takes on in this plan, by member id, not null
 * @param moved the requests that a re-plan gave another helper, not null
 * @since 0.1.0
 */
public record AssignmentPlanDocument(
    @JsonProperty(required = true) int schemaVersion,
    Audience audience,
    List<Assignment> assignments,
    List<Unplaced> unplaced,
    List<Referral> referrals,
    @JsonProperty(required = true) double objective,
    @JsonProperty(required = true) double loadPenalty,
    @JsonProperty(required = true) double unplacedPenalty,
    @JsonProperty(required = true) boolean provenOptimal,
    @JsonProperty(required = true) double optimalityGap,
    @JsonProperty(required = true) long searchNodes,
    Map<MemberId, Duration> plannedLoads,
    List<RequestId> moved) implements ResultDocument {

  /** The current version of the assignment plan schema. */
  public static final int VERSION = 1;

  private static final String TYPE = "AssignmentPlan";

  /**
   * Checks every field; the planned loads are kept ordered by member id.
   *
   * @param schemaVersion see the record description
   * @param audience see the record description
   * @param assignments see the record description
   * @param unplaced see the record description
   * @param referrals see the record description
   * @param objective see the record description
   * @param loadPenalty see the record description
   * @param unplacedPenalty see the record description
   * @param provenOptimal see the record description
   * @param optimalityGap see the record description
   * @param searchNodes see the record description
   * @param plannedLoads see the record description
   * @param moved see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public AssignmentPlanDocument {
    schemaVersion = Rules.atLeast(schemaVersion, 1, TYPE, "schemaVersion");
    Rules.given(audience, TYPE, "audience");
    assignments = Rules.list(assignments, TYPE, "assignments");
    unplaced = Rules.list(unplaced, TYPE, "unplaced");
    referrals = Rules.list(referrals, TYPE, "referrals");
    objective = Rules.finite(objective, TYPE, "objective");
    loadPenalty = Rules.notNegative(loadPenalty, TYPE, "loadPenalty");
    unplacedPenalty = Rules.notNegative(unplacedPenalty, TYPE, "unplacedPenalty");
    optimalityGap = Rules.notNegative(optimalityGap, TYPE, "optimalityGap");
    searchNodes = Rules.atLeast(searchNodes, 0, TYPE, "searchNodes");
    Rules.given(plannedLoads, TYPE, "plannedLoads");
    SortedMap<MemberId, Duration> loads = new TreeMap<>();
    plannedLoads.forEach((member, load) -> {
      String field = "plannedLoads." + Rules.given(member, TYPE, "plannedLoads");
      if (Rules.given(load, TYPE, field).isNegative()) {
        throw nl.voorzorgcirkel.core.internal.Arguments.invalid(TYPE, field, "atLeast", Map.of("min", "PT0S"));
      }
      loads.put(member, load);
    });
    plannedLoads = Collections.unmodifiableSortedMap(loads);
    moved = Rules.list(moved, TYPE, "moved");
    for (int i = 0; i < unplaced.size(); i++) {
      if (audience == Audience.MEMBER
          && unplaced.get(i).code().equals(nl.voorzorgcirkel.matching.assignment.Unplaced.HELPERS_AWAY)) {
        throw Rules.notForMembers(TYPE, "unplaced[" + i + "].code");
      }
      RankingDocument.Exclusion.check(unplaced.get(i).exclusions(), audience, TYPE, "unplaced[" + i + "].exclusions");
    }
  }

  /**
   * A plan as an audience may read it.
   *
   * @param plan the plan, not null
   * @param audience who reads it, not null
   * @return the document, in the current version
   */
  public static AssignmentPlanDocument of(AssignmentPlan plan, Audience audience) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(audience, "audience");
    List<Assignment> assignments = new ArrayList<>();
    plan.assignments().forEach(a -> assignments.add(new Assignment(a.request(), a.member(), a.cost(), a.start())));
    List<Unplaced> unplaced = new ArrayList<>();
    for (nl.voorzorgcirkel.matching.assignment.Unplaced u : plan.unplaced()) {
      List<RankingDocument.Exclusion> why = new ArrayList<>();
      u.exclusions().forEach(e -> why.add(RankingDocument.Exclusion.of(e, audience)));
      unplaced.add(new Unplaced(u.request(), u.code(audience), u.trip(), why));
    }
    List<Referral> referrals = new ArrayList<>();
    plan.referrals().forEach(r -> referrals.add(new Referral(r.request(), RankingDocument.Scope.of(r.decision()))));
    return new AssignmentPlanDocument(VERSION, audience, assignments, unplaced, referrals, plan.objective(),
        plan.loadPenalty(), plan.unplacedPenalty(), plan.isProvenOptimal(), plan.optimalityGap(),
        plan.searchNodes(), plan.plannedLoads(), plan.moved());
  }

  /**
   * A request placed with a member.
   *
   * @param request the request, not null
   * @param member who helps, not null
   * @param cost the cost of this pairing in the plan, finite
   * @param start when the member would start, not null
   * @since 0.1.0
   */
  public record Assignment(RequestId request, MemberId member, @JsonProperty(required = true) double cost,
      Instant start) {

    /**
     * Checks every field.
     *
     * @param request see the record description
     * @param member see the record description
     * @param cost see the record description
     * @param start see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Assignment {
      Rules.given(request, "Assignment", "request");
      Rules.given(member, "Assignment", "member");
      cost = Rules.finite(cost, "Assignment", "cost");
      Rules.given(start, "Assignment", "start");
    }
  }

  /**
   * A request in scope that nobody could take.
   *
   * @param request the request, not null
   * @param code why: {@code "too-late"}, {@code "no-eligible-member"}, {@code "helpers-away"} (for
   *     connectors only), {@code "no-one-for-whole-trip"} or {@code "capacity"} (see {@link
   *     nl.voorzorgcirkel.matching.assignment.Unplaced}); not blank
   * @param trip the trip the request is a leg of, if any
   * @param exclusions why each member could not take it, as the audience may read it; not null
   * @since 0.1.0
   */
  public record Unplaced(RequestId request, String code, Optional<TripId> trip,
      List<RankingDocument.Exclusion> exclusions) {

    /**
     * Checks every field.
     *
     * @param request see the record description
     * @param code see the record description
     * @param trip see the record description
     * @param exclusions see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Unplaced {
      Rules.given(request, "Unplaced", "request");
      Rules.notBlank(code, "Unplaced", "code");
      Rules.given(trip, "Unplaced", "trip");
      exclusions = Rules.list(exclusions, "Unplaced", "exclusions");
    }
  }

  /**
   * A request outside the circle's scope, and where it belongs.
   *
   * @param request the request, not null
   * @param scope the scope policy's decision, with a referral; not null
   * @since 0.1.0
   */
  public record Referral(RequestId request, RankingDocument.Scope scope) {

    /**
     * Checks every field.
     *
     * @param request see the record description
     * @param scope see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Referral {
      Rules.given(request, "Referral", "request");
      Rules.given(scope, "Referral", "scope");
      if (scope.referral().isEmpty()) {
        throw nl.voorzorgcirkel.core.internal.Arguments.invalid("Referral", "scope.referral", "referral", Map.of());
      }
    }
  }
}
