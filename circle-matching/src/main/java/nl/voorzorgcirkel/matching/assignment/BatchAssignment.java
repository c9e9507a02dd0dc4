package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.ranking.Candidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * Assigns a week's open requests to members in one go, exactly: the most requests placed, and
 * among such plans the least total cost.
 *
 * <p><b>The problem.</b> Each request is ranked by a {@link MatchingStrategy} (hard rules decide
 * who may take it; the pair's cost is {@code 1 - score without fairness}, in {@code [0, 1]}). Each
 * member may take several requests; the k-th request a member takes in the plan adds a convex
 * load penalty {@code lambda * (2 * (h + k) - 1)}, where {@code h} is the help in hours the member
 * already gave in the week of the snapshot, so that the penalty of a member's whole load is {@code
 * lambda * ((h + n)^2 - h^2)}: the load spreads, and those who already helped this week are spared.
 * Capacity: a member takes at most {@code floor(left / longest)} requests, where {@code left} is
 * the weekly capacity they have left and {@code longest} the longest request in the batch they
 * could take (and at most {@link Builder#maxRequestsPerMember}); so no plan takes anyone past
 * their capacity. This is conservative when requests differ in length: a member with 3 hours left
 * who could take requests of 2, 1 and 1 hours takes one of them, not two. (Exact capacity in hours
 * with unsplittable requests of different lengths is the generalised assignment problem, which is
 * NP-hard; the conservative count keeps the problem a flow, exactly solvable.)
 *
 * <p><b>The algorithm.</b> A minimum-cost flow with convex costs: source to each request, request
 * to each eligible member, member to sink with one unit per request at the increasing marginal
 * cost above, and request to sink "unplaced" at a cost higher than any placement. Solved by
 * successive shortest paths with node potentials (Ahuja, Magnanti and Orlin, Network Flows, 1993,
 * ch. 9, and ch. 14 for convex costs), adding one request at a time, which keeps the flow optimal
 * for the requests added so far. Every augmenting path alternates members and the requests they
 * hand over, so it is searched on the member graph alone: for each pair of members the cheapest
 * request one could hand the other, refreshed only for members whose requests changed. Time O(R
 * (M^2 + L D)) for R requests, M members, L the largest number of requests one member takes and D
 * the largest number of members one request could go to; space O(M^2 + E) for E eligible pairs.
 * The result is exact (up to floating-point rounding in the costs): equal to JGraphT's
 * capacity-scaling minimum-cost flow on the expanded network, which the tests check on 1,000
 * random instances.
 *
 * <p><b>Adding a request.</b> {@link #add} augments the existing optimal flow along one shortest
 * path from the new request; among shortest paths it takes one with the fewest arcs. So the new
 * plan is optimal, and it moves the fewest earlier assignments any optimal plan could (up to
 * exact ties in floating-point costs): the moves lie on one chain, at most {@code min(R, M - 1)}
 * of them. Only when the new request, being longer than any a member could take before, lowers
 * that member's capacity in requests below what they already take, is the plan solved again from
 * scratch; {@link AssignmentPlan#moved()} then lists every earlier request whose member changed.
 *
 * <p>Deterministic: same requests, snapshot and settings, same plan. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BatchAssignment {

  /** The default load penalty {@code lambda}. */
  public static final double DEFAULT_LOAD_PENALTY = 0.1;

  private static final BatchAssignment STANDARD = builder().build();

  private final MatchingStrategy strategy;
  private final double loadPenalty;
  private final int maxRequestsPerMember;

  private BatchAssignment(MatchingStrategy strategy, double loadPenalty, int maxRequestsPerMember) {
    this.strategy = strategy;
    this.loadPenalty = loadPenalty;
    this.maxRequestsPerMember = maxRequestsPerMember;
  }

  /**
   * The standard batch assignment: the standard matching strategy without fairness (the load
   * penalty spreads the load instead), {@link #DEFAULT_LOAD_PENALTY}, no limit on requests per
   * member beyond capacity.
   *
   * @return the batch assignment
   */
  public static BatchAssignment standard() {
    return STANDARD;
  }

  /**
   * A builder that starts from the standard settings.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Plans a set of requests.
   *
   * @param requests the requests, not null, without null elements, ids unique; their requesters
   *     must be members of the circle
   * @param snapshot the circle, its ledger and now, not null
   * @return the optimal plan
   * @throws IllegalArgumentException if request ids repeat or a requester is not a member
   */
  public AssignmentPlan plan(List<HelpRequest> requests, CircleSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<HelpRequest> copy = List.copyOf(requests);
    checkUnique(copy);
    List<Ranking> rankings = new ArrayList<>(copy.size());
    for (HelpRequest request : copy) {
      rankings.add(strategy.rank(request, snapshot));
    }
    return solve(copy, rankings, snapshot);
  }

  /**
   * Adds one request to a plan, moving as few earlier assignments as an optimal plan allows (see
   * above). The given plan is unchanged.
   *
   * @param plan a plan made by this batch assignment, not null
   * @param request the new request, not null, with an id not yet in the plan
   * @return the new optimal plan; {@link AssignmentPlan#moved()} lists the earlier requests whose
   *     member changed
   * @throws IllegalArgumentException if the id is already in the plan or the requester is not a
   *     member
   */
  public AssignmentPlan add(AssignmentPlan plan, HelpRequest request) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(request, "request");
    List<HelpRequest> requests = new ArrayList<>(plan.requests());
    requests.add(request);
    checkUnique(requests);
    List<Ranking> rankings = new ArrayList<>(plan.rankings());
    rankings.add(strategy.rank(request, plan.snapshot()));
    Inputs inputs = new Inputs(requests, rankings, plan.snapshot());
    Network old = plan.network();
    int[] capacity = capacitiesOf(inputs, old.members);
    boolean stillFeasible = true;
    for (int m = 0; m < old.members; m++) {
      stillFeasible &= capacity[m] >= old.load[m];
    }
    if (!stillFeasible) {
      AssignmentPlan fresh = solve(requests, rankings, plan.snapshot());
      List<RequestId> moved = new ArrayList<>();
      for (int r = 0; r < plan.requests().size(); r++) {
        if (fresh.network().assignedTo[r] != old.assignedTo[r]) {
          moved.add(requests.get(r).id());
        }
      }
      return new AssignmentPlan(plan.snapshot(), requests, rankings, plan.members(), fresh.network(), moved);
    }
    Network network = inputs.network(loadPenalty);
    network.resumeFrom(old);
    int[] movedIndices = network.addNext();
    List<RequestId> moved = new ArrayList<>();
    for (int r : movedIndices) {
      moved.add(requests.get(r).id());
    }
    return new AssignmentPlan(plan.snapshot(), requests, rankings, plan.members(), network, moved);
  }

  private AssignmentPlan solve(List<HelpRequest> requests, List<Ranking> rankings, CircleSnapshot snapshot) {
    Inputs inputs = new Inputs(requests, rankings, snapshot);
    Network network = inputs.network(loadPenalty);
    for (int r = 0; r < requests.size(); r++) {
      network.addNext();
    }
    return new AssignmentPlan(snapshot, requests, rankings, inputs.memberIds, network, List.of());
  }

  /** Everything the network is built from, read off the rankings and the snapshot. */
  private final class Inputs {
    final List<MemberId> memberIds = new ArrayList<>();
    final int[][] eligible;
    final double[][] cost;
    final double[] baseHours;
    final long[] remainingSeconds;
    final List<HelpRequest> requests;

    Inputs(List<HelpRequest> requests, List<Ranking> rankings, CircleSnapshot snapshot) {
      this.requests = requests;
      Map<MemberId, Integer> index = new HashMap<>();
      for (Member member : snapshot.circle().members()) {
        memberIds.add(member.id());
      }
      memberIds.sort(null);
      for (int m = 0; m < memberIds.size(); m++) {
        index.put(memberIds.get(m), m);
      }
      SortedMap<MemberId, Duration> weekLoads = snapshot.loadsThisWeek();
      baseHours = new double[memberIds.size()];
      remainingSeconds = new long[memberIds.size()];
      for (Member member : snapshot.circle().members()) {
        int m = positionOf(index, member.id());
        Duration given = weekLoads.getOrDefault(member.id(), Duration.ZERO);
        baseHours[m] = given.toSeconds() / 3600.0;
        remainingSeconds[m] = Math.max(0, member.capacityPerWeek().minus(given).toSeconds());
      }
      eligible = new int[requests.size()][];
      cost = new double[requests.size()][];
      for (int r = 0; r < requests.size(); r++) {
        List<Candidate> candidates = new ArrayList<>(rankings.get(r).candidates());
        candidates.sort((a, b) -> Integer.compare(positionOf(index, a.member()), positionOf(index, b.member())));
        eligible[r] = new int[candidates.size()];
        cost[r] = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
          eligible[r][i] = positionOf(index, candidates.get(i).member());
          cost[r][i] = 1.0 - candidates.get(i).scoreWithout(MatchingStrategies.FAIRNESS);
        }
      }
    }

    Network network(double penalty) {
      return new Network(eligible, cost, baseHours, capacitiesOf(this, memberIds.size()), penalty);
    }
  }



  /**
   * Per member: how many requests they may take, {@code floor(left / longest)} where {@code left}
   * is the weekly capacity they have left and {@code longest} the longest request in the batch
   * they could take (and at most {@code maxRequestsPerMember}). Any that many of their requests fit
   * what is left. Adding a request can only lower this number (or set it for a member who could
   * take nothing before), which is what lets {@link #add} keep the earlier flow.
   */
  private int[] capacitiesOf(Inputs inputs, int members) {
    long[] longest = new long[members];
    for (int r = 0; r < inputs.eligible.length; r++) {
      long seconds = inputs.requests.get(r).expectedDuration().toSeconds();
      for (int m : inputs.eligible[r]) {
        longest[m] = Math.max(longest[m], seconds);
      }
    }
    int[] capacity = new int[members];
    for (int m = 0; m < members; m++) {
      long k = longest[m] == 0 ? 0 : inputs.remainingSeconds[m] / longest[m];
      capacity[m] = (int) Math.min(k, maxRequestsPerMember);
    }
    return capacity;
  }

  /** A member's position among the circle's members, which every ranked member is. */
  private static int positionOf(Map<MemberId, Integer> index, MemberId member) {
    return Objects.requireNonNull(index.get(member), "a ranked member is a member of the circle");
  }

  private static void checkUnique(List<HelpRequest> requests) {
    Set<RequestId> seen = new HashSet<>();
    for (HelpRequest request : requests) {
      if (!seen.add(Objects.requireNonNull(request, "request").id())) {
        throw Arguments.invalid("BatchAssignment", "requests", "unique", Map.of("id", request.id().value()));
      }
    }
  }

  /** Builds a batch assignment. Not thread-safe; the batch assignments it builds are. */
  public static final class Builder {
    private MatchingStrategy strategy =
        MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0).build();
    private double loadPenalty = DEFAULT_LOAD_PENALTY;
    private int maxRequestsPerMember = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * Sets the strategy that decides who may take each request and at what cost. Its fairness
     * part, if any, is left out of the costs: the load penalty does that job here.
     *
     * @param matching the strategy, not null
     * @return this builder
     */
    public Builder strategy(MatchingStrategy matching) {
      this.strategy = Objects.requireNonNull(matching, "matching");
      return this;
    }

    /**
     * Sets {@code lambda}, the weight of the convex load penalty.
     *
     * @param lambda 0 (no spreading) or more, finite
     * @return this builder
     */
    public Builder loadPenalty(double lambda) {
      Arguments.finiteNotNegative(lambda, "BatchAssignment", "loadPenalty");
      this.loadPenalty = lambda;
      return this;
    }

    /**
     * Sets the most requests one member takes in a plan, whatever their capacity.
     *
     * @param max 1 or more
     * @return this builder
     */
    public Builder maxRequestsPerMember(int max) {
      Arguments.atLeast(max, 1, "BatchAssignment", "maxRequestsPerMember");
      this.maxRequestsPerMember = max;
      return this;
    }

    /**
     * Builds the batch assignment.
     *
     * @return the batch assignment
     */
    public BatchAssignment build() {
      return new BatchAssignment(strategy, loadPenalty, maxRequestsPerMember);
    }
  }
}
