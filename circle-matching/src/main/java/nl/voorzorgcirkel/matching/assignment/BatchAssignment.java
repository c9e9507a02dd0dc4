package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a week's open requests to members in one go, exactly: the most requests placed, and
 * among such plans the least total cost; no member past their capacity in any week, and no member
 * given help at overlapping set times.
 *
 * <p><b>The problem.</b> First the scope: a request the scope policy refers ({@link
 * ScopePolicies#standard()} unless set; personal and nursing care, ...) is never placed and comes
 * back in {@link AssignmentPlan#referrals()}. Each other request is ranked by a {@link
 * MatchingStrategy} (hard rules decide who may take it, including capacity and the help members
 * already promised; the pair's cost is {@code 1 - score without fairness}, in {@code [0, 1]}).
 * The legs of a trip (requests with the same trip id) are one unit: one member takes them all, or
 * they are reported unplaced together; the trip's cost is the sum of its legs' and its length, for
 * capacity, their total, counted once. A member's load is counted per week: the local week in
 * which they would help ({@link nl.voorzorgcirkel.matching.ranking.RankedCandidate#earliestStart()}),
 * the same week the ranking checks. The k-th unit a member takes in a week adds a convex load
 * penalty {@code lambda * (2 * (h + k) - 1)}, where {@code h} is the help in hours the member gave
 * and promised that week, so that the penalty of a member's week is {@code lambda * ((h + n)^2 -
 * h^2)}: the load spreads, and those who already help that week are spared. Capacity is counted
 * in hours: the units a member takes in a week add up to no more than the weekly capacity they
 * have left that week (and number at most {@link Builder#maxRequestsPerMember}). With requests of
 * different lengths this is the generalised assignment problem, NP-hard. Finally, two units one
 * member takes must not overlap in time: requests with a fixed window
 * occupy their start to their start plus expected duration, with a travel buffer ({@link
 * HardRules#DEFAULT_TRAVEL_BUFFER} unless set) kept free between; flexible requests can move, but
 * a member takes flexible requests only where starts exist for all of them: each in its window, no
 * earlier than its ranked earliest start, within the member's weekly slots on a day they take part
 * (not away, not paused) and the same week, keeping the travel buffer clear of the member's other
 * assignments of the plan and their promises (none between legs of one trip). Whether they exist
 * is decided exactly (user test 10: a plan stopped by a limit had given a member a flexible 90
 * minutes that fit neither before nor after their help at a set time).
 *
 * <p><b>Starts.</b> Once the plan is chosen, each member's flexible assignments get such starts
 * ({@link Assignment#start()}): the fixed ones at their set times, then the flexible ones by the
 * end of their window, each at its earliest such start, or, where that order leaves one without,
 * the starts the exact test found. So every plan this batch makes, stopped by a limit or not, has
 * none in {@link AssignmentPlan#startsToAgree()}.
 *
 * <p><b>The algorithm.</b> The relaxation is a minimum-cost flow with convex costs that counts
 * units instead of hours: source to each unit, unit to each eligible member-week, member-week to
 * sink with one unit per request at the increasing marginal cost above, at most {@code
 * floor(left / shortest)} of them ({@code shortest} the shortest unit the member-week could take,
 * so every set of units within the hours is within the count), and unit to sink "unplaced" at a
 * cost higher than any placement. Solved by successive shortest paths with node potentials (Ahuja,
 * Magnanti and Orlin, Network Flows, 1993, ch. 9, and ch. 14 for convex costs), adding one unit at
 * a time, which keeps the flow optimal for the units added so far; every augmenting path
 * alternates member-weeks and the units they hand over, so it is searched on the member-week graph
 * alone. Time O(U (N^2 + L D)) for U units, N member-weeks, L the most units one member-week takes
 * and D the most member-weeks one unit could go to. When that flow's plan has nobody at two places
 * at once and nobody past their hours in any week it is the optimum (always so when the requests
 * a member-week could take are of one length, and it takes flexible ones only); otherwise a branch
 * and bound takes over (see {@code ConflictSearch}): the bound is the Lagrangian relaxation of
 * "each unit to at most one member-week", whose subproblems, one per member-week, are weighted
 * interval scheduling with a cardinality limit and a knapsack limit on the hours left, solved
 * exactly by dynamic programming over (units, count, hours in slots), with prices found by
 * a proximal bundle method (Kiwiel, 1990) whose master problem is solved exactly by an active-set
 * method; the search branches on a unit two member-weeks want, on the units a
 * member would hold at one moment, or on the units of a week past its hours, best bound first, and
 * turns each subproblem's choice into a feasible plan. The result is exact: equal to an
 * exhaustive search (counting hours) on every instance small enough to enumerate, and, where
 * requests are of one length and do not overlap, equal to JGraphT's capacity-scaling minimum-cost
 * flow on the expanded network (the tests check both on 1,000 random instances each). The search is
 * exponential in the worst case (interval scheduling with eligibility, and the generalised
 * assignment problem, are NP-hard), and a week whose hours bind for many members with requests of
 * many lengths may need many nodes. So the search has a budget: by default {@link
 * #DEFAULT_WORK_LIMIT} cells of its dynamic programmes ({@link Builder#workLimit}; 1 to 3 s of
 * a 2-vCPU server on a hard week) and {@link #DEFAULT_NODE_LIMIT} nodes ({@link Builder#nodeLimit}), both
 * counted, not timed, so that a plan stopped by them is the same on every machine; {@link
 * Builder#timeLimit} can bound it further. The search is anytime: it takes the same steps
 * whatever its limits, and a stopped search returns the best plan it saw before the limit (it
 * makes no plan because it stopped), so a larger node or work limit never gives a worse plan
 * (fewer requests placed, or as many at a higher objective). A plan stopped early says so ({@link
 * AssignmentPlan#isProvenOptimal()}) and how far from the optimum it may be ({@link
 * AssignmentPlan#optimalityGap()}). {@code BENCHMARKS.md} has the times.
 *
 * <p><b>Adding a request.</b> {@link #add} augments the existing optimal flow along one shortest
 * path from the new request; among shortest paths it takes one with the fewest arcs. So the new
 * plan is optimal, and it moves the fewest earlier assignments any optimal plan could (up to
 * exact ties in floating-point costs): the moves lie on one chain. When that is not possible (the
 * earlier plan needed the search, the new request is a leg of a trip in the plan, brings a new
 * member-week, lowers a member's count below what they already take or gives a full member-week a
 * higher one, or makes someone be in two places at once or pass their hours), the plan is solved
 * again from scratch; {@link AssignmentPlan#moved()}
 * then lists every earlier request whose member changed.
 *
 * <p>Deterministic without a time limit (the node and work limits count, they do not time):
 * same set of requests, snapshot and settings, same plan,
 * whatever the order of the list (units go by request id, members by id, and every tie is broken
 * by these).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BatchAssignment {

  /** The default load penalty {@code lambda}. */
  public static final double DEFAULT_LOAD_PENALTY = 0.1;
  /** The default most nodes of the branch and bound a plan may take. */
  public static final long DEFAULT_NODE_LIMIT = 10_000;
  /**
   * The default most work the branch and bound may do, in cells of its dynamic programmes (see
   * {@link Builder#workLimit}): 10^9. Counted, not timed, so its time depends on the machine and
   * on the week: on the 2-vCPU server of {@code BENCHMARKS.md}, a week stopped by it took 0.8 to
   * 1.3 s for 100 requests over 15 members and 1.3 to 2.8 s (one call in a new JVM) for 40
   * requests over 12 members; the work does not count each search node's set-up, so a small week
   * that takes thousands of nodes is slower per unit of work (a user test measured 4.6 to 11.4 s
   * for weeks of 40 requests over 12 members on its machine). To bound the time, set {@link
   * Builder#timeLimit}: {@code BatchAssignment.builder().timeLimit(Duration.ofSeconds(2)).build()}.
   * Of 20 generated weeks of 100 requests over 15 members (seeds 1 to 20), 18 are proven optimal
   * within it and 2 stop at it with gaps of 0.03 and 0.06 ({@code BENCHMARKS.md}, "The three
   * together, as landed"; seeds 21 to 40 likewise 18 and 2).
   *
   * @since 0.1.0
   */
  public static final long DEFAULT_WORK_LIMIT = 1_000_000_000L;
  /**
   * The largest load penalty {@code lambda}: 100. A pair's cost lies in {@code [0, 1]}, so at
   * {@code lambda = 1} a member's second request in a week already costs 2 more than a first one
   * elsewhere, twice the whole range of a pair's cost; at 100 the costs only break ties between
   * loads. The bound keeps the solver exact in double precision: the cost of leaving a request
   * unplaced, {@code (R + 1) (c + lambda (2 (h + R) - 1)) + 1} for R units, the largest unit cost
   * c and a week's help h already given (under 40 hours, the most capacity), stays below 2^26 up
   * to 500 units at {@code lambda = 100}, so that sums and differences of it keep the pair costs
   * to 1.5e-8, inside the solver's tolerance of 1e-7. Larger values made {@link #plan} fail
   * (user test 5, H3: from 3e8 on a week of 20 requests).
   */
  public static final double MAX_LOAD_PENALTY = 100;
  /**
   * The longest time limit: 24 hours. A longer one would overflow the nanosecond clock of the
   * search (user test 5, H3); a plan that may search for a day has, in effect, no time limit:
   * leave it unset.
   */
  public static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

  private static final BatchAssignment STANDARD = builder().build();

  private final MatchingStrategy strategy;
  private final ScopePolicy scopePolicy;
  private final double loadPenalty;
  private final int maxRequestsPerMember;
  private final Duration travelBuffer;
  private final long nodeLimit;
  private final long workLimit;
  private final @Nullable Duration timeLimit;
  private final LongSupplier ticker;
  /** What a plan's flow depends on: a plan made with other settings cannot be added to. */
  private final Settings settings;

  /**
   * The settings a plan's costs, capacities and conflicts come from; the strategy given, or null
   * for the standard one built from the other settings. Not the limits: they only stop a search.
   */
  record Settings(@Nullable MatchingStrategy strategy, ScopePolicy scopePolicy, double loadPenalty,
      int maxRequestsPerMember, Duration travelBuffer) {

    /**
     * The reading of kinds of help by which the plan's rankings compared requests and offers: the
     * strategy's, or the scope policy's that the standard strategy is built with.
     */
    CapabilityVocabulary vocabulary() {
      return strategy != null ? strategy.vocabulary() : scopePolicy.vocabulary();
    }
  }

  private BatchAssignment(Builder b) {
    this.strategy = b.strategy != null ? b.strategy
        : MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0)
            .scopePolicy(b.scopePolicy).travelBuffer(b.travelBuffer).build();
    this.scopePolicy = b.scopePolicy;
    this.loadPenalty = b.loadPenalty;
    this.maxRequestsPerMember = b.maxRequestsPerMember;
    this.travelBuffer = b.travelBuffer;
    this.nodeLimit = b.nodeLimit;
    this.workLimit = b.workLimit;
    this.timeLimit = b.timeLimit;
    this.ticker = b.ticker;
    this.settings = new Settings(b.strategy, scopePolicy, loadPenalty, maxRequestsPerMember, travelBuffer);
  }

  /**
   * The standard batch assignment: the standard matching strategy without fairness (the load
   * penalty spreads the load instead), the standard scope policy, {@link #DEFAULT_LOAD_PENALTY},
   * {@link HardRules#DEFAULT_TRAVEL_BUFFER}, no limit on requests per member beyond capacity,
   * {@link #DEFAULT_NODE_LIMIT}, {@link #DEFAULT_WORK_LIMIT} and no time limit.
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
   * @param snapshot the circle, its ledger, commitments and now, not null
   * @return the plan: optimal unless a limit stopped the search ({@link
   *     AssignmentPlan#isProvenOptimal()})
   * @throws IllegalArgumentException if request ids repeat or a requester is not a member
   */
  public AssignmentPlan plan(List<HelpRequest> requests, CircleSnapshot snapshot) {
    List<HelpRequest> copy = Arguments.noNulls(requests, "requests");
    Objects.requireNonNull(snapshot, "snapshot");
    checkUnique(copy);
    List<Ranking> rankings = new ArrayList<>(copy.size());
    ScopeDecision[] scope = new ScopeDecision[copy.size()];
    boolean[] referred = new boolean[copy.size()];
    for (int r = 0; r < copy.size(); r++) {
      rank(copy.get(r), snapshot, rankings, scope, referred, r);
    }
    return solve(snapshot, new Batch(copy, List.copyOf(rankings), referred, snapshot), scope);
  }

  /** Ranks one request and decides its scope: the batch's policy, then the strategy's. */
  private void rank(HelpRequest request, CircleSnapshot snapshot, List<Ranking> rankings,
      ScopeDecision[] scope, boolean[] referred, int r) {
    ScopeDecision decision = scopePolicy.assess(request);
    Ranking ranking = strategy.rank(request, snapshot);
    rankings.add(ranking);
    scope[r] = decision.isInScope() ? ranking.scope() : decision;
    referred[r] = !scope[r].isInScope();
  }

  private AssignmentPlan solve(CircleSnapshot snapshot, Batch batch, ScopeDecision[] scope) {
    ConflictSearch search = search(batch);
    ConflictSearch.Result result = search.solve();
    return new AssignmentPlan(settings, snapshot, batch, scope, search.root(), result, List.of(), false);
  }

  private ConflictSearch search(Batch batch) {
    return new ConflictSearch(batch, batch.capacities(maxRequestsPerMember), loadPenalty,
        travelBuffer.toSeconds(), nodeLimit, workLimit, timeLimit == null ? 0 : timeLimit.toNanos(), ticker);
  }

  /**
   * Adds one request to a plan, moving as few earlier assignments as an optimal plan allows (see
   * above). The given plan is unchanged.
   *
   * @param plan a plan made by this batch assignment, or by one with the same strategy, scope
   *     policy, load penalty, requests per member and travel buffer (the limits may differ), not
   *     null
   * @param request the new request, not null, with an id not yet in the plan
   * @return the new plan; {@link AssignmentPlan#moved()} lists the earlier requests whose member
   *     changed
   * @throws IllegalArgumentException if the id is already in the plan, the requester is not a
   *     member, or the plan was made with other settings (its flow is optimal for other costs, so
   *     adding to it would not give an optimal plan)
   */
  public AssignmentPlan add(AssignmentPlan plan, HelpRequest request) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(request, "request");
    if (!plan.settings().equals(settings)) {
      throw Arguments.invalid("BatchAssignment", "plan", "sameBatch", Map.of());
    }
    List<HelpRequest> requests = new ArrayList<>(plan.requests());
    requests.add(request);
    checkUnique(requests);
    int n = requests.size();
    List<Ranking> rankings = new ArrayList<>(plan.rankings());
    ScopeDecision[] scope = java.util.Arrays.copyOf(plan.scope(), n);
    boolean[] referred = new boolean[n];
    for (int r = 0; r < n - 1; r++) {
      referred[r] = !scope[r].isInScope();
    }
    rank(request, plan.snapshot(), rankings, scope, referred, n - 1);
    Batch old = plan.batch();
    // the earlier units in their order, so that the earlier flow can go on with the new unit last
    Batch batch = new Batch(List.copyOf(requests), List.copyOf(rankings), referred, plan.snapshot(), old.unitOf);
    ConflictSearch.Result earlier = plan.solution();
    if (referred[n - 1]) {
      return new AssignmentPlan(settings, plan.snapshot(), batch, scope, plan.root(), earlier, List.of(), true);
    }
    int[] capacity = batch.capacities(maxRequestsPerMember);
    Network earlierFlow = earlier.flow;
    boolean incremental = earlierFlow != null && batch.units() == old.units() + 1
        && batch.nodeMember.equals(old.nodeMember) && batch.nodeWeek.equals(old.nodeWeek);
    // the earlier flow stays optimal for the new counts if no member-week's count fell below its
    // load, and none that was full got more room (a request left unplaced might then fit)
    for (int k = 0; incremental && earlierFlow != null && k < batch.nodes(); k++) {
      int before = earlierFlow.capacity[k];
      int now = Math.min(capacity[k], batch.units());
      incremental = now >= earlier.load[k] && (earlier.load[k] < before || now == before);
    }
    if (incremental && earlierFlow != null) {
      Network network = new Network(batch.eligible, batch.cost, batch.baseHours, capacity, loadPenalty,
          batch.maxCost);
      network.resumeFrom(earlierFlow);
      int[] movedUnits = network.addNext();
      if (search(batch).feasible(network.assignedTo)) {
        List<RequestId> moved = new ArrayList<>();
        for (int u : movedUnits) {
          for (int r : batch.legs[u]) {
            moved.add(requests.get(r).id());
          }
        }
        ConflictSearch.Result result = new ConflictSearch.Result(network.assignedTo.clone(),
            network.load.clone(), network.totalCost(), network.totalCost(), true, 1, network);
        return new AssignmentPlan(settings, plan.snapshot(), batch, scope, network, result, moved, true);
      }
    }
    // from scratch, with the units in their own order: the plan of the set of requests
    AssignmentPlan fresh = solve(plan.snapshot(),
        new Batch(List.copyOf(requests), List.copyOf(rankings), referred, plan.snapshot()), scope);
    List<RequestId> moved = new ArrayList<>();
    for (int r = 0; r < n - 1; r++) {
      if (!plan.memberFor(requests.get(r).id()).equals(fresh.memberFor(requests.get(r).id()))) {
        moved.add(requests.get(r).id());
      }
    }
    return new AssignmentPlan(settings, plan.snapshot(), fresh.batch(), scope, fresh.root(), fresh.solution(), moved, false);
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
    private @Nullable MatchingStrategy strategy;
    private ScopePolicy scopePolicy = ScopePolicies.standard();
    private double loadPenalty = DEFAULT_LOAD_PENALTY;
    private int maxRequestsPerMember = Integer.MAX_VALUE;
    private Duration travelBuffer = HardRules.DEFAULT_TRAVEL_BUFFER;
    private long nodeLimit = DEFAULT_NODE_LIMIT;
    private long workLimit = DEFAULT_WORK_LIMIT;
    private @Nullable Duration timeLimit;
    private LongSupplier ticker = System::nanoTime;

    private Builder() {}

    /**
     * Sets the strategy that decides who may take each request and at what cost. Its fairness
     * part, if any, is left out of the costs: the load penalty does that job here. Unless set,
     * the standard strategy without fairness, with this builder's scope policy and travel buffer.
     *
     * @param matching the strategy, not null
     * @return this builder
     */
    public Builder strategy(MatchingStrategy matching) {
      this.strategy = Objects.requireNonNull(matching, "matching");
      return this;
    }

    /**
     * Sets the scope policy: a request it refers is never placed, whatever the strategy says.
     *
     * @param policy the policy, not null; {@link ScopePolicies#standard()} unless set
     * @return this builder
     */
    public Builder scopePolicy(ScopePolicy policy) {
      this.scopePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets {@code lambda}, the weight of the convex load penalty.
     *
     * @param lambda 0 (no spreading) to {@link #MAX_LOAD_PENALTY}; {@link #DEFAULT_LOAD_PENALTY}
     *     unless set
     * @return this builder
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if not a number in that range
     */
    public Builder loadPenalty(double lambda) {
      Arguments.finiteNotNegative(lambda, "BatchAssignment", "loadPenalty");
      if (lambda > MAX_LOAD_PENALTY) {
        throw Arguments.invalid("BatchAssignment", "loadPenalty", "between", Map.of("min", 0, "max", (long) MAX_LOAD_PENALTY));
      }
      this.loadPenalty = lambda;
      return this;
    }

    /**
     * Sets the most requests (a trip counting once) one member takes in one week of a plan,
     * whatever their capacity.
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
     * Sets the travel time kept free between two requests at set times of one member.
     *
     * @param buffer 0 to 4 hours, not null; {@link HardRules#DEFAULT_TRAVEL_BUFFER} unless set
     * @return this builder
     */
    public Builder travelBuffer(Duration buffer) {
      Objects.requireNonNull(buffer, "buffer");
      if (buffer.isNegative() || buffer.compareTo(Duration.ofHours(4)) > 0) {
        throw Arguments.invalid("BatchAssignment", "travelBuffer", "between", Map.of("min", "0 h", "max", "4 h"));
      }
      this.travelBuffer = buffer;
      return this;
    }

    /**
     * Sets the most nodes of the branch and bound (each one Lagrangian bound) a plan may take
     * before the search stops with the best plan found so far. Deterministic, unlike a time limit;
     * a larger limit never gives a worse plan (the search before it is the same). The limit is
     * checked before a node is branched, and all of that node's children (two or more) are
     * bounded, so {@link AssignmentPlan#searchNodes()} may exceed it by one node's children less one
     * (101 with a limit of 100 when the last node branched in two).
     *
     * @param max 1 or more; {@link #DEFAULT_NODE_LIMIT} unless set
     * @return this builder
     */
    public Builder nodeLimit(long max) {
      Arguments.atLeast(max, 1, "BatchAssignment", "nodeLimit");
      this.nodeLimit = max;
      return this;
    }

    /**
     * Sets the most work the branch and bound may do before it stops with the best plan found so
     * far, counted in cells of the members' dynamic programmes (one cell: the best value of a
     * member-week's first units with a given number taken in a given number of hour slots; the
     * bound of one search node computes thousands to millions of them), plus, for the flows the
     * search solves before its first bound, one per arc and per pair of member-weeks of each unit
     * added, and the moves of the local search that improves each new best plan. The search
     * checks it after every Lagrangian value, before each flow and before each unit's moves in the
     * local search (which then stops with the plan of its moves so far, no dearer than the plan it
     * was given), so it does at most one value's and one flow's work more, and one unit's moves.
     * Unlike a time limit the
     * count does not depend on the machine: the same input stops at the same point, with the same
     * plan, everywhere. The search does the same work up to a limit whatever the limit, and a
     * stopped search returns the best plan it saw, so a larger limit never gives a worse plan: as
     * many requests placed or more, and with as many placed no higher an objective. A plan stopped
     * by it says so ({@link AssignmentPlan#isProvenOptimal()} is false) and reports {@link
     * AssignmentPlan#optimalityGap()}.
     *
     * @param max 1 or more; {@link #DEFAULT_WORK_LIMIT} unless set ({@link Long#MAX_VALUE}: none)
     * @return this builder
     */
    public Builder workLimit(long max) {
      Arguments.atLeast(max, 1, "BatchAssignment", "workLimit");
      this.workLimit = max;
      return this;
    }

    /**
     * Sets how long the search may take before it stops with the best plan found so far. The
     * clock starts when the search does, after the ranking and the batch are built (those take
     * about 0.65 ms for a week of 100 requests over 15 members and 10 ms for 400 over 60 on the
     * machine of {@code BENCHMARKS.md}); the search checks it where it checks {@link #workLimit},
     * after every Lagrangian value, before each of its flows and, in the local search on each
     * new best plan, after every 65,536 of its work (1 to 3 ms on a week of 100 requests at set
     * times), so it passes the limit by at most one value and one flow, or that much of the local
     * search (about 1 ms, at most 2 ms, on that week; some tens of milliseconds on one of 400 on
     * that machine); the first flow and the first value
     * are always taken (about 30 ms on 400 requests). A plan stopped by time depends on the
     * machine's speed, so is not deterministic; prefer {@link #nodeLimit} or {@link #workLimit}
     * where results must repeat. What a small limit gives, against general solvers given the
     * same: {@code BENCHMARKS.md}, "What a 5 ms budget gives".
     *
     * @param limit positive, at most {@link #MAX_TIME_LIMIT}, not null; no time limit unless set
     * @return this builder
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if not in that range
     */
    public Builder timeLimit(Duration limit) {
      Objects.requireNonNull(limit, "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw Arguments.invalid("BatchAssignment", "timeLimit", "positive", Map.of());
      }
      if (limit.compareTo(MAX_TIME_LIMIT) > 0) {
        throw Arguments.invalid("BatchAssignment", "timeLimit", "atMost", Map.of("max", "24 h"));
      }
      this.timeLimit = limit;
      return this;
    }

    /** Replaces the clock of the time limit, in nanoseconds; for tests. */
    Builder ticker(LongSupplier nanos) {
      this.ticker = Objects.requireNonNull(nanos, "nanos");
      return this;
    }

    /**
     * Builds the batch assignment.
     *
     * @return the batch assignment
     */
    public BatchAssignment build() {
      return new BatchAssignment(this);
    }
  }
}
