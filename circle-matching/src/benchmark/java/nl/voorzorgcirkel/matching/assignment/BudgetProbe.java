package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.matching.benchmarks.ortools.CpSatModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.MipModel;
import nl.voorzorgcirkel.matching.benchmarks.ortools.PeerResult;
import nl.voorzorgcirkel.matching.benchmarks.ortools.WeekProblem;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * Not a benchmark and not a test (here, beside {@link OrToolsProbe}, because it needs OR-Tools,
 * which only the {@code benchmarks} profile has): a probe of what a user gets within a small budget. On {@link
 * BatchInstances#week} weeks it plans each week with our {@link BatchAssignment} under time limits
 * ({@code -Dlimits=}, milliseconds) and work limits ({@code -Dworks=}, work units), timing the
 * whole {@code plan()} call (ranking, batch, search, plan), and solves it with OR-Tools' SCIP, CBC
 * and CP-SAT with one worker under time limits ({@code -Dpeerlimits=}), each peer's time including
 * the ranking and batch it starts from and building its model, as {@code ExactPeerBenchmark}. It
 * prints per week and configuration the plan's placed count, objective, whether proven, the gap it
 * reports and its true gap: its total cost (unplaced penalties included) less the proven optimum,
 * which comes from our plan with the default limits or, where that is not proven, from SCIP
 * without a budget ({@code -Dreflimit=}, milliseconds); then a summary per configuration.
 *
 * <p>Arguments: {@code requests members firstSeed lastSeed} (default {@code 100 15 1 40}); {@code
 * -Dseeds=1,7} a list instead; {@code -Dfixed=true} every request at a set time; {@code
 * -Drepeats=} timed runs of ours per week and limit (interleaved: per week, each repeat runs every
 * limit in turn), {@code -Dwarm=from-to} the warm-up weeks (each planned with the default limits
 * once and with every limit {@code repeats} times, the peers once with each limit); {@code
 * -Dsplit=} the time limit of a run taken apart (ranking, batch, search with each clock reading of
 * the search logged, plan), 0 none, and {@code -Dtrace=true} prints those readings; {@code -Dpeers=SCIP,CBC,CPSAT1} (empty: none).
 */
final class BudgetProbe {

  /**
   * Per unit, costs that differ by less than this are equal: CP-SAT's optimum for costs rounded to
   * 10^-6 is within {@code 2 * 10^-6} per unit of the true one ({@link CpSatModel}).
   */
  private static final double TOLERANCE_PER_UNIT = 2e-6;

  private BudgetProbe() {}

  /** One plan's outcome under one configuration. */
  private record Outcome(boolean found, int placed, double objective, double cost, boolean proven, double reported,
      double trueGap, double millis) {}

  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int from = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int to = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    long[] seeds = System.getProperty("seeds") != null ? longs(System.getProperty("seeds"))
        : java.util.stream.LongStream.rangeClosed(from, to).toArray();
    boolean flexible = !Boolean.getBoolean("fixed");
    long[] limits = longs(System.getProperty("limits", "2,5,10,20,50"));
    long[] works = longs(System.getProperty("works", ""));
    long[] peerLimits = longs(System.getProperty("peerlimits", "5,50"));
    String peerList = System.getProperty("peers", "SCIP,CBC,CPSAT1");
    List<String> peers = peerList.isEmpty() ? List.of() : List.of(peerList.split(","));
    int repeats = Integer.getInteger("repeats", 5);
    long split = Long.getLong("split", 5);
    long referenceLimit = Long.getLong("reflimit", 120_000);
    String[] warm = System.getProperty("warm", "1001-1010").split("-");

    List<BatchAssignment> timed = new ArrayList<>();
    for (long l : limits) {
      timed.add(BatchAssignment.builder().timeLimit(Duration.ofMillis(l)).build());
    }
    List<BatchAssignment> worked = new ArrayList<>();
    for (long w : works) {
      worked.add(BatchAssignment.builder().workLimit(w).build());
    }
    System.out.printf("weeks %d x %d, %s, seeds %s; limits %s ms, works %s, peers %s at %s ms; repeats %d;"
        + " %d cores, JVM %s%n", requests, members, flexible ? "one in ten flexible" : "every request at a set time",
        Arrays.toString(seeds), Arrays.toString(limits), Arrays.toString(works), peers, Arrays.toString(peerLimits),
        repeats, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

    // warm-up on other weeks: every code path the measured runs take
    long warmStart = System.nanoTime();
    int warmRuns = 0;
    for (long seed = Long.parseLong(warm[0]); seed <= Long.parseLong(warm[warm.length - 1]); seed++) {
      BatchInstances.Instance w = BatchInstances.week(seed, members, requests, flexible);
      BatchAssignment.standard().plan(w.requests(), w.snapshot());
      warmRuns++;
      for (int r = 0; r < repeats; r++) {
        for (BatchAssignment b : timed) {
          b.plan(w.requests(), w.snapshot());
          warmRuns++;
        }
        for (BatchAssignment b : worked) {
          b.plan(w.requests(), w.snapshot());
          warmRuns++;
        }
      }
      if (split > 0) {
        split(w, split);
      }
      for (String peer : peers) {
        for (long l : peerLimits) {
          peer(peer, w, l);
          warmRuns++;
        }
      }
    }
    System.out.printf("warm-up: weeks %s, %d runs, %.1f s%n", String.join("-", warm), warmRuns,
        (System.nanoTime() - warmStart) / 1e9);

    // the proven optimum of each week
    double[] optimum = new double[seeds.length];
    int[] optimumPlaced = new int[seeds.length];
    System.out.println("reference: seed ours-default-cost placed proven gap ms | scip-cost placed proven ms | optimum");
    for (int s = 0; s < seeds.length; s++) {
      BatchInstances.Instance instance = BatchInstances.week(seeds[s], members, requests, flexible);
      long start = System.nanoTime();
      AssignmentPlan plan = BatchAssignment.standard().plan(instance.requests(), instance.snapshot());
      double ms = (System.nanoTime() - start) / 1e6;
      optimum[s] = plan.isProvenOptimal() ? plan.networkCost() : Double.NaN;
      optimumPlaced[s] = plan.isProvenOptimal() ? plan.assignments().size() : -1;
      String scip = "-";
      if (!plan.isProvenOptimal()) {
        WeekProblem problem = OrToolsWeeks.of(plan.batch());
        PeerResult r = MipModel.solve(problem, "SCIP", referenceLimit);
        scip = String.format("%.6f %d %s %.1f", r.cost(), r.placed(), r.proven(), r.millis());
        if (r.proven()) {
          optimum[s] = Math.min(r.cost(), plan.networkCost());
          optimumPlaced[s] = r.cost() < plan.networkCost() ? r.placed() : plan.assignments().size();
        }
      }
      System.out.printf("reference %d %.6f %d %s %.6f %.1f | %s | %.6f%n", seeds[s], plan.networkCost(),
          plan.assignments().size(), plan.isProvenOptimal(), plan.optimalityGap(), ms, scip, optimum[s]);
    }

    // ours under each time and work limit, interleaved
    List<List<Outcome>> oursTimed = new ArrayList<>();
    for (int i = 0; i < limits.length + works.length; i++) {
      oursTimed.add(new ArrayList<>());
    }
    int[] changing = new int[limits.length + works.length];
    System.out.println("ours: seed config repeat ms placed objective proven reported trueGap");
    for (int s = 0; s < seeds.length; s++) {
      BatchInstances.Instance instance = BatchInstances.week(seeds[s], members, requests, flexible);
      double[] firstCost = new double[limits.length + works.length];
      Arrays.fill(firstCost, Double.NaN);
      for (int r = 0; r < repeats; r++) {
        for (int i = 0; i < limits.length + works.length; i++) {
          BatchAssignment b = i < limits.length ? timed.get(i) : worked.get(i - limits.length);
          long start = System.nanoTime();
          AssignmentPlan plan = b.plan(instance.requests(), instance.snapshot());
          double ms = (System.nanoTime() - start) / 1e6;
          Outcome o = new Outcome(true, plan.assignments().size(), plan.objective(), plan.networkCost(),
              plan.isProvenOptimal(), plan.optimalityGap(), plan.networkCost() - optimum[s], ms);
          oursTimed.get(i).add(o);
          if (r == 0) {
            firstCost[i] = o.cost();
          } else if (Math.abs(o.cost() - firstCost[i]) > 1e-9) {
            changing[i]++;
            firstCost[i] = Double.NaN; // count a week once
          }
          System.out.printf("ours %d %s %d %.2f %d %.6f %s %.6f %.6f%n", seeds[s], label(i, limits, works), r, ms,
              o.placed(), o.objective(), o.proven(), o.reported(), o.trueGap());
        }
      }
    }

    // a run taken apart: where the time of plan() goes
    List<double[]> splits = new ArrayList<>();
    if (split > 0) {
      System.out.println("split: seed rank batch search plan total (ms) | clock reads, first read, longest between"
          + " reads, last read to return, past the deadline at return (ms) | work at the first read, work at return"
          + " (millions)");
      for (long seed : seeds) {
        double[] t = split(BatchInstances.week(seed, members, requests, flexible), split);
        splits.add(t);
        System.out.printf("split %d %.2f %.2f %.2f %.2f %.2f | %.0f %.2f %.2f %.2f %.2f | %.2f %.2f%n", seed, t[0],
            t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11]);
      }
    }

    // the peers under each limit
    List<List<Outcome>> peerOutcomes = new ArrayList<>();
    for (int i = 0; i < peers.size() * peerLimits.length; i++) {
      peerOutcomes.add(new ArrayList<>());
    }
    System.out.println("peer: seed solver limit ms(rank+build+solve) found placed objective proven reported trueGap status");
    for (int s = 0; s < seeds.length; s++) {
      BatchInstances.Instance instance = BatchInstances.week(seeds[s], members, requests, flexible);
      for (int p = 0; p < peers.size(); p++) {
        for (int l = 0; l < peerLimits.length; l++) {
          Object[] run = peer(peers.get(p), instance, peerLimits[l]);
          PeerResult r = (PeerResult) run[0];
          WeekProblem problem = (WeekProblem) run[1];
          double ms = (Double) run[2];
          boolean found = r.status().equals("OPTIMAL") || r.status().equals("FEASIBLE");
          double objective = found ? r.cost() - problem.unplacedCost * (problem.units - r.placed()) : Double.NaN;
          Outcome o = new Outcome(found, found ? r.placed() : 0, objective, found ? r.cost() : Double.NaN,
              r.proven(), !found ? Double.NaN : Math.abs(r.bound()) >= 1e19 ? Double.POSITIVE_INFINITY
                  : Math.max(0, r.objective() - r.bound()),
              found ? r.cost() - optimum[s] : Double.NaN, ms);
          peerOutcomes.get(p * peerLimits.length + l).add(o);
          System.out.printf("peer %d %s %d %.2f %s %d %.6f %s %.6f %.6f %s%n", seeds[s],
              peers.get(p), peerLimits[l], ms, found, o.placed(), objective, r.proven(), o.reported(), o.trueGap(),
              r.status());
        }
      }
    }

    System.out.println();
    System.out.println("| configuration | weeks optimal (true gap 0) | proven | fewer placed than the optimum |"
        + " reported gap median / max | true gap median / max | ms p50 / p99 / max | most past the limit (ms) |");
    System.out.println("|---|---:|---:|---:|---|---|---|---:|");
    for (int i = 0; i < limits.length + works.length; i++) {
      summary("ours, " + label(i, limits, works), oursTimed.get(i), optimumPlaced, seeds.length, repeats,
          i < limits.length ? limits[i] : -1, TOLERANCE_PER_UNIT * requests);
    }
    for (int p = 0; p < peers.size(); p++) {
      for (int l = 0; l < peerLimits.length; l++) {
        summary(peers.get(p) + ", " + peerLimits[l] + " ms", peerOutcomes.get(p * peerLimits.length + l),
            optimumPlaced, seeds.length, 1, peerLimits[l], TOLERANCE_PER_UNIT * requests);
      }
    }
    System.out.println("ours: weeks whose plan changed between repeats: " + labels(changing, limits, works));
    if (!splits.isEmpty()) {
      String[] names = {"rank", "batch", "search", "plan", "total", "clock reads", "first read", "longest between",
          "last read to return", "past deadline at return", "work at first read (10^6)", "work (10^6)"};
      StringBuilder line = new StringBuilder("split at " + split + " ms, median / max over the weeks:");
      for (int c = 0; c < names.length; c++) {
        double[] v = new double[splits.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = splits.get(i)[c];
        }
        Arrays.sort(v);
        line.append(String.format(" %s %.2f / %.2f;", names[c], v[(v.length - 1) / 2], v[v.length - 1]));
      }
      System.out.println(line);
    }
    int unknown = 0;
    for (double o : optimum) {
      unknown += Double.isNaN(o) ? 1 : 0;
    }
    System.out.println("weeks without a proven optimum (true gap unknown): " + unknown);
  }

  /**
   * One plan taken apart as {@code BatchAssignment.plan} makes it, with the standard settings and a
   * time limit: the ranking, the batch, the search (its clock readings logged) and the plan, in
   * milliseconds; then the clock readings: how many, the first after the search's start, the
   * longest between two, from the last to the search's return, and how far past the deadline the
   * search returned (all in milliseconds).
   */
  private static double[] split(BatchInstances.Instance instance, long limitMillis) {
    ScopePolicy policy = ScopePolicies.standard();
    MatchingStrategy strategy = MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0)
        .scopePolicy(policy).travelBuffer(HardRules.DEFAULT_TRAVEL_BUFFER).build();
    BatchAssignment.Settings settings = new BatchAssignment.Settings(null, policy,
        BatchAssignment.DEFAULT_LOAD_PENALTY, Integer.MAX_VALUE, HardRules.DEFAULT_TRAVEL_BUFFER);
    long[] reads = new long[1 << 16];
    long[] workAt = new long[1 << 16];
    int[] count = {0};
    ConflictSearch[] holder = new ConflictSearch[1];
    long t0 = System.nanoTime();
    List<HelpRequest> copy = List.copyOf(instance.requests());
    List<Ranking> rankings = new ArrayList<>(copy.size());
    ScopeDecision[] scope = new ScopeDecision[copy.size()];
    boolean[] referred = new boolean[copy.size()];
    for (int r = 0; r < copy.size(); r++) {
      ScopeDecision decision = policy.assess(copy.get(r));
      Ranking ranking = strategy.rank(copy.get(r), instance.snapshot());
      rankings.add(ranking);
      scope[r] = decision.isInScope() ? ranking.scope() : decision;
      referred[r] = !scope[r].isInScope();
    }
    long t1 = System.nanoTime();
    Batch batch = new Batch(copy, List.copyOf(rankings), referred, instance.snapshot());
    long t2 = System.nanoTime();
    ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
        BatchAssignment.DEFAULT_LOAD_PENALTY, HardRules.DEFAULT_TRAVEL_BUFFER.toSeconds(),
        BatchAssignment.DEFAULT_NODE_LIMIT, BatchAssignment.DEFAULT_WORK_LIMIT, limitMillis * 1_000_000, () -> {
          long now = System.nanoTime();
          if (count[0] < reads.length) {
            workAt[count[0]] = holder[0] == null ? 0 : holder[0].work();
            reads[count[0]++] = now;
          }
          return now;
        });
    holder[0] = search;
    ConflictSearch.Result result = search.solve();
    long t3 = System.nanoTime();
    new AssignmentPlan(settings, instance.snapshot(), batch, scope, search.root(), result, List.of(), false);
    long t4 = System.nanoTime();
    // reads[0] is the search's start (the deadline is set from it)
    long longest = 0;
    for (int i = 2; i < count[0]; i++) {
      longest = Math.max(longest, reads[i] - reads[i - 1]);
    }
    long deadline = reads[0] + limitMillis * 1_000_000;
    if (Boolean.getBoolean("trace")) {
      StringBuilder b = new StringBuilder("  reads (ms since the search's start, work in 10^6):");
      for (int i = 1; i < count[0]; i++) {
        b.append(String.format(" %.2f/%.3f", (reads[i] - reads[0]) / 1e6, workAt[i] / 1e6));
      }
      System.out.println(b.append(String.format("; return %.2f/%.3f", (t3 - reads[0]) / 1e6, search.work() / 1e6)));
    }
    return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t4 - t0) / 1e6,
        count[0] - 1, count[0] > 1 ? (reads[1] - reads[0]) / 1e6 : Double.NaN, longest / 1e6,
        (t3 - reads[count[0] - 1]) / 1e6, (t3 - deadline) / 1e6, count[0] > 1 ? workAt[1] / 1e6 : Double.NaN,
        search.work() / 1e6};
  }

  /** A peer's whole call, as {@code ExactPeerBenchmark}: rank and batch, build, solve. */
  private static Object[] peer(String id, BatchInstances.Instance instance, long limitMillis) {
    long start = System.nanoTime();
    WeekProblem problem = OrToolsWeeks.of(OrToolsWeeks.batchOf(instance.requests(), instance.snapshot()));
    PeerResult r = id.startsWith("CPSAT") ? CpSatModel.solve(problem, Integer.parseInt(id.substring(5)), limitMillis)
        : MipModel.solve(problem, id, limitMillis);
    return new Object[] {r, problem, (System.nanoTime() - start) / 1e6};
  }

  private static void summary(String name, List<Outcome> outcomes, int[] optimumPlaced, int weeks, int repeats,
      long limit, double tolerance) {
    // per week: the first repeat's plan decides the counts; the times are every repeat's
    int optimal = 0;
    int proven = 0;
    int fewer = 0;
    int none = 0;
    List<Double> reported = new ArrayList<>();
    List<Double> trueGaps = new ArrayList<>();
    double[] ms = new double[outcomes.size()];
    for (int i = 0; i < outcomes.size(); i++) {
      ms[i] = outcomes.get(i).millis();
    }
    for (int w = 0; w < weeks; w++) {
      Outcome o = outcomes.get(w * repeats);
      if (!o.found()) {
        none++;
        continue;
      }
      proven += o.proven() ? 1 : 0;
      reported.add(o.reported());
      if (!Double.isNaN(o.trueGap())) {
        trueGaps.add(Math.max(0, o.trueGap()));
        optimal += o.trueGap() <= tolerance ? 1 : 0;
        fewer += optimumPlaced[w] >= 0 && o.placed() < optimumPlaced[w] ? 1 : 0;
      }
    }
    Arrays.sort(ms);
    double past = limit < 0 ? Double.NaN : ms[ms.length - 1] - limit;
    System.out.printf("| %s | %d of %d%s | %d | %d | %s | %s | %.2f / %.2f / %.2f | %s |%n", name, optimal, weeks,
        none > 0 ? " (" + none + " no plan)" : "", proven, fewer, medianMax(reported), medianMax(trueGaps),
        ms[(ms.length - 1) / 2], ms[(int) Math.ceil(0.99 * ms.length) - 1], ms[ms.length - 1],
        Double.isNaN(past) ? "-" : String.format("%.2f", past));
  }

  private static String medianMax(List<Double> values) {
    if (values.isEmpty()) {
      return "-";
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format("%.4g / %.4g", v[(v.length - 1) / 2], v[v.length - 1]);
  }

  private static String label(int i, long[] limits, long[] works) {
    return i < limits.length ? limits[i] + " ms" : "work " + works[i - limits.length];
  }

  private static String labels(int[] counts, long[] limits, long[] works) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      b.append(label(i, limits, works)).append(": ").append(counts[i]).append("; ");
    }
    return b.toString();
  }

  private static long[] longs(String list) {
    return list.isBlank() ? new long[0] : Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
