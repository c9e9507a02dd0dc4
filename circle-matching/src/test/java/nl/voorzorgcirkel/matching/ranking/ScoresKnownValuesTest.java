package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The soft scores, the hard rules at their limits and the ranking's order, on a circle whose
 * figures are worked out by hand: the requester at home, helpers 500 m and 1,000 m north of her.
 */
class ScoresKnownValuesTest {

  private static final Instant NOW = Fixtures.NOW; // a Thursday
  private static final double METRES_PER_DEGREE = 111_195.0;

  private static GeoPoint north(double metres) {
    return GeoPoint.of(52.37 + metres / METRES_PER_DEGREE, 5.22);
  }

  private static Member member(String id, double north, CapabilityOffer offer, Duration capacity) {
    return Fixtures.member(id).home(north(north)).addCapabilities(offer).capacityPerWeek(capacity).build();
  }

  private static final Circle CIRCLE = Circle.builder().id(CircleId.of("c")).name("c").neighbourhood("w")
      .founded(Fixtures.TODAY)
      .addMembers(Fixtures.member("m-0").home(north(0)).build())
      // limits: 1,000 m and 2 hours; capacity 4 hours a week
      .addMembers(member("m-1", 500, CapabilityOffer.builder().capability(Capability.MEALS)
          .maxDistanceMetres(1000).maxDuration(Duration.ofHours(2)).build(), Duration.ofHours(4)))
      // no limits; capacity 2 hours
      .addMembers(member("m-2", 1000, CapabilityOffer.of(Capability.MEALS), Duration.ofHours(2)))
      .build();

  /** m-1 helped m-0 twice this week (1 hour each); m-2 once, 3 weeks ago. */
  private static final HelpLedger LEDGER = HelpLedger.empty()
      .append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-0"), Capability.MEALS,
          NOW.minus(Duration.ofDays(2)), Duration.ofHours(1)))
      .append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-0"), Capability.MEALS,
          NOW.minus(Duration.ofDays(1)), Duration.ofHours(1)))
      .append(HelpRecord.of(MemberId.of("m-2"), MemberId.of("m-0"), Capability.MEALS,
          NOW.minus(Duration.ofDays(21)), Duration.ofMinutes(30)));

  private static HelpRequest request(Duration expected) {
    return Fixtures.request("r-1", "m-0").capability(Capability.MEALS)
        .window(TimeWindow.fixed(NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(6))))
        .expectedDuration(expected).build();
  }

  private static MatchContext context(Duration expected) {
    return MatchContext.of(request(expected), CircleSnapshot.at(CIRCLE, LEDGER, NOW), Duration.ofDays(28));
  }

  private static Member m(String id) {
    return CIRCLE.member(MemberId.of(id)).orElseThrow();
  }

  @Test
  void eachScoreHasItsWorkedOutValue() {
    MatchContext context = context(Duration.ofHours(1));
    assertEquals(500, context.distanceMetres(m("m-1")), 1);
    assertEquals(0.75, SoftScores.distance().score(context, m("m-1")), 1e-3);
    assertEquals(0.5, SoftScores.distance().score(context, m("m-2")), 1e-3);
    assertEquals(Map.of("distanceMetres", 500L), SoftScores.distance().figures(context, m("m-1")));
    // familiarity 1 - 1 / (1 + n): twice, once
    assertEquals(2.0 / 3, SoftScores.familiarity().score(context, m("m-1")), 1e-12);
    assertEquals(0.5, SoftScores.familiarity().score(context, m("m-2")), 1e-12);
    assertEquals(Map.of("times", 2), SoftScores.familiarity().figures(context, m("m-1")));
    // capability fit: headroom under 1,000 m (0.5) and 2 hours (0.5); no limits is 1
    assertEquals(0.5, SoftScores.capabilityFit().score(context, m("m-1")), 1e-3);
    assertEquals(1.0, SoftScores.capabilityFit().score(context, m("m-2")));
    assertEquals(Map.of("percent", 50L), SoftScores.capabilityFit().figures(context, m("m-1")));
    // slack: 1 - (2 h this week + 1 h) / 4 h; 1 - (0 + 1) / 2
    assertEquals(0.25, SoftScores.slack().score(context, m("m-1")), 1e-12);
    assertEquals(0.5, SoftScores.slack().score(context, m("m-2")), 1e-12);
    assertEquals(Map.of("minutesLeft", 60L), SoftScores.slack().figures(context, m("m-1")));
    assertEquals(0.0, SoftScores.capabilityFit().score(context, m("m-0")), "offers nothing");
    assertEquals(Duration.ofHours(2), context.weekLoad(m("m-1")));
    assertEquals(Duration.ofMinutes(150), context.windowLoad(MemberId.of("m-1")).plus(
        context.windowLoad(MemberId.of("m-2"))));
  }

  @Test
  void theHardRulesHoldAtTheirLimitsExactly() {
    // 2 hours is m-1's limit and, with 2 hours given, its capacity: allowed; a minute more is not
    MatchContext atLimit = context(Duration.ofHours(2));
    assertEquals(Optional.empty(), HardRules.withinLimits().check(atLimit, m("m-1")));
    assertEquals(Optional.empty(), HardRules.withinCapacity().check(atLimit, m("m-1")));
    MatchContext over = context(Duration.ofHours(2).plusMinutes(1));
    assertEquals("longer-than-limit", HardRules.withinLimits().check(over, m("m-1")).orElseThrow().code());
    assertEquals("at-capacity", HardRules.withinCapacity().check(over, m("m-1")).orElseThrow().code());
    assertEquals(Map.of("loadMinutes", 120L, "requestMinutes", 121L, "capacityMinutes", 240L),
        HardRules.withinCapacity().check(over, m("m-1")).orElseThrow().figures());
    assertEquals(Optional.empty(), HardRules.withinLimits().check(over, m("m-2")), "m-2 set no limits");
    // 1,000 m is the limit: a helper 990 m away passes, with a destination farther it does not
    Circle far = CIRCLE.withMember(member("m-1", 990, CapabilityOffer.builder().capability(Capability.MEALS)
        .maxDistanceMetres(1000).build(), Duration.ofHours(4)));
    MatchContext edge = MatchContext.of(request(Duration.ofHours(1)), CircleSnapshot.at(far, LEDGER, NOW),
        Duration.ofDays(28));
    assertEquals(Optional.empty(), HardRules.withinLimits().check(edge, far.member(MemberId.of("m-1")).orElseThrow()));
    MatchContext ride = MatchContext.of(request(Duration.ofHours(1)).toBuilder().destination(north(2500)).build(),
        CircleSnapshot.at(far, LEDGER, NOW), Duration.ofDays(28));
    assertEquals("too-far", HardRules.withinLimits().check(ride, far.member(MemberId.of("m-1")).orElseThrow())
        .orElseThrow().code());
  }

  @Test
  void theRankingOrdersByTheWeightedScoreAndNumbersFromOne() {
    MatchingStrategy distanceOnly = MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0)
        .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0).score(SoftScores.capabilityFit(), 0).build();
    Ranking ranking = distanceOnly.rank(request(Duration.ofHours(1)), CircleSnapshot.at(CIRCLE, LEDGER, NOW));
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")),
        ranking.candidates().stream().map(RankedCandidate::member).toList());
    assertEquals(List.of(1, 2), ranking.candidates().stream().map(RankedCandidate::rank).toList());
    assertEquals(0.75, ranking.candidates().get(0).score(), 1e-3);
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")),
        distanceOnly.order(request(Duration.ofHours(1)), CircleSnapshot.at(CIRCLE, LEDGER, NOW)));
    // fairness alone, relative to capacity: m-1 used 2 h of 16 h, m-2 0.5 h of 8 h: m-2 first
    MatchingStrategy fairOnly = MatchingStrategies.builder().fairness(FairnessStrategies.relativeToCapacity(), 1)
        .score(SoftScores.distance(), 0).score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
        .score(SoftScores.capabilityFit(), 0).build();
    Ranking fair = fairOnly.rank(request(Duration.ofHours(1)), CircleSnapshot.at(CIRCLE, LEDGER, NOW));
    assertEquals(List.of(MemberId.of("m-2"), MemberId.of("m-1")), fair.candidates().stream().map(RankedCandidate::member).toList());
    assertEquals(0.5, fair.candidates().get(0).score(), 1e-9, "1 - 0.0625 / 0.125");
    assertEquals(0.0, fair.candidates().get(1).score(), 1e-9);
    assertEquals(List.of(MemberId.of("m-2"), MemberId.of("m-1")),
        fairOnly.order(request(Duration.ofHours(1)), CircleSnapshot.at(CIRCLE, LEDGER, NOW)));
  }

  @Test
  void theBuilderRefusesSettingsOutOfRange() {
    MatchingStrategies.Builder b = MatchingStrategies.builder();
    assertThrows(IllegalArgumentException.class, () -> b.loadWindow(Duration.ofDays(1).minusSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> b.loadWindow(Duration.ofDays(366).plusSeconds(1)));
    b.loadWindow(Duration.ofDays(1)).loadWindow(Duration.ofDays(366));
    assertThrows(IllegalArgumentException.class, () -> b.fairness(FairnessStrategies.none(), -0.1));
    assertThrows(IllegalArgumentException.class, () -> b.fairness(FairnessStrategies.none(), Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.score(SoftScores.distance(), Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> b.notificationBudget(0));
    // rules replace the standard ones: with none, the requester is a candidate too
    Ranking noRules = MatchingStrategies.builder().rules(List.of()).build()
        .rank(request(Duration.ofHours(1)), CircleSnapshot.at(CIRCLE, LEDGER, NOW));
    assertEquals(3, noRules.candidates().size());
    assertThrows(IllegalStateException.class, () -> MatchingStrategies.builder().fairness(FairnessStrategies.none(), 0)
        .score(SoftScores.distance(), 0).score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
        .score(SoftScores.capabilityFit(), 0).score(SoftScores.sameTrip(), 0).score(SoftScores.previousHelper(), 0)
        .build());
  }
}
