package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a window from {@code Instant.MIN} to {@code Instant.MAX}, or a snapshot at {@code
 * Instant.MIN}, made {@code rank} and {@code plan} throw {@code DateTimeException}. Such instants are
 * now refused where they enter, with a clear error, and the extremes that are accepted rank and plan.
 */
class ExtremeInstantsTest {

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

  @Test
  void aSnapshotOutsideTheYears1To9999IsRefusedWithAClearError() {
    Circle circle = Fixtures.circle(4).build();
    for (Instant now : List.of(Instant.MIN, Instant.MAX, FIRST.minusNanos(1))) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> CircleSnapshot.at(circle, HelpLedger.empty(), now));
      assertEquals("invalid value (1): CircleSnapshot.now: must lie in the years 1 to 9999", e.getMessage());
      assertTrue(e.message(Locale.forLanguageTag("nl")).contains("jaren 1 tot en met 9999"));
    }
  }

  @Test
  void theExtremesThatAreAcceptedRankAndPlan() {
    Circle circle = Fixtures.circle(6).build();
    HelpLedger ledger = HelpLedger.empty()
        .append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-0"), Capability.MEALS, FIRST, Duration.ofHours(1)))
        .append(HelpRecord.of(MemberId.of("m-2"), MemberId.of("m-0"), Capability.MEALS,
            LAST.minus(Duration.ofHours(2)), Duration.ofHours(1)));
    List<TimeWindow> windows = List.of(TimeWindow.flexible(FIRST, LAST), TimeWindow.fixed(FIRST, FIRST.plusSeconds(7200)),
        TimeWindow.fixed(LAST.minusSeconds(7200), LAST));
    for (Instant now : List.of(FIRST, LAST, Fixtures.NOW)) {
      CircleSnapshot snapshot = CircleSnapshot.at(circle, ledger, now);
      for (TimeWindow window : windows) {
        HelpRequest request = Fixtures.request("r-1", "m-0").createdAt(FIRST).window(window)
            .capability(Capability.standard().get(0)).build();
        Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
        assertEquals(6, ranking.candidates().size() + ranking.exclusions().size());
        AssignmentPlan plan = BatchAssignment.standard().plan(List.of(request), snapshot);
        assertEquals(1, plan.assignments().size() + plan.unplaced().size());
      }
    }
  }
}
