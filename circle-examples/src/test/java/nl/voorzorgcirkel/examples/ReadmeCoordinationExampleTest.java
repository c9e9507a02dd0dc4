package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.asking.AskStep;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.coordination.asking.Visibility;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.messaging.InMemoryMessagePort;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/** Runs the README's coordination example, and checks the README shows exactly this code. */
class ReadmeCoordinationExampleTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/examples/ReadmeCoordinationExampleTest.java");

  @Test
  void theReadmeCoordinationExampleRuns() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    LocalDate today = LocalDate.of(2026, 11, 26);
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = HelpLedger.empty();
    HelpRequest request = HelpRequest.builder()
        .id(RequestId.of("r-1"))
        .requester(MemberId.of("m-12"))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.flexibleWithinDays(today.plusDays(1), 2, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofHours(1))
        .createdAt(clock.instant())
        .build();
    InMemoryMessagePort port = new InMemoryMessagePort(); // a platform implements MessagePort

    // README-BEGIN
    AskPlan plan = AskPlan.builder(request, circle)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.of(circle, ledger, clock))
        .visibility(Visibility.connectorsOnly()) // asked privately: never posted in the group
        .agreements(CircleAgreements.standard()) // 2 at a time, 4 h to answer, quiet 21:00-08:00
        .area(Area.of("Lindenlaan"))             // a street; a house number is refused
        .build();
    // the platform's scheduler calls advance() at each step's nextCheck()
    AskStep step = plan.advance(clock);
    plan = step.sendTo(port);                    // "Kunt u ... boodschappen ... doen? Reageer bij de verbinder."
    List<CallEntry> calls = step.calls();        // members without a smartphone: a connector's call sheet
    // an answer comes in (a connector records one from a call with plan.recordCall(...))
    MemberId first = plan.asked().get(0);
    plan = plan.answer(clock.instant().plusSeconds(600), first, true).sendTo(port);
    // README-END

    assertEquals(RequestState.ACCEPTED, plan.lifecycle().state());
    assertTrue(port.groupChat().isEmpty());
    assertTrue(port.messages().get(0).text().endsWith("Reageer bij de verbinder."), port.messages().get(0).text());
    assertFalse(port.messages().isEmpty());
    List<MemberId> asked = plan.asked();
    assertEquals(List.of(), calls.stream().filter(c -> !asked.contains(c.member())).toList());
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
