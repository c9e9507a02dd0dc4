package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;

/** Random batch instances: a circle, a ledger of this month's help, and a week of requests. */
final class BatchInstances {

  record Instance(CircleSnapshot snapshot, List<HelpRequest> requests) {}

  private BatchInstances() {}

  /**
   * Members offer a few of four capabilities, mostly available in daytime, with 1 to 8 hours of
   * capacity; requests are one-off and flexible within the week.
   */
  static Instance instance(long seed, int memberCount, int requestCount) {
    return instance(seed, memberCount, requestCount, 8, 6);
  }

  /**
   * As above, with members' capacity 1 to {@code maxCapacityHours} hours and requests of 30 to
   * {@code 30 * maxHalfHours} minutes.
   */
  static Instance instance(long seed, int memberCount, int requestCount, int maxCapacityHours,
      int maxHalfHours) {
    return instance(seed, memberCount, requestCount, maxCapacityHours, maxHalfHours, false);
  }

  /**
   * As {@link #instance(long, int, int)}, with every request of one length (30 to 180 minutes,
   * drawn once): where counting requests is counting hours, so that the flow of units alone is
   * exact.
   */
  static Instance equalLengths(long seed, int memberCount, int requestCount) {
    return instance(seed, memberCount, requestCount, 8, 6, true);
  }

  private static Instance instance(long seed, int memberCount, int requestCount, int maxCapacityHours,
      int maxHalfHours, boolean equalLengths) {
    RandomModel random = new RandomModel(seed);
    Duration length = Duration.ofMinutes(30L * new RandomModel(seed + 7).between(1, maxHalfHours));
    List<Capability> kinds = Capability.standard().subList(0, 4);
    Circle.Builder circle = Fixtures.circle(0);
    for (int i = 0; i < memberCount; i++) {
      Member.Builder m = Fixtures.member("m-" + i)
          .capacityPerWeek(Duration.ofHours(random.between(1, maxCapacityHours)))
          .home(nl.voorzorgcirkel.core.model.GeoPoint.of(52.37 + random.between(0, 100) * 1e-4,
              5.22 + random.between(0, 100) * 1e-4));
      for (Capability kind : kinds) {
        if (random.chance(0.5)) {
          m.addCapabilities(CapabilityOffer.of(kind));
        }
      }
      if (random.chance(0.1)) {
        m.status(MemberStatus.LEFT);
      }
      circle.addMembers(m.build());
    }
    Circle built = circle.build();
    Instant now = Fixtures.NOW;
    HelpLedger ledger = HelpLedger.empty();
    // this week's help so far: up to one occasion per member, half an hour to two hours each
    for (int i = 0, n = memberCount < 2 ? 0 : random.between(0, memberCount); i < n; i++) {
      int helper = random.between(0, memberCount - 1);
      int recipient = (helper + random.between(1, memberCount - 1)) % memberCount;
      ledger = ledger.append(nl.voorzorgcirkel.core.ledger.HelpRecord.of(MemberId.of("m-" + helper),
          // a second of its own per record: a ledger refuses the same record twice
          MemberId.of("m-" + recipient), random.pick(kinds), now.minus(Duration.ofHours(random.between(1, 60))).minusSeconds(i),
          Duration.ofMinutes(30L * random.between(1, 4))));
    }
    List<HelpRequest> requests = new ArrayList<>();
    for (int r = 0; r < requestCount; r++) {
      requests.add(HelpRequest.builder()
          .id(RequestId.of("r-" + r))
          .requester(MemberId.of("m-" + random.between(0, memberCount - 1)))
          .capability(random.pick(kinds))
          .window(nl.voorzorgcirkel.core.model.TimeWindow.flexibleWithinDays(
              Fixtures.TODAY.plusDays(1), 3, WeeklyAvailability.DEFAULT_ZONE))
          .expectedDuration(equalLengths ? length : Duration.ofMinutes(30L * random.between(1, maxHalfHours)))
          .createdAt(now)
          .build());
    }
    return new Instance(CircleSnapshot.at(built, ledger, now), requests);
  }

  /**
   * A small batch whose requests mostly have fixed times that overlap: members 2 to 10 hours of
   * capacity, some of it used or promised already (a few commitments at set times), two kinds of
   * help, requests of 30 to 120 minutes starting on the half hour between 09:00 and 12:30 on one
   * or two days; now and then flexible, now and then two legs of one trip, and now and then on the
   * Sunday and Monday either side of a week boundary.
   */
  static Instance withTimes(long seed, int memberCount, int requestCount) {
    RandomModel random = new RandomModel(seed);
    List<Capability> kinds = Capability.standard().subList(0, 2);
    Circle.Builder circle = Fixtures.circle(0);
    for (int i = 0; i < memberCount; i++) {
      Member.Builder m = Fixtures.member("m-" + i)
          .capacityPerWeek(Duration.ofMinutes(60L * random.between(2, 10)))
          .home(nl.voorzorgcirkel.core.model.GeoPoint.of(52.37 + random.between(0, 100) * 1e-4,
              5.22 + random.between(0, 100) * 1e-4));
      for (Capability kind : kinds) {
        if (random.chance(0.8)) {
          m.addCapabilities(CapabilityOffer.of(kind));
        }
      }
      circle.addMembers(m.build());
    }
    Circle built = circle.build();
    // Sunday 29 November 2026 (the last day of a week) or Tuesday 1 December, 00:00 local
    java.time.ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    java.time.LocalDate firstDay = random.chance(0.3) ? java.time.LocalDate.of(2026, 11, 29)
        : java.time.LocalDate.of(2026, 12, 1);
    int days = random.chance(0.7) ? 1 : 2;
    Instant now = Fixtures.NOW;
    HelpLedger ledger = HelpLedger.empty();
    for (int i = 0, n = memberCount < 2 ? 0 : random.between(0, memberCount); i < n; i++) {
      int helper = random.between(0, memberCount - 1);
      int recipient = (helper + random.between(1, memberCount - 1)) % memberCount;
      ledger = ledger.append(nl.voorzorgcirkel.core.ledger.HelpRecord.of(MemberId.of("m-" + helper),
          // a second of its own per record: a ledger refuses the same record twice
          MemberId.of("m-" + recipient), random.pick(kinds), now.minus(Duration.ofHours(random.between(1, 60))).minusSeconds(i),
          Duration.ofMinutes(30L * random.between(1, 3))));
    }
    List<nl.voorzorgcirkel.core.commitment.Commitment> promised = new ArrayList<>();
    for (int i = 0, n = memberCount < 2 ? 0 : random.between(0, 2); i < n; i++) {
      int helper = random.between(0, memberCount - 1);
      Instant start = slot(random, firstDay, days, zone);
      promised.add(nl.voorzorgcirkel.core.commitment.Commitment.builder()
          .request(RequestId.of("c-" + i)).helper(MemberId.of("m-" + helper))
          .recipient(MemberId.of("m-" + ((helper + 1) % memberCount))).capability(random.pick(kinds))
          .window(nl.voorzorgcirkel.core.model.TimeWindow.fixed(start, start.plus(Duration.ofHours(1))))
          .duration(Duration.ofHours(1)).build());
    }
    List<HelpRequest> requests = new ArrayList<>();
    for (int r = 0; r < requestCount; r++) {
      Instant start = slot(random, firstDay, days, zone);
      Duration length = Duration.ofMinutes(30L * random.between(1, 4));
      HelpRequest.Builder b = HelpRequest.builder()
          .id(RequestId.of("r-" + r))
          .requester(MemberId.of("m-" + random.between(0, memberCount - 1)))
          .capability(random.pick(kinds))
          .window(random.chance(0.15)
              ? nl.voorzorgcirkel.core.model.TimeWindow.flexibleWithinDays(firstDay, days, zone)
              : nl.voorzorgcirkel.core.model.TimeWindow.fixed(start, start.plus(length)))
          .expectedDuration(length)
          .createdAt(now);
      if (r > 0 && random.chance(0.15)) {
        // the way back of the request before: same requester, later
        HelpRequest there = requests.get(r - 1);
        Instant back = there.window().start().plus(Duration.ofHours(random.between(2, 30)));
        b.requester(there.requester()).capability(there.capability())
            .window(nl.voorzorgcirkel.core.model.TimeWindow.fixed(back, back.plus(length)))
            .trip(nl.voorzorgcirkel.core.model.TripId.of("t-" + r));
        requests.set(r - 1, there.toBuilder().trip(nl.voorzorgcirkel.core.model.TripId.of("t-" + r)).build());
      }
      requests.add(b.build());
    }
    CircleSnapshot snapshot = CircleSnapshot.at(built, ledger, now)
        .withCommitments(nl.voorzorgcirkel.core.commitment.CommitmentBook.of(promised));
    return new Instance(snapshot, requests);
  }

  /**
   * {@link #withTimes}, with flexible help that has to find room: about two in five requests at a
   * set time become flexible within a window from 0 to 60 minutes before their set time to 0 to
   * 60 minutes after their end (so a member's flexible help meets their other help, and a window
   * may leave no start beside it); the others are as {@code withTimes} draws them.
   */
  static Instance withNarrowFlexible(long seed, int memberCount, int requestCount) {
    Instance base = withTimes(seed, memberCount, requestCount);
    RandomModel random = new RandomModel(seed ^ 0x5DEECE66DL);
    List<HelpRequest> requests = new ArrayList<>();
    for (HelpRequest r : base.requests()) {
      if (!r.window().flexible() && random.chance(0.4)) {
        Instant from = r.window().start().minus(Duration.ofMinutes(30L * random.between(0, 2)));
        Instant to = r.window().start().plus(r.expectedDuration()).plus(Duration.ofMinutes(30L * random.between(0, 2)));
        r = r.toBuilder().window(nl.voorzorgcirkel.core.model.TimeWindow.flexible(from, to)).build();
      }
      requests.add(r);
    }
    return new Instance(base.snapshot(), requests);
  }

  /** A start on the half hour between 09:00 and 12:30 on one of the days from {@code first}. */
  static Instant slot(RandomModel random, java.time.LocalDate first, int days, java.time.ZoneId zone) {
    return first.plusDays(random.between(0, days - 1)).atTime(9, 0).plusMinutes(30L * random.between(0, 7))
        .atZone(zone).toInstant();
  }

  /**
   * A week of requests at set times, for benchmarks: R requests over M members, four kinds of help
   * each member offers with probability 1/2, about one in ten members having left, capacity 1 to
   * 20 hours, requests of 30 to 90 minutes starting on the half hour between 09:00 and 16:30 from
   * Monday to Friday of the week after the snapshot's (so they overlap: about 2.5 requests at
   * once for 100 a week), one in ten flexible within its day; this week's help in the ledger and,
   * for one member in three, a promise at a set time in the planned week.
   */
  static Instance week(long seed, int memberCount, int requestCount) {
    return week(seed, memberCount, requestCount, true);
  }

  /**
   * {@link #week(long, int, int)}, or with {@code flexible} false the same week with every request
   * at its set time (the one in ten that would be flexible within its day keeps the start drawn
   * for it): the week issue 9's budget names, "fixed times and conflicts".
   */
  static Instance week(long seed, int memberCount, int requestCount, boolean flexible) {
    Instance drawn = instance(seed, memberCount, requestCount, 20, 3);
    RandomModel random = new RandomModel(seed + 1);
    java.time.ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);
    List<HelpRequest> requests = new ArrayList<>();
    for (HelpRequest r : drawn.requests()) {
      java.time.LocalDate day = monday.plusDays(random.between(0, 4));
      Instant start = day.atTime(9, 0).plusMinutes(30L * random.between(0, 15)).atZone(zone).toInstant();
      requests.add(r.toBuilder().window(random.chance(0.1) && flexible
          ? nl.voorzorgcirkel.core.model.TimeWindow.flexibleWithinDays(day, 1, zone)
          : nl.voorzorgcirkel.core.model.TimeWindow.fixed(start, start.plus(r.expectedDuration()))).build());
    }
    List<nl.voorzorgcirkel.core.commitment.Commitment> promised = new ArrayList<>();
    for (Member m : drawn.snapshot().circle().members()) {
      if (random.chance(1.0 / 3) && memberCount > 1 && !m.capabilities().isEmpty()) {
        Instant start = monday.plusDays(random.between(0, 4)).atTime(10, 0).atZone(zone).toInstant();
        promised.add(nl.voorzorgcirkel.core.commitment.Commitment.builder()
            .request(RequestId.of("c-" + m.id())).helper(m.id())
            .recipient(m.id().equals(MemberId.of("m-0")) ? MemberId.of("m-1") : MemberId.of("m-0"))
            .capability(m.capabilities().get(0).capability())
            .window(nl.voorzorgcirkel.core.model.TimeWindow.fixed(start, start.plus(Duration.ofHours(1))))
            .duration(Duration.ofHours(1)).build());
      }
    }
    return new Instance(drawn.snapshot().withCommitments(
        nl.voorzorgcirkel.core.commitment.CommitmentBook.of(promised)), requests);
  }
}
