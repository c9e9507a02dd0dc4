package nl.voorzorgcirkel.matching.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;

/**
 * The weeks of user test 6 ({@code p1-platform}'s {@code Main2}), drawn as the tester drew them:
 * 15 members with 1 to 3.5 hours a week and 100 requests a week from {@code new Random(42)}, fixed
 * or flexible within 3 hours, 15 to 120 minutes long. Its week 1 gave the findings J1 (a larger
 * work limit, a plan with fewer requests placed) and J2 (two starts of one member at once).
 */
final class UserTestWeeks {

  record Week(CircleSnapshot snapshot, List<HelpRequest> requests) {}

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** Sunday 6 December 2026, 08:00 UTC. */
  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private UserTestWeeks() {}

  /**
   * The tester's week {@code week} (0 or 1): the same random numbers in the same order as {@code
   * Main2}, which drew the members, then week 0's requests, then week 1's.
   */
  static Week week(int week) {
    return week(42, week, 100);
  }

  /** As {@link #week(int)}, from another seed and with another number of requests a week. */
  static Week week(long seed, int week, int count) {
    Random rnd = new Random(seed);
    List<Member> members = new ArrayList<>();
    Capability[] caps = {Capability.RIDE_BY_CAR, Capability.GROCERIES_AND_ERRANDS, Capability.SMALL_JOBS};
    for (int i = 1; i <= 15; i++) {
      Member.Builder b = Member.builder().id(MemberId.of(String.format("m-%02d", i))).displayName("M" + i)
          .birthYear(1945 + i)
          .home(GeoPoint.coarse(52.37 + rnd.nextInt(20) / 1000.0, 5.22 + rnd.nextInt(20) / 1000.0))
          .joined(LocalDate.of(2025, 3, 1)).capacityPerWeek(Duration.ofMinutes(60 + 30 * rnd.nextInt(6)))
          .role(i <= 2 ? Role.CONNECTOR : Role.MEMBER);
      for (Capability c : caps) {
        if (rnd.nextInt(3) > 0) {
          b.addCapabilities(CapabilityOffer.of(c));
        }
      }
      members.add(b.build());
    }
    Circle circle = Circle.builder().id(CircleId.of("big")).name("Big").neighbourhood("X").members(members)
        .founded(LocalDate.of(2025, 3, 1)).build();
    CircleSnapshot snapshot = CircleSnapshot.of(circle, HelpLedger.empty(), Clock.fixed(NOW, ZONE));
    List<HelpRequest> requests = new ArrayList<>();
    for (int w = 0; w <= week; w++) {
      requests.clear();
      LocalDate monday = LocalDate.of(2026, 12, 7);
      for (int k = 0; k < count; k++) {
        int day = rnd.nextInt(7);
        int hour = 9 + rnd.nextInt(7);
        int len = 15 * (1 + rnd.nextInt(8));
        Instant s = monday.plusDays(day).atTime(hour, 0).atZone(ZONE).toInstant();
        boolean flex = rnd.nextBoolean();
        TimeWindow window = flex ? TimeWindow.flexible(s, s.plus(Duration.ofHours(3)))
            : TimeWindow.fixed(s, s.plus(Duration.ofMinutes(len)));
        requests.add(HelpRequest.builder().id(RequestId.of(String.format("r-%d-%03d", w, k)))
            .requester(members.get(rnd.nextInt(15)).id()).capability(caps[rnd.nextInt(3)]).window(window)
            .expectedDuration(Duration.ofMinutes(len)).createdAt(NOW).build());
      }
    }
    return new Week(snapshot, List.copyOf(requests));
  }
}
