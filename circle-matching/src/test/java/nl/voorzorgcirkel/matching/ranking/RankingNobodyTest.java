package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import org.junit.jupiter.api.Test;

/** An explanation with nobody to ask first says so, instead of a heading over nothing (user test 3, F17). */
class RankingNobodyTest {

  private static final String N = System.lineSeparator();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void nobodyEligibleIsSaidInEnglishAndDutch() {
    Exclusion cor = Exclusion.of(MemberId.of("m-3"), ExclusionReason.LACKS_CAPABILITY,
        Map.of("capability", Capability.MEALS));
    Ranking ranking = new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(), List.of(cor), 2);
    assertEquals("Nobody in the circle can take r-1." + N + "Cannot take it:" + N + "  m-3: does not offer meals" + N,
        ranking.explain(Locale.ENGLISH));
    assertEquals("Niemand in de cirkel kan r-1 oppakken." + N, new Ranking(RequestId.of("r-1"),
        ScopeDecision.inScope(), List.of(), List.of(), 2).explain(DUTCH));
  }

  @Test
  void nobodyNewToAskWhileTheBudgetIsTakenIsSaid() {
    RankedCandidate anna = new RankedCandidate(MemberId.of("m-1"), 1, 0.5, List.of(), Instant.parse("2026-12-01T09:00:00Z"),
        AskStatus.AWAITING_ANSWER);
    Ranking ranking = new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna), List.of(), 1);
    String english = ranking.explain(Audience.CONNECTOR, Locale.ENGLISH);
    assertEquals("Nobody new to ask now for r-1." + N + "Asked, no answer yet:" + N,
        english.substring(0, english.indexOf("  ")));
    assertEquals("Voor r-1 is nu niemand nieuw te vragen.", ranking.explain(DUTCH).lines().findFirst().orElseThrow());
  }
}
