package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * The answer of a {@link BatchAssignment}: who takes which request, which requests could not be
 * placed and why, the objective, and each member's planned load.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssignmentPlan {

  private final CircleSnapshot snapshot;
  private final List<HelpRequest> requests;
  private final List<Ranking> rankings;
  private final List<MemberId> members;
  private final Network network;
  private final List<RequestId> moved;
  private final List<Assignment> assignments;
  private final List<Unplaced> unplaced;

  AssignmentPlan(CircleSnapshot snapshot, List<HelpRequest> requests, List<Ranking> rankings,
      List<MemberId> members, Network network, List<RequestId> moved) {
    this.snapshot = snapshot;
    this.requests = List.copyOf(requests);
    this.rankings = List.copyOf(rankings);
    this.members = List.copyOf(members);
    this.network = network;
    this.moved = List.copyOf(moved);
    List<Assignment> placed = new ArrayList<>();
    List<Unplaced> left = new ArrayList<>();
    for (int r = 0; r < requests.size(); r++) {
      int m = network.assignedTo[r];
      RequestId id = requests.get(r).id();
      if (m >= 0) {
        placed.add(new Assignment(id, members.get(m), network.costOf(r, m)));
      } else if (network.eligible[r].length == 0) {
        left.add(new Unplaced(id, Unplaced.NO_ELIGIBLE_MEMBER, rankings.get(r).exclusions()));
      } else {
        left.add(new Unplaced(id, Unplaced.CAPACITY, List.of()));
      }
    }
    this.assignments = Collections.unmodifiableList(placed);
    this.unplaced = Collections.unmodifiableList(left);
  }

  /**
   * The placed requests, in the order the requests were given.
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
   * @return the member, or empty if the request is unplaced or not in the plan
   */
  public Optional<MemberId> memberFor(RequestId request) {
    Objects.requireNonNull(request, "request");
    return assignments.stream().filter(a -> a.request().equals(request)).map(Assignment::member).findFirst();
  }

  /**
   * The requests that could not be placed, with the reason, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Unplaced> unplaced() {
    return unplaced;
  }

  /**
   * The objective: the summed cost of the assignments plus the load penalty. Minimal among all
   * plans that place as many requests as possible.
   *
   * @return 0 or more
   */
  public double objective() {
    double total = 0;
    for (Assignment a : assignments) {
      total += a.cost();
    }
    return total + loadPenalty();
  }

  /**
   * The load penalty part of the objective: for each member, the convex cost of the requests they
   * take.
   *
   * @return 0 or more
   */
  public double loadPenalty() {
    double total = 0;
    for (int m = 0; m < members.size(); m++) {
      for (int k = 1; k <= network.load[m]; k++) {
        total += network.marginal(m, k);
      }
    }
    return total;
  }

  /** The cost of the whole flow network, unplaced arcs included; for comparisons with peers. */
  double networkCost() {
    return objective() + unplaced.size() * network.unplacedCost;
  }

  /**
   * The expected duration of the requests each member takes in this plan.
   *
   * @return an unmodifiable map sorted by member id; members who take nothing are absent
   */
  public SortedMap<MemberId, Duration> plannedLoads() {
    SortedMap<MemberId, Duration> loads = new TreeMap<>();
    for (int r = 0; r < requests.size(); r++) {
      int m = network.assignedTo[r];
      if (m >= 0) {
        loads.merge(members.get(m), requests.get(r).expectedDuration(), Duration::plus);
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
    return requests;
  }

  /**
   * The ranking each request got, which the plan's costs and exclusions come from.
   *
   * @return an unmodifiable list aligned with {@link #requests()}
   */
  public List<Ranking> rankings() {
    return rankings;
  }

  CircleSnapshot snapshot() {
    return snapshot;
  }

  List<MemberId> members() {
    return members;
  }

  Network network() {
    return network;
  }

  @Override
  public String toString() {
    return "AssignmentPlan{assigned=" + assignments.size() + ", unplaced=" + unplaced.size()
        + ", objective=" + objective() + "}";
  }
}
