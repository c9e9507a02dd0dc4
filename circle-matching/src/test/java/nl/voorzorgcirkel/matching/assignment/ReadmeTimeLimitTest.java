package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's call that bounds a batch plan's time, and checks the README shows it verbatim. */
class ReadmeTimeLimitTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/matching/assignment/ReadmeTimeLimitTest.java");

  @Test
  void theReadmesTimeLimitRunsAndChangesNothingOnAWeekProvenWithinIt() {
    BatchInstances.Instance week = BatchInstances.week(3, 12, 40);
    List<HelpRequest> requests = week.requests();
    CircleSnapshot snapshot = week.snapshot();

    // README-BEGIN
    BatchAssignment withinTwoSeconds = BatchAssignment.builder().timeLimit(Duration.ofSeconds(2)).build();
    AssignmentPlan plan = withinTwoSeconds.plan(requests, snapshot);
    // README-END

    // a week of 40 requests over 12 members that the search proves in milliseconds
    assertTrue(plan.isProvenOptimal());
    assertEquals(BatchAssignment.standard().plan(requests, snapshot).networkCost(), plan.networkCost(), 0.0);
  }

  @Test
  void theReadmeShowsThisCallVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
