package nl.voorzorgcirkel.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

/** Valid values to start tests from. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private Fixtures() {}

  public static Member.Builder member(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .displayName("Member " + id)
        .birthYear(1950)
        .home(GeoPoint.coarse(52.379, 5.223))
        .joined(LocalDate.of(2025, 1, 1));
  }

  public static Circle.Builder circle(int size) {
    Circle.Builder builder = Circle.builder()
        .id(CircleId.of("c-1"))
        .name("Muziekwijk Noord")
        .neighbourhood("Muziekwijk")
        .founded(LocalDate.of(2025, 1, 1));
    for (int i = 0; i < size; i++) {
      builder.addMembers(member("m-" + i)
          .role(i < 2 ? Role.CONNECTOR : Role.MEMBER)
          .home(GeoPoint.of(52.379 + i * 0.0005, 5.223))
          .addCapabilities(CapabilityOffer.of(Capability.standard().get(i % 4)))
          .build());
    }
    return builder;
  }

  public static HelpRequest.Builder request(String id, String requester) {
    return HelpRequest.builder()
        .id(RequestId.of(id))
        .requester(MemberId.of(requester))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(3))))
        .expectedDuration(Duration.ofHours(1))
        .createdAt(NOW);
  }
}
