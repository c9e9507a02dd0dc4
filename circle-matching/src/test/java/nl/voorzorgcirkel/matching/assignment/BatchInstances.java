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
    RandomModel random = new RandomModel(seed);
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
          MemberId.of("m-" + recipient), random.pick(kinds), now.minus(Duration.ofHours(random.between(1, 60))),
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
          .expectedDuration(Duration.ofMinutes(30L * random.between(1, maxHalfHours)))
          .createdAt(now)
          .build());
    }
    return new Instance(CircleSnapshot.at(built, ledger, now), requests);
  }
}
