package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.ExclusionReason;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A request whose time has passed (user test 5, H2) as JSON: connectors read the code {@code
 * too-late}; members read it as {@code "private"}, as the published v1 schemas list the codes
 * members may read, and both documents keep to their schema.
 */
class TooLateJsonTest {

  private static final ResultJson JSON = ResultJson.create();

  @Test
  void aRequestWhoseTimeHasPassedIsWrittenWithinTheV1Schemas() {
    Circle circle = Fixtures.circle(4).build();
    Instant start = Fixtures.NOW.minus(Duration.ofDays(2));
    HelpRequest past = Fixtures.request("r-past", "m-0")
        .window(TimeWindow.fixed(start, start.plus(Duration.ofHours(1))))
        .createdAt(start.minus(Duration.ofDays(1))).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), Fixtures.NOW);
    Ranking ranking = MatchingStrategies.standard().rank(past, snapshot);
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(past), snapshot);
    String connector = JSON.write(ranking, Audience.CONNECTOR);
    String member = JSON.write(ranking, Audience.MEMBER);
    assertTrue(connector.contains("\"too-late\""), connector);
    assertFalse(member.contains("too-late"), member);
    assertEquals(List.of(), Schemas.errors(RankingDocument.class, connector));
    assertEquals(List.of(), Schemas.errors(RankingDocument.class, member));
    String planForMembers = JSON.write(plan, Audience.MEMBER);
    assertEquals(List.of(), Schemas.errors(AssignmentPlanDocument.class, planForMembers));
    assertTrue(planForMembers.contains("\"too-late\""), "the unplaced code: " + planForMembers);
    assertEquals(List.of(), Schemas.errors(AssignmentPlanDocument.class, JSON.write(plan, Audience.CONNECTOR)));
  }

  /**
   * Too late is not private: members read it in words from the ranking, where a private reason is
   * left out; only the members' v1 document, whose closed list of codes came before it, writes it
   * as "private", the one listed code that is true of a request that is over.
   */
  @Test
  void membersReadTooLateInWordsAndTheV1DocumentAsTheOnlyTrueCodeItLists() {
    Circle circle = Fixtures.circle(4).build();
    Instant start = Fixtures.NOW.minus(Duration.ofHours(3));
    HelpRequest past = Fixtures.request("r-past", "m-0")
        .window(TimeWindow.fixed(start, start.plus(Duration.ofHours(1))))
        .createdAt(start.minus(Duration.ofDays(1))).build();
    Ranking ranking = MatchingStrategies.standard().rank(past, CircleSnapshot.at(circle, HelpLedger.empty(), Fixtures.NOW));
    assertFalse(ranking.exclusions().isEmpty());
    for (Exclusion e : ranking.exclusions()) {
      assertEquals(ExclusionReason.TOO_LATE.code(), e.code());
      assertFalse(e.isPrivate(), e.toString());
      assertEquals(e.message(Locale.ENGLISH), e.message(Audience.MEMBER, Locale.ENGLISH));
      assertTrue(e.message(Audience.MEMBER, Locale.forLanguageTag("nl")).startsWith("te laat"));
    }
    String explained = ranking.explain(Audience.MEMBER, Locale.ENGLISH);
    assertTrue(explained.contains(ranking.exclusions().get(0).member() + ": too late"), explained);
    RankingDocument member = RankingDocument.of(ranking, Audience.MEMBER);
    assertEquals(ranking.exclusions().size(), member.exclusions().size());
    assertTrue(member.exclusions().stream().allMatch(e -> e.code().equals(RankingDocument.PRIVATE)
        && e.figures().isEmpty()), member.toString());
  }
}
