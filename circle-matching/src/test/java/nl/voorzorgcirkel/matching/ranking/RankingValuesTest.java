package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The ranking's value types with known values: scores, parts, equality and texts. */
class RankingValuesTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");
  private static final Instant START = Fixtures.NOW;

  private static final ScorePart DISTANCE = new ScorePart("distance", 0.25, 0.8, 0.2, Map.of("distanceMetres", 400L));
  private static final ScorePart FAIRNESS = new ScorePart("fairness", 0.75, 0.4, 0.3, Map.of("loadMinutes", 30L,
      "windowDays", 28L));

  /**
   * Equal to its copy with the same hash; unequal to each variant (which hashes differently), to null
   * and to another type.
   */
  static void assertValueSemantics(Object value, Object copy, Object... variants) {
    assertEquals(value, copy);
    assertEquals(value.hashCode(), copy.hashCode());
    assertEquals(value.toString(), copy.toString());
    assertNotEquals(value, null);
    assertNotEquals(value, "another type");
    for (Object variant : variants) {
      assertNotEquals(value, variant, () -> "equal to " + variant);
      assertNotEquals(variant, value);
      assertNotEquals(value.hashCode(), variant.hashCode(), () -> "the same hash as " + variant);
    }
  }

  @Test
  void aScorePartKeepsItsFiguresAndExplainsItself() {
    assertEquals(0.25, DISTANCE.weight());
    assertEquals(0.8, DISTANCE.value());
    assertEquals(0.2, DISTANCE.contribution());
    assertEquals(Map.of("distanceMetres", 400L), DISTANCE.figures());
    assertEquals("400 m away (+0.20)", DISTANCE.explain(Locale.ENGLISH));
    assertEquals("400 m verderop (+0,20)", DISTANCE.explain(DUTCH));
    assertEquals("seniority {years=3} (+0.10)",
        new ScorePart("seniority", 0.1, 1, 0.1, Map.of("years", 3)).explain(Locale.ENGLISH));
    assertEquals("distance=0.800*0.25", DISTANCE.toString());
    assertValueSemantics(DISTANCE, new ScorePart("distance", 0.25, 0.8, 0.2, Map.of("distanceMetres", 400L)),
        new ScorePart("slack", 0.25, 0.8, 0.2, Map.of("distanceMetres", 400L)),
        new ScorePart("distance", 0.5, 0.8, 0.2, Map.of("distanceMetres", 400L)),
        new ScorePart("distance", 0.25, 0.7, 0.2, Map.of("distanceMetres", 400L)),
        new ScorePart("distance", 0.25, 0.8, 0.2, Map.of("distanceMetres", 500L)));
  }

  @Test
  void aCandidatesScoreWithoutFairnessIsTheReweightedRest() {
    RankedCandidate anna = new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE, FAIRNESS), START, AskStatus.NOT_ASKED);
    assertEquals(0.8, anna.scoreWithout("fairness"), 1e-12);
    // without the distance part: 0.4
    assertEquals(0.4, anna.scoreWithout("distance"), 1e-12);
    // without nothing: (0.25 * 0.8 + 0.75 * 0.4) / 1.0
    assertEquals(0.5, anna.scoreWithout("none"), 1e-12);
    assertEquals(0.0, new RankedCandidate(ANNA, 1, 0.3, List.of(FAIRNESS), START, AskStatus.NOT_ASKED).scoreWithout("fairness"));
    assertEquals(1, anna.rank());
    assertEquals(0.5, anna.score());
    assertEquals(List.of(DISTANCE, FAIRNESS), anna.parts());
    assertEquals(Optional.of(START), anna.earliestStart());
    assertEquals(Optional.of(DISTANCE), anna.part("distance"));
    assertEquals(Optional.empty(), anna.part("slack"));
    assertEquals("1. m-1 0.50: 400 m away (+0.20), gave 30 min of help in the last 28 days (+0.30)",
        anna.explain(Locale.ENGLISH));
    assertEquals("1. m-1 0.500 [distance=0.800*0.25, fairness=0.400*0.75]", anna.toString());
    assertEquals(2, anna.withRank(2).rank());
    assertValueSemantics(anna, new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE, FAIRNESS), START, AskStatus.NOT_ASKED),
        new RankedCandidate(BERT, 1, 0.5, List.of(DISTANCE, FAIRNESS), START, AskStatus.NOT_ASKED),
        anna.withRank(2),
        new RankedCandidate(ANNA, 1, 0.6, List.of(DISTANCE, FAIRNESS), START, AskStatus.NOT_ASKED),
        new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE), START, AskStatus.NOT_ASKED),
        new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE, FAIRNESS), START.plusSeconds(1), AskStatus.NOT_ASKED),
        new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE, FAIRNESS), null, AskStatus.NOT_ASKED),
        new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE, FAIRNESS), START, AskStatus.DECLINED));
  }

  @Test
  void aRankingAsksTheBudgetFirstAndTheRestNextAndExplainsEveryone() {
    RankedCandidate anna = new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    RankedCandidate bert = new RankedCandidate(BERT, 2, 0.4, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    Exclusion cor = Exclusion.of(MemberId.of("m-3"), ExclusionReason.LACKS_CAPABILITY,
        Map.of("capability", Capability.MEALS));
    Ranking ranking = new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna, bert), List.of(cor), 1);
    assertEquals(1, ranking.notificationBudget());
    assertEquals(List.of(anna), ranking.askFirst());
    assertEquals(List.of(bert), ranking.askNext());
    assertEquals(Optional.of(anna), ranking.best());
    assertEquals(Optional.empty(), new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(), List.of(cor), 2).best());
    String n = System.lineSeparator();
    assertEquals("Ask first for r-1:" + n + "  " + anna.explain(Locale.ENGLISH) + n
        + "Then, if they decline or do not answer:" + n + "  " + bert.explain(Locale.ENGLISH) + n
        + "Cannot take it:" + n + "  m-3: does not offer meals" + n, ranking.explain(Locale.ENGLISH));
    assertEquals("Vraag eerst voor r-1:" + n + "  " + anna.explain(DUTCH) + n, new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(),
        List.of(anna), List.of(), 2).explain(DUTCH));
    assertEquals("Ranking{request=r-1, candidates=[m-1, m-2], excluded=1}", ranking.toString());
    assertValueSemantics(ranking, new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna, bert), List.of(cor), 1),
        new Ranking(RequestId.of("r-2"), ScopeDecision.inScope(), List.of(anna, bert), List.of(cor), 1),
        new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna), List.of(cor), 1),
        new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna, bert), List.of(), 1),
        new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna, bert), List.of(cor), 2),
        new Ranking(RequestId.of("r-1"), ScopeDecision.refer(ReferralTarget.HOME_CARE, "garden-service"),
            List.of(anna, bert), List.of(cor), 1));
  }

  @Test
  void anExclusionShowsItsFiguresInTheReadersLanguage() {
    Exclusion far = Exclusion.of(ANNA, ExclusionReason.TOO_FAR, Map.of("distanceMetres", 2400L, "maxMetres", 2000));
    assertEquals("2400 m away, farther than the 2000 m this member goes", far.message(Locale.ENGLISH));
    assertEquals("2400 m verderop, verder dan de 2000 m die deze deelnemer gaat", far.message(DUTCH));
    assertEquals("m-1 excluded: too-far {distanceMetres=2400, maxMetres=2000}", far.toString());
    assertEquals("biedt geen maaltijden aan", Exclusion.of(ANNA, ExclusionReason.LACKS_CAPABILITY,
        Map.of("capability", Capability.MEALS)).message(DUTCH));
    assertValueSemantics(far, Exclusion.of(ANNA, ExclusionReason.TOO_FAR, Map.of("distanceMetres", 2400L,
        "maxMetres", 2000)),
        Exclusion.of(BERT, ExclusionReason.TOO_FAR, Map.of("distanceMetres", 2400L, "maxMetres", 2000)),
        Exclusion.of(ANNA, ExclusionReason.ABSENT, Map.of("distanceMetres", 2400L, "maxMetres", 2000)),
        Exclusion.of(ANNA, ExclusionReason.TOO_FAR, Map.of("distanceMetres", 2500L, "maxMetres", 2000)));
  }

  @Test
  void aRankingWithAnswersPendingAndRefusedIsExplainedToEachAudience() {
    RankedCandidate anna = new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    RankedCandidate bert = new RankedCandidate(BERT, 2, 0.4, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    RankedCandidate cor = new RankedCandidate(MemberId.of("m-3"), 3, 0.3, List.of(DISTANCE), START, AskStatus.AWAITING_ANSWER);
    RankedCandidate dirk = new RankedCandidate(MemberId.of("m-4"), 4, 0.2, List.of(DISTANCE), START, AskStatus.DECLINED);
    Exclusion eva = Exclusion.of(MemberId.of("m-0"), ExclusionReason.LACKS_CAPABILITY,
        Map.of("capability", Capability.MEALS));
    Ranking ranking = new Ranking(RequestId.of("r-1"), ScopeDecision.inScope(), List.of(anna, bert, cor, dirk),
        List.of(eva), 2);
    assertEquals(List.of(anna), ranking.askFirst(), "a budget of two, of which one still awaits an answer");
    assertEquals(List.of(bert), ranking.askNext());
    assertEquals(List.of(cor), ranking.awaitingAnswer());
    assertEquals(List.of(dirk), ranking.declined());
    String n = System.lineSeparator();
    String asked = "Ask first for r-1:" + n + "  1. m-1 0.50: 400 m away (+0.20)" + n
        + "Then, if they decline or do not answer:" + n + "  2. m-2 0.40: 400 m away (+0.20)" + n
        + "Asked, no answer yet:" + n + "  3. m-3 0.30: 400 m away (+0.20)" + n;
    assertEquals(asked + "Cannot take it:" + n + "  m-0: does not offer meals" + n,
        ranking.explain(Audience.MEMBER, Locale.ENGLISH), "a member does not read who said no");
    assertEquals(asked + "Said no to this request (ask only if nobody else can):" + n
        + "  4. m-4 0.20: 400 m away (+0.20) (said no)" + n
        + "Cannot take it:" + n + "  m-0: does not offer meals" + n, ranking.explain(Audience.CONNECTOR, Locale.ENGLISH));
    assertEquals("4. m-4 0.20: 400 m away (+0.20)", dirk.explain(Audience.MEMBER, Locale.ENGLISH));
    assertEquals("3. m-3 0.30: 400 m away (+0.20)", cor.explain(Audience.CONNECTOR, Locale.ENGLISH));
  }

  @Test
  void aStrategyOfOwnHasTheDefaultOrderOfItsRanking() {
    RankedCandidate anna = new RankedCandidate(ANNA, 1, 0.5, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    RankedCandidate bert = new RankedCandidate(BERT, 2, 0.4, List.of(DISTANCE), START, AskStatus.NOT_ASKED);
    MatchingStrategy fixed = (request, snapshot) -> new Ranking(request.id(), ScopeDecision.inScope(), List.of(anna, bert), List.of(), 2);
    assertEquals(List.of(ANNA, BERT), fixed.order(Fixtures.request("r-1", "m-0").build(),
        CircleSnapshot.at(Fixtures.circle(3).build(), nl.voorzorgcirkel.core.ledger.HelpLedger.empty(), START)));
    CircleSnapshot snapshot = CircleSnapshot.at(Fixtures.circle(3).build(),
        nl.voorzorgcirkel.core.ledger.HelpLedger.empty(), START);
    assertEquals("CircleSnapshot{circle=c-1, members=3, records=0, commitments=0, now=2026-11-26T09:00:00Z}", snapshot.toString());
    assertFalse(snapshot.toString().contains("Member m-"));
  }
}
