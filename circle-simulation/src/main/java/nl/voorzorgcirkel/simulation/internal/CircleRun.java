package nl.voorzorgcirkel.simulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.asking.AskStep;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.SoftScores;
import nl.voorzorgcirkel.matching.fairness.FairnessMeasures;
import nl.voorzorgcirkel.simulation.internal.Streams.Source;
import nl.voorzorgcirkel.simulation.internal.Totals.Count;
import nl.voorzorgcirkel.simulation.internal.Totals.MonthlyCount;
import nl.voorzorgcirkel.simulation.scenario.AgeRate;
import nl.voorzorgcirkel.simulation.scenario.Behaviour;
import nl.voorzorgcirkel.simulation.scenario.Contact;
import nl.voorzorgcirkel.simulation.scenario.IntRange;
import nl.voorzorgcirkel.simulation.scenario.Policy;
import nl.voorzorgcirkel.simulation.scenario.Policy.Unhelped;
import nl.voorzorgcirkel.simulation.scenario.Population;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.VitalityBand;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One circle in one replication: a discrete-event simulation over the library's model (members,
 * circle), ledger and matching strategy, the strategy built from the scenario's policy. A pure
 * function of (scenario, replication, circle): its figures are added to the given totals and
 * nothing else is kept. Not thread-safe; one instance per run.
 *
 * <p>Requests are kept as numbers in arrays rather than as lifecycle values: the engine records
 * what the figures need and builds a {@link HelpRequest} only to rank it, and a {@link HelpRecord}
 * when help is done (the ledger the ranking reads).
 *
 * <p>With the policy's {@code askPlan} section, each request is asked through the library's own
 * {@link AskPlan} over the strategy's ranking (quiet hours, the urgent timeout, the weekly most asks
 * across the circle's requests, expiry at the last start): the engine only plays the members'
 * answers, as the behaviour says, and follows the plan's steps. Without it (the default) none of
 * this runs and the engine asks in its own rounds.
 *
 * <p>With a scenario's {@code contact} section, {@link ContactRun} plays contact and omkijken over
 * the finished run's ledger and members at its end; nothing in the run itself reads it.
 */
public final class CircleRun {

  private static final byte ARRIVAL = 0;
  private static final byte RECUR = 1;
  private static final byte RESPONSE = 2;
  private static final byte TIMEOUT = 3;
  private static final byte DONE = 4;
  private static final byte EXPIRE = 5;
  private static final byte TICK = 6;
  private static final byte SAMPLE = 7;
  /** The ask plan of a request wants to be advanced (policy.askPlan only). */
  private static final byte PLAN = 8;

  private static final byte WAITING = 0;
  private static final byte ACCEPTED = 1;
  private static final byte HELPED = 2;
  private static final byte EXPIRED = 3;

  private static final long WEEK = 7 * 86_400L;
  private static final long DAY = 86_400L;
  private static final List<Capability> KINDS = Capability.standard();
  private static final int ALL_KINDS = (1 << KINDS.size()) - 1;
  /** An offer of each standard kind, without limits: values, so every member can share them. */
  private static final List<CapabilityOffer> OFFERS =
      KINDS.stream().map(CapabilityOffer::of).collect(java.util.stream.Collectors.toUnmodifiableList());
  /** Most waiting requests a helper who finishes looks at in a queue. */
  private static final int QUEUE_SCAN = 64;

  /** What the runs of one design point share: the scenario and tables worked out once. */
  public static final class Model {
    final Scenario scenario;
    final Calendar calendar;
    final boolean queueing;
    final boolean capacityLimits;
    final Unhelped unhelped;
    final int budget;
    final long timeout;
    final double acceptance;
    final double fatigueBase;
    final double fatigueMemory;
    /** The logarithm of {@code fatigueBase}: a power as one exponential. */
    final double fatigueLog;
    final double[] leavingMonthly;
    final int[] leavingAges;
    final double[] toSomeMonthly;
    final int[] toSomeAges;
    final double[] toDependentMonthly;
    final int[] toDependentAges;
    final Duration capacityAfterDecline;
    final List<HardRule> rules;
    /** The scenario's contact section, or null without one. */
    final Contact contact;
    /** The agreements the ask plans obey under policy.askPlan, or null for the engine's own rounds. */
    final CircleAgreements agreements;

    /**
     * The shared part of a design point's runs.
     *
     * @param scenario the point's scenario, valid
     * @param calendar its calendar
     */
    public Model(Scenario scenario, Calendar calendar) {
      this.scenario = scenario;
      this.calendar = calendar;
      this.queueing = scenario.isQueueing();
      Policy policy = scenario.policy();
      this.capacityLimits = policy.hardRules().contains(Policy.Rule.WITHIN_CAPACITY);
      this.unhelped = policy.unhelped();
      this.budget = policy.notificationBudget();
      this.timeout = Math.max(1, Math.round(policy.answerTimeoutHours() * 3600));
      Behaviour b = scenario.behaviour();
      this.acceptance = b.acceptance().probability();
      this.fatigueBase = 1 - b.fatigue().lossPerRecentAsk();
      this.fatigueMemory = b.fatigue().memoryDays() * DAY;
      this.fatigueLog = Math.log(fatigueBase);
      Behaviour.Dynamics d = b.dynamics();
      this.leavingAges = ages(d.leavingPerYear());
      this.leavingMonthly = monthly(d.leavingPerYear());
      this.toSomeAges = ages(d.toSomeLimitationsPerYear());
      this.toSomeMonthly = monthly(d.toSomeLimitationsPerYear());
      this.toDependentAges = ages(d.toDependentPerYear());
      this.toDependentMonthly = monthly(d.toDependentPerYear());
      this.capacityAfterDecline = Duration.ofSeconds(Math.round(d.capacityAfterDeclineHours() * 3600));
      this.rules = policy.hardRules().stream().map(Policy.Rule::rule).collect(java.util.stream.Collectors.toList());
      this.contact = scenario.contact().orElse(null);
      this.agreements = policy.askPlanAgreements().orElse(null);
    }

    /**
     * The design point's scenario.
     *
     * @return the scenario
     */
    public Scenario scenario() {
      return scenario;
    }

    /**
     * The measured months.
     *
     * @return 1 or more
     */
    public int months() {
      return calendar.months();
    }

    private static int[] ages(List<AgeRate> table) {
      return table.stream().mapToInt(AgeRate::fromAge).toArray();
    }

    private static double[] monthly(List<AgeRate> table) {
      return table.stream().mapToDouble(r -> 1 - Math.pow(1 - r.value(), 1.0 / 12)).toArray();
    }

    /** The value of a banded table at an age. */
    static double at(int[] ages, double[] values, int age) {
      double v = values[0];
      for (int i = 0; i < ages.length && ages[i] <= age; i++) {
        v = values[i];
      }
      return v;
    }
  }

  private final Model model;
  private final Scenario scenario;
  private final Calendar cal;
  /** The circle, from 0, as the random streams and totals count it. */
  private final int index;
  /**
   * The start of every id this circle makes ({@code c2-m0}, {@code c2-r5}): the circle numbered from
   * 1, as its id ({@code circle-2}), name and every output name it (user test 14, L5).
   */
  private final String tag;
  private final int replication;
  private final Totals totals;
  private final SplittableRandom population;
  private final SplittableRandom demand;
  private final SplittableRandom durations;
  private final SplittableRandom dynamics;
  private final long responsesSeed;
  /** Exponential variates (mean 1) on the demand stream: the time to the next need. */
  private final ZigguratSampler.Exponential nextNeed;
  /** Exponential and standard normal variates on the durations stream. */
  private final ZigguratSampler.Exponential exponentialDuration;
  private final ZigguratSampler.NormalizedGaussian normalDuration;
  private final MatchingStrategy strategy;
  private final EventQueue events = new EventQueue();
  /**
   * The id every request of this circle run carries. A request here is a ranking's input, kept by
   * its number in the engine's arrays; the ranking never reads its id, and a new validated id per
   * request cost 5 % of a national run.
   */
  private final RequestId requestId;

  private Circle circle;
  private HelpLedger ledger = HelpLedger.empty();

  // members, by their number in the circle (in order of joining)
  private int memberCount;
  private Member[] members = new Member[32];
  private MemberId[] ids = new MemberId[32];
  private final Map<MemberId, Integer> number = new HashMap<>();
  private boolean[] left = new boolean[32];
  /**
   * Set only while {@link #anyoneEligible} ranks a request again without the busy rule: being busy
   * helping someone else is a moment's state, not a reason nobody in the circle is eligible.
   */
  private boolean busyIgnored;
  /** The day each member left, for contact and omkijken (null while in the circle). */
  private LocalDate[] leftOn = new LocalDate[32];
  private boolean[] asker = new boolean[32];
  private double[] rate = new double[32];
  private long[] busyUntil = new long[32];
  private double[] recentAsks = new double[32];
  private long[] lastAsk = new long[32];
  private int[] helpsReceived = new int[32];
  private int[] week = new int[32];
  private long[] weekSeconds = new long[32];
  private long[] loadSeconds = new long[32];
  private Exclusion[] busyExclusions = new Exclusion[32];
  /** The standard kinds of help each member offers, as bits in the catalogue's order. */
  private int[] offered = new int[32];
  private double totalRate;
  private int generation;
  private int recruited;

  // requests, by their number in filing order
  private int requestCount;
  private int[] requester = new int[64];
  private byte[] kind = new byte[64];
  private long[] duration = new long[64];
  private long[] created = new long[64];
  private long[] windowEnd = new long[64];
  private long[] need = new long[64];
  private byte[] state = new byte[64];
  private int[] month = new int[64];
  private int[] round = new int[64];
  private int[] next = new int[64];
  private int[] pending = new int[64];
  private int[][] order = new int[64][];
  private HelpRequest[] open = new HelpRequest[64];
  /** Under policy.askPlan, each waiting request's plan and the stamp of its latest check; else null. */
  private AskPlan[] plans;
  private int[] planStamp;
  /** Under policy.askPlan, the lifecycles of the requests with asks in the last 7 days, by number. */
  private Map<Integer, RequestLifecycle> askedThisWeek;
  private final AskTrace trace;
  /** Told the run's records at its end; null when nobody records (then no lifecycle is kept). */
  private final RunRecorder recorder;
  /** The life of each request, by request number, when recording. */
  private final List<RequestLifecycle> lives;
  private int needs;
  /** The measured month of the latest filing (filing times never decrease). */
  private int monthCursor;

  // recurring needs: requester, kind, duration, window, need number, weeks
  private int repeatCount;
  private int[] repeatRequester = new int[16];
  private byte[] repeatKind = new byte[16];
  private long[] repeatDuration = new long[16];
  private long[] repeatWindow = new long[16];
  private long[] repeatNeed = new long[16];
  private int[] repeatWeeks = new int[16];

  // the first-come-first-served queue of requests nobody could take (policy "queue")
  private int[] queue = new int[16];
  private int queueHead;
  private int queueTail;

  // figures of this circle
  private int waiting;
  private long waitingSince;
  private int helpers;
  private long capacityPerWeek;
  private long helpersSince;
  private int coveredAtStart = -1;
  private boolean belowMinimum;
  private int lostDay = -1;
  private long postedInPeriod;
  private long helpedInPeriod;
  private long expiredInPeriod;

  private CircleRun(Model model, int replication, int index, Totals totals, AskTrace trace) {
    this(model, replication, index, totals, trace, null);
  }

  private CircleRun(Model model, int replication, int index, Totals totals, AskTrace trace,
      RunRecorder recorder) {
    this.model = model;
    this.trace = trace;
    this.recorder = recorder;
    this.lives = recorder == null ? null : new ArrayList<>();
    if (model.agreements != null) {
      plans = new AskPlan[64];
      planStamp = new int[64];
      askedThisWeek = new LinkedHashMap<>();
    }
    this.scenario = model.scenario;
    this.cal = model.calendar;
    this.index = index;
    this.tag = "c" + (index + 1) + "-";
    this.replication = replication;
    this.totals = totals;
    long seed = scenario.experiment().seed();
    this.population = Streams.stream(seed, replication, index, Source.POPULATION);
    this.demand = Streams.stream(seed, replication, index, Source.DEMAND);
    this.durations = Streams.stream(seed, replication, index, Source.DURATIONS);
    this.dynamics = Streams.stream(seed, replication, index, Source.DYNAMICS);
    this.responsesSeed = Streams.seed(seed, replication, index, Source.RESPONSES);
    this.requestId = RequestId.of(tag + "request");
    UniformRandomProvider demandBits = demand::nextLong;
    UniformRandomProvider durationBits = durations::nextLong;
    this.nextNeed = ZigguratSampler.Exponential.of(demandBits);
    this.exponentialDuration = ZigguratSampler.Exponential.of(durationBits);
    this.normalDuration = ZigguratSampler.NormalizedGaussian.of(durationBits);
    Policy policy = scenario.policy();
    Policy.Weights w = policy.weights();
    this.strategy = MatchingStrategies.builder()
        .rules(model.rules)
        .addRule(new HardRule() {
          @Override
          public Optional<Exclusion> check(MatchContext context, Member member) {
            return isBusy(context, member) ? Optional.of(busyExclusion(member)) : Optional.empty();
          }

          @Override
          public boolean excludes(MatchContext context, Member member) {
            return isBusy(context, member);
          }
        })
        .score(SoftScores.distance(), w.distance())
        .score(SoftScores.familiarity(), w.familiarity())
        .score(SoftScores.slack(), w.slack())
        .score(SoftScores.capabilityFit(), w.capabilityFit())
        .fairness(policy.fairness().strategy().strategy(), w.fairness())
        .loadWindow(Duration.ofDays(policy.fairness().windowDays()))
        .notificationBudget(policy.notificationBudget())
        .build();
  }

  /**
   * Runs one circle of one replication and adds its figures.
   *
   * @param model the design point's shared part
   * @param replication the replication, from 0
   * @param index the circle, from 0
   * @param totals where the figures go
   */
  public static void run(Model model, int replication, int index, Totals totals) {
    new CircleRun(model, replication, index, totals, null).run();
  }

  /**
   * Runs one circle of one replication, adds its figures and tells a trace what was asked.
   *
   * @param model the design point's shared part
   * @param replication the replication, from 0
   * @param index the circle, from 0
   * @param totals where the figures go
   * @param trace told of every request, ask and answer
   */
  public static void run(Model model, int replication, int index, Totals totals, AskTrace trace) {
    new CircleRun(model, replication, index, totals, trace).run();
  }

  /**
   * Runs one circle of one replication, adds its figures and tells a recorder its circle, ledger
   * and the lives of its requests; the figures are the same as without recording.
   *
   * @param model the design point's shared part
   * @param replication the replication, from 0
   * @param index the circle, from 0
   * @param totals where the figures go
   * @param recorder told the records at the end
   */
  public static void run(Model model, int replication, int index, Totals totals, RunRecorder recorder) {
    new CircleRun(model, replication, index, totals, null, recorder).run();
  }

  /**
   * Records an event in the request's life; an Accepted by a member not asked is asked first.
   * Called only when recording: the callers check, so that a run without records does not build
   * the events (every ask, acceptance and help of a national year).
   */
  private void life(int r, RequestEvent event) {
    RequestLifecycle life = lives.get(r);
    HelpRequest request = life.request();
    if (event instanceof RequestEvent.Accepted && event.at().isAfter(request.window().end())) {
      // the keep-asking and queue policies keep a request open past its window, as a platform
      // that moves the window on would: record it so, for a lifecycle takes no yes after its window
      life = RequestLifecycle.replay(request.toBuilder().window(TimeWindow.flexible(request.window().start(),
          event.at().plus(request.expectedDuration()))).build(), life.events());
    }
    if (event instanceof RequestEvent.Accepted accepted && !life.pendingHelpers().contains(accepted.helper())) {
      life = life.apply(new RequestEvent.Asked(event.at(), Optional.empty(), List.of(accepted.helper())));
    }
    if (event instanceof RequestEvent.Asked asked && (life.pendingHelpers().containsAll(asked.helpers())
        || life.state().isFinal() || life.state() == RequestState.ACCEPTED)) {
      return; // asked again while waiting for their answer, or a plan's ask after it was settled
    }
    lives.set(r, life.apply(event));
  }

  /** The busy rule: a member who is helping now is not asked (unless {@link #busyIgnored}). */
  private boolean isBusy(MatchContext context, Member member) {
    return !busyIgnored && busyUntil[numberOf(member.id())] > context.snapshot().now().getEpochSecond();
  }

  private Exclusion busyExclusion(Member member) {
    int m = numberOf(member.id());
    if (busyExclusions[m] == null) {
      busyExclusions[m] = Exclusion.of(member.id(), "busy", Map.of());
    }
    return busyExclusions[m];
  }

  /** A member's number: the circle's member ids are the engine's own objects, so identity finds them. */
  private int numberOf(MemberId id) {
    for (int m = 0; m < memberCount; m++) {
      if (ids[m] == id) {
        return m;
      }
    }
    return number.get(id);
  }

  private void run() {
    populate();
    long start = cal.start;
    if (cal.ticks.length > 0) {
      push(cal.ticks[0], TICK, 0, 0, 0);
    }
    push(cal.monthBounds[0], SAMPLE, 0, 0, 0);
    helpersSince = start;
    waitingSince = start;
    rates(cal.startDate);
    Behaviour.RecurrenceMix recurrence = scenario.behaviour().recurrence();
    double expected = totalRate * (cal.end - start)
        * (1 + recurrence.share() * (recurrence.weeks().min() + recurrence.weeks().max()) / 2.0);
    grow((int) Math.min(1 << 20, Math.max(64, expected * 1.2)));
    scheduleArrival(start);
    simulate(start, cal.end - start);
    finish();
  }

  /**
   * The event loop, a method of its own and kept short: the JIT compiles it once for all circles,
   * and a compilation of {@link #run()} as a whole (with the population, the rates and the growth
   * of the arrays inlined) used up C2's node budget before the loop, so that the event list's
   * accessors and the handlers were called out of line ("NodeCountInliningCutoff"): the slow mode of
   * the national year. Each kind of event is handled by a method of its own.
   */
  private void simulate(long start, long endRel) {
    EventQueue events = this.events;
    while (!events.isEmpty() && events.peekTime() < endRel) {
      long now = start + events.poll();
      byte kind = events.kind();
      int a = events.a();
      int b = events.b();
      switch (kind) {
        case ARRIVAL:
          arrive(now);
          break;
        case RECUR:
          recur(a, b, now);
          break;
        case RESPONSE:
          respond(a, b, events.c() == 1, now);
          break;
        case TIMEOUT:
          timeout(a, b, now);
          break;
        case DONE:
          done(a, b, now);
          break;
        case EXPIRE:
          expire(a, now);
          break;
        case TICK:
          tick(a, now);
          break;
        case PLAN:
          plan(a, b, now);
          break;
        default:
          sample(a, now);
      }
    }
  }

  /** An answer timeout: the next round is asked if the request still waits in the same round. */
  private void timeout(int r, int askedRound, long now) {
    if (state[r] == WAITING && round[r] == askedRound) {
      askRound(r, now);
    }
  }

  /** A plan's next step, if the request still waits and the plan was not replaced since. */
  private void plan(int r, int stamp, long now) {
    if (state[r] == WAITING && planStamp[r] == stamp) {
      planStep(r, plans[r].advance(Instant.ofEpochSecond(now), circleAsks(now)), now);
    }
  }

  private void push(long at, byte kind, int a, int b, int c) {
    events.push(at - cal.start, kind, a, b, c);
  }

  // ---------------------------------------------------------------- population

  private void populate() {
    Population p = scenario.population();
    IntRange sizes = p.membersPerCircle();
    int size = scenario.isQueueing() ? sizes.min() : sizes.min() + population.nextInt(sizes.size());
    Circle.Builder b = Circle.builder().id(CircleId.of("circle-" + (index + 1))).name("Circle " + (index + 1))
        .neighbourhood("simulated").founded(cal.startDate);
    for (int i = 0; i < size; i++) {
      Member m;
      if (scenario.isQueueing()) {
        m = queueMember(i);
      } else {
        int age = p.age().min() + population.nextInt(p.age().size());
        m = newMember(tag + "m" + i, age, i < p.connectorsPerCircle() ? Role.CONNECTOR : Role.MEMBER,
            null, population, cal.startDate);
      }
      add(m, !scenario.isQueueing() || i == 0);
      b.addMembers(m);
    }
    circle = b.build();
  }

  /** Member 0 only asks; the others are identical helpers who offer everything. */
  private Member queueMember(int i) {
    Member.Builder b = Member.builder().id(MemberId.of(tag + "q" + i)).displayName("Member " + i)
        .birthYear(cal.startDate.getYear() - 70).home(GeoPoint.of(52.37, 5.22)).joined(cal.startDate)
        .capacityPerWeek(Duration.ofHours(40));
    if (i > 0) {
      b.addAllCapabilities(OFFERS);
    }
    return b.build();
  }

  private Member newMember(String id, int age, Role role, Vitality forced, SplittableRandom random,
      LocalDate joined) {
    Population p = scenario.population();
    double u = random.nextDouble();
    Vitality vitality = forced;
    if (vitality == null) {
      VitalityBand band = p.vitalityByAge().get(0);
      for (VitalityBand candidate : p.vitalityByAge()) {
        if (candidate.fromAge() <= age) {
          band = candidate;
        }
      }
      vitality = u < band.dependent() ? Vitality.DEPENDENT
          : u < band.dependent() + band.someLimitations() ? Vitality.SOME_LIMITATIONS : Vitality.VITAL;
    }
    IntRange hours = vitality == Vitality.VITAL ? p.capacityHoursPerWeek().vital()
        : vitality == Vitality.SOME_LIMITATIONS ? p.capacityHoursPerWeek().someLimitations()
        : p.capacityHoursPerWeek().dependent();
    double degrees = p.homeSpreadMetres() / 111_320.0;
    Member.Builder b = Member.builder().id(MemberId.of(id)).displayName("Member " + id)
        .birthYear(joined.getYear() - age) // the age on joining: a recruit of 60 is 60 when they join
        .home(GeoPoint.of(52.37 + random.nextDouble() * degrees,
            5.22 + random.nextDouble() * degrees / Math.cos(Math.toRadians(52.37))))
        .role(role).vitality(vitality).joined(joined)
        .capacityPerWeek(Duration.ofHours(hours.min() + random.nextInt(hours.size())));
    double offer = p.offerProbability().of(vitality);
    for (CapabilityOffer o : OFFERS) {
      if (random.nextDouble() < offer) {
        b.addCapabilities(o);
      }
    }
    return b.build();
  }

  private void add(Member m, boolean asks) {
    int i = memberCount++;
    if (i == members.length) {
      int n = i * 2;
      members = Arrays.copyOf(members, n);
      ids = Arrays.copyOf(ids, n);
      left = Arrays.copyOf(left, n);
      leftOn = Arrays.copyOf(leftOn, n);
      asker = Arrays.copyOf(asker, n);
      rate = Arrays.copyOf(rate, n);
      busyUntil = Arrays.copyOf(busyUntil, n);
      recentAsks = Arrays.copyOf(recentAsks, n);
      lastAsk = Arrays.copyOf(lastAsk, n);
      helpsReceived = Arrays.copyOf(helpsReceived, n);
      week = Arrays.copyOf(week, n);
      weekSeconds = Arrays.copyOf(weekSeconds, n);
      loadSeconds = Arrays.copyOf(loadSeconds, n);
      busyExclusions = Arrays.copyOf(busyExclusions, n);
      offered = Arrays.copyOf(offered, n);
    }
    members[i] = m;
    offered[i] = kinds(m);
    ids[i] = m.id();
    number.put(m.id(), i);
    asker[i] = asks;
    week[i] = -1;
  }

  /** Each member's rate of needs (per second) on a day, their sum, and the helpers present. */
  private void rates(LocalDate day) {
    Behaviour.Demand d = scenario.behaviour().demand();
    totalRate = 0;
    int helperCount = 0;
    long capacity = 0;
    for (int m = 0; m < memberCount; m++) {
      Member member = members[m];
      rate[m] = 0;
      if (left[m]) {
        continue;
      }
      if (asker[m]) {
        rate[m] = AgeRate.at(d.needsPerWeekByAge(), member.ageIn(day))
            * d.vitalityFactor().of(member.vitality()) / WEEK;
        totalRate += rate[m];
      }
      if (!member.capabilities().isEmpty() && !member.capacityPerWeek().isZero()) {
        helperCount++;
        capacity += member.capacityPerWeek().toSeconds();
      }
    }
    helpers = helperCount;
    capacityPerWeek = capacity;
  }

  /** Adds the helper-seconds and capacity since the last change, within the period. */
  private void helpersUntil(long now) {
    long seconds = overlap(helpersSince, now);
    totals.add(Count.HELPER_SECONDS, helpers * seconds);
    totals.add(Count.CAPACITY_SECONDS, Math.round((double) capacityPerWeek * seconds / WEEK));
    helpersSince = now;
  }

  private long overlap(long from, long to) {
    return Math.max(0, Math.min(to, cal.end) - Math.max(from, cal.measureFrom));
  }

  // ---------------------------------------------------------------- demand

  private void scheduleArrival(long now) {
    generation++;
    if (totalRate <= 0) {
      return;
    }
    long at = now + Math.round(nextNeed.sample() / totalRate);
    if (at < cal.end) {
      push(at, ARRIVAL, generation, 0, 0);
    }
  }

  private void arrive(long now) {
    if (events.a() != generation) {
      return; // drawn before the rates changed: a new arrival was drawn then
    }
    double pick = demand.nextDouble() * totalRate;
    int m = 0;
    for (int i = 0; i < memberCount; i++) {
      if (rate[i] > 0) {
        m = i;
        pick -= rate[i];
        if (pick < 0) {
          break;
        }
      }
    }
    Behaviour b = scenario.behaviour();
    byte k = (byte) demand.nextInt(KINDS.size());
    double urgency = demand.nextDouble();
    double recurring = demand.nextDouble();
    double reluctance = demand.nextDouble();
    Behaviour.UrgencyMix u = b.urgency();
    long window = (urgency < u.todayShare() ? u.todayWindowDays()
        : urgency < u.todayShare() + u.soonShare() ? u.soonWindowDays() : u.routineWindowDays()) * DAY;
    int weeks = b.recurrence().weeks().min() + demand.nextInt(b.recurrence().weeks().size());
    long seconds = duration(b.durations());
    long key = (long) needs++ * 64;
    scheduleArrival(now);
    boolean inPeriod = now >= cal.measureFrom;
    if (inPeriod) {
      totals.add(Count.NEEDS, 1);
    }
    Behaviour.Reluctance r = b.reluctance();
    double notPosted = r.initialShare() == r.familiarShare() ? r.initialShare()
        : r.familiarShare() + (r.initialShare() - r.familiarShare()) * Math.pow(0.5, helpsReceived[m] / r.helpsToHalve());
    if (reluctance < notPosted) {
      if (inPeriod) {
        totals.add(Count.NOT_POSTED, 1);
      }
      return;
    }
    file(m, k, seconds, window, key, now);
    if (recurring < b.recurrence().share()) {
      int i = repeatCount++;
      if (i == repeatRequester.length) {
        int n = i * 2;
        repeatRequester = Arrays.copyOf(repeatRequester, n);
        repeatKind = Arrays.copyOf(repeatKind, n);
        repeatDuration = Arrays.copyOf(repeatDuration, n);
        repeatWindow = Arrays.copyOf(repeatWindow, n);
        repeatNeed = Arrays.copyOf(repeatNeed, n);
        repeatWeeks = Arrays.copyOf(repeatWeeks, n);
      }
      repeatRequester[i] = m;
      repeatKind[i] = k;
      repeatDuration[i] = seconds;
      repeatWindow[i] = window;
      repeatNeed[i] = key;
      repeatWeeks[i] = weeks;
      push(now + WEEK, RECUR, i, 1, 0);
    }
  }

  /** How long help takes, in whole seconds, from the durations stream. */
  private long duration(Behaviour.Durations d) {
    double minutes;
    switch (d.distribution()) {
      case FIXED:
        minutes = d.typicalMinutes();
        break;
      case EXPONENTIAL:
        minutes = exponentialDuration.sample() * d.typicalMinutes();
        break;
      default:
        minutes = d.typicalMinutes() * Math.exp(d.sigma() * normalDuration.sample());
    }
    return Math.round(60 * Math.max(d.minMinutes(), Math.min(d.maxMinutes(), minutes)));
  }

  private void recur(int repeat, int occurrence, long now) {
    int m = repeatRequester[repeat];
    if (left[m]) {
      return;
    }
    file(m, repeatKind[repeat], repeatDuration[repeat], repeatWindow[repeat],
        repeatNeed[repeat] + occurrence, now);
    if (occurrence < repeatWeeks[repeat]) {
      push(now + WEEK, RECUR, repeat, occurrence + 1, 0);
    }
  }

  // ---------------------------------------------------------------- asking

  private void file(int m, byte k, long seconds, long window, long key, long now) {
    int r = requestCount++;
    if (r == requester.length) {
      grow(r * 2);
    }
    requester[r] = m;
    kind[r] = k;
    duration[r] = seconds;
    created[r] = now;
    windowEnd[r] = now + window + seconds;
    need[r] = key;
    state[r] = WAITING;
    round[r] = 0;
    while (monthCursor + 1 < cal.monthBounds.length - 1 && now >= cal.monthBounds[monthCursor + 1]) {
      monthCursor++;
    }
    month[r] = now < cal.measureFrom ? -1 : monthCursor;
    if (month[r] >= 0) {
      postedInPeriod++;
      totals.addMonthly(MonthlyCount.POSTED, month[r], 1);
    }
    waitingChange(now, 1);
    Urgency urgency = window <= DAY ? Urgency.TODAY : window <= 2 * DAY ? Urgency.SOON : Urgency.ROUTINE;
    Instant at = Instant.ofEpochSecond(now);
    open[r] = HelpRequest.builder()
        .id(plans == null ? requestId : RequestId.of(tag + "r" + r))
        .requester(ids[m])
        .capability(KINDS.get(k))
        .window(TimeWindow.flexible(at, Instant.ofEpochSecond(windowEnd[r])))
        .expectedDuration(Duration.ofSeconds(seconds))
        .urgency(urgency)
        .createdAt(at)
        .build();
    if (lives != null) {
      lives.add(RequestLifecycle.open(open[r]));
    }
    rank(r, at);
    if (month[r] >= 0 && !anyoneToAsk(order[r], m) && !anyoneEligible(r, at)) {
      totals.add(Count.NO_ELIGIBLE, 1);
    }
    if (trace != null) {
      trace.filed(r, open[r], circle, Arrays.stream(order[r]).mapToObj(i -> ids[i]).toList());
    }
    if (plans != null) {
      startPlan(r, now);
      return; // the plan expires the request itself, at its last start
    }
    askRound(r, now);
    if (model.unhelped != Unhelped.QUEUE) {
      push(windowEnd[r], EXPIRE, r, 0, 0);
    }
  }

  /**
   * Whether the strategy's order for a request names anyone but its requester: with nobody, no
   * member of the circle is eligible (none offers the kind of help, or every one who does is ruled
   * out), and the request can only expire or wait, unasked.
   */
  private static boolean anyoneToAsk(int[] order, int requester) {
    for (int m : order) {
      if (m != requester) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether anyone but the requester would be eligible for a request nobody can be asked about now
   * if nobody were busy helping: ranks it again without the busy rule, only when someone else is
   * busy at this moment (user test 8, L2: in the queueing mode every request that had to wait was
   * counted as having no eligible member). The order kept for asking stays the one with the rule.
   */
  private boolean anyoneEligible(int r, Instant now) {
    long second = now.getEpochSecond();
    boolean someoneBusy = false;
    for (int m = 0; m < memberCount && !someoneBusy; m++) {
      someoneBusy = m != requester[r] && !left[m] && busyUntil[m] > second;
    }
    if (!someoneBusy) {
      return false;
    }
    busyIgnored = true;
    try {
      return anyoneToAsk(ranked(r, now), requester[r]);
    } finally {
      busyIgnored = false;
    }
  }

  // ---------------------------------------------------------------- asking by the library's plan

  /** Builds the request's ask plan over the ranking (never the requester) and takes its first step. */
  private void startPlan(int r, long now) {
    List<MemberId> whom = new ArrayList<>(order[r].length);
    for (int m : order[r]) {
      if (m != requester[r]) {
        whom.add(ids[m]);
      }
    }
    plans[r] = AskPlan.builder(open[r], circle).order(whom).agreements(model.agreements).build();
    planStep(r, plans[r].advance(Instant.ofEpochSecond(now), circleAsks(now)), now);
  }

  /**
   * Follows a step of a request's plan: asks whom it asked (their answers come as the behaviour
   * says), ends the request if the plan expired it, and checks again when the plan wants.
   */
  private void planStep(int r, AskStep step, long now) {
    int before = plans[r].asked().size();
    AskPlan plan = step.plan();
    plans[r] = plan;
    if (plan.asked().size() > before) {
      askedThisWeek.put(r, plan.lifecycle());
      for (int i = before; i < plan.asked().size(); i++) {
        ask(r, numberOf(plan.asked().get(i)), now);
      }
    }
    if (plan.lifecycle().state() == RequestState.EXPIRED) {
      plans[r] = null;
      expired(r, now);
      return;
    }
    Optional<Instant> next = step.nextCheck();
    if (next.isPresent()) {
      Instant at = next.get();
      push(at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0), PLAN, r, ++planStamp[r], 0);
    }
  }

  /** An answer to a request's plan: a yes from a member who can help takes it; anything else is a no. */
  private void planAnswer(int r, int m, boolean yes, long now) {
    AskStep step = plans[r].answer(Instant.ofEpochSecond(now), ids[m], yes);
    if (yes) {
      askedThisWeek.put(r, step.plan().lifecycle());
      plans[r] = null;
      accept(r, m, now);
    } else {
      planStep(r, step, now);
    }
  }

  /**
   * The asks of the circle's requests in the 7 days up to now, for the weekly most asks across
   * plans; lifecycles whose last ask is older are let go.
   */
  private AskHistory circleAsks(long now) {
    Instant from = Instant.ofEpochSecond(now - WEEK);
    askedThisWeek.values().removeIf(lifecycle -> lastAsk(lifecycle).isBefore(from));
    return AskHistory.from(askedThisWeek.values());
  }

  private static Instant lastAsk(RequestLifecycle lifecycle) {
    List<RequestEvent> events = lifecycle.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof RequestEvent.Asked) {
        return events.get(i).at();
      }
    }
    return Instant.MIN;
  }

  private void grow(int n) {
    requester = Arrays.copyOf(requester, n);
    kind = Arrays.copyOf(kind, n);
    duration = Arrays.copyOf(duration, n);
    created = Arrays.copyOf(created, n);
    windowEnd = Arrays.copyOf(windowEnd, n);
    need = Arrays.copyOf(need, n);
    state = Arrays.copyOf(state, n);
    month = Arrays.copyOf(month, n);
    round = Arrays.copyOf(round, n);
    next = Arrays.copyOf(next, n);
    pending = Arrays.copyOf(pending, n);
    order = Arrays.copyOf(order, n);
    open = Arrays.copyOf(open, n);
    if (plans != null) {
      plans = Arrays.copyOf(plans, n);
      planStamp = Arrays.copyOf(planStamp, n);
    }
  }

  /** The strategy's order of whom to ask, as member numbers. */
  private void rank(int r, long now) {
    rank(r, Instant.ofEpochSecond(now));
  }

  /** {@link #rank(int, long)} at an instant the caller has already made (filing makes one for the request). */
  private void rank(int r, Instant now) {
    order[r] = ranked(r, now);
    next[r] = 0;
  }

  /** The strategy's order for a request at an instant, as member numbers. */
  private int[] ranked(int r, Instant now) {
    HelpRequest request = open[r];
    if (now.plus(request.expectedDuration()).isAfter(request.window().end())) {
      // the keep-asking and queue policies keep a request open past its window, as a platform
      // that moves the window on would: ranked so, for no help is ranked to start before now
      request = request.toBuilder().window(TimeWindow.flexible(now, now.plus(request.window().length()))).build();
    }
    List<MemberId> members = strategy.order(request, CircleSnapshot.at(circle, ledger, now));
    int[] o = new int[members.size()];
    for (int i = 0; i < o.length; i++) {
      o[i] = numberOf(members.get(i));
    }
    return o;
  }

  /** Asks the next members in the order; with nobody left to ask, the request waits. */
  private void askRound(int r, long now) {
    int[] o = order[r];
    int from = next[r];
    if (from >= o.length) {
      if (pending[r] == 0 && model.unhelped == Unhelped.QUEUE) {
        enqueue(r);
      }
      return;
    }
    int to = Math.min(from + model.budget, o.length);
    next[r] = to;
    round[r]++;
    for (int i = from; i < to; i++) {
      ask(r, o[i], now);
    }
    if (to < o.length) {
      push(now + model.timeout, TIMEOUT, r, round[r], 0);
    }
  }

  private void ask(int r, int m, long now) {
    double p = model.acceptance;
    if (model.fatigueBase < 1) {
      double recent = recentAsks[m] == 0 ? 0 : recentAsks[m] * Math.exp((lastAsk[m] - now) / model.fatigueMemory);
      if (recent > 0) {
        p *= Math.exp(recent * model.fatigueLog);
      }
      recentAsks[m] = recent + 1;
      lastAsk[m] = now;
    }
    Behaviour.AnswerDelay delay = scenario.behaviour().answerDelay();
    double u = Streams.answer(responsesSeed, need[r], m, 0);
    long after = Math.round(60 * (delay.minMinutes() - Math.log(1 - u) * delay.meanMinutes()));
    boolean yes = Streams.answer(responsesSeed, need[r], m, 1) < p;
    pending[r]++;
    if (lives != null) {
      life(r, new RequestEvent.Asked(Instant.ofEpochSecond(now), Optional.empty(), List.of(ids[m])));
    }
    if (month[r] >= 0) {
      totals.add(Count.ASKS, 1);
    }
    if (trace != null) {
      trace.asked(r, ids[m], now);
    }
    push(now + after, RESPONSE, r, m, yes ? 1 : 0);
  }

  private void respond(int r, int m, boolean yes, long now) {
    if (yes && month[r] >= 0) {
      totals.add(Count.YES, 1);
    }
    if (state[r] != WAITING) {
      return; // a late answer to a request that is taken or closed
    }
    pending[r]--;
    boolean takes = yes && canHelp(m, r, now);
    if (!takes && lives != null && lives.get(r).pendingHelpers().contains(ids[m])) {
      life(r, new RequestEvent.Declined(Instant.ofEpochSecond(now), ids[m]));
    }
    if (trace != null) {
      trace.answered(r, ids[m], takes, now);
    }
    if (plans != null) {
      planAnswer(r, m, takes, now);
    } else if (takes) {
      accept(r, m, now);
    } else if (pending[r] == 0) {
      askRound(r, now);
    }
  }

  /** Not busy, still in the circle, and (with capacity limits) within this week's capacity. */
  private boolean canHelp(int m, int r, long now) {
    if (left[m] || busyUntil[m] > now) {
      return false;
    }
    if (!model.capacityLimits) {
      return true;
    }
    long load = week[m] == cal.weekOf(now) ? weekSeconds[m] : 0;
    return load + duration[r] <= members[m].capacityPerWeek().toSeconds();
  }

  private void accept(int r, int m, long now) {
    if (lives != null) {
      life(r, new RequestEvent.Accepted(Instant.ofEpochSecond(now), ids[m]));
    }
    state[r] = ACCEPTED;
    waitingChange(now, -1);
    long end = now + duration[r];
    busyUntil[m] = end;
    totals.add(Count.BUSY_SECONDS, overlap(now, end));
    if (month[r] >= 0) {
      long wait = now - created[r];
      totals.add(Count.WAIT_SECONDS, wait);
      totals.addWait(wait);
      if (wait == 0) {
        totals.add(Count.TAKEN_AT_ONCE, 1);
      }
    }
    push(end, DONE, r, m, 0);
  }

  private void done(int r, int m, long now) {
    long seconds = duration[r];
    // the request's own expected duration is these seconds: the record shares it
    Duration effort = open[r] != null ? open[r].expectedDuration() : Duration.ofSeconds(seconds);
    state[r] = HELPED;
    open[r] = null;
    order[r] = null;
    long start = now - seconds;
    int who = requester[r];
    ledger = ledger.append(HelpRecord.of(ids[m], ids[who], KINDS.get(kind[r]),
        Instant.ofEpochSecond(start), effort));
    if (lives != null) {
      // a lifecycle's effort is 1 minute to 24 hours; the ledger keeps the seconds
      life(r, new RequestEvent.Done(Instant.ofEpochSecond(now), Optional.of(ids[m]),
          Duration.ofSeconds(Math.max(60, Math.min(86_400, seconds)))));
    }
    helpsReceived[who]++;
    if (month[r] >= 0) {
      helpedInPeriod++;
      totals.addMonthly(MonthlyCount.HELPED, month[r], 1);
    }
    if (start >= cal.measureFrom) {
      totals.add(Count.HELP_SECONDS, seconds);
      totals.addMonthly(MonthlyCount.HELP_SECONDS, cal.monthOf(start), seconds);
      loadSeconds[m] += seconds;
    }
    int w = cal.weekOf(start);
    if (w != week[m]) {
      closeWeek(m);
      week[m] = w;
      weekSeconds[m] = 0;
    }
    weekSeconds[m] += seconds;
    if (model.unhelped == Unhelped.QUEUE) {
      takeFromQueue(m, now);
    }
  }

  /** Counts a helper's week over capacity, if it lies in the period. */
  private void closeWeek(int m) {
    if (week[m] >= 0 && cal.weeks[week[m]] >= cal.measureFrom
        && weekSeconds[m] > members[m].capacityPerWeek().toSeconds()) {
      totals.add(Count.WEEKS_OVER_CAPACITY, 1);
    }
  }

  private void expire(int r, long now) {
    if (state[r] != WAITING) {
      return;
    }
    if (model.unhelped == Unhelped.KEEP_ASKING) {
      rank(r, now);
      askRound(r, now);
      push(now + DAY, EXPIRE, r, 0, 0);
      return;
    }
    expired(r, now);
  }

  /** Nobody took the request in time: it leaves the waiting. */
  private void expired(int r, long now) {
    if (lives != null) {
      life(r, new RequestEvent.Expired(Instant.ofEpochSecond(now),
          NextStep.suggestFor(lives.get(r).request(), strategy.vocabulary())));
    }
    state[r] = EXPIRED;
    open[r] = null;
    order[r] = null;
    waitingChange(now, -1);
    if (month[r] >= 0) {
      expiredInPeriod++;
    }
  }

  private void enqueue(int r) {
    if (queueTail == queue.length) {
      int live = queueTail - queueHead;
      if (queueHead > queue.length / 2) {
        System.arraycopy(queue, queueHead, queue, 0, live);
      } else {
        queue = Arrays.copyOf(queue, queue.length * 2);
        System.arraycopy(queue, queueHead, queue, 0, live);
      }
      queueHead = 0;
      queueTail = live;
    }
    queue[queueTail++] = r;
  }

  /**
   * A helper who finishes takes the oldest waiting request that the strategy, asked now, would
   * put them forward for (work-conserving first come, first served).
   */
  private void takeFromQueue(int m, long now) {
    while (queueHead < queueTail && state[queue[queueHead]] != WAITING) {
      queueHead++;
    }
    int looked = 0;
    for (int i = queueHead; i < queueTail && looked < QUEUE_SCAN; i++) {
      int r = queue[i];
      if (state[r] != WAITING) {
        continue;
      }
      looked++;
      rank(r, now);
      for (int candidate : order[r]) {
        if (candidate == m && canHelp(m, r, now)) {
          accept(r, m, now);
          if (i == queueHead) {
            queueHead++;
          }
          return;
        }
      }
    }
  }

  private void waitingChange(long now, int delta) {
    totals.add(Count.QUEUE_SECONDS, waiting * overlap(waitingSince, now));
    waitingSince = now;
    waiting += delta;
  }

  // ---------------------------------------------------------------- dynamics and samples

  private void tick(int i, long now) {
    helpersUntil(now);
    LocalDate today = cal.tickDates[i];
    Behaviour.Dynamics d = scenario.behaviour().dynamics();
    if (d.enabled()) {
      int active = 0;
      for (int m = 0; m < memberCount; m++) {
        if (left[m]) {
          continue;
        }
        Member member = members[m];
        int age = member.ageIn(today);
        if (dynamics.nextDouble() < Model.at(model.leavingAges, model.leavingMonthly, age)) {
          left[m] = true;
          leftOn[m] = today;
          change(m, member.toBuilder().status(MemberStatus.LEFT).pausedUntil(Optional.empty()).build());
          continue;
        }
        active++;
        double u = dynamics.nextDouble();
        if (member.vitality() == Vitality.VITAL
            && u < Model.at(model.toSomeAges, model.toSomeMonthly, age)) {
          Duration capacity = member.capacityPerWeek().compareTo(model.capacityAfterDecline) > 0
              ? model.capacityAfterDecline : member.capacityPerWeek();
          change(m, member.toBuilder().vitality(Vitality.SOME_LIMITATIONS).capacityPerWeek(capacity).build());
        } else if (member.vitality() == Vitality.SOME_LIMITATIONS
            && u < Model.at(model.toDependentAges, model.toDependentMonthly, age)) {
          change(m, member.toBuilder().vitality(Vitality.DEPENDENT).capacityPerWeek(Duration.ZERO).build());
        }
      }
      Policy.CircleSize limits = scenario.policy().circle();
      if (active < limits.minSize()) {
        belowMinimum = true;
        Behaviour.Recruitment recruitment = d.recruitment();
        for (int k = 0; recruitment.enabled() && k < recruitment.perMonth() && active < limits.maxSize(); k++) {
          int age = recruitment.age().min() + dynamics.nextInt(recruitment.age().size());
          Member recruit = newMember(tag + "n" + recruited++, age, Role.MEMBER, Vitality.VITAL,
              dynamics, today);
          add(recruit, true);
          circle = circle.withMember(recruit);
          active++;
        }
      }
    }
    rates(today);
    scheduleArrival(now);
    if (i + 1 < cal.ticks.length) {
      push(cal.ticks[i + 1], TICK, i + 1, 0, 0);
    }
  }

  /** What a platform's audit trail says of the memberships: each join and each leave, in time order. */
  private AuditTrail memberships() {
    List<AuditEntry> entries = new ArrayList<>();
    for (int m = 0; m < memberCount; m++) {
      entries.add(membership(m, members[m].joined(), "NONE", MemberStatus.ACTIVE.name()));
      if (leftOn[m] != null) {
        entries.add(membership(m, leftOn[m], MemberStatus.ACTIVE.name(), MemberStatus.LEFT.name()));
      }
    }
    entries.sort(java.util.Comparator.comparing(AuditEntry::at));
    return AuditTrail.of(entries);
  }

  /** A change of membership on a day, recorded by the circle's first member (a connector). */
  private AuditEntry membership(int m, LocalDate day, String before, String after) {
    return AuditEntry.builder().at(day.atStartOfDay(Calendar.ZONE).toInstant()).actor(ids[0])
        .subject(ids[m]).change(AuditChange.MEMBERSHIP).before(before).after(after).build();
  }

  private void change(int m, Member changed) {
    members[m] = changed;
    offered[m] = kinds(changed);
    circle = circle.withMember(changed);
  }

  private static int kinds(Member member) {
    int mask = 0;
    for (CapabilityOffer offer : member.capabilities()) {
      int k = KINDS.indexOf(offer.capability());
      if (k >= 0) {
        mask |= 1 << k;
      }
    }
    return mask;
  }

  /** At the start of a measured month: active members, kinds covered, vital members. */
  private void sample(int i, long now) {
    int active = 0;
    int vital = 0;
    int covered = 0;
    for (int m = 0; m < memberCount; m++) {
      if (left[m]) {
        continue;
      }
      Member member = members[m];
      active++;
      if (member.vitality() == Vitality.VITAL) {
        vital++;
      }
      if (!member.capacityPerWeek().isZero()) {
        covered |= offered[m];
      }
    }
    if (i + 1 < cal.months()) {
      push(cal.monthBounds[i + 1], SAMPLE, i + 1, 0, 0);
    }
    totals.addMonthly(MonthlyCount.SIZE, i, active);
    totals.addMonthly(MonthlyCount.VITAL, i, vital);
    totals.addMonthly(MonthlyCount.COVERAGE, i, Integer.bitCount(covered & ALL_KINDS));
    if (coveredAtStart < 0) {
      coveredAtStart = covered;
    } else if (lostDay < 0 && (covered & coveredAtStart) != coveredAtStart) {
      lostDay = (int) ((now - cal.measureFrom) / DAY);
    }
  }

  private void finish() {
    helpersUntil(cal.end);
    waitingChange(cal.end, 0);
    int active = 0;
    int n = 0;
    double[] loads = new double[memberCount];
    for (int m = 0; m < memberCount; m++) {
      closeWeek(m);
      if (!left[m]) {
        active++;
      }
      if (loadSeconds[m] > 0 || !left[m] && !members[m].capacityPerWeek().isZero()
          && !members[m].capabilities().isEmpty()) {
        loads[n++] = loadSeconds[m];
      }
    }
    totals.add(Count.CIRCLES, 1);
    totals.add(Count.POSTED, postedInPeriod);
    totals.add(Count.HELPED, helpedInPeriod);
    totals.add(Count.EXPIRED, expiredInPeriod);
    totals.add(Count.OPEN_AT_END, postedInPeriod - helpedInPeriod - expiredInPeriod);
    totals.add(Count.PERIOD_SECONDS, cal.end - cal.measureFrom);
    totals.add(Count.FINAL_SIZE, active);
    totals.add(Count.BELOW_MINIMUM, belowMinimum ? 1 : 0);
    if (lostDay >= 0) {
      totals.add(Count.LOSING_A_KIND, 1);
      totals.add(Count.DAYS_TO_LOSE, lostDay);
    }
    double[] helperLoads = Arrays.copyOf(loads, n);
    double sum = 0;
    for (double x : helperLoads) {
      sum += x;
    }
    if (sum > 0) {
      totals.add(Count.FAIRNESS_CIRCLES, 1);
      totals.add(Count.GINI, Math.round(FairnessMeasures.gini(helperLoads) * Totals.FIXED));
      totals.add(Count.JAIN, Math.round(FairnessMeasures.jain(helperLoads) * Totals.FIXED));
      totals.add(Count.MAX_OVER_MEAN, Math.round(FairnessMeasures.maxOverMean(helperLoads) * Totals.FIXED));
    }
    if (recorder != null) {
      recorder.finished(circle, ledger, List.copyOf(lives), memberships());
    }
    if (model.contact != null) {
      ContactRun.run(cal, model.contact, scenario.experiment().seed(), replication, index, members,
          leftOn, memberCount, circle, ledger, totals);
    }
  }
}
