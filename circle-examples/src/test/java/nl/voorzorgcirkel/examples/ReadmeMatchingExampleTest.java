package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.assignment.Unplaced;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's matching example, and checks the README shows exactly this code. */
class ReadmeMatchingExampleTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/examples/ReadmeMatchingExampleTest.java");

  @Test
  void theReadmeMatchingExampleRuns() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    LocalDate today = LocalDate.of(2026, 11, 26);
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = SampleCircles.lastMonth(circle, clock.instant());
    HelpRequest request = HelpRequest.builder()
        .id(RequestId.of("r-1"))
        .requester(MemberId.of("m-10"))
        .capability(Capability.SMALL_JOBS)
        .window(TimeWindow.flexibleWithinDays(today.plusDays(1), 6, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofHours(1))
        .createdAt(clock.instant())
        .build();
    List<HelpRequest> openRequests = List.of(request,
        request.toBuilder().id(RequestId.of("r-2")).capability(Capability.MEALS).build());

    // README-BEGIN
    CircleSnapshot snapshot = CircleSnapshot.of(circle, ledger, clock);
    Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
    List<RankedCandidate> askFirst = ranking.askFirst(); // the best two, each with its score parts
    String why = ranking.explain(Locale.forLanguageTag("nl")); // everyone, excluded members too

    AssignmentPlan plan = BatchAssignment.standard().plan(openRequests, snapshot);
    List<Assignment> assignments = plan.assignments();
    List<Unplaced> unplaced = plan.unplaced(); // each with the reason
    // README-END

    assertEquals(2, askFirst.size());
    assertTrue(why.startsWith("Vraag eerst voor r-1:"), why);
    assertEquals(2, assignments.size() + unplaced.size());
    assertTrue(assignments.size() >= 1);
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
