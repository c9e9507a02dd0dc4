package nl.voorzorgcirkel.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
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
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import org.junit.jupiter.api.Test;

/** Each rule a scenario names is the library's rule of that name. */
class PolicyRuleTest {

  private static Member member(String id, MemberStatus status) {
    Member.Builder b = Member.builder().id(MemberId.of(id)).displayName(id).birthYear(1950)
        .home(GeoPoint.coarse(52.379, 5.223)).joined(LocalDate.of(2025, 1, 1)).status(status)
        .capacityPerWeek(Duration.ofHours(1)).addCapabilities(CapabilityOffer.of(Capability.MEALS));
    if (status == MemberStatus.PAUSED) {
      b.pausedUntil(LocalDate.of(2027, 1, 1));
    }
    return b.build();
  }

  @Test
  void everyNamedRuleExcludesForItsOwnReason() {
    Instant now = Instant.parse("2026-11-26T09:00:00Z");
    Circle circle = Circle.builder().id(CircleId.of("c-1")).name("C").neighbourhood("N")
        .founded(LocalDate.of(2025, 1, 1))
        .addMembers(member("m-0", MemberStatus.ACTIVE), member("m-busy", MemberStatus.ACTIVE),
            member("m-left", MemberStatus.LEFT))
        .build();
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.of(MemberId.of("m-busy"), MemberId.of("m-0"),
        Capability.MEALS, now.minus(Duration.ofHours(2)), Duration.ofHours(1)));
    HelpRequest request = HelpRequest.builder().id(RequestId.of("r-1")).requester(MemberId.of("m-0"))
        .capability(Capability.MEALS).window(TimeWindow.flexible(now, now.plus(Duration.ofDays(2))))
        .expectedDuration(Duration.ofMinutes(30)).createdAt(now).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle, ledger, now);
    for (Policy.Rule rule : Policy.Rule.values()) {
      List<Exclusion> exclusions = MatchingStrategies.builder().rules(List.of(rule.rule())).build()
          .rank(request, snapshot).exclusions();
      Optional<String> code = exclusions.stream().map(Exclusion::code).findFirst();
      String expected = switch (rule) {
        case NOT_THE_REQUESTER -> "is-requester";
        case TAKES_PART -> "left-circle";
        case WITHIN_CAPACITY -> "at-capacity";
        default -> null;
      };
      if (expected != null) {
        assertEquals(Optional.of(expected), code, rule.name());
      }
    }
  }
}
