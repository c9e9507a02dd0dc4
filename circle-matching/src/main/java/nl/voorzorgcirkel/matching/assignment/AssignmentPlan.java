package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.ExclusionReason;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * The answer of a {@link BatchAssignment}: who takes which request, which requests could not be
 * placed and why, which are referred elsewhere, the objective, each member's planned load, and
 * whether the plan is proven optimal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssignmentPlan {

  private final BatchAssignment.Settings settings;
  private final CircleSnapshot snapshot;
  private final Batch batch;
  private final ScopeDecision[] scope;
  /** Prices every plan of the batch: costs, load penalties, the unplaced cost. */
  private final Network root;
  private final ConflictSearch.Result solution;
  private final List<RequestId> moved;
  private final boolean incremental;
  private final List<Assignment> assignments;
  private final List<Unplaced> unplaced;
  private final List<Referral> referrals;
  /** The flexible assignments whose start could not keep clear of the member's other help. */
  private final Set<RequestId> startsToAgree;

  AssignmentPlan(BatchAssignment.Settings settings, CircleSnapshot snapshot, Batch batch, ScopeDecision[] scope,
      Network root, ConflictSearch.Result solution, List<RequestId> moved, boolean incremental) {
    this.settings = settings;
    this.snapshot = snapshot;
    this.batch = batch;
    this.scope = scope;
    this.root = root;
    this.solution = solution;
    this.moved = List.copyOf(moved);
    this.incremental = incremental;
    List<Unplaced> left = new ArrayList<>();
    List<Referral> referred = new ArrayList<>();
    List<StartTimes.Placed> placed = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    for (int r = 0; r < batch.requests.size(); r++) {
      HelpRequest request = batch.requests.get(r);
      RequestId id = request.id();
      int u = batch.unitOf[r];
      if (u < 0) {
        referred.add(new Referral(id, scope[r]));
        continue;
      }
      int node = solution.assignedTo[u];
      if (node >= 0) {
        MemberId member = batch.nodeMember.get(node);
        RankedCandidate c = candidate(batch.rankings.get(r), member);
        costs.add(1.0 - c.scoreWithout(MatchingStrategies.FAIRNESS));
        placed.add(new StartTimes.Placed(request, snapshot.circle().member(member).orElseThrow(),
            c.earliestStart().orElse(request.window().start())));
      } else {
        String code;
        List<Exclusion> why = List.of();
        if (batch.eligible[u].length > 0) {
          code = Unplaced.CAPACITY;
        } else if (batch.rankings.get(r).candidates().isEmpty()) {
          why = batch.rankings.get(r).exclusions();
          code = tooLate(why) ? Unplaced.TOO_LATE
              : helpersAway(request, why, snapshot, settings.vocabulary()) ? Unplaced.HELPERS_AWAY : Unplaced.NO_ELIGIBLE_MEMBER;
        } else {
          code = Unplaced.NO_ONE_FOR_WHOLE_TRIP;
          why = batch.rankings.get(r).exclusions();
        }
        left.add(new Unplaced(id, code, why, batch.trip[u]));
      }
    }
    // flexible help gets a start clear of the member's other help in this plan (user test 6, J2)
    List<StartTimes.Start> starts = StartTimes.of(placed, snapshot, settings.travelBuffer());
    List<Assignment> assigned = new ArrayList<>(placed.size());
    Set<RequestId> crowded = new TreeSet<>();
    for (int i = 0; i < placed.size(); i++) {
      RequestId id = placed.get(i).request().id();
      StartTimes.Start start = starts.get(i);
      assigned.add(new Assignment(id, placed.get(i).member().id(), costs.get(i), start.at()));
      if (!start.clear()) {
        crowded.add(id);
      }
    }
    this.startsToAgree = Collections.unmodifiableSet(crowded);
    // by request id, not in the order given: the same set of requests, the same lists (user test 6, J9)
    assigned.sort(Comparator.comparing(Assignment::request));
    left.sort(Comparator.comparing(Unplaced::request));
    referred.sort(Comparator.comparing(Referral::request));
    this.assignments = Collections.unmodifiableList(assigned);
    this.unplaced = Collections.unmodifiableList(left);
    this.referrals = Collections.unmodifiableList(referred);
  }

  /**
   * Whether a ranking's exclusions say the request's time has passed: the strategy then excludes
   * every member for that reason alone.
   */
  private static boolean tooLate(List<Exclusion> exclusions) {
    return !exclusions.isEmpty() && exclusions.stream()
        .allMatch(e -> e.code().equals(ExclusionReason.TOO_LATE.code()));
  }

  /**
   * Whether everyone who offers a request's kind of help, apart from the requester and members who
   * left, is ruled out as away or paused, and there is someone: the connector can then wait for
   * them or look further (user test 8, L8), where nobody offering it calls for someone new. A
   * ranking names each member's first failed rule, and taking part comes before the capability,
   * so each member's offer is looked up in the circle, read as the rankings read it.
   */
  private static boolean helpersAway(HelpRequest request, List<Exclusion> exclusions, CircleSnapshot snapshot,
      CapabilityVocabulary vocabulary) {
    boolean any = false;
    for (Exclusion e : exclusions) {
      String why = e.code();
      if (why.equals(ExclusionReason.IS_REQUESTER.code()) || why.equals(ExclusionReason.LEFT_CIRCLE.code())
          || !snapshot.circle().member(e.member()).map(m -> m.offers(request.capability(), vocabulary)).orElse(false)) {
        continue;
      }
      if (!why.equals(ExclusionReason.ABSENT.code()) && !why.equals(ExclusionReason.PAUSED.code())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static RankedCandidate candidate(Ranking ranking, MemberId member) {
    for (RankedCandidate c : ranking.candidates()) {
      if (c.member().equals(member)) {
        return c;
      }
    }
    throw new IllegalStateException("placed with a member the ranking does not allow");
  }

  /**
   * The placed requests, sorted by request id (so the same set of requests gives an equal list,
   * whatever the order it was given in); the legs of a trip all with one member. Each one's {@link
   * Assignment#start()} keeps clear of the member's other assignments here where its window allows.
   *
   * @return an unmodifiable list
   */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * The member who takes a request.
   *
   * @param request the request's id, not null
   * @return the member, or empty if the request is unplaced, referred or not in the plan
   */
  public Optional<MemberId> memberFor(RequestId request) {
    Objects.requireNonNull(request, "request");
    return assignments.stream().filter(a -> a.request().equals(request)).map(Assignment::member).findFirst();
  }

  /**
   * The requests the circle could take on but this plan could not place, with the reason, sorted
   * by request id.
   *
   * @return an unmodifiable list
   */
  public List<Unplaced> unplaced() {
    return unplaced;
  }

  /**
   * The requests that are not for the circle (personal or nursing care, ...): never placed, each
   * with where it belongs and why, sorted by request id.
   *
   * @return an unmodifiable list
   */
  public List<Referral> referrals() {
    return referrals;
  }

  /**
   * The objective: the summed cost of the assignments plus the load penalty. Minimal among all
   * plans that place as many requests (trips counting once) as possible, when {@link
   * #isProvenOptimal()}.
   *
   * @return 0 or more
   */
  public double objective() {
    double total = 0;
    for (int u = 0; u < batch.units(); u++) {
      if (solution.assignedTo[u] >= 0) {
        total += root.costOf(u, solution.assignedTo[u]);
      }
    }
    return total + loadPenalty();
  }

  /**
   * The load penalty part of the objective: for each member and week, the convex cost of the
   * requests they take (a trip counting once).
   *
   * @return 0 or more
   */
  public double loadPenalty() {
    double total = 0;
    for (int k = 0; k < batch.nodes(); k++) {
      for (int j = 1; j <= solution.load[k]; j++) {
        total += root.marginal(k, j);
      }
    }
    return total;
  }

  /**
   * The cost the search minimises: {@link #objective()} plus {@link #unplacedPenalty()} for each
   * request or trip left unplaced.
   */
  double networkCost() {
    return solution.cost;
  }

  /**
   * What leaving one request (or one trip) unplaced costs in the search, more than any number of
   * placements can save: so a plan places as many as it can before it minimises the objective.
   *
   * @return a positive number
   */
  public double unplacedPenalty() {
    return root.unplacedCost;
  }

  /**
   * Whether the search proved this plan optimal. Always true unless a node or time limit of the
   * {@link BatchAssignment} stopped the search first.
   *
   * @return true if no plan has a lower total cost
   */
  public boolean isProvenOptimal() {
    return solution.optimal;
  }

  /**
   * How far this plan may be from the optimum: the most by which its total cost ({@link
   * #objective()} plus {@link #unplacedPenalty()} per unplaced request or trip) can exceed the
   * best plan's, from the lowest bound among the plans the search had not ruled out when it
   * stopped. Not a percentage: since {@link #unplacedPenalty()} is larger than any plan's whole
   * objective, a gap of at most {@link #objective()} means no plan places more requests (and this
   * one's objective is at most the gap above the best); a larger gap means the best plan may place
   * up to {@code ceil((gap - objective) / unplacedPenalty)} more.
   * The search bounds the number unplaced as a whole number, so on a week whose hours bind it
   * usually proves the number placed even where its work limit stops it.
   *
   * <p>Worked out from the figures the plan reports, so that they agree exactly, without rounding
   * artefacts: the bound's whole unplaced penalties for this plan's number unplaced are taken off
   * first, so a plan whose number placed is proven has a gap of at most {@link #objective()}
   * (exactly the objective where nothing more is known about its costs), never the objective plus
   * 10^-12; the gap is never below 0 and never above the plan's total cost.
   *
   * @return exactly 0 when {@link #isProvenOptimal()}, else a number above 0 and at most {@link
   *     #objective()} plus {@link #unplacedPenalty()} for each request or trip left unplaced
   */
  public double optimalityGap() {
    if (solution.optimal) {
      return 0.0;
    }
    double objective = objective();
    long unplacedUnits = Arrays.stream(solution.assignedTo).filter(node -> node < 0).count();
    double penalties = root.unplacedCost * unplacedUnits;
    // what the bound leaves for the objective of a plan that leaves as many unplaced as this one
    // (the search's count bound is exactly such whole penalties plus the costs' floor); the
    // search's own total cost adds the same terms in another order, and the difference in
    // rounding would show as a gap a trace above the objective
    double left = solution.bound - penalties;
    return Math.max(0.0, Math.min(objective - left, objective + penalties));
  }

  /**
   * The most requests (a trip of several legs counting once) a better plan could place beyond this
   * one, as the search proved when it stopped: 0 when {@link #isProvenOptimal()}, and 0 when the
   * search proved the number placed though not the costs (it bounds the number unplaced as a whole
   * number, so on a week whose hours bind it usually does). It is {@link #optimalityGap()} read for
   * the question a planner asks first, whether more requests could be placed: {@code ceil((gap -
   * objective) / unplacedPenalty)}, at least 0, worked out from the search's bound so that it is
   * never too low (rounding can only make it larger). An upper limit, not a forecast: a plan
   * stopped early by a small limit has a weak bound, so a week whose best plan places 2 more may
   * say 16; a plan that says 0 places as many as any plan can. Thread-safe, as the plan is
   * immutable.
   *
   * @return 0 to the number of requests or trips left unplaced
   */
  public int maxMorePlaced() {
    if (solution.optimal) {
      return 0;
    }
    int unplacedUnits = (int) Arrays.stream(solution.assignedTo).filter(node -> node < 0).count();
    // every plan's total cost is its objective, below one unplaced penalty, plus a whole penalty per
    // unit it leaves unplaced; a plan leaving k unplaced may beat the bound only if k penalties
    // reach it no later than k + 1 would, so the least number unplaced is the largest k whose k
    // penalties the bound reaches (counted down with the same products the count bound is made of)
    int least = unplacedUnits;
    while (least > 0 && root.unplacedCost * least > solution.bound) {
      least--;
    }
    return unplacedUnits - least;
  }

  /**
   * How many nodes of the branch and bound the plan took: 0 when the minimum-cost flow's plan had
   * nobody at two places at once (and so was the plan), else 1 or more.
   *
   * @return 0 or more
   */
  public long searchNodes() {
    return solution.nodes;
  }

  /**
   * The expected duration of the requests each member takes in this plan.
   *
   * @return an unmodifiable map sorted by member id; members who take nothing are absent
   */
  public SortedMap<MemberId, Duration> plannedLoads() {
    SortedMap<MemberId, Duration> loads = new TreeMap<>();
    for (int r = 0; r < batch.requests.size(); r++) {
      int u = batch.unitOf[r];
      if (u >= 0 && solution.assignedTo[u] >= 0) {
        loads.merge(batch.nodeMember.get(solution.assignedTo[u]), batch.requests.get(r).expectedDuration(),
            Duration::plus);
      }
    }
    return Collections.unmodifiableSortedMap(loads);
  }

  /**
   * For a plan made by {@link BatchAssignment#add}, the earlier requests whose member changed.
   *
   * @return an unmodifiable list, empty for a plan made from scratch
   */
  public List<RequestId> moved() {
    return moved;
  }

  /**
   * The requests of the plan, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<HelpRequest> requests() {
    return batch.requests;
  }

  /**
   * The ranking each request got, which the plan's costs and exclusions come from.
   *
   * @return an unmodifiable list aligned with {@link #requests()}
   */
  public List<Ranking> rankings() {
    return batch.rankings;
  }

  BatchAssignment.Settings settings() {
    return settings;
  }

  CircleSnapshot snapshot() {
    return snapshot;
  }

  Batch batch() {
    return batch;
  }

  ScopeDecision[] scope() {
    return scope;
  }

  Network root() {
    return root;
  }

  ConflictSearch.Result solution() {
    return solution;
  }

  /**
   * The flexible assignments whose start a platform should agree with the helper rather than show
   * as an appointment: their window left no start clear of the member's other assignments in this
   * plan and promises (with the travel buffer), so they kept the ranked earliest start, which
   * overlaps another of the member's assignments ({@link Assignment#start()}). The plan is still
   * within the member's weekly hours. Empty in every plan {@link BatchAssignment} makes, stopped by
   * a limit or not: its search keeps a member's flexible help only where an exact test finds starts
   * for all of it. (The search for these starts once the plan is made looks at up to a million
   * states of its orders; were that passed, which no test or benchmark came near, the requests
   * would be listed here.)
   *
   * @return the requests, by id; unmodifiable, not null, possibly empty
   * @since 0.1.0
   */
  public Set<RequestId> startsToAgree() {
    return startsToAgree;
  }

  /** Whether {@link BatchAssignment#add} made this plan by one augmenting path. */
  boolean incremental() {
    return incremental;
  }


  @Override
  public String toString() {
    return "AssignmentPlan{assigned=" + assignments.size() + ", unplaced=" + unplaced.size()
        + ", referred=" + referrals.size() + ", objective=" + objective()
        + (solution.optimal ? "" : ", gap=" + optimalityGap()) + "}";
  }
}
