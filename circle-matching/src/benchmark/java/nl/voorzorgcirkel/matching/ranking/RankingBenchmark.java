package nl.voorzorgcirkel.matching.ranking;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.benchmarks.timefold.Helper;
import nl.voorzorgcirkel.matching.benchmarks.timefold.Plan;
import nl.voorzorgcirkel.matching.benchmarks.timefold.PlanConstraints;
import nl.voorzorgcirkel.matching.benchmarks.timefold.Task;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking one request in a circle of 15 with full explanations, against Timefold's assignment
 * recommendation for the same request (same eligible helpers, same costs, existing month's tasks
 * in the solution).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingBenchmark {

  private HelpRequest request;
  private CircleSnapshot snapshot;
  private Circle circle;
  private HelpLedger ledger;
  private MatchingStrategy strategy;
  private SolutionManager<Plan, HardSoftScore> timefold;
  private CommitmentBook book;
  private AskHistory asks;
  private Plan plan;
  private Task newTask;

  @Setup(Level.Trial)
  public void setUp() {
    RandomModel random = new RandomModel(42);
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < 15; i++) {
      Member m = random.member(MemberId.of("m-" + i));
      Member.Builder b = m.toBuilder().status(MemberStatus.ACTIVE).pausedUntil(java.util.Optional.empty())
          .absences(List.of()).availability(WeeklyAvailability.daytime())
          .capacityPerWeek(Duration.ofHours(4));
      if (!m.offers(Capability.GROCERIES_AND_ERRANDS) && i % 4 != 0) {
        b.addCapabilities(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS));
      }
      builder.addMembers(b.build());
    }
    circle = builder.build();
    ledger = HelpLedger.empty();
    // a busy month: 120 occasions of help of 30 to 120 minutes among the 15 members
    for (int i = 0; i < 120; i++) {
      int helper = random.between(0, 14);
      int recipient = (helper + random.between(1, 14)) % 15;
      ledger = ledger.append(HelpRecord.of(MemberId.of("m-" + helper), MemberId.of("m-" + recipient),
          Capability.GROCERIES_AND_ERRANDS, Fixtures.NOW.minus(Duration.ofHours(random.between(1, 28 * 24))),
          Duration.ofMinutes(30L * random.between(1, 4))));
    }
    // what the circle promised and was asked for the coming days: 20 commitments at set times in
    // the request's window, 30 requests asked of two members each, a third of them declined
    java.time.LocalDate day = Fixtures.TODAY.plusDays(1);
    List<Commitment> promised = new ArrayList<>();
    List<RequestLifecycle> asked = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int a = random.between(1, 14);
      int b = 1 + (a % 14);
      java.time.Instant at = day.plusDays(random.between(0, 2)).atTime(9 + random.between(0, 7), 0)
          .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
      HelpRequest earlier = HelpRequest.builder().id(RequestId.of("r-" + i)).requester(MemberId.of("m-0"))
          .capability(Capability.GROCERIES_AND_ERRANDS)
          .window(TimeWindow.fixed(at, at.plus(Duration.ofMinutes(60))))
          .expectedDuration(Duration.ofMinutes(60)).createdAt(Fixtures.NOW.minus(Duration.ofDays(3))).build();
      RequestLifecycle lifecycle = RequestLifecycle.open(earlier)
          .ask(Fixtures.NOW.minus(Duration.ofDays(2)), null, List.of(MemberId.of("m-" + a), MemberId.of("m-" + b)));
      if (i % 3 == 0) {
        lifecycle = lifecycle.decline(Fixtures.NOW.minus(Duration.ofDays(1)), MemberId.of("m-" + a));
      }
      if (i < 20) {
        lifecycle = lifecycle.accept(Fixtures.NOW.minus(Duration.ofHours(20)), MemberId.of("m-" + b));
        promised.add(Commitment.from(lifecycle).orElseThrow());
      }
      asked.add(lifecycle);
    }
    book = CommitmentBook.of(promised);
    asks = AskHistory.from(asked);
    request = HelpRequest.builder().id(RequestId.of("r-new")).requester(MemberId.of("m-0"))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.flexibleWithinDays(Fixtures.TODAY.plusDays(1), 3, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofMinutes(60)).createdAt(Fixtures.NOW).build();
    strategy = MatchingStrategies.standard();
    snapshot = CircleSnapshot.at(circle, ledger, Fixtures.NOW);
    Ranking ranking = strategy.rank(request, snapshot);
    System.out.printf("%nranking: %d candidates, %d excluded%n", ranking.candidates().size(),
        ranking.exclusions().size());
    Ranking busy = strategy.rank(request, CircleSnapshot.at(circle, ledger, Fixtures.NOW)
        .withCommitments(book).withAskHistory(asks));
    System.out.printf("ranking with commitments: %d candidates, %d excluded (%d by a time conflict,"
        + " %d at capacity)%n", busy.candidates().size(), busy.exclusions().size(),
        busy.exclusions().stream().filter(e -> e.code().equals("time-conflict")).count(),
        busy.exclusions().stream().filter(e -> e.code().equals("at-capacity")).count());
    if (ranking.candidates().size() < 5) {
      throw new IllegalStateException("benchmark instance too small: " + ranking.candidates().size());
    }

    List<Helper> helpers = new ArrayList<>();
    Map<String, Helper> byId = new HashMap<>();
    for (Member m : circle.members()) {
      Helper h = new Helper(m.id().value());
      helpers.add(h);
      byId.put(h.getId(), h);
    }
    List<Task> tasks = new ArrayList<>();
    int n = 0;
    for (HelpRecord record : ledger.records()) {
      tasks.add(new Task("t-" + n++, (int) record.effort().toMinutes(),
          Map.of(record.helper().value(), 0), byId.get(record.helper().value())));
    }
    Map<String, Integer> costs = new HashMap<>();
    for (RankedCandidate c : ranking.candidates()) {
      costs.put(c.member().value(), (int) Math.round(1000 * (1 - c.score())));
    }
    newTask = new Task("t-new", 60, costs, null);
    tasks.add(newTask);
    plan = new Plan(helpers, tasks);
    SolverFactory<Plan> factory = SolverFactory.create(new SolverConfig()
        .withSolutionClass(Plan.class)
        .withEntityClasses(Task.class)
        .withConstraintProviderClass(PlanConstraints.class));
    timefold = SolutionManager.create(factory);
    List<RecommendedAssignment<Helper, HardSoftScore>> recommended =
        timefold.recommendAssignment(plan, newTask, Task::getHelper);
    if (recommended.isEmpty()) {
      throw new IllegalStateException("Timefold recommended nobody");
    }
  }

  /** Our ranking with a snapshot whose load periods are already computed (many requests, one snapshot). */
  @Benchmark
  public Ranking oursWarmSnapshot() {
    return strategy.rank(request, snapshot);
  }

  /** Our ranking with a new snapshot each time: includes reading the ledger. */
  @Benchmark
  public Ranking oursNewSnapshot() {
    return strategy.rank(request, CircleSnapshot.at(circle, ledger, Fixtures.NOW));
  }

  /** The order alone, without explanations, as a simulation asks for it (new snapshot each time). */
  @Benchmark
  public List<MemberId> oursOrderNewSnapshot() {
    return strategy.order(request, CircleSnapshot.at(circle, ledger, Fixtures.NOW));
  }

  /**
   * Our ranking with a new snapshot that sees 20 commitments and the asks of 30 requests: the
   * loads count promises, help starts move past them, fairness reads the asks.
   */
  @Benchmark
  public Ranking oursWithCommitments() {
    return strategy.rank(request, CircleSnapshot.at(circle, ledger, Fixtures.NOW)
        .withCommitments(book).withAskHistory(asks));
  }

  /** The order alone, with commitments and asks. */
  @Benchmark
  public List<MemberId> oursOrderWithCommitments() {
    return strategy.order(request, CircleSnapshot.at(circle, ledger, Fixtures.NOW)
        .withCommitments(book).withAskHistory(asks));
  }

  /** Timefold's recommendation API for the same request. */
  @Benchmark
  public List<RecommendedAssignment<Helper, HardSoftScore>> timefoldRecommendation() {
    return timefold.recommendAssignment(plan, newTask, Task::getHelper);
  }
}
