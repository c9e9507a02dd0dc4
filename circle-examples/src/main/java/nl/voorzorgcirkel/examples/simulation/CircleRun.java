package nl.voorzorgcirkel.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;

/**
 * One circle in one replication: a discrete-event simulation over the real model, lifecycle,
 * ledger and matching strategy. A pure function of the scenario, the circle index and its random
 * stream. Not thread-safe; one instance per task.
 */
final class CircleRun {

  private static final Duration WINDOW = Duration.ofDays(3);
  private static final int BUDGET = MatchingStrategies.DEFAULT_NOTIFICATION_BUDGET;

  private enum Kind { ARRIVAL, RECUR, RESPONSE, DONE, EXPIRE, MONTH, SAMPLE }

  /** An event; {@code time} is {@code at} in nanoseconds since 1970, compared without a pointer. */
  private record Event(Instant at, long time, long seq, Kind kind, int request, MemberId member,
      boolean yes) implements Comparable<Event> {
    @Override
    public int compareTo(Event other) {
      int c = Long.compare(time, other.time);
      return c != 0 ? c : Long.compare(seq, other.seq);
    }
  }

  private final Scenario scenario;
  private final int index;
  private final SplittableRandom random;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final Map<MemberId, Instant> busyUntil = new HashMap<>();
  private final List<RequestLifecycle> requests = new ArrayList<>();
  /** Per request: whom to ask, best first (an immutable list), and how many were asked so far. */
  private final List<List<MemberId>> queues = new ArrayList<>();
  private int[] asked = new int[64];
  private final List<Duration> durations = new ArrayList<>();
  /** What a recurring request files again a week later. */
  private record Repeat(MemberId requester, Capability capability, Duration duration,
      Urgency urgency, Duration window, Recurrence recurrence) {}

  /** Pending repeats; a RECUR event carries its index. */
  private final List<Repeat> repeats = new ArrayList<>();
  private final Instant start;
  private final Instant measureFrom;
  private final Instant end;
  private final MatchingStrategy strategy;
  private final CircleResult.Tally tally;
  /** Whether the result keeps every request and record, for checks; large runs keep figures only. */
  private final boolean keepDetails;
  private Circle circle;
  private HelpLedger ledger = HelpLedger.empty();
  private long seq;
  private int recruited;
  private int firstDayBelowMinimum = -1;
  private final List<Integer> sizes = new ArrayList<>();
  private final List<Integer> coverage = new ArrayList<>();
  private final List<Integer> vital = new ArrayList<>();
  private java.util.Set<Capability> coveredAtStart;
  private int firstDayLostCoverage = -1;
  /** The day {@link #dateOf} answered last, from its first instant to the next day's. */
  private LocalDate day;
  private Instant dayStart;
  private Instant dayEnd;

  CircleRun(Scenario scenario, int index, SplittableRandom random, boolean keepDetails) {
    this.scenario = scenario;
    this.index = index;
    this.random = random;
    this.keepDetails = keepDetails;
    this.start = scenario.start().atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant();
    this.measureFrom = start.plus(Duration.ofDays(scenario.warmupDays()));
    this.end = measureFrom.plus(Duration.ofDays(scenario.days()));
    this.tally = new CircleResult.Tally(measureFrom, end);
    this.strategy = MatchingStrategies.builder()
        .addRule((context, member) -> busyUntil.getOrDefault(member.id(), Instant.MIN).isAfter(context.snapshot().now())
            ? Optional.of(Exclusion.of(member.id(), "busy", Map.of())) : Optional.empty())
        .build();
  }

  CircleResult run() {
    circle = initialCircle();
    for (Member m : circle.members()) {
      scheduleArrival(m.id(), start);
    }
    if (scenario.dynamics()) {
      push(start.plus(Duration.ofDays(30)), Kind.MONTH, -1, null, false);
    }
    push(measureFrom, Kind.SAMPLE, -1, null, false);
    while (!events.isEmpty() && events.peek().at().isBefore(end)) {
      Event e = events.poll();
      switch (e.kind()) {
        case ARRIVAL:
          arrive(e);
          break;
        case RECUR:
          recur(e);
          break;
        case RESPONSE:
          respond(e);
          break;
        case DONE:
          done(e);
          break;
        case EXPIRE:
          expire(e);
          break;
        case SAMPLE:
          sample(e.at());
          break;
        default:
          month(e.at());
      }
    }
    return CircleResult.of(index, circle, tally, measureFrom, end, firstDayBelowMinimum, sizes,
        coverage, firstDayLostCoverage, vital, keepDetails ? List.copyOf(requests) : List.of(),
        keepDetails ? List.copyOf(ledger.records()) : List.of());
  }

  private Circle initialCircle() {
    int size = scenario.minMembers() + random.nextInt(scenario.maxMembers() - scenario.minMembers() + 1);
    Circle.Builder b = Circle.builder().id(CircleId.of("circle-" + index)).name("Circle " + index)
        .neighbourhood("simulated").founded(scenario.start());
    for (int i = 0; i < size; i++) {
      int age = scenario.youngest() + random.nextInt(scenario.oldest() - scenario.youngest() + 1);
      b.addMembers(newMember("c" + index + "-m" + i, age, i < 2 ? Role.CONNECTOR : Role.MEMBER, null));
    }
    return b.build();
  }

  private Member newMember(String id, int age, Role role, Vitality forced) {
    double u = random.nextDouble();
    Vitality vitality = forced != null ? forced
        : age >= 85 ? (u < 0.4 ? Vitality.DEPENDENT : u < 0.8 ? Vitality.SOME_LIMITATIONS : Vitality.VITAL)
        : age >= 75 ? (u < 0.15 ? Vitality.DEPENDENT : u < 0.5 ? Vitality.SOME_LIMITATIONS : Vitality.VITAL)
        : (u < 0.05 ? Vitality.DEPENDENT : u < 0.2 ? Vitality.SOME_LIMITATIONS : Vitality.VITAL);
    double offerChance = vitality == Vitality.VITAL ? 0.3 : vitality == Vitality.SOME_LIMITATIONS ? 0.15 : 0.0;
    Member.Builder b = Member.builder().id(MemberId.of(id)).displayName("Member " + id)
        .birthYear(scenario.start().getYear() - age)
        .home(GeoPoint.of(52.37 + random.nextDouble() * 0.008, 5.22 + random.nextDouble() * 0.012))
        .role(role).vitality(vitality).joined(scenario.start())
        .capacityPerWeek(Duration.ofMinutes(vitality == Vitality.VITAL ? 60 * (1 + random.nextInt(4))
            : vitality == Vitality.SOME_LIMITATIONS ? 60 * random.nextInt(3) : 0));
    for (Capability c : Capability.standard()) {
      if (random.nextDouble() < offerChance) {
        b.addCapabilities(CapabilityOffer.of(c));
      }
    }
    return b.build();
  }

  /** Requests per week of a member, by age and vitality (see {@link Scenario}). */
  private double weeklyRate(Member m, LocalDate on) {
    int age = m.ageIn(on);
    double base = age >= 85 ? 0.40 : age >= 75 ? 0.20 : 0.08;
    return base * (m.vitality() == Vitality.DEPENDENT ? 3.0 : m.vitality() == Vitality.SOME_LIMITATIONS ? 1.5 : 1.0);
  }

  private void scheduleArrival(MemberId id, Instant from) {
    Member m = circle.member(id).orElseThrow();
    double perMinute = weeklyRate(m, dateOf(from)) / (7 * 24 * 60);
    double minutes = -Math.log(1 - random.nextDouble()) / perMinute;
    if (minutes < Duration.between(from, end).toMinutes() + 1) {
      push(from.plus(Duration.ofMinutes((long) Math.ceil(minutes))), Kind.ARRIVAL, -1, id, false);
    }
  }

  private void arrive(Event e) {
    Member requester = circle.member(e.member()).orElseThrow();
    if (requester.status() == MemberStatus.LEFT) {
      return;
    }
    scheduleArrival(requester.id(), e.at());
    List<Capability> kinds = Capability.standard();
    Duration duration = Duration.ofMinutes(Math.min(8 * 60, Math.max(10, Math.round(60 * durationFactor()))));
    // urgency: 15 % for today, 25 % soon, the rest routine (an assumption); the window follows
    double u = random.nextDouble();
    Urgency urgency = u < 0.15 ? Urgency.TODAY : u < 0.40 ? Urgency.SOON : Urgency.ROUTINE;
    Duration window = urgency == Urgency.TODAY ? Duration.ofDays(1)
        : urgency == Urgency.SOON ? Duration.ofDays(2) : WINDOW;
    LocalDate today = dateOf(e.at());
    Recurrence recurrence = random.nextDouble() < scenario.recurringShare()
        ? Recurrence.weekly().until(today.plusWeeks(4 + random.nextInt(9))) : Recurrence.oneOff();
    file(requester, kinds.get(random.nextInt(kinds.size())), duration, urgency, window, recurrence, e.at());
  }

  /** Files a request and, for a recurring one, its next occurrence a week later. */
  private void file(Member requester, Capability capability, Duration duration, Urgency urgency,
      Duration window, Recurrence recurrence, Instant at) {
    HelpRequest request = HelpRequest.builder()
        .id(RequestId.of("c" + index + "-r" + requests.size()))
        .requester(requester.id())
        .capability(capability)
        .window(TimeWindow.flexible(at, at.plus(window.plus(duration))))
        .expectedDuration(duration)
        .urgency(urgency)
        .recurrence(recurrence)
        .createdAt(at)
        .build();
    int id = requests.size();
    if (recurrence.recurs()) {
      Instant next = at.plus(Duration.ofDays(7));
      // a week ahead: asked directly, so that the day kept for "now" stays
      if (!next.atZone(WeeklyAvailability.DEFAULT_ZONE).toLocalDate().isAfter(recurrence.until().orElseThrow())) {
        repeats.add(new Repeat(requester.id(), capability, duration, urgency, window, recurrence));
        push(next, Kind.RECUR, repeats.size() - 1, requester.id(), false);
      }
    }
    requests.add(RequestLifecycle.open(request));
    tally.filed(id, at);
    durations.add(duration);
    queues.add(List.of());
    if (id == asked.length) {
      asked = Arrays.copyOf(asked, id * 2);
    }
    rankAndAsk(id, at);
    push(request.window().end(), Kind.EXPIRE, id, null, false);
  }

  private void recur(Event e) {
    Repeat r = repeats.get(e.request());
    Member requester = circle.member(r.requester()).orElseThrow();
    if (requester.status() != MemberStatus.LEFT) {
      file(requester, r.capability(), r.duration(), r.urgency(), r.window(), r.recurrence(), e.at());
    }
  }

  /** A multiple of the 60-minute typical duration, from the scenario's distribution. */
  private double durationFactor() {
    switch (scenario.durations()) {
      case FIXED:
        return 1.0;
      case EXPONENTIAL:
        return -Math.log(1 - random.nextDouble());
      default:
        return Math.exp(0.5 * gaussian());
    }
  }

  private void rankAndAsk(int id, Instant now) {
    RequestLifecycle lifecycle = requests.get(id);
    // the order alone: the run asks in that order and needs no explanations
    queues.set(id, strategy.order(lifecycle.request(), CircleSnapshot.at(circle, ledger, now)));
    asked[id] = 0;
    askNext(id, now);
  }

  private void askNext(int id, Instant now) {
    List<MemberId> queue = queues.get(id);
    int from = asked[id];
    if (from == queue.size()) {
      return;
    }
    List<MemberId> ask = List.copyOf(queue.subList(from, Math.min(from + BUDGET, queue.size())));
    asked[id] = from + ask.size();
    requests.set(id, requests.get(id).ask(now, null, ask));
    for (MemberId helper : ask) {
      Instant answer = now.plus(Duration.ofMinutes(1 + (long) (-Math.log(1 - random.nextDouble()) * 180)));
      push(answer, Kind.RESPONSE, id, helper, random.nextDouble() < scenario.acceptProbability());
    }
  }

  private void respond(Event e) {
    RequestLifecycle lifecycle = requests.get(e.request());
    if (lifecycle.state().isFinal() || !lifecycle.pendingHelpers().contains(e.member())) {
      // a late answer to a request that is closed, or from someone no longer asked
      return;
    }
    Duration duration = durations.get(e.request());
    if (e.yes() && lifecycle.state() == RequestState.HELPERS_ASKED && canHelp(e.member(), e.at(), duration)) {
      requests.set(e.request(), lifecycle.accept(e.at(), e.member()));
      tally.accepted(e.request(),
          (e.at().getEpochSecond() - lifecycle.request().createdAt().getEpochSecond()) / 60);
      busyUntil.put(e.member(), e.at().plus(duration));
      push(e.at().plus(duration), Kind.DONE, e.request(), e.member(), false);
    } else {
      RequestLifecycle after = lifecycle.decline(e.at(), e.member());
      requests.set(e.request(), after);
      if (after.state() == RequestState.OPEN) {
        askNext(e.request(), e.at());
      }
    }
  }

  /**
   * Whether a member who says yes can help now: not busy, still in the circle, and within the
   * weekly capacity they set, counting the help already given this week.
   */
  private boolean canHelp(MemberId member, Instant at, Duration duration) {
    if (busyUntil.getOrDefault(member, Instant.MIN).isAfter(at)) {
      return false;
    }
    Member helper = circle.member(member).orElse(null);
    return helper != null && helper.status() != MemberStatus.LEFT
        && weekLoad(member, at).plus(duration).compareTo(helper.capacityPerWeek()) <= 0;
  }

  private void done(Event e) {
    RequestLifecycle done = requests.get(e.request()).complete(e.at(), durations.get(e.request()));
    requests.set(e.request(), done);
    HelpRecord record = done.toHelpRecord().orElseThrow();
    ledger = ledger.append(record);
    tally.done(e.request(), record);
  }

  private void expire(Event e) {
    RequestLifecycle lifecycle = requests.get(e.request());
    if (lifecycle.state() != RequestState.OPEN && lifecycle.state() != RequestState.HELPERS_ASKED) {
      return;
    }
    if (scenario.waitForHelp()) {
      // ask again, everyone eligible now, and look again in a day
      if (lifecycle.state() == RequestState.OPEN) {
        rankAndAsk(e.request(), e.at());
      }
      push(e.at().plus(Duration.ofDays(1)), Kind.EXPIRE, e.request(), null, false);
    } else {
      requests.set(e.request(), lifecycle.expire(e.at()));
      tally.expired(e.request());
    }
  }

  private void month(Instant now) {
    LocalDate today = dateOf(now);
    for (Member m : new ArrayList<>(circle.members())) {
      if (m.status() == MemberStatus.LEFT) {
        continue;
      }
      int age = m.ageIn(today);
      double yearly = age >= 80 ? 0.08 : 0.02;
      if (random.nextDouble() < monthly(yearly)) {
        circle = circle.withMember(m.toBuilder().status(MemberStatus.LEFT).pausedUntil(Optional.empty()).build());
        continue;
      }
      // vitality declines with age: an assumption, see Scenario
      double decline = m.vitality() == Vitality.VITAL ? (age >= 85 ? 0.15 : age >= 75 ? 0.08 : 0.03)
          : m.vitality() == Vitality.SOME_LIMITATIONS ? (age >= 85 ? 0.20 : age >= 75 ? 0.12 : 0.05) : 0;
      if (decline > 0 && random.nextDouble() < monthly(decline)) {
        boolean toDependent = m.vitality() == Vitality.SOME_LIMITATIONS;
        Duration capacity = toDependent ? Duration.ZERO
            : m.capacityPerWeek().compareTo(Duration.ofHours(2)) > 0 ? Duration.ofHours(2) : m.capacityPerWeek();
        circle = circle.withMember(m.toBuilder()
            .vitality(toDependent ? Vitality.DEPENDENT : Vitality.SOME_LIMITATIONS)
            .capacityPerWeek(capacity).build());
      }
    }
    int active = circle.membersOn(today).size();
    if (active < circle.policy().minSize()) {
      if (firstDayBelowMinimum < 0) {
        firstDayBelowMinimum = (int) Duration.between(start, now).toDays();
      }
      int age = 64 + random.nextInt(12);
      Member recruit = newMember("c" + index + "-n" + recruited++, age, Role.MEMBER, Vitality.VITAL)
          .toBuilder().joined(today).build();
      circle = circle.withMember(recruit);
      scheduleArrival(recruit.id(), now);
    }
    push(now.plus(Duration.ofDays(30)), Kind.MONTH, -1, null, false);
  }

  /**
   * Help a member gave in the calendar week (Monday to Monday) of an instant. A member who is free
   * has no help under way: help starts when accepted and the helper is busy until it is done.
   */
  private Duration weekLoad(MemberId member, Instant at) {
    return ledger.givenBy(member, CalendarWeeks.startOf(at, WeeklyAvailability.DEFAULT_ZONE),
        CalendarWeeks.endOf(at, WeeklyAvailability.DEFAULT_ZONE));
  }

  /** Records the circle's size and how many kinds of help its active helpers cover. */
  private void sample(Instant now) {
    LocalDate today = dateOf(now);
    List<Member> active = circle.membersOn(today);
    java.util.Set<Capability> covered = new java.util.HashSet<>();
    for (Member m : active) {
      if (!m.capacityPerWeek().isZero()) {
        m.capabilities().forEach(o -> covered.add(o.capability()));
      }
    }
    if (coveredAtStart == null) {
      coveredAtStart = covered;
    } else if (firstDayLostCoverage < 0 && !covered.containsAll(coveredAtStart)) {
      firstDayLostCoverage = (int) Duration.between(start, now).toDays();
    }
    sizes.add(active.size());
    coverage.add(covered.size());
    vital.add((int) active.stream().filter(m -> m.vitality() == Vitality.VITAL).count());
    push(now.plus(Duration.ofDays(30)), Kind.SAMPLE, -1, null, false);
  }

  /**
   * The local date of an instant. Events come in time order, so the day of the last question is
   * kept with its bounds and mostly the answer.
   */
  private LocalDate dateOf(Instant at) {
    if (day != null && !at.isBefore(dayStart) && at.isBefore(dayEnd)) {
      return day;
    }
    if (day != null && !at.isBefore(dayEnd)) {
      // mostly the next day: its start is known, only its end is new
      LocalDate next = day.plusDays(1);
      Instant nextEnd = next.plusDays(1).atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant();
      if (at.isBefore(nextEnd)) {
        day = next;
        dayStart = dayEnd;
        dayEnd = nextEnd;
        return day;
      }
    }
    day = at.atZone(WeeklyAvailability.DEFAULT_ZONE).toLocalDate();
    dayStart = day.atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant();
    dayEnd = day.plusDays(1).atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant();
    return day;
  }

  private static double monthly(double yearly) {
    return 1 - Math.pow(1 - yearly, 1.0 / 12);
  }

  private double gaussian() {
    // Box-Muller from the run's own stream
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private void push(Instant at, Kind kind, int request, MemberId member, boolean yes) {
    events.add(new Event(at, at.getEpochSecond() * 1_000_000_000L + at.getNano(), seq++, kind,
        request, member, yes));
  }
}
