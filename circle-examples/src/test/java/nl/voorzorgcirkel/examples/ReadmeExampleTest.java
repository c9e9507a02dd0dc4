package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding example, and checks the README shows exactly this code. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() {
    // README-BEGIN
    Member anna = Member.builder()
        .id(MemberId.of("m-anna"))
        .displayName("Anna")
        .birthYear(1948)
        .home(GeoPoint.coarse(52.379, 5.223))
        .role(Role.CONNECTOR)
        .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
        .joined(LocalDate.of(2025, 3, 1))
        .build();
    Member bert = anna.toBuilder()
        .id(MemberId.of("m-bert"))
        .displayName("Bert")
        .capabilities(List.of(CapabilityOffer.of(Capability.SMALL_JOBS)))
        .build();
    Circle circle = Circle.builder()
        .id(CircleId.of("muziekwijk-1"))
        .name("Muziekwijk Noord")
        .neighbourhood("Muziekwijk")
        .addMembers(anna, bert)
        .founded(LocalDate.of(2025, 3, 1))
        .build();

    HelpRequest ride = HelpRequest.builder()
        .id(RequestId.of("r-1"))
        .requester(bert.id())
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.flexibleWithinDays(
            LocalDate.of(2026, 12, 1), 3, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofHours(2))
        .createdAt(java.time.Instant.parse("2026-11-26T09:00:00Z"))
        .build();

    ScopeDecision rideScope = ScopePolicies.standard().assess(ride);
    ScopeDecision washing = ScopePolicies.standard()
        .assess(ride.toBuilder().capability(Capability.of("washing")).build());
    System.out.println(rideScope.reason(Locale.ENGLISH));
    // the circle can take this request on
    System.out.println(washing.reason(Locale.forLanguageTag("nl")));
    // persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging
    // README-END

    assertTrue(rideScope.isInScope());
    assertEquals("the circle can take this request on", rideScope.reason(Locale.ENGLISH));
    assertFalse(washing.isInScope());
    assertEquals("persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging",
        washing.reason(Locale.forLanguageTag("nl")));
    assertEquals(2, circle.members().size());
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("src/test/java/nl/voorzorgcirkel/examples/ReadmeExampleTest.java"));
  }
}
