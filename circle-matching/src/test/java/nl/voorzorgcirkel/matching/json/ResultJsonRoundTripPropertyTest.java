package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.LongFunction;
import nl.voorzorgcirkel.matching.ranking.AskStatus;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every result type round-trips through its JSON, and every document conforms to its
 * published schema, for random rankings, plans, health reports and formations (fixed seed, see
 * {@link Props}).
 */
class ResultJsonRoundTripPropertyTest {

  private static final ResultJson JSON = ResultJson.create();

  /**
   * The document conforms to its schema; reading it gives the same document; writing that again
   * gives the same text, byte for byte.
   */
  private static <D extends ResultDocument> void roundTrips(D document, Class<D> type) {
    String json = JSON.write(document);
    assertEquals(java.util.List.of(), Schemas.errors(type, json), json);
    D read = JSON.read(json, type);
    assertEquals(document, read, json);
    assertEquals(json, JSON.write(read));
  }

  private static <T> void property(String name, int examples, LongFunction<T> sample,
      java.util.function.Consumer<T> check) {
    Props.property(name, examples).forAll(longs().all()).checkAssert(seed -> check.accept(sample.apply(seed)));
  }

  @Test
  void rankingsRoundTripForEveryAudience() {
    int[] seen = new int[3];
    property("ranking-json-round-trip", 150, Samples::ranking, ranking -> {
      for (Audience audience : Audience.values()) {
        roundTrips(RankingDocument.of(ranking, audience), RankingDocument.class);
      }
      seen[0] += ranking.declined().size();
      seen[1] += ranking.isReferred() ? 1 : 0;
      seen[2] += (int) ranking.exclusions().stream().filter(e -> e.isPrivate()).count();
      // members see the decliners as "private" exclusions, not as candidates
      RankingDocument forMembers = RankingDocument.of(ranking, Audience.MEMBER);
      assertTrue(forMembers.candidates().stream().noneMatch(c -> c.askStatus() == AskStatus.DECLINED));
      assertEquals(ranking.candidates().size() + ranking.exclusions().size(),
          forMembers.candidates().size() + forMembers.exclusions().size());
    });
    assertTrue(seen[0] > 20 && seen[1] > 3 && seen[2] > 20, "too few declines, referrals or private reasons: "
        + java.util.Arrays.toString(seen));
  }

  @Test
  void plansRoundTripForEveryAudience() {
    int[] seen = new int[3];
    property("plan-json-round-trip", 60, Samples::plan, plan -> {
      for (Audience audience : Audience.values()) {
        roundTrips(AssignmentPlanDocument.of(plan, audience), AssignmentPlanDocument.class);
      }
      seen[0] += plan.assignments().size();
      seen[1] += plan.unplaced().size();
      seen[2] += plan.referrals().size();
    });
    assertTrue(seen[0] > 50 && seen[1] > 5 && seen[2] > 3, "too few assignments, unplaced or referrals: "
        + java.util.Arrays.toString(seen));
  }

  @Test
  void healthReportsRoundTrip() {
    int[] findings = new int[1];
    property("health-json-round-trip", 100, Samples::health, report -> {
      roundTrips(HealthReportDocument.of(report), HealthReportDocument.class);
      findings[0] += report.findings().size();
    });
    assertTrue(findings[0] > 100, "too few findings: " + findings[0]);
  }

  @Test
  void formationResultsRoundTrip() {
    int[] seen = new int[2];
    property("formation-json-round-trip", 30, Samples::formation, result -> {
      roundTrips(FormationDocument.of(result), FormationDocument.class);
      seen[0] += result.circles().size();
      seen[1] += result.notPlaced().size();
    });
    assertTrue(seen[0] > 30 && seen[1] > 0, "too few circles or candidates not placed: "
        + java.util.Arrays.toString(seen));
  }
}
