package nl.voorzorgcirkel.matching.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Branch and bound with Lagrangian bounds: the exact plan when units held by one member must not
 * overlap in time.
 *
 * <p><b>The flow first.</b> Without the time constraint, and counting units instead of hours
 * ({@code floor(left / shortest)} per member-week, a relaxation), the problem is the minimum-cost
 * flow of {@link Network}. If the flow's plan has nobody at two places at once and nobody past
 * their hours in any week, it is optimal and the search ends there. Otherwise the flow's plan,
 * repaired (of two overlapping units the later is left unplaced, then units are put back where
 * they fit), is the first upper bound, and the flow's cost the first lower bound.
 *
 * <p><b>Lagrangian bound.</b> Relax the constraint that each unit goes to at most one member-week,
 * with a price {@code mu(u) >= 0} per unit (Fisher, "The Lagrangian relaxation method for solving
 * integer programming problems", Management Science 27, 1981; for assignment problems Ross and
 * Soland, Mathematical Programming 8, 1975). What remains falls apart into one problem per
 * member-week: choose at most its count of units, none overlapping another in time, within its
 * hours left, for the most value {@code U - mu(u) - cost(u)} less the convex load penalty:
 * weighted interval scheduling with a cardinality and a knapsack limit, solved exactly by dynamic
 * programming over the units sorted by end (the flexible ones last: they overlap nothing), O(n c
 * s) for n units, count c and s slots of hours. The hours are in slots of the greatest common
 * divisor of the member-week's unit lengths (exact), or, where that makes more than 64 slots, in 64
 * coarser ones with each unit rounded down (a relaxation); none where any c of its units fit. A
 * trip counts with its first set time and the hours in the node's week only, and overlaps and
 * hours between weeks are left to the branching: leaving constraints out keeps the bound valid. A step changes only the prices of units taken by no member or by several, so each
 * member-week keeps its table from its last evaluation and computes again only the rows from its
 * first unit whose value (or whose being worth a row at all) changed; the values are the same as
 * computing every row. Within a row only the cells a choice can reach are computed (no more
 * units than the rows so far, and no fewer slots than that many of the node's lightest unit);
 * the others are minus infinity, written once for the table's shape, about half of the cells on
 * a week-long batch. For interval
 * graphs this per-member problem has an integral polytope, so the best prices give the bound of the
 * linear program with every clique constraint, far above the flow's. The prices are found by
 * a proximal bundle method (Kiwiel, "Proximity control in bundle methods for convex
 * nondifferentiable minimization", Mathematical Programming 46, 1990) over the disaggregated
 * model: per member-week the schedules its programme chose so far (the columns of the
 * Dantzig-Wolfe master, the empty schedule always among them) give an upper model of the
 * Lagrangian, exact at every price it was built from. Each candidate maximises the model less
 * {@code |mu - c|^2 / 2t} around the centre {@code c}; that master is solved exactly in its dual
 * by an active-set method ({@link BundleMaster}: a dense Cholesky factor of the support's Gram
 * matrix of overlap counts, updated by one row as a column enters and by Givens rotations as one
 * leaves, warm-started from the last solve; the constraint {@code mu >= 0} as each unit's slack
 * column). The centre moves where a value gives at least 0.1 of the increase the model predicted
 * (a serious step; {@code t} doubles where it gave half), {@code t} halves after 3 null steps in
 * a row (within 1000 times its first, Polyak's step towards the best plan known, or where the
 * root's first plans leave one unit more unplaced than its bound proves, towards the cost that
 * decides, {@link #goal}: {@link #firstAim}; aimed {@code 1e-7} of that cost above it: aimed at
 * the cost itself, the bound of a node that has almost reached it does not cross the pruning
 * tolerance of {@code 1e-9} of the cost); a node's dual
 * stops when the model predicts less than {@code 10^-3} of the gap to the best plan, or, where
 * that plan leaves more units unplaced than the count bound proves every plan must, to the
 * dearest plan leaving no more than that ({@link #goal}). A child
 * starts from its parent's best prices, step and model (less the schedules it forbids); columns
 * idle for 12 solves leave, at most 40 a member-week, and where a solve leaves more than 80 free
 * weights on the support, the member-weeks with the most weighted columns are aggregated (each
 * into the one convex combination the master used: Kiwiel, <i>Methods of Descent for
 * Nondifferentiable Optimization</i>, Lecture Notes in Mathematics 1133, 1985; Kiwiel 1990), which keeps the
 * next solve's turnover of columns, and its O(p^2) steps, small on large weeks. At the root the first prices are 0 (a
 * small week's first value is often its optimum), the second put each unit where its value to the
 * member-week that wants it most equals that member-week's first marginal penalty (that value is
 * then about the cost of placing every unit where it is cheapest, far closer in a week with room
 * for most requests), and the centre is the better. Every master's fractional schedules, rounded,
 * are repaired into a plan. On the benchmark's week this takes 204 values in 15 nodes where the
 * volume algorithm (Barahona and Anbil, Mathematical Programming 87, 2000) with Polyak's steps took
 * 1,133 in 5 (measured in {@code BENCHMARKS.md}, tenth and thirteenth attempts). Any prices give
 * a valid bound, so none of this affects which plan is optimal, only how soon it is proven.
 *
 * <p><b>Branching.</b> A unit two member-weeks both want: "only this member" and "never this
 * member". A plan that still has someone at two places at once (a trip, two weeks): on the earliest
 * moment {@code p} at which it happens, the set {@code S} of that member's units busy at {@code p}
 * overlap pairwise, so children "{@code u} and no other of {@code S} with this member" for each
 * {@code u} and "none of {@code S}" (special ordered sets, Beale and Tomlin 1970). A capacity
 * breach (the hours of a week, also a later week of a trip): which unit of that week leaves.
 * Flexible help without room (a member's flexible units have no starts that keep the rules beside
 * their other help: {@link FlexibleTimes}, an exact test by {@link StartTimes}): the member's units
 * are cut down to a least set without starts (each unit whose leaving still leaves none leaves it),
 * and one of that set leaves the member in each child. Every branching keeps every feasible plan
 * in some child, so the search is exhaustive; each removes options, so it ends.
 *
 * <p><b>Flexible help takes time.</b> The subproblems count flexible units as overlapping nothing
 * (a relaxation: the bound stays valid, but no tighter for them), and every plan the search keeps
 * (the flow's, the repaired choices, the local search's moves, {@code add}'s) passes the same test
 * in {@link #place} or {@link #violation}, so no plan, stopped or not, gives a member flexible help
 * without room (user test 10). The test is exact: the greedy starts first, then a search over the
 * orders of the member's flexible help with dominance and load cuts ({@link StartTimes}). Its
 * search has a budget of states ({@link FlexibleTimes#PLACE_BUDGET} where a unit is put in a plan,
 * {@link FlexibleTimes#BRANCH_BUDGET} where a plan is branched on); past it the set counts as
 * without room. Where a unit is put that only costs the plan a unit; where a node branches on it,
 * that node's bound is kept as a bound on what the search may have left out, so a search that
 * met one is proven optimal only where its plan reaches that bound (else it reports it as its
 * bound, with the gap). No test or benchmark has met one yet. The test's work ({@link
 * FlexibleTimes#work()}: each set looked up, each start sought with the periods it keeps clear of,
 * each state of the search over orders) counts in {@link #work()}, {@link #FLEXIBLE_WEIGHT} per
 * unit, so the work limit bounds its time as well (a week of 600 flexible units took 4 s past a
 * limit of {@code 10^7} while it was not counted).
 *
 * <p><b>The number unplaced is whole.</b> A plan costs {@code U} per unit unplaced plus costs
 * that lie between a floor and a ceiling known before the search (each unit's cheapest and
 * dearest arc, each member-week's load penalty of its whole count), and the ceiling is far below
 * {@code U}. So a lower bound {@code L} says every plan leaves at least {@code n0 = ceil((L -
 * ceiling) / U)} units unplaced, and costs at least {@code U n0 + floor} ({@link #countBound}).
 * Where the Lagrangian places a fraction of a unit more than any plan can (a tight week, hours
 * asked beyond hours offered), its bound is about a whole {@code U} below the best plan and
 * branching does not close that; this bound then proves the number placed (the gap falls below
 * {@code U}).
 *
 * <p><b>The count as a constraint.</b> Where the root's bound is this count bound, above its
 * Lagrangian value, "at most {@code N - n0} units placed" holds for every plan, and the relaxation
 * takes it as one more row with its own price {@code lambda >= 0} ({@link #countRow}): each unit is
 * worth {@code U - lambda - mu(u) - cost(u)} and the value is {@code lambda (N - n0)} less; in the
 * bundle's master the row is one more coordinate, each schedule contributing its number of units
 * ({@link BundleMaster#countRow}). The root is evaluated a second time with the row and the model
 * it has, from its best prices and from those with {@code lambda = U - 2 c} ({@code c} the dearest
 * arc plus the dearest marginal penalty) and each unit's price that much lower, the centre the
 * better; every node after it takes the row its parent's bound proves, with its parent's prices.
 * Like the linear programme with that row, the bound then reaches the costs (on the tight weeks of
 * {@code BENCHMARKS.md} two of three proven at the root, the third within 0.05); where the
 * Lagrangian knows the count by itself there is no row and nothing changes. Any {@code lambda}
 * gives a valid bound: the bound is always a value of the programmes, never the master's model.
 *
 * <p><b>Search.</b> Best bound first, ties by creation order (deterministic); each subproblem's
 * choice is also turned into a feasible plan to improve the upper bound, and each plan that becomes
 * the best is improved by a local search ({@link LocalSearch}: relocate, eject, swap, by the same
 * rule checks as the repair), whose plan replaces it if cheaper and whose work counts in {@link
 * #work()}; a better plan ends searches whose bound has reached the optimum and aims the Polyak
 * steps closer. A node whose bound is not below the best plan's cost is pruned. The search ends when no node is left (the best plan is
 * optimal) or a limit on nodes, work ({@link #work()}) or time is reached (then the best plan and
 * the lowest open bound are reported: the optimum lies between). Work and time are both checked
 * after every Lagrangian value and before each of the repair's flows, whose work counts too, and
 * by the local search as it goes ({@link LocalSearch}: it stops with the plan of its moves so far,
 * and the search stops with it, before it prices again).
 *
 * <p><b>Anytime.</b> Nothing the search does depends on its limits: up to the point where a
 * search with a smaller limit stops, one with a larger limit does the same steps and sees the same
 * plans, and a stopped search reports the best plan it saw, making none because it stopped (no
 * plan of the last choice, no branching). So a larger limit never gives a plan of higher total
 * cost (user test 6, J1: a stop that repaired its last choice placed 43 requests at 10^6 and 41 at
 * 10^7). The one step a stop adds, the root's first value after a repair flow was cut short, is the
 * same value every longer search takes, so its plan is seen there too or beaten by a proven optimum.
 * A local search stopped by a limit hands on the plan of its moves so far, where a longer search's
 * makes the same moves and more: the plans part there, the longer one's no dearer, and the stopped
 * search makes no plan after it (a local search that finds the limit reached makes no move).
 *
 * <p><b>Complexity.</b> One bound costs k values of O(sum over member-weeks of n c s) at most
 * (less where the rows of the last step still hold), each followed by a master solve: per
 * active-set step O(p^2 + q) for p free weights on the support (at most the units plus the
 * member-weeks) and q entries of the model's columns, O(p^3) where a block's reference column
 * changes; the number
 * of nodes is exponential in the worst case (fixed interval scheduling with eligibility is
 * NP-hard: Arkin and Silverberg, Discrete Applied Mathematics 18, 1987; Kolen, Lenstra,
 * Papadimitriou and Spieksma, "Interval scheduling: a survey", Naval Research Logistics 54, 2007)
 * and small in practice: the Lagrangian bound is close, and a circle's week has few overlapping
 * appointments per member.
 *
 * <p>Not thread-safe: one search per plan.
 */
final class ConflictSearch {

  /** Lagrangian values at most at the root and at each other node. */
  private static final int ROOT_ITERATIONS = 1500;
  private static final int NODE_ITERATIONS = 150;
  /** Every so many values the subproblems' choice is turned into a plan. */
  private static final int PRIMAL_EVERY = 25;
  /**
   * The proximal bundle method's settings: a candidate is a serious step (the centre moves there)
   * if its value rises by at least this share of the increase the model predicted (Kiwiel's
   * descent test); after this many null steps in a row the step {@code t} halves, after a serious
   * step that gave half the predicted increase or more it doubles, within this factor of the
   * node's first step either way.
   */
  private static final double SERIOUS = 0.1;
  private static final int NULLS = 3;
  private static final double MAX_STEP_GROWTH = 1000;
  /**
   * A node's bound is done when the model predicts an increase of less than this share of the gap
   * between its best value and the cost it has to reach ({@link #goal}: the best plan's, or less
   * where the count bound proves that a plan may place more), or the search's tolerance; the
   * master problem is solved to within this share of that, or of the increase it predicted last if
   * more.
   */
  private static final double STOP_SHARE = 1e-3;
  private static final double QP_SHARE = 1e-3;
  /**
   * What one step of the master's work ({@link BundleMaster#work()}: a multiply-add of its
   * factorisation, a unit of a column read) counts in {@link #work()}, against one cell of a
   * dynamic programme: measured, so that the work limit bounds the time as it did before.
   */
  private static final long MASTER_WEIGHT = 3;
  /**
   * What one unit of the flexible-time test's work ({@link FlexibleTimes#work()}: a unit of a set
   * looked up, a period a start is kept clear of) counts in {@link #work()}: measured, 36 to 57 ns
   * against 1.1 to 1.7 ns for a cell (BENCHMARKS.md, gap12).
   */
  static final long FLEXIBLE_WEIGHT = 32;
  /**
   * How far above the cost it aims at ({@link #firstAim}: the best plan's, or the cost that
   * decides) the Polyak step aims, relative to that cost: aimed at the cost itself, the steps of a
   * node whose bound has nearly reached it shrink with the gap and never cross the pruning
   * tolerance ({@code 1e-9} relative).
   */
  private static final double TARGET_MARGIN = 1e-7;

  /** A restriction a search node adds: one unit kept from, or kept to, one member. */
  private static final class Restriction {
    final int unit;
    final int member;
    /** True: the unit may go to this member only; false: never to this member. */
    final boolean only;
    final @Nullable Restriction next;

    Restriction(int unit, int member, boolean only, @Nullable Restriction next) {
      this.unit = unit;
      this.member = member;
      this.only = only;
      this.next = next;
    }
  }

  /**
   * An open search node: its restrictions, its bound, its best prices, the bundle's step {@code t}
   * and model where its dual ended (its children's start) and how to branch.
   */
  private static final class Node {
    final @Nullable Restriction restrictions;
    final double bound;
    final double[] mu;
    final double step;
    final BundleMaster model;
    final List<Restriction> children;
    final long sequence;
    /** How many branchings lie between the root and this node. */
    int depth;

    Node(@Nullable Restriction restrictions, double bound, double[] mu, double step, BundleMaster model,
        List<Restriction> children, long sequence) {
      this.restrictions = restrictions;
      this.bound = bound;
      this.mu = mu;
      this.step = step;
      this.model = model;
      this.children = children;
      this.sequence = sequence;
    }
  }

  /** The answer: the best plan found and what is known about the optimum. */
  static final class Result {
    /** Per unit: the node it goes to, or {@link Network#UNPLACED}. */
    final int[] assignedTo;
    /** Per node: how many units it takes. */
    final int[] load;
    final double cost;
    final double bound;
    final boolean optimal;
    final long nodes;
    /** The relaxation whose flow is the plan, when the flow's plan was feasible; else null. */
    final @Nullable Network flow;

    Result(int[] assignedTo, int[] load, double cost, double bound, boolean optimal, long nodes, @Nullable Network flow) {
      this.assignedTo = assignedTo;
      this.load = load;
      this.cost = cost;
      this.bound = bound;
      this.optimal = optimal;
      this.nodes = nodes;
      this.flow = flow;
    }
  }

  /** The per-member-week problems of one search node: which units each may take. */
  private final class Prepared {
    /** Per node: units with a set time, sorted by the end of their first; their cost there. */
    final int[][] timed;
    final double[][] timedCost;
    /** Per node and timed unit: how many of the earlier ones it can follow. */
    final int[][] follows;
    /** Per node: units without a set time (flexible), and their cost there. */
    final int[][] free;
    final double[][] freeCost;
    /** Per node: the slots of its hours each timed and each flexible unit takes ({@link #slots}). */
    final int[][] timedWeight;
    final int[][] freeWeight;
    /** Per unit: how many nodes may take it here. */
    final int[] options;

    Prepared(int[][] eligible, double[][] cost) {
      int nodes = batch.nodes();
      List<List<Integer>> timedUnits = new ArrayList<>();
      List<List<Integer>> freeUnits = new ArrayList<>();
      List<List<Double>> timedCosts = new ArrayList<>();
      List<List<Double>> freeCosts = new ArrayList<>();
      List<List<Integer>> timedWeights = new ArrayList<>();
      List<List<Integer>> freeWeights = new ArrayList<>();
      for (int k = 0; k < nodes; k++) {
        timedWeights.add(new ArrayList<>());
        freeWeights.add(new ArrayList<>());
        timedUnits.add(new ArrayList<>());
        freeUnits.add(new ArrayList<>());
        timedCosts.add(new ArrayList<>());
        freeCosts.add(new ArrayList<>());
      }
      options = new int[batch.units()];
      for (int u = 0; u < batch.units(); u++) {
        options[u] = eligible[u].length;
        // a trip keeps its first set time here (its others are left to the branching)
        boolean oneTime = batch.fixedFrom[u].length >= 1;
        for (int i = 0; i < eligible[u].length; i++) {
          int k = eligible[u][i];
          (oneTime ? timedUnits : freeUnits).get(k).add(u);
          (oneTime ? timedCosts : freeCosts).get(k).add(cost[u][i]);
          (oneTime ? timedWeights : freeWeights).get(k).add(weight(u, k));
        }
      }
      timed = new int[nodes][];
      timedCost = new double[nodes][];
      follows = new int[nodes][];
      free = new int[nodes][];
      freeCost = new double[nodes][];
      timedWeight = new int[nodes][];
      freeWeight = new int[nodes][];
      for (int k = 0; k < nodes; k++) {
        List<Integer> units = timedUnits.get(k);
        List<Double> costs = timedCosts.get(k);
        Integer[] order = new Integer[units.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
          int c = Long.compare(batch.fixedTo[units.get(a)][0], batch.fixedTo[units.get(b)][0]);
          return c != 0 ? c : Integer.compare(units.get(a), units.get(b));
        });
        timed[k] = new int[order.length];
        timedCost[k] = new double[order.length];
        timedWeight[k] = new int[order.length];
        follows[k] = new int[order.length];
        for (int i = 0; i < order.length; i++) {
          timed[k][i] = units.get(order[i]);
          timedCost[k][i] = costs.get(order[i]);
          timedWeight[k][i] = timedWeights.get(k).get(order[i]);
        }
        for (int i = 0; i < order.length; i++) {
          long start = batch.fixedFrom[timed[k][i]][0];
          int n = 0;
          while (n < i && batch.fixedTo[timed[k][n]][0] + bufferSeconds <= start) {
            n++;
          }
          follows[k][i] = n;
        }
        free[k] = freeUnits.get(k).stream().mapToInt(Integer::intValue).toArray();
        freeCost[k] = freeCosts.get(k).stream().mapToDouble(Double::doubleValue).toArray();
        freeWeight[k] = freeWeights.get(k).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private final Batch batch;
  private final int[] requestedCapacity;
  private final double penalty;
  private final long bufferSeconds;
  private final long nodeLimit;
  private final long workLimit;
  private final long deadline;
  private final LongSupplier ticker;
  private final boolean checkWeeks;
  /** Whether a member's flexible help has starts clear of their other help (user test 10). */
  private final FlexibleTimes times;
  /**
   * Whether the last {@link #violation} rested on an answer of {@link #times} not known within its
   * budget (so its children may leave out a plan that keeps the rules), and the least bound of a
   * node that branched on such an answer: the search is exact below it.
   */
  private boolean unsure;
  private double unsureBound = Double.POSITIVE_INFINITY;
  /** The flow relaxation without restrictions: it prices every plan. */
  private @Nullable Network root;
  private int[] capacity = new int[0];
  /** Per node: the load penalty of taking 0, 1, 2, ... units. */
  private double[][] penaltyOf = new double[0][];
  private long sequence;
  private int[] bestAssignment = new int[0];
  private int[] bestLoad = new int[0];
  private double bestCost = Double.POSITIVE_INFINITY;
  private @Nullable Network bestFlow;
  /** Work space of the dynamic programmes, per node, and of the flexible units' order. */
  private double[][] table = new double[0][];
  /**
   * Per node: the hours it has left in slots of {@link #grain} seconds, 0 where the count alone
   * keeps it within its hours; a unit takes {@code floor(seconds / grain)} slots.
   */
  private int[] slots = new int[0];
  private long[] grain = new long[0];
  /**
   * Per node with slots: the fewest slots any unit that may go there takes ({@link #weight}), at
   * least 1 where the slots are exact; a choice of {@code j} units then takes at least {@code j}
   * times that many, so the table's cells below it are impossible and are not computed.
   */
  private int[] lightest = new int[0];
  /**
   * Per node, from its last evaluation: the units its table kept, their values and how many of
   * them each follows, and how many rows and how wide the table is; only rows after the first
   * difference are computed again.
   */
  private int[][] keptOf = new int[0][];
  private double[][] keptValueOf = new double[0][];
  private int[][] keptFollowsOf = new int[0][];
  private int[][] keptWeightOf = new int[0][];
  private int[] validRows = new int[0];
  private int[] tableWidth = new int[0];
  private int[] tableDepth = new int[0];
  /**
   * Per node: how many rows of its table (after the first) hold minus infinity in every cell out
   * of reach and 0 for no unit taken, for its present width and depth; they are written once.
   */
  private int[] laidOut = new int[0];
  private int[] prefix = new int[0];
  /**
   * Per node, from its last evaluation: the units its programme chose, how many, and their worth
   * at those prices less the load penalty (the schedule the bundle's model adds).
   */
  private int[][] picked = new int[0][];
  private int[] pickedCount = new int[0];
  private double[] pickedValue = new double[0];
  /** The repair's orders ({@link #sortUnits}), made once per search. */
  private boolean sorted;
  private int[] byTime = new int[0];
  private int[] byCheapest = new int[0];
  private int[][] byCost = new int[0][];
  /** What the search did, for tests and tuning: {@link #firstCost()}, {@link #rootBound()}, {@link #steps()}. */
  private double firstCost = Double.POSITIVE_INFINITY;
  private double rootBound = Double.NEGATIVE_INFINITY;
  private long steps;
  /** Whether a reading of the clock found the time limit reached. */
  private boolean timedOut;
  /** Improves each new best plan once the search has begun ({@link LocalSearch}); null while it runs. */
  private @Nullable LocalSearch polish;
  private long rootSteps;
  private long masterWork;
  private long masterSolves;
  private long rows;
  private long cells;
  private long work;
  private long largestValue;
  private long largestRepair;
  private long flowWork;
  private int flows;
  /**
   * The count row of the node being evaluated ({@link #countRow}): at most so many units placed;
   * {@code batch.units()} where there is no row.
   */
  private int mostPlaced;
  /** Whether the search uses the count row ({@link #countRow}); decided at the root. */
  private boolean countRows;
  /** For tests: the count row wherever the root's bound proves a unit unplaced ({@link #countRowsWherever}). */
  private boolean countRowsWherever;
  /**
   * How the search branched, for tests and tuning ({@link #branchings()}): per kind, how many nodes
   * branched so; and the kind {@link #violationOf} found last.
   */
  private final long[] branchings = new long[6];
  private int lastKind;
  /** The kinds of branching ({@link #branchings()}). */
  static final int SPLIT = 0;
  static final int PRICE = 1;
  static final int HOURS = 2;
  static final int OVERLAP = 3;
  static final int WEEK = 4;
  static final int FLEXIBLE = 5;
  /** The deepest node evaluated; the root is 0. */
  private int depth;
  /** The best Lagrangian value of the last node evaluated, its count bound left out. */
  private double lastValue = Double.NEGATIVE_INFINITY;
  /**
   * The most the costs of a plan placing {@code t} units can add up to, its unplaced costs left out
   * ({@link #countBound}): the {@code t} dearest of the units' dearest arcs (each at least 0) and
   * the {@code t} dearest of the member-weeks' marginal load penalties (within each one's count).
   */
  private double[] costCeiling = new double[1];
  /** The least the costs of any plan can add up to: each unit's cheapest arc where below 0. */
  private double costFloor;

  ConflictSearch(Batch batch, int[] capacity, double penalty, long bufferSeconds, long nodeLimit,
      long timeLimitNanos, LongSupplier ticker) {
    this(batch, capacity, penalty, bufferSeconds, nodeLimit, Long.MAX_VALUE, timeLimitNanos, ticker);
  }

  /**
   * A search that stops at the first of its limits: {@code nodeLimit} nodes, {@code workLimit}
   * work ({@link #work()}), or the time limit (0: none). Work and time are checked after every
   * Lagrangian value and before each repair flow, so the search does at most one flow with the
   * repair of its plan ({@link #largestRepair()}) and one value's work more (two values where a
   * node's branching takes one more; a value's work includes its repairs and master problem); the
   * first flow, the check and repair of its plan and the root's first value are always done. The local search checks them before each unit's moves.
   */
  ConflictSearch(Batch batch, int[] capacity, double penalty, long bufferSeconds, long nodeLimit,
      long workLimit, long timeLimitNanos, LongSupplier ticker) {
    this.workLimit = workLimit;
    this.batch = batch;
    this.requestedCapacity = capacity;
    this.penalty = penalty;
    this.bufferSeconds = bufferSeconds;
    this.nodeLimit = nodeLimit;
    this.ticker = ticker;
    this.deadline = timeLimitNanos <= 0 ? Long.MAX_VALUE : ticker.getAsLong() + timeLimitNanos;
    this.checkWeeks = batch.spansWeeks();
    this.times = new FlexibleTimes(batch, java.time.Duration.ofSeconds(bufferSeconds));
  }

  Result solve() {
    Network root = relax(batch.eligible, batch.cost);
    flowWork = work;
    this.root = root;
    long checked = work;
    if (violation(root.assignedTo) == null) {
      largestRepair = work - checked;
      offer(root.assignedTo.clone(), root.load.clone(), root.totalCost(), root);
      firstCost = bestCost;
      rootBound = bestCost;
      return new Result(bestAssignment, bestLoad, bestCost, bestCost, true, 0, root);
    }
    capacity = root.capacity;
    penaltyOf = new double[batch.nodes()][];
    table = new double[batch.nodes()][];
    keptOf = new int[batch.nodes()][];
    keptValueOf = new double[batch.nodes()][];
    keptFollowsOf = new int[batch.nodes()][];
    keptWeightOf = new int[batch.nodes()][];
    grainHours();
    validRows = new int[batch.nodes()];
    tableWidth = new int[batch.nodes()];
    tableDepth = new int[batch.nodes()];
    laidOut = new int[batch.nodes()];
    picked = new int[batch.nodes()][];
    pickedCount = new int[batch.nodes()];
    pickedValue = new double[batch.nodes()];
    for (int k = 0; k < batch.nodes(); k++) {
      picked[k] = new int[capacity[k] + 1];
      penaltyOf[k] = new double[capacity[k] + 1];
      for (int j = 1; j <= capacity[k]; j++) {
        penaltyOf[k][j] = penaltyOf[k][j - 1] + root.marginal(k, j);
      }
    }
    ceilings();
    polish = new LocalSearch(this, batch, penaltyOf, root.unplacedCost);
    resolveApart(root, checked);
    firstCost = bestCost;
    // the prices: one per unit, and last the count row's ({@link #countRow}), 0 without the row
    double[] warm = new double[batch.units() + 1];
    // prices start at 0 (where a small week's first value is often its optimum already); the
    // second value is taken at prices that make each unit worth, to the member-week that wants it
    // most, that member-week's first marginal penalty: nobody gains by taking it, and the value
    // is about the cost of placing every unit where it is cheapest (the unplaced cost where no
    // member-week has room), far above the value at prices 0 in a week with room for most requests
    for (int x = 0; x < batch.units(); x++) {
      double least = Double.POSITIVE_INFINITY;
      for (int i = 0; i < batch.eligible[x].length; i++) {
        int k = batch.eligible[x][i];
        if (capacity[k] > 0) {
          least = Math.min(least, batch.cost[x][i] + penaltyOf[k][1]);
        }
      }
      warm[x] = Double.isInfinite(least) ? 0 : Math.max(0, root.unplacedCost - least);
    }
    PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> a.bound != b.bound
        ? Double.compare(a.bound, b.bound) : Long.compare(a.sequence, b.sequence));
    long explored = 1;
    Node first = evaluate(null, new double[batch.units() + 1], warm, Double.NaN, null, ROOT_ITERATIONS,
        root.totalCost());
    if (first != null && !first.children.isEmpty() && fewestUnplaced(first.bound) > 0
        && (countBound(lastValue) > lastValue || countRowsWherever) && !outOfWork()) {
      // the root's bound is the count's, above its Lagrangian: the root again with the count row
      // that bound proves and its model, from its best prices and from those with the row's price
      // taking most of the unplaced cost; the row at every node after it
      countRows = true;
      first = evaluate(null, first.mu.clone(), rowStart(first.mu), Double.NaN, first.model, ROOT_ITERATIONS,
          first.bound);
    }
    if (first != null) {
      open.add(first);
    }
    boolean stopped = false;
    double skipped = Double.POSITIVE_INFINITY;
    while (!stopped && !open.isEmpty()) {
      Node node = open.peek();
      if (node.bound >= bestCost - tolerance(bestCost)) {
        open.clear(); // best bound first: every other open node is as bad
        break;
      }
      if (explored >= nodeLimit || outOfWork()) {
        stopped = true;
        break;
      }
      open.poll();
      for (Restriction added : node.children) {
        Restriction restrictions = node.restrictions;
        for (Restriction r = added; r != null; r = r.next) {
          restrictions = new Restriction(r.unit, r.member, r.only, restrictions);
        }
        if (outOfWork()) {
          // out of work or time: this child is not bounded, its parent's bound holds for it
          skipped = Math.min(skipped, node.bound);
          stopped = true;
          continue;
        }
        explored++;
        Node child = evaluate(restrictions, node.mu.clone(), null, node.step, node.model, NODE_ITERATIONS,
            node.bound);
        depth = Math.max(depth, node.depth + 1);
        if (child != null && child.bound < bestCost - tolerance(bestCost)) {
          child.depth = node.depth + 1;
          open.add(child);
        }
      }
    }
    double bound = Math.min(bestCost, skipped);
    for (Node node : open) {
      bound = Math.min(bound, node.bound);
    }
    bound = Math.min(bound, unsureBound);
    boolean optimal = !stopped && unsureBound >= bestCost - tolerance(bestCost)
        || bound >= bestCost - tolerance(bestCost);
    return new Result(bestAssignment, bestLoad, bestCost, optimal ? bestCost : bound, optimal, explored,
        bestFlow);
  }

  /** The flow relaxation without restrictions, once {@link #solve()} ran: it prices every plan. */
  Network root() {
    return Objects.requireNonNull(root, "solve() first");
  }

  /**
   * The cost of the best plan known before the first bound, once {@link #solve()} ran: the flow's
   * plan repaired, or better the plans of keeping overlapping units apart; the flow's cost when
   * its plan was feasible.
   */
  double firstCost() {
    return firstCost;
  }

  /**
   * The root's Lagrangian bound, once {@link #solve()} ran: the best value its bundle method
   * reached (and at least the flow's cost); the flow's cost when its plan was feasible.
   */
  double rootBound() {
    return rootBound;
  }

  /**
   * How many answers of the flexible-time test ({@link FlexibleTimes#unknowns()}) were not known
   * within its budget; and the least bound of a node that branched on one (infinite if none).
   */
  long flexibleUnknowns() {
    return times.unknowns();
  }

  double unsureBound() {
    return unsureBound;
  }

  /**
   * How many nodes branched on each kind of choice, indexed by {@link #SPLIT} (a unit two
   * member-weeks want), {@link #PRICE} (a plan that keeps the rules, the prices not yet right),
   * {@link #HOURS} (past a week's hours), {@link #OVERLAP} (at two places at once), {@link #WEEK}
   * (a trip's hours in another week) and {@link #FLEXIBLE} (flexible help without room); a copy.
   */
  long[] branchings() {
    return branchings.clone();
  }

  /** The deepest node the search evaluated (the root is 0). */
  int depth() {
    return depth;
  }

  /**
   * The flexible-time test's own work ({@link FlexibleTimes#work()}); {@link #work()} counts it
   * {@link #FLEXIBLE_WEIGHT} times.
   */
  long flexibleWork() {
    return times.work();
  }

  /** How many sets the flexible-time test searched ({@link FlexibleTimes#exactTests()}). */
  long flexibleTests() {
    return times.exactTests();
  }

  /** How many Lagrangian values the search took over all its nodes. */
  long steps() {
    return steps;
  }

  /** How many Lagrangian values the root took (its own, before any child's). */
  long rootSteps() {
    return rootSteps;
  }

  /**
   * The work of the bundle's master problems ({@link BundleMaster#solve}) as {@link #work()}
   * counts it: three per column entry looked at and per multiply-add of the factor's updates.
   */
  long masterWork() {
    return masterWork;
  }

  /** How many master problems the search solved. */
  long masterSolves() {
    return masterSolves;
  }

  /**
   * How many rows of the members' dynamic programmes the search computed; a row that the last
   * evaluation of its member-week computed from the same units and values is not computed again.
   */
  long rows() {
    return rows;
  }

  /**
   * How many cells of the members' dynamic programmes the search computed; cells that no choice
   * can reach (more units than rows, or than the slots hold) are filled, not computed, and are
   * not counted here.
   */
  long cells() {
    return cells;
  }

  /**
   * The work the search did, as its work limit counts it: every cell of the rows of the members'
   * dynamic programmes written (computed, {@link #cells()}, or filled as out of reach), one per
   * unit a programme looked at, one per arc of each node's subproblems, and per unit of each flow
   * (the first and the repair's) one per arc and one per pair of member-weeks (its augmenting
   * path's dense Dijkstra), the local search's ({@link #localSearchWork()}), three per step of
   * the bundle's master problems ({@link #masterWork()}: one unit of those takes about three
   * cells' time) and {@link #FLEXIBLE_WEIGHT} per unit of the flexible-time test's ({@link
   * #flexibleWork()}).
   */
  long work() {
    return work;
  }

  /**
   * The most the costs of a plan placing {@code placed} units, other than its unplaced costs, can
   * add up to; once {@link #solve()} searched.
   */
  double costCeiling(int placed) {
    return costCeiling[Math.min(placed, costCeiling.length - 1)];
  }

  /** Works out {@link #costCeiling} and {@link #costFloor} for {@link #countBound}. */
  private void ceilings() {
    int units = batch.units();
    int[] eligibleAt = new int[batch.nodes()];
    double[] dearest = new double[units];
    for (int u = 0; u < units; u++) {
      double cheapest = 0;
      for (int i = 0; i < batch.eligible[u].length; i++) {
        dearest[u] = Math.max(dearest[u], batch.cost[u][i]);
        cheapest = Math.min(cheapest, batch.cost[u][i]);
        eligibleAt[batch.eligible[u][i]]++;
      }
      costFloor += cheapest;
    }
    List<Double> marginals = new ArrayList<>();
    for (int k = 0; k < batch.nodes(); k++) {
      // a node never holds more units than its count or than the units that may go to it
      for (int j = 1; j <= Math.min(capacity[k], eligibleAt[k]); j++) {
        marginals.add(penaltyOf[k][j] - penaltyOf[k][j - 1]);
      }
    }
    double[] dearestMarginals = marginals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Arrays.sort(dearest);
    costCeiling = new double[units + 1];
    for (int t = 1; t <= units; t++) {
      double unit = dearest[units - t];
      int m = dearestMarginals.length - t;
      // marginal penalties are not negative (the penalty and the base loads are not)
      costCeiling[t] = costCeiling[t - 1] + unit + (m >= 0 ? Math.max(0, dearestMarginals[m]) : 0);
    }
  }

  /** The least the costs of a plan other than its unplaced costs can add up to; once {@link #solve()} searched. */
  double costFloor() {
    return costFloor;
  }

  /** Whether the search took the count as a constraint ({@link #countRow}), once {@link #solve()} ran. */
  boolean countRows() {
    return countRows;
  }

  /**
   * For tests of the bound's validity: the search takes the count row wherever the root's bound
   * proves that every plan leaves a unit unplaced, also where the Lagrangian's value knows that by
   * itself (where it otherwise takes none). Before {@link #solve()}; returns this search.
   */
  ConflictSearch countRowsWherever() {
    countRowsWherever = true;
    return this;
  }

  /**
   * Whether the last local search stopped at the limits: then the search stops at once, as it
   * would have at its next check, before its next prices (which the plan so far aims) could make a
   * plan a longer search never sees.
   */
  private boolean polishStopped() {
    LocalSearch local = polish;
    return local != null && local.stopped();
  }

  /** The work of the local search on the best plans ({@link LocalSearch}), counted in {@link #work()}. */
  long localSearchWork() {
    return polish == null ? 0 : polish.work();
  }

  /** The work of one flow over every unit (the first; each repair flow does at most as much). */
  long flowWork() {
    return flowWork;
  }

  /**
   * The most work the repair of one flow's plan did before the first bound,
   * the first with the check of the first flow's plan: their flexible-time tests and the local
   * search on a new best plan.
   */
  long largestRepair() {
    return largestRepair;
  }

  /** How many flows over every unit the search solved: the first, and those of the repair. */
  int flows() {
    return flows;
  }

  /**
   * The most work one Lagrangian value of the search did, with its repairs (their flexible-time
   * tests and local searches) and its master problem; or a node's branching, if more.
   */
  long largestValue() {
    return largestValue;
  }

  /**
   * Whether an assignment keeps every constraint the flow relaxation leaves out. A question from
   * outside the search: its flexible-time tests do not count in {@link #work()}.
   */
  boolean feasible(int[] assignment) {
    long counted = work;
    boolean feasible = violation(assignment) == null;
    work = counted;
    return feasible;
  }

  /**
   * {@link FlexibleTimes#clear}, its work counted in {@link #work()}: {@link #FLEXIBLE_WEIGHT} per
   * unit of {@link FlexibleTimes#work()}.
   */
  private boolean clearTimes(List<Integer> units, int[] assignment, long budget) {
    long before = times.work();
    boolean clear = times.clear(units, assignment, budget);
    work += FLEXIBLE_WEIGHT * (times.work() - before);
    return clear;
  }

  /** Whether the search has reached its work limit or its time limit. */
  private boolean outOfWork() {
    return outOfWork(0, true);
  }

  /**
   * Whether the search has reached its work limit, with {@code pending} work done and not yet
   * counted in {@link #work()} (the local search's, which asks as it goes), or its time limit: by
   * the clock if {@code readClock}, else as the clock was last read (once reached, it stays).
   */
  boolean outOfWork(long pending, boolean readClock) {
    if (work + pending >= workLimit) {
      return true;
    }
    if (readClock && deadline != Long.MAX_VALUE && ticker.getAsLong() >= deadline) {
      timedOut = true;
    }
    return timedOut;
  }

  /**
   * A bound from the number left unplaced being a whole number. Every plan of a node costs {@code
   * U n + c} for its {@code n} of {@code N} units unplaced and its other costs {@code c}, with
   * {@code costFloor <= c <= costCeiling(N - n)}; so, given a lower bound {@code value} on every
   * such plan, none leaves {@code n} unplaced where {@code U n + costCeiling(N - n) < value}. That
   * sum only grows with {@code n} ({@code U} is more than any unit's arc and marginal penalty), so
   * every plan leaves at least the first {@code n0} for which it reaches {@code value} ({@link
   * #fewestUnplaced}) and costs at least {@code U n0 + costFloor}. Where the Lagrangian places a
   * fraction of a unit more than any plan can, this is a whole unplaced cost less a fraction above
   * its value: the search then proves the number placed, if not yet the costs. Returns the larger
   * of the two.
   */
  double countBound(double value) {
    long least = fewestUnplaced(value);
    return least <= 0 ? value : Math.max(value, root().unplacedCost * least + costFloor);
  }

  /** The fewest units a plan leaves unplaced if it costs at least {@code value} ({@link #countBound}). */
  long fewestUnplaced(double value) {
    double u = root().unplacedCost;
    int units = batch.units();
    double target = value - tolerance(value);
    // a start that is never past the answer: the ceiling of all N placed is the largest
    int n = (int) Math.max(0, Math.min(units, Math.ceil((target - costCeiling(units)) / u)) - 1);
    while (n < units && u * n + costCeiling(units - n) < target) {
      n++;
    }
    return n;
  }

  /**
   * The fewest units any plan leaves unplaced by {@link #countBound} from the root's bound, once
   * {@link #solve()} searched: never more than the true fewest.
   */
  long leastUnplaced() {
    if (costCeiling.length == 1 && batch.units() > 0) {
      // no search: the flow's plan is optimal, and so is its number unplaced
      return Arrays.stream(bestAssignment).filter(a -> a < 0).count();
    }
    return fewestUnplaced(rootBound);
  }

  private static double tolerance(double cost) {
    return Double.isInfinite(cost) ? 0 : 1e-9 * Math.max(1.0, Math.abs(cost));
  }

  /** Offers a plan that keeps every constraint, with its own loads, as the best plan. */
  private void offer(int[] assignment) {
    int[] load = new int[batch.nodes()];
    for (int a : assignment) {
      if (a >= 0) {
        load[a]++;
      }
    }
    offer(assignment, load, root().costOf(assignment, load), null);
  }

  private void offer(int[] assignment, int[] load, double cost, @Nullable Network flow) {
    if (polishStopped()) {
      // a limit stopped the local search: its plan so far is the last this search takes, as a
      // longer search makes the same moves and more there, and no plan made after it
      return;
    }
    if (cost < bestCost - tolerance(bestCost)) {
      bestAssignment = assignment;
      bestLoad = load;
      bestCost = cost;
      bestFlow = flow;
      if (polish != null) {
        // a new best plan: its local search's plan, if cheaper, is the best (not polished again)
        LocalSearch local = polish;
        polish = null;
        long before = local.work();
        int[] better = local.improve(assignment);
        work += local.work() - before;
        offer(better);
        polish = local;
      }
    }
  }

  /**
   * Bounds one search node by the proximal bundle method from prices {@code mu} and decides how to
   * branch; null when the node is solved (its best plan offered) or cannot beat the best plan.
   * {@code second}, if not null, are the prices of the second value (the root's other start); the
   * centre is the better of the two. {@code firstStep} is the first proximal step {@code t} (NaN:
   * Polyak's, from the first value's choice); {@code model} the parent's cutting-plane model (null
   * at the root).
   */
  private @Nullable Node evaluate(@Nullable Restriction restrictions, double[] mu, double @Nullable [] second,
      double firstStep, @Nullable BundleMaster model, int iterations, double parentBound) {
    Arcs arcs = restrictions == null ? new Arcs(batch.eligible, batch.cost) : restrict(restrictions);
    int[][] eligible = arcs.eligible;
    double[][] cost = arcs.cost;
    Prepared p = new Prepared(eligible, cost);
    int units = batch.units();
    for (int[] arcsOfUnit : eligible) {
      work += arcsOfUnit.length;
    }
    boolean[] fixed = new boolean[units];
    for (int u = 0; u < units; u++) {
      if (p.options[u] == 0) {
        mu[u] = 0; // a unit nobody may take is unplaced for certain: its price is 0
        fixed[u] = true;
      }
    }
    BundleMaster bundle = model == null ? new BundleMaster(units, batch.nodes()) : model.restricted(eligible);
    if (model != null) {
      work += bundle.size();
    }
    mostPlaced = units;
    if (countRows && countRow(parentBound)) {
      bundle.countRow(mostPlaced);
    } else {
      mu[units] = 0; // no row: no price for it
    }
    int[] count = new int[units];
    int[] choice = new int[units];
    double best = Double.NEGATIVE_INFINITY;
    double[] bestMu = mu.clone();
    int[] bestCount = null;
    int[] bestChoice = null;
    double[] centre = mu.clone();
    double centreValue = Double.NEGATIVE_INFINITY;
    double t = firstStep;
    double[] next = new double[units + 1];
    double[] coverage = new double[units];
    boolean stopped = false;
    long masterWork = 0;
    double predicted = 0;
    int nulls = 0;
    double maxStep = 0;
    double minStep = 0;
    // a value's work in all, between two of its checks of the limits: its programmes', its
    // repairs' with their flexible-time tests and its master problem's
    long valueStart = work;
    for (int it = 0; it < iterations; it++) {
      if (it > 0 && polishStopped()) {
        // a limit stopped the local search on the last plan: no more values (a node's first is
        // taken, as the first value of the root always is)
        stopped = true;
        break;
      }
      largestValue = Math.max(largestValue, work - valueStart);
      valueStart = work;
      long before = work;
      double value = lagrangian(p, mu, count, choice);
      steps++;
      addColumns(bundle, mu);
      // a value's work: its master problem's, its programmes' and adding its columns
      largestValue = Math.max(largestValue, work - before + masterWork);
      boolean outOfWork = outOfWork();
      if (value > best + tolerance(value)) {
        best = value;
        bestMu = mu.clone();
        bestCount = count.clone();
        bestChoice = choice.clone();
      }
      boolean start = it == 0 || it == 1 && second != null;
      if (start ? value > centreValue : value >= centreValue + SERIOUS * predicted) {
        // a serious step: the centre moves (the model promised an increase and the value gave
        // at least a share of it); a step that gave half of it or more may be longer
        if (!start && value - centreValue >= 0.5 * predicted) {
          t = Math.min(t * 2, maxStep);
        }
        System.arraycopy(mu, 0, centre, 0, units + 1);
        centreValue = value;
        nulls = 0;
      } else if (!start && ++nulls >= NULLS) {
        // a null step: the model learnt a cut; after several in a row the step shortens
        t = Math.max(t / 2, minStep);
        nulls = 0;
      }
      if (countBound(best) >= bestCost - tolerance(bestCost)) {
        break; // the node cannot beat the best plan
      }
      if (it % PRIMAL_EVERY == 0) {
        improve(assignmentOf(count, choice));
      }
      if (outOfWork || polishStopped()) {
        // the work or time limit: the best value so far is this node's bound. No plan is made of
        // this choice: a search with a larger limit goes on here without one, and a plan only a
        // stop makes could let a smaller limit beat a larger one (user test 6, J1)
        stopped = true;
        break;
      }
      // the choice's excess, less where a price at 0 cannot go lower: if nothing is left, these
      // prices are the best (0 is a supergradient there), and so is this value
      double norm = 0;
      for (int u = 0; u < units; u++) {
        double g = fixed[u] ? 0 : count[u] - 1;
        if (g < 0 && mu[u] == 0) {
          g = 0;
        }
        norm += g * g;
      }
      if (mostPlaced < units) {
        // the count row's excess, less where its price at 0 cannot go lower
        double g = -mostPlaced;
        for (int u = 0; u < units; u++) {
          g += count[u];
        }
        if (g < 0 && mu[units] == 0) {
          g = 0;
        }
        norm += g * g;
      }
      if (norm == 0) {
        break;
      }
      if (it == 0 && second != null) {
        System.arraycopy(second, 0, mu, 0, units + 1);
        continue;
      }
      if (Double.isNaN(t)) {
        // the first step as Polyak's along the excess of the first choice, towards the best plan
        // or, where the root's first plans leave one unit more unplaced than its bound proves,
        // towards the cost that decides
        double aim = firstAim(Math.max(best, parentBound));
        t = (aim + TARGET_MARGIN * Math.max(1.0, Math.abs(aim)) - best) / norm;
      }
      if (maxStep == 0) {
        maxStep = t * MAX_STEP_GROWTH;
        minStep = t / MAX_STEP_GROWTH;
      }
      double stop = Math.max(tolerance(bestCost), STOP_SHARE * (goal(Math.max(best, parentBound)) - best));
      // the master is solved exactly: no column's reduced worth above its block's by more than a
      // small share of the node's stopping tolerance
      double modelValue = root().unplacedCost * units
          + bundle.solve(centre, t, QP_SHARE * stop / batch.nodes(), fixed, next, coverage);
      improve(bundle.rounded());
      masterWork = MASTER_WEIGHT * bundle.work();
      work += masterWork;
      this.masterWork += masterWork;
      masterSolves++;
      predicted = modelValue - centreValue;
      boolean moved = false;
      for (int u = 0; u <= units; u++) {
        moved |= next[u] != mu[u];
      }
      if (predicted <= stop || !moved) {
        // the model promises no more than the tolerance: this node's bound is done; this
        // choice is turned into a plan first
        if (it % PRIMAL_EVERY != 0) {
          improve(assignmentOf(count, choice));
        }
        break;
      }
      System.arraycopy(next, 0, mu, 0, units + 1);
    }
    largestValue = Math.max(largestValue, work - valueStart);
    lastValue = best;
    double bound = Math.max(countBound(best), parentBound);
    if (restrictions == null) {
      rootBound = bound;
      rootSteps = steps;
    }
    if (bound >= bestCost - tolerance(bestCost)) {
      return null;
    }
    if (stopped) {
      // no branching either: it may offer a plan, which a longer search would not make here
      return new Node(restrictions, bound, bestMu, t, bundle, List.of(), sequence++);
    }
    unsure = false;
    long before = work;
    List<Restriction> children = branching(p, eligible, cost, bestMu,
        Objects.requireNonNull(bestCount, "count"), Objects.requireNonNull(bestChoice, "choice"));
    // the branching's work (its flexible-time tests, a plan's local search) as one more value's
    largestValue = Math.max(largestValue, work - before);
    if (unsure) {
      unsureBound = Math.min(unsureBound, bound);
    }
    return children == null ? null : new Node(restrictions, bound, bestMu, t, bundle, children, sequence++);
  }

  /**
   * Adds the schedule each member-week's programme chose at prices {@code mu} to the model, with
   * its worth at prices 0 (the count row's price {@code lambda} given back for each unit).
   */
  private void addColumns(BundleMaster bundle, double[] mu) {
    double lambda = mu[batch.units()];
    for (int k = 0; k < batch.nodes(); k++) {
      int n = pickedCount[k];
      int[] schedule = Arrays.copyOf(picked[k], n);
      Arrays.sort(schedule);
      double worth = pickedValue[k];
      for (int x : schedule) {
        worth += mu[x];
      }
      if (lambda != 0) {
        worth += lambda * n;
      }
      if (n > 0) {
        bundle.add(k, schedule, worth);
      }
      work += n + 1;
    }
  }

  /**
   * The Lagrangian value for prices {@code mu} (one per unit, and last the count row's {@code
   * lambda}, {@link #countRow}): per unit, how many nodes chose it and (the last) which.
   */
  private double lagrangian(Prepared p, double[] mu, int[] count, int[] choice) {
    int units = batch.units();
    Arrays.fill(count, 0);
    Arrays.fill(choice, -1);
    // with the count row, each unit placed is worth its price less: U - lambda - mu(u) - cost
    double lambda = mu[units];
    double u = root().unplacedCost;
    double value = u * units;
    if (lambda != 0) {
      value -= lambda * mostPlaced;
    }
    for (int x = 0; x < units; x++) {
      value -= mu[x];
    }
    long before = work;
    for (int k = 0; k < batch.nodes(); k++) {
      value -= bestAt(p, k, mu, u - lambda, count, choice);
    }
    largestValue = Math.max(largestValue, work - before);
    return value;
  }

  /**
   * The count as a constraint. Once a lower bound on every plan of a node proves that each leaves
   * at least {@code n0 > 0} units unplaced ({@link #fewestUnplaced}), "at most {@code N - n0} units
   * placed" holds for every plan of the node and its children, and the relaxation takes it as one
   * more row with a price {@code lambda >= 0}, the last of the prices: each unit placed is worth
   * {@code lambda} less and the value is {@code lambda (N - n0)} less; in the bundle's master
   * ({@link BundleMaster#countRow}) each schedule has {@code |S|} in that row. Without it the
   * Lagrangian of a tight week places a fraction of a unit more than any plan can and stays about
   * a whole unplaced cost below the optimum; with it, like the linear programme with that row, it
   * reaches the costs. Any {@code lambda >= 0} gives a valid bound.
   *
   * <p>Sets {@link #mostPlaced} from a lower bound {@code value} on every plan of the node being
   * evaluated: {@code N - n0}; true if {@code n0 > 0}.
   */
  private boolean countRow(double value) {
    int units = batch.units();
    long least = fewestUnplaced(value);
    if (least > 0) {
      mostPlaced = (int) (units - least);
      return true;
    }
    return false;
  }

  /**
   * The cost a node's bound has to reach to decide anything, given a lower bound {@code value} on
   * every plan of the node: the best plan's cost, or, where the count bound proves that every such
   * plan leaves at least {@code n0} units unplaced ({@link #fewestUnplaced}) and the best plan
   * leaves more, the most a plan leaving {@code n0} unplaced can cost, {@code U n0 +
   * costCeiling(N - n0)}. Below it the node may hold a plan that places more units than the best
   * plan; once its value passes it, the count bound proves one more unit unplaced. Measured
   * against the best plan alone, the gap of a node whose plans may place one more unit is a whole
   * unplaced cost {@code U} (about 2,000 on a circle's week), and the dual stopped {@code 10^-3} of
   * it short, a bound far too loose to find or rule out such a plan (BENCHMARKS.md, count13).
   * Never below the lesser of {@code value} (less its tolerance) and the best plan's cost.
   */
  private double goal(double value) {
    long least = fewestUnplaced(value);
    return Math.min(bestCost, root().unplacedCost * least + costCeiling((int) (batch.units() - least)));
  }

  /**
   * Where the first Polyak step of a node without a step of its own (the root, with and without
   * the count row) aims, given a lower bound {@code value} on every plan of the node: the best
   * plan's cost, or {@link #goal} where the node is evaluated without the count row and the best
   * plan leaves exactly one unit more unplaced than the count bound proves ({@code n0 + 1}). Then
   * either the optimum leaves that one unit too, and the best plan's cost is the target, or it
   * places it, and the goal (the dearest plan leaving {@code n0}) is at least the optimum while
   * the best plan's cost is a whole unplaced cost {@code U} above it (issue 9's week, whose
   * optimum places every request: a first step a quarter as long, the root's bound the same, but
   * the step it hands its children 8 times longer, and 35 nodes instead of 329; BENCHMARKS.md,
   * aim14). Where the best plan leaves two or more beyond {@code n0}, the goal lies several {@code U}
   * below it, below the optimum unless that places two more than the best plan: aimed there, the
   * step was up to 2,000 times too short, beyond what its growth of at most {@link
   * #MAX_STEP_GROWTH} makes up (user test 6's week, one request fewer placed at a work limit of
   * {@code 10^8}). With the count row the goal is not aimed at either: there it made the root's
   * dual no closer and its plans worse (a tight week in 9 nodes instead of 3; measured in
   * BENCHMARKS.md, aim14). Any aim gives valid bounds; it changes only how soon they come.
   */
  private double firstAim(double value) {
    if (mostPlaced < batch.units()) {
      return bestCost;
    }
    long unplaced = 0;
    for (int a : bestAssignment) {
      unplaced += a < 0 ? 1 : 0;
    }
    return unplaced == fewestUnplaced(value) + 1 ? goal(value) : bestCost;
  }

  /**
   * The second start of the root with the count row: {@code lambda = U - 2 c}, {@code c} the
   * dearest arc and marginal penalty ({@link #costCeiling}), and each unit's price that much lower
   * (at least 0), so that a unit is worth at most about {@code 2 c - cost} instead of {@code U -
   * cost}: a unit nobody else wants is still worth taking, and one many want is worth what it was.
   * At a tight week's optimum {@code lambda} is near {@code U} and the units' prices small, far
   * from the prices the root ended with.
   */
  private double[] rowStart(double[] mu) {
    int units = batch.units();
    double[] start = mu.clone();
    double lambda = Math.max(0, root().unplacedCost - 2 * Math.max(1.0, costCeiling(1)));
    for (int x = 0; x < units; x++) {
      if (batch.eligible[x].length > 0) {
        start[x] = Math.max(0, mu[x] - lambda);
      }
    }
    start[units] = lambda;
    return start;
  }

  /** The most slots a node's hours are divided into; beyond it the slots are coarser. */
  private static final int MAX_SLOTS = 64;

  /**
   * Divides each node's hours left into slots for the subproblems: where the count keeps the node
   * within its hours, none; otherwise slots of the greatest common divisor of its units' lengths,
   * so that the slots are exact (a set of units fits the hours if and only if it fits the slots),
   * or where that makes more than {@link #MAX_SLOTS} slots, {@code MAX_SLOTS} coarser ones, which
   * round each unit down and so still let every set of units that fits the hours through (a
   * relaxation: the branching on hours does the rest).
   */
  private void grainHours() {
    int nodes = batch.nodes();
    boolean[] exact = batch.exact(capacity);
    long[] divisor = new long[nodes];
    for (int u = 0; u < batch.units(); u++) {
      for (int i = 0; i < batch.eligible[u].length; i++) {
        int k = batch.eligible[u][i];
        divisor[k] = gcd(divisor[k], batch.nodeSeconds[u][i]);
      }
    }
    slots = new int[nodes];
    grain = new long[nodes];
    lightest = new int[nodes];
    for (int k = 0; k < nodes; k++) {
      if (exact[k] || divisor[k] == 0) {
        continue;
      }
      long left = batch.remainingSeconds[k];
      long g = divisor[k];
      if (left / g > MAX_SLOTS) {
        g = (left + MAX_SLOTS - 1) / MAX_SLOTS;
      }
      grain[k] = g;
      slots[k] = (int) (left / g);
    }
    Arrays.fill(lightest, Integer.MAX_VALUE);
    for (int u = 0; u < batch.units(); u++) {
      for (int k : batch.eligible[u]) {
        lightest[k] = Math.min(lightest[k], weight(u, k));
      }
    }
  }

  /** Whether the {@code count} largest of the first {@code n} weights add up to at most {@code slots}. */
  private static boolean longestFit(int[] weights, int n, int count, int slots) {
    if (count >= n) {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum += weights[i];
      }
      return sum <= slots;
    }
    int[] sorted = Arrays.copyOf(weights, n);
    Arrays.sort(sorted);
    long sum = 0;
    for (int i = n - 1; i >= n - count; i--) {
      sum += sorted[i];
    }
    return sum <= slots;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** The slots a unit takes at a node: 0 where the node's hours need no slots. */
  private int weight(int unit, int node) {
    if (grain[node] == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(batch.eligible[unit], node);
    return (int) (batch.nodeSeconds[unit][i] / grain[node]);
  }

  /**
   * The most a node's units are worth less its load penalty, within its count and its hours
   * (slots); marks the units it takes. The table {@code f[i][j][s]}: the most the first {@code i}
   * kept units are worth with {@code j} of them taken in at most {@code s} slots; the units with a
   * set time come first, by end, each following the ones it can follow, then the flexible ones,
   * which follow every unit.
   */
  private double bestAt(Prepared p, int k, double[] mu, double u, int[] count, int[] choice) {
    int cap = capacity[k];
    int[] all = p.timed[k];
    int timedCount = all.length;
    int[] free = p.free[k];
    int total = timedCount + free.length;
    // a unit worth no more than the first unit's penalty is never needed (dropping it from a
    // choice loses its value, saves at least that penalty and frees hours): leave it out
    double least = cap == 0 ? Double.POSITIVE_INFINITY : penaltyOf[k][1];
    if (prefix.length < timedCount + 1) {
      prefix = new int[timedCount * 2 + 1];
    }
    int[] kept = keptOf[k];
    double[] keptValue = keptValueOf[k];
    int[] keptFollows = keptFollowsOf[k];
    int[] keptWeight = keptWeightOf[k];
    if (kept == null || kept.length < total) {
      kept = new int[total];
      keptValue = new double[total];
      keptFollows = new int[total];
      keptWeight = new int[total];
      keptOf[k] = kept;
      keptValueOf[k] = keptValue;
      keptFollowsOf[k] = keptFollows;
      keptWeightOf[k] = keptWeight;
      validRows[k] = 0;
    }
    // the table's rows 1..valid are those of the last evaluation of this node; they stay right
    // for as long as the units kept, their values and whom they follow are the same as then (a
    // unit's slots at a node never change)
    int valid = validRows[k];
    int same = 0;
    int n = 0;
    prefix[0] = 0;
    double most = 0;
    int[] follows = p.follows[k];
    double[] timedCost = p.timedCost[k];
    for (int i = 0; i < total; i++) {
      boolean timed = i < timedCount;
      int unit = timed ? all[i] : free[i - timedCount];
      double v = u - mu[unit] - (timed ? timedCost[i] : p.freeCost[k][i - timedCount]);
      if (v > least) {
        int after = timed ? prefix[follows[i]] : n;
        if (same == n && n < valid && kept[n] == unit && keptValue[n] == v && keptFollows[n] == after) {
          same++;
        } else {
          kept[n] = unit;
          keptValue[n] = v;
          keptFollows[n] = after;
          keptWeight[n] = timed ? p.timedWeight[k][i] : p.freeWeight[k][i - timedCount];
        }
        most = Math.max(most, v);
        n++;
      }
      if (timed) {
        prefix[i + 1] = n;
      }
    }
    // no choice holds more units than have values above their marginal penalty: the j-th unit of
    // a choice is worth at least the j-th marginal, so j stays below where the marginal passes
    // the most any unit is worth
    int reach = 0;
    while (reach < cap && penaltyOf[k][reach + 1] - penaltyOf[k][reach] < most) {
      reach++;
    }
    int width = Math.min(reach, n) + 1;
    // the hours need no slots here if the width - 1 longest units kept fit them
    int depth = slots[k] + 1;
    if (depth > 1 && longestFit(keptWeight, n, width - 1, slots[k])) {
      depth = 1;
    }
    int stride = width * depth;
    double[] f = table[k];
    if (f == null || f.length < (n + 1) * stride) {
      f = new double[(n + 1) * stride * 3 / 2 + 1];
      table[k] = f;
      same = 0;
      laidOut[k] = 0;
    }
    if (width != tableWidth[k] || depth != tableDepth[k]) {
      same = 0;
      laidOut[k] = 0;
    }
    // cells that cannot be reached are minus infinity whatever the values: j units among the first
    // i only if j <= i, and j units need at least j times the lightest unit's slots; those cells
    // are filled once for the table's width and depth, not computed (the recurrence would give
    // minus infinity there too), so the table holds the same values as computing every cell
    int light = depth == 1 ? 0 : lightest[k];
    int reachable = width - 1;
    if (light > 0) {
      reachable = Math.min(reachable, (depth - 1) / light);
    }
    // every row is computed whole from the rows before it: only the first needs filling (its
    // reachable counts)
    Arrays.fill(f, 0, (reachable + 1) * depth, Double.NEGATIVE_INFINITY);
    Arrays.fill(f, 0, depth, 0.0);
    long computed = 0;
    for (int i = same + 1; i <= n; i++) {
      double v = keptValue[i - 1];
      int w = depth == 1 ? 0 : keptWeight[i - 1];
      int from = keptFollows[i - 1] * stride - depth - w;
      int row = i * stride;
      int prev = row - stride;
      int top = Math.min(i, reachable);
      if (i > laidOut[k]) {
        // counts past the reachable ones are never computed nor read (the choice below stops at
        // the reachable ones too: those past them are minus infinity): only those are laid out
        Arrays.fill(f, row, row + (reachable + 1) * depth, Double.NEGATIVE_INFINITY);
        Arrays.fill(f, row, row + depth, 0.0);
      }
      if (depth == 1) {
        // no slots: one cell per count
        for (int j = 1; j <= top; j++) {
          // an impossible count stays at minus infinity: minus infinity plus a value is too
          f[row + j] = Math.max(f[prev + j], f[from + j] + v);
        }
        computed += top;
      } else {
        for (int j = 1; j <= top; j++) {
          int at = row + j * depth;
          int lo = j * light;
          int mid = Math.max(lo, Math.min(w, depth));
          int before = at - stride;
          System.arraycopy(f, before + lo, f, at + lo, mid - lo);
          int take = from + j * depth;
          for (int s = mid; s < depth; s++) {
            f[at + s] = Math.max(f[before + s], f[take + s] + v);
          }
          computed += depth - lo;
        }
      }
    }
    laidOut[k] = Math.max(laidOut[k], n);
    rows += n - same;
    cells += computed;
    // the work counts every cell of the rows computed again, in reach or not, as it did when every
    // cell was computed: the same limit stops a search at the same point, sooner
    work += (long) (n - same) * stride + total;
    validRows[k] = n;
    tableWidth[k] = width;
    tableDepth[k] = depth;
    double bestValue = 0;
    int bestCount = 0;
    int last = depth - 1;
    for (int j = 1; j <= reachable; j++) {
      double value = f[n * stride + j * depth + last];
      if (value == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double net = value - penaltyOf[k][j];
      if (net > bestValue + 1e-12) {
        bestValue = net;
        bestCount = j;
      }
    }
    // trace the units back
    int j = bestCount;
    int s = last;
    int[] chosen = picked[k];
    pickedCount[k] = 0;
    pickedValue[k] = bestValue;
    for (int i = n; i > 0 && j > 0; ) {
      if (f[i * stride + j * depth + s] == f[(i - 1) * stride + j * depth + s]) {
        i--;
      } else {
        int unit = kept[i - 1];
        count[unit]++;
        choice[unit] = k;
        chosen[pickedCount[k]++] = unit;
        s -= depth == 1 ? 0 : keptWeight[i - 1];
        i = keptFollows[i - 1];
        j--;
      }
    }
    return bestValue;
  }

  /** Per unit, the node it goes to: the one the subproblem chose (the cheapest if several). */
  private int[] assignmentOf(int[] count, int[] choice) {
    int[] assignment = new int[batch.units()];
    for (int u = 0; u < assignment.length; u++) {
      assignment[u] = count[u] == 0 ? Network.UNPLACED : choice[u];
    }
    return assignment;
  }

  /** How to branch on a node's best subproblem choice; null if that choice solves the node. */
  private @Nullable List<Restriction> branching(Prepared p, int[][] eligible, double[][] cost, double[] mu,
      int[] count, int[] choice) {
    // a unit two members want: only the cheapest of them, or never that one
    int split = -1;
    for (int u = 0; u < count.length; u++) {
      if (count[u] > 1 && (split < 0 || count[u] > count[split])) {
        split = u;
      }
    }
    if (split >= 0) {
      branchings[SPLIT]++;
      return only(split, cheapestMember(split, eligible, cost));
    }
    int[] assignment = assignmentOf(count, choice);
    List<Restriction> children = violation(assignment);
    if (children != null) {
      branchings[lastKind]++;
      return children;
    }
    // a plan that keeps every constraint: the optimum of this node if its cost is the bound
    offer(assignment);
    // the prices were not yet right: branch on the unplaced unit with the highest price
    int open = -1;
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] < 0 && p.options[u] > 1 && (open < 0 || mu[u] > mu[open])) {
        open = u;
      }
    }
    if (open < 0) {
      for (int u = 0; u < assignment.length && open < 0; u++) {
        if (p.options[u] > 1) {
          open = u;
        }
      }
    }
    if (open < 0) {
      // every unit has one option at most, so no unit is wanted twice: without prices the
      // subproblems are the node's problem less what the branching handles
      lagrangian(p, new double[mu.length], count, choice);
      int[] exact = assignmentOf(count, choice);
      List<Restriction> left = violation(exact);
      if (left == null) {
        offer(exact);
      } else {
        branchings[lastKind]++;
      }
      return left;
    }
    branchings[PRICE]++;
    return only(open, cheapestMember(open, eligible, cost));
  }

  private int cheapestMember(int unit, int[][] eligible, double[][] cost) {
    int best = 0;
    for (int i = 1; i < eligible[unit].length; i++) {
      if (cost[unit][i] < cost[unit][best]) {
        best = i;
      }
    }
    return batch.memberIndex[eligible[unit][best]];
  }

  /** The two children "this member only" and "never this member". */
  private static List<Restriction> only(int unit, int member) {
    return List.of(new Restriction(unit, member, true, null), new Restriction(unit, member, false, null));
  }

  /** Per unit, the member-weeks it may go to (ascending) and its cost at each. */
  /** Per unit: the nodes it may go to and their costs. */
  private static final class Arcs {
    final int[][] eligible;
    final double[][] cost;

    Arcs(int[][] eligible, double[][] cost) {
      this.eligible = eligible;
      this.cost = cost;
    }
  }

  /** The root's arcs less those a node's restrictions take away. */
  private Arcs restrict(Restriction restrictions) {
    Map<Integer, List<Restriction>> byUnit = new HashMap<>();
    for (Restriction r = restrictions; r != null; r = r.next) {
      byUnit.computeIfAbsent(r.unit, k -> new ArrayList<>()).add(r);
    }
    int[][] eligible = batch.eligible.clone();
    double[][] cost = batch.cost.clone();
    for (Map.Entry<Integer, List<Restriction>> entry : byUnit.entrySet()) {
      int u = entry.getKey();
      int[] from = batch.eligible[u];
      int[] keep = new int[from.length];
      double[] keepCost = new double[from.length];
      int n = 0;
      for (int i = 0; i < from.length; i++) {
        int member = batch.memberIndex[from[i]];
        boolean allowed = true;
        for (Restriction r : entry.getValue()) {
          allowed &= r.only ? member == r.member : member != r.member;
        }
        if (allowed) {
          keep[n] = from[i];
          keepCost[n++] = batch.cost[u][i];
        }
      }
      eligible[u] = Arrays.copyOf(keep, n);
      cost[u] = Arrays.copyOf(keepCost, n);
    }
    return new Arcs(eligible, cost);
  }

  private Network relax(int[][] eligible, double[][] cost) {
    Network network = new Network(eligible, cost, batch.baseHours, requestedCapacity, penalty, batch.maxCost);
    flows++;
    for (int u = 0; u < batch.units(); u++) {
      network.addNext();
      // one augmenting path, a dense Dijkstra over the member-weeks: at most a look at each of the
      // unit's arcs and at each pair of member-weeks
      work += eligible[u].length + (long) batch.nodes() * batch.nodes();
    }
    return network;
  }

  /**
   * A feasible plan from any assignment, offered as the best plan if it is: per member, units in
   * order of their first set time, each kept only if it overlaps none kept before (and, across
   * weeks, fits), at most each node's capacity; then every unit left out is put, cheapest first,
   * with the cheapest member-week where it fits.
   */
  private void improve(int[] proposed) {
    offer(repaired(proposed));
  }

  /** The feasible plan {@link #improve} makes of an assignment; once {@link #solve()} ran. */
  int[] repaired(int[] proposed) {
    int units = batch.units();
    int[] assignment = new int[units];
    Arrays.fill(assignment, Network.UNPLACED);
    int[] load = new int[batch.nodes()];
    long[] used = new long[batch.nodes()];
    List<List<Integer>> held = new ArrayList<>();
    for (int m = 0; m < batch.members.size(); m++) {
      held.add(new ArrayList<>());
    }
    if (!sorted) {
      sortUnits();
    }
    for (int u : byTime) {
      if (proposed[u] >= 0) {
        place(u, proposed[u], assignment, load, used, held);
      }
    }
    for (int u : byCheapest) {
      if (assignment[u] < 0) {
        for (int i : byCost[u]) {
          if (place(u, batch.eligible[u][i], assignment, load, used, held)) {
            break;
          }
        }
      }
    }
    return assignment;
  }

  /**
   * The orders the repair goes by, the same for every plan of the batch: units by their first set
   * time (flexible first), units by their cheapest cost, and each unit's members cheapest first;
   * ties by index.
   */
  private void sortUnits() {
    int units = batch.units();
    Integer[] order = new Integer[units];
    for (int u = 0; u < units; u++) {
      order[u] = u;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Long.compare(firstTime(a), firstTime(b));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] time = new int[units];
    for (int i = 0; i < units; i++) {
      time[i] = order[i];
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(cheapest(a), cheapest(b));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] cheap = new int[units];
    int[][] members = new int[units][];
    for (int i = 0; i < units; i++) {
      cheap[i] = order[i];
      Integer[] byCostOfUnit = new Integer[batch.eligible[i].length];
      for (int j = 0; j < byCostOfUnit.length; j++) {
        byCostOfUnit[j] = j;
      }
      double[] costs = batch.cost[i];
      Arrays.sort(byCostOfUnit, (a, b) -> Double.compare(costs[a], costs[b]));
      members[i] = new int[byCostOfUnit.length];
      for (int j = 0; j < byCostOfUnit.length; j++) {
        members[i][j] = byCostOfUnit[j];
      }
    }
    byTime = time;
    byCheapest = cheap;
    byCost = members;
    sorted = true;
  }

  /**
   * A good feasible plan from the flow itself: repair the root's flow, keep each member's
   * overlapping units apart by taking the dearer of each overlapping pair away from that member,
   * and solve again, until nobody is at two places at once. Each round removes arcs, so it ends;
   * each plan is offered.
   */
  private void resolveApart(Network root, long checked) {
    int[][] arcs = batch.eligible;
    double[][] costs = batch.cost;
    for (int round = 0; round < 50; round++) {
      if (round > 0 && outOfWork()) {
        return; // the limits count these flows too: the root's first value follows at once
      }
      Network flow = round == 0 ? root : relax(arcs, costs);
      // the repair's work, and the first flow's check (its flexible-time tests) with the first
      long repair = round == 0 ? checked : work;
      improve(flow.assignedTo);
      largestRepair = Math.max(largestRepair, work - repair);
      arcs = arcs.clone(); // the flow keeps the arrays it was given
      costs = costs.clone();
      boolean changed = false;
      List<List<Integer>> held = new ArrayList<>();
      for (int m = 0; m < batch.members.size(); m++) {
        held.add(new ArrayList<>());
      }
      for (int u = 0; u < batch.units(); u++) {
        if (flow.assignedTo[u] >= 0) {
          held.get(batch.memberIndex[flow.assignedTo[u]]).add(u);
        }
      }
      for (List<Integer> units : held) {
        for (int a = 0; a < units.size(); a++) {
          for (int b = a + 1; b < units.size(); b++) {
            int ua = units.get(a);
            int ub = units.get(b);
            if (overlap(ua, ub)) {
              int dearer = flow.costOf(ua, flow.assignedTo[ua]) >= flow.costOf(ub, flow.assignedTo[ub]) ? ua : ub;
              int node = flow.assignedTo[dearer];
              int at = Arrays.binarySearch(arcs[dearer], node);
              if (at >= 0) {
                arcs[dearer] = without(arcs[dearer], at);
                costs[dearer] = without(costs[dearer], at);
                changed = true;
              }
            }
          }
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  /** Whether two different units overlap in time, travel buffer included. */
  private boolean overlap(int a, int b) {
    for (int i = 0; i < batch.fixedFrom[a].length; i++) {
      for (int j = 0; j < batch.fixedFrom[b].length; j++) {
        if (batch.fixedFrom[a][i] < batch.fixedTo[b][j] + bufferSeconds
            && batch.fixedFrom[b][j] < batch.fixedTo[a][i] + bufferSeconds) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] without(int[] values, int index) {
    int[] out = new int[values.length - 1];
    System.arraycopy(values, 0, out, 0, index);
    System.arraycopy(values, index + 1, out, index, out.length - index);
    return out;
  }

  private static double[] without(double[] values, int index) {
    double[] out = new double[values.length - 1];
    System.arraycopy(values, 0, out, 0, index);
    System.arraycopy(values, index + 1, out, index, out.length - index);
    return out;
  }

  /** Puts a unit with a node if it fits there: count, hours, set times, weeks. */
  boolean place(int unit, int node, int[] assignment, int[] load, long[] used,
      List<List<Integer>> held) {
    if (load[node] >= root().capacity[node]
        || !checkWeeks && used[node] + batch.seconds[unit] > batch.remainingSeconds[node]) {
      return false;
    }
    int member = batch.memberIndex[node];
    List<Integer> kept = held.get(member);
    // the units kept so far do not overlap one another: only the new one can
    for (int other : kept) {
      if (overlap(unit, other)) {
        return false;
      }
    }
    kept.add(unit);
    assignment[unit] = node;
    if (checkWeeks && overWeek(member, kept, assignment) != null || !clearTimes(kept, assignment, FlexibleTimes.PLACE_BUDGET)) {
      kept.remove(kept.size() - 1);
      assignment[unit] = Network.UNPLACED;
      return false;
    }
    load[node]++;
    used[node] += batch.seconds[unit];
    return true;
  }

  private double cheapest(int unit) {
    double best = Double.POSITIVE_INFINITY;
    for (double c : batch.cost[unit]) {
      best = Math.min(best, c);
    }
    return best;
  }

  /**
   * The children of a plan that breaks a constraint the subproblems leave out, each a list of
   * restrictions to add; null if the plan keeps to every constraint.
   */
  private @Nullable List<Restriction> violation(int[] assignment) {
    long before = times.unknowns();
    List<Restriction> children = violationOf(assignment);
    unsure = times.unknowns() != before;
    return children;
  }

  private @Nullable List<Restriction> violationOf(int[] assignment) {
    int members = batch.members.size();
    List<List<Integer>> held = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      held.add(new ArrayList<>());
    }
    long[] used = new long[batch.nodes()];
    for (int u = 0; u < assignment.length; u++) {
      if (assignment[u] >= 0) {
        held.get(batch.memberIndex[assignment[u]]).add(u);
        used[assignment[u]] += batch.seconds[u];
      }
    }
    for (int m = 0; m < members; m++) {
      List<Integer> units = held.get(m);
      if (!checkWeeks) {
        // past the hours in a week: one of the units there leaves (weeks with legs elsewhere are
        // checked leg by leg below)
        for (int u : units) {
          int node = assignment[u];
          if (used[node] > batch.remainingSeconds[node]) {
            List<Restriction> children = new ArrayList<>();
            for (int other : units) {
              if (assignment[other] == node) {
                children.add(new Restriction(other, m, false, null));
              }
            }
            lastKind = HOURS;
            return children;
          }
        }
      }
      long point = firstOverlap(units);
      if (point != Long.MIN_VALUE) {
        List<Integer> busy = new ArrayList<>();
        for (int u : units) {
          if (busyAt(u, point)) {
            busy.add(u);
          }
        }
        List<Restriction> children = new ArrayList<>(busy.size() + 1);
        for (int keep : busy) {
          Restriction child = new Restriction(keep, m, true, null);
          for (int other : busy) {
            if (other != keep) {
              child = new Restriction(other, m, false, child);
            }
          }
          children.add(child);
        }
        Restriction none = null;
        for (int u : busy) {
          none = new Restriction(u, m, false, none);
        }
        children.add(none);
        lastKind = OVERLAP;
        return children;
      }
      if (checkWeeks) {
        List<Integer> over = overWeek(m, units, assignment);
        if (over != null) {
          List<Restriction> children = new ArrayList<>(over.size());
          for (int u : over) {
            children.add(new Restriction(u, m, false, null));
          }
          lastKind = WEEK;
          return children;
        }
      }
      if (!clearTimes(units, assignment, FlexibleTimes.BRANCH_BUDGET)) {
        // flexible help with no start clear of the member's other help: one unit of a least set
        // without starts leaves this member (every plan that keeps the rules lacks one of them)
        List<Integer> least = new ArrayList<>(units);
        for (int i = least.size() - 1; i >= 0; i--) {
          int u = least.remove(i);
          if (clearTimes(least, assignment, FlexibleTimes.BRANCH_BUDGET)) {
            least.add(i, u);
          }
        }
        List<Restriction> children = new ArrayList<>(least.size());
        for (int u : least) {
          children.add(new Restriction(u, m, false, null));
        }
        lastKind = FLEXIBLE;
        return children;
      }
    }
    return null;
  }

  /** The earliest moment at which two of the units overlap, or {@code Long.MIN_VALUE}. */
  private long firstOverlap(List<Integer> units) {
    long best = Long.MIN_VALUE;
    for (int a = 0; a < units.size(); a++) {
      int ua = units.get(a);
      for (int b = a + 1; b < units.size(); b++) {
        int ub = units.get(b);
        for (int i = 0; i < batch.fixedFrom[ua].length; i++) {
          for (int j = 0; j < batch.fixedFrom[ub].length; j++) {
            long sa = batch.fixedFrom[ua][i];
            long sb = batch.fixedFrom[ub][j];
            if (sa < batch.fixedTo[ub][j] + bufferSeconds && sb < batch.fixedTo[ua][i] + bufferSeconds) {
              long point = Math.max(sa, sb);
              if (best == Long.MIN_VALUE || point < best) {
                best = point;
              }
            }
          }
        }
      }
    }
    return best;
  }

  /** Whether a unit is busy at a moment, travel buffer after each leg included. */
  private boolean busyAt(int unit, long point) {
    for (int i = 0; i < batch.fixedFrom[unit].length; i++) {
      if (batch.fixedFrom[unit][i] <= point && point < batch.fixedTo[unit][i] + bufferSeconds) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a member whose units have legs in other weeks than their node's: the units counting in a
   * week whose capacity they pass, or null.
   */
  private @Nullable List<Integer> overWeek(int member, List<Integer> units, int[] assignment) {
    Map<Instant, Long> seconds = new HashMap<>();
    Map<Instant, List<Integer>> who = new HashMap<>();
    for (int u : units) {
      int i = Arrays.binarySearch(batch.eligible[u], assignment[u]);
      Instant[] weeks = batch.legWeek[u][i];
      for (int leg = 0; leg < batch.legs[u].length; leg++) {
        Instant week = weeks == null ? batch.nodeWeek.get(assignment[u]) : weeks[leg];
        seconds.merge(week, batch.legSeconds[u][leg], Long::sum);
        List<Integer> list = who.computeIfAbsent(week, k -> new ArrayList<>());
        if (!list.contains(u)) {
          list.add(u);
        }
      }
    }
    for (Map.Entry<Instant, Long> week : new java.util.TreeMap<>(seconds).entrySet()) {
      if (batch.baseSeconds(member, week.getKey()) + week.getValue() > batch.capacitySeconds[member]) {
        return who.get(week.getKey());
      }
    }
    return null;
  }

  private long firstTime(int unit) {
    return batch.fixedFrom[unit].length == 0 ? Long.MIN_VALUE : batch.fixedFrom[unit][0];
  }
}
