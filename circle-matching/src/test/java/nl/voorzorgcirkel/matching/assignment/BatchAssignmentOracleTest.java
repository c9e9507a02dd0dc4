package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Props;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** JGraphT as the oracle: our optimum equals the reference on random instances. */
class BatchAssignmentOracleTest {

  /** The same network, expanded (one arc per unit of member load), solved by JGraphT. */
  static double jgraphtCost(Network n) {
    Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    int source = n.requests + n.members + 1;
    int sink = n.requests + n.members;
    for (int v = 0; v <= source; v++) {
      g.addVertex(v);
    }
    for (int r = 0; r < n.requests; r++) {
      g.setEdgeWeight(g.addEdge(source, r), 0);
      g.setEdgeWeight(g.addEdge(r, sink), n.unplacedCost);
      for (int i = 0; i < n.eligible[r].length; i++) {
        g.setEdgeWeight(g.addEdge(r, n.requests + n.eligible[r][i]), n.cost[r][i]);
      }
    }
    for (int m = 0; m < n.members; m++) {
      for (int k = 1; k <= n.capacity[m]; k++) {
        g.setEdgeWeight(g.addEdge(n.requests + m, sink), n.marginal(m, k));
      }
    }
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
            v -> v == source ? n.requests : v == sink ? -n.requests : 0, e -> 1);
    return new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
        .getMinimumCostFlow(problem).getCost();
  }

  /**
   * Where every request has one length, counting requests is counting hours and the flow alone is
   * the plan: it equals JGraphT's. (With lengths that differ the count is a relaxation and the
   * search decides: see {@link ConflictExactnessTest}.)
   */
  @Test
  void theBatchOptimumEqualsJGraphTsMinimumCostFlow() {
    int[] checked = {0, 0};
    Props.property("batch-optimum-equals-jgrapht", 1_000)
        .forAll(longs().all(), integers().between(1, 12), integers().between(0, 25), integers().between(0, 3))
        .checkAssert((seed, members, requests, penalty) -> {
          BatchInstances.Instance instance = BatchInstances.equalLengths(seed, members, requests);
          BatchAssignment batch = BatchAssignment.builder().loadPenalty(new double[] {0, 0.05, 0.1, 0.5}[penalty]).build();
          AssignmentPlan plan = batch.plan(instance.requests(), instance.snapshot());
          assertTrue(plan.isProvenOptimal());
          assertEquals(0, plan.searchNodes(), "flexible requests never overlap: the flow is the plan");
          double reference = jgraphtCost(plan.root());
          assertEquals(reference, plan.networkCost(), 1e-6 * Math.max(1, Math.abs(reference)),
              "seed " + seed);
          checkFeasible(plan, instance);
          checked[0] += plan.assignments().size();
          checked[1] += plan.unplaced().size();
        });
    assertTrue(checked[0] > 3_000 && checked[1] > 300,
        "instances too easy or too hard: " + checked[0] + " placed, " + checked[1] + " unplaced");
  }

  /**
   * Every assignment is to an eligible member, and no member passes their capacity in any week:
   * help given and promised that week plus what the plan gives them.
   */
  static void checkFeasible(AssignmentPlan plan, BatchInstances.Instance instance) {
    CircleSnapshot snapshot = instance.snapshot();
    Map<MemberId, Map<Instant, Long>> seconds = new HashMap<>();
    for (int r = 0; r < plan.requests().size(); r++) {
      HelpRequest request = plan.requests().get(r);
      var member = plan.memberFor(request.id());
      if (member.isPresent()) {
        Set<MemberId> eligible = new HashSet<>();
        for (RankedCandidate c : plan.rankings().get(r).candidates()) {
          eligible.add(c.member());
        }
        assertTrue(eligible.contains(member.get()), "assigned to an ineligible member");
        Assignment a = plan.assignments().stream().filter(x -> x.request().equals(request.id()))
            .findFirst().orElseThrow();
        seconds.computeIfAbsent(member.get(), k -> new HashMap<>())
            .merge(CalendarWeeks.startOf(a.start(), snapshot.zone()), request.expectedDuration().toSeconds(), Long::sum);
      }
    }
    seconds.forEach((member, weeks) -> weeks.forEach((week, planned) -> {
      var m = snapshot.circle().member(member).orElseThrow();
      long given = snapshot.load(member, week, CalendarWeeks.endOf(week, snapshot.zone())).toSeconds();
      assertTrue(given + planned <= m.capacityPerWeek().toSeconds(), "capacity exceeded for " + member);
    }));
    assertEquals(plan.requests().size(),
        plan.assignments().size() + plan.unplaced().size() + plan.referrals().size());
  }

  @Test
  void aOneToOneBatchEqualsTheKuhnMunkresOptimum() {
    Props.property("one-to-one-batch-equals-kuhn-munkres", 300)
        .forAll(longs().all(), integers().between(1, 9))
        .checkAssert((seed, n) -> {
          java.util.Random random = new java.util.Random(seed);
          int[][] eligible = new int[n][n];
          double[][] cost = new double[n][n];
          for (int r = 0; r < n; r++) {
            for (int m = 0; m < n; m++) {
              eligible[r][m] = m;
              cost[r][m] = random.nextInt(1000) / 1000.0;
            }
          }
          int[] capacity = new int[n];
          java.util.Arrays.fill(capacity, 1);
          Network network = new Network(eligible, cost, new double[n], capacity, 0.0);
          for (int r = 0; r < n; r++) {
            network.addNext();
          }
          double ours = 0;
          for (int r = 0; r < n; r++) {
            assertTrue(network.assignedTo[r] >= 0, "a perfect matching places every request");
            ours += network.costOf(r, network.assignedTo[r]);
          }
          SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
          Set<Integer> left = new HashSet<>();
          Set<Integer> right = new HashSet<>();
          for (int i = 0; i < n; i++) {
            g.addVertex(i);
            g.addVertex(n + i);
            left.add(i);
            right.add(n + i);
          }
          for (int r = 0; r < n; r++) {
            for (int m = 0; m < n; m++) {
              g.setEdgeWeight(g.addEdge(r, n + m), cost[r][m]);
            }
          }
          double reference = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right)
              .getMatching().getWeight();
          assertEquals(reference, ours, 1e-9);
        });
  }

  @Test
  void addingARequestKeepsThePlanOptimalAndMovesFewAssignments() {
    int[] moves = {0, 0, 0};
    Props.property("batch-add-optimal-and-minimal-moves", 500)
        .forAll(longs().all(), integers().between(1, 10), integers().between(1, 20))
        .checkAssert((seed, members, requests) -> {
          // one length: the flow is exact there, and the additions can go on from it
          BatchInstances.Instance instance = BatchInstances.equalLengths(seed, members, requests);
          BatchAssignment batch = BatchAssignment.standard();
          List<HelpRequest> all = instance.requests();
          AssignmentPlan before = batch.plan(all.subList(0, all.size() - 1), instance.snapshot());
          AssignmentPlan after = batch.add(before, all.get(all.size() - 1));
          AssignmentPlan fresh = batch.plan(all, instance.snapshot());
          assertEquals(fresh.networkCost(), after.networkCost(), 1e-6 * Math.max(1, fresh.networkCost()));
          checkFeasible(after, instance);
          int changed = 0;
          for (HelpRequest r : before.requests()) {
            if (!before.memberFor(r.id()).equals(after.memberFor(r.id()))) {
              changed++;
            }
          }
          assertEquals(changed, after.moved().size(), "moved() must list exactly the changed ones");
          boolean resolved = !after.incremental();
          if (!resolved) {
            // one augmenting path: each move passes through a different member
            assertTrue(changed <= Math.min(before.requests().size(), members - 1), "moves " + changed);
          } else {
            moves[2]++;
          }
          moves[0] += changed;
          moves[1]++;
          assertEquals(before.requests().size(), all.size() - 1, "the earlier plan is unchanged");
        });
    System.out.printf("batch add: %d earlier assignments moved over %d additions (%d re-solved"
        + " because a member's capacity in requests or the member-weeks changed)%n", moves[0], moves[1], moves[2]);
  }
}
