package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.fairness.MemberLoad;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * What a weighted strategy hands its parts: the capacity over the load window and the declines
 * the fairness strategy sees, a request's own promise not counted against its helper, no fairness
 * part when fairness is off, no soft score at all, and the limit of 63 scores.
 */
class WeightedMatchingKnownValuesTest {

  // Thursday 26 November 2026, 10:00 in Amsterdam; the week runs Monday 23 to Monday 30
  private static final Instant NOW = LocalDateTime.of(2026, 11, 26, 10, 0)
      .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  private static final MemberId REQUESTER = MemberId.of("m-0");
  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId BERT = MemberId.of("m-bert");

  /** Anna with three hours a week, Bert with five, both drivers, and the requester. */
  private static Circle circle() {
    return Fixtures.circle(0).addMembers(Fixtures.member("m-0").build())
        .addMembers(Fixtures.member(ANNA.value()).capacityPerWeek(Duration.ofHours(3))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build())
        .addMembers(Fixtures.member(BERT.value()).capacityPerWeek(Duration.ofHours(5))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build())
        .build();
  }

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 11, day, hour, 0).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  private static HelpRequest ride(String id, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(REQUESTER).capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(NOW).build();
  }

  private static Commitment promise(MemberId helper, HelpRequest request) {
    return Commitment.from(RequestLifecycle.open(request).accept(NOW, helper)).orElseThrow();
  }

  private static List<MemberId> ranked(Ranking ranking) {
    return ranking.candidates().stream().map(RankedCandidate::member).toList();
  }

  @Test
  void aMembersPromiseToTheRequestRankedIsNotCountedAgainstHerCapacity() {
    // Anna promised 100 minutes on Friday and 60 minutes to this very ride on Saturday: ranked
    // again, the ride still fits her three hours (100 + 60), it would not if counted twice (220)
    HelpRequest saturday = ride("r-sat", at(28, 10), 60);
    CommitmentBook book = CommitmentBook.of(List.of(promise(ANNA, ride("r-fri", at(27, 10), 100)),
        promise(ANNA, saturday)));
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW).withCommitments(book);
    Ranking ranking = MatchingStrategies.standard().rank(saturday, snapshot);
    assertTrue(ranked(ranking).contains(ANNA), ranking.exclusions().toString());
    // another ride of an hour that Saturday is one too many for her
    Ranking other = MatchingStrategies.standard().rank(ride("r-other", at(28, 14), 60), snapshot);
    assertEquals(List.of(BERT), ranked(other));
  }

  @Test
  void theFairnessStrategySeesCapacityOverTheLoadWindowAndWhoDeclined() {
    List<MemberLoad> seen = new ArrayList<>();
    MatchingStrategy strategy = MatchingStrategies.builder().loadWindow(Duration.ofDays(14))
        .fairness((loads, duration) -> {
          seen.addAll(loads);
          double[] half = new double[loads.size()];
          Arrays.fill(half, 0.5);
          return half;
        }, 0.35).build();
    // Bert said no to an earlier ride yesterday; Anna was asked and said nothing
    HelpRequest earlier = ride("r-earlier", at(27, 10), 30).toBuilder().createdAt(at(24, 10)).build();
    RequestLifecycle asked = RequestLifecycle.open(earlier).ask(at(25, 10), null, List.of(ANNA, BERT))
        .decline(at(25, 11), BERT);
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW)
        .withAskHistory(AskHistory.from(List.of(asked)));
    strategy.rank(ride("r-new", at(28, 10), 60), snapshot);
    Map<MemberId, MemberLoad> byMember = new TreeMap<>();
    seen.forEach(l -> byMember.put(l.member(), l));
    assertEquals(Duration.ofHours(6), byMember.get(ANNA).capacity(), "3 h a week over two weeks");
    assertEquals(Duration.ofHours(10), byMember.get(BERT).capacity(), "5 h a week over two weeks");
    assertEquals(1, byMember.get(ANNA).timesAsked());
    assertEquals(0, byMember.get(ANNA).timesDeclined());
    assertEquals(1, byMember.get(BERT).timesDeclined());
  }

  @Test
  void withFairnessOffNoCandidateHasAFairnessPart() {
    MatchingStrategy strategy = MatchingStrategies.builder().fairness(FairnessStrategies.relativeToCapacity(), 0)
        .build();
    Ranking ranking = strategy.rank(ride("r-1", at(28, 10), 60), CircleSnapshot.at(circle(), HelpLedger.empty(), NOW));
    assertEquals(2, ranking.candidates().size());
    for (RankedCandidate c : ranking.candidates()) {
      assertTrue(c.part(MatchingStrategies.FAIRNESS).isEmpty(), c.parts().toString());
    }
  }

  @Test
  void withoutSoftScoresCandidatesAreRankedByFairnessAlone() {
    MatchingStrategy strategy = MatchingStrategies.builder().score(SoftScores.distance(), 0)
        .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0).score(SoftScores.capabilityFit(), 0)
        .score(SoftScores.sameTrip(), 0).score(SoftScores.previousHelper(), 0).build();
    Ranking ranking = strategy.rank(ride("r-1", at(28, 10), 60), CircleSnapshot.at(circle(), HelpLedger.empty(), NOW));
    assertEquals(2, ranking.candidates().size());
    for (RankedCandidate c : ranking.candidates()) {
      assertEquals(List.of(MatchingStrategies.FAIRNESS), c.parts().stream().map(ScorePart::code).toList());
    }
  }

  private static SoftScore constant(String code) {
    return new SoftScore() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public double score(MatchContext context, nl.voorzorgcirkel.core.model.Member candidate) {
        return 0.5;
      }
    };
  }

  @Test
  void aStrategyHoldsAtMost63ScoresAndAScoreReweightedIsNoNewOne() {
    MatchingStrategies.Builder builder = MatchingStrategies.builder(); // the six standard scores
    for (int i = 0; i < 57; i++) {
      builder.score(constant("extra-" + i), 0.1);
    }
    builder.score(constant("extra-0"), 0.2);
    builder.score(SoftScores.distance(), 0.3);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> builder.score(constant("one-more"), 0.1));
    assertEquals("atMost", e.violations().get(0).rule());
    assertEquals(63, ((Number) e.violations().get(0).arguments().get("max")).intValue());
    MatchingStrategy strategy = builder.build();
    Ranking ranking = strategy.rank(ride("r-1", at(28, 10), 60), CircleSnapshot.at(circle(), HelpLedger.empty(), NOW));
    // every score but the two for trips and series applies to a single ride, and fairness
    assertEquals(63 - 2 + 1, ranking.candidates().get(0).parts().size());
  }

  @Test
  void aMemberWhosePauseEndedButWhoIsAwayIsAbsentNotPaused() {
    java.time.LocalDate friday = java.time.LocalDate.of(2026, 11, 27);
    Circle circle = circle().toBuilder().members(List.of(
        Fixtures.member("m-0").build(),
        Fixtures.member(ANNA.value()).capacityPerWeek(Duration.ofHours(3))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
            .status(nl.voorzorgcirkel.core.model.MemberStatus.PAUSED).pausedUntil(friday.minusDays(1))
            .addAbsences(nl.voorzorgcirkel.core.model.Absence.of(friday, friday.plusDays(2))).build(),
        Fixtures.member(BERT.value()).capacityPerWeek(Duration.ofHours(3))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
            .status(nl.voorzorgcirkel.core.model.MemberStatus.PAUSED).pausedUntil(friday).build())).build();
    Ranking ranking = MatchingStrategies.standard().rank(ride("r-fri", at(27, 10), 60),
        CircleSnapshot.at(circle, HelpLedger.empty(), NOW));
    Map<MemberId, String> codes = new TreeMap<>();
    ranking.exclusions().stream().filter(e -> !e.member().equals(REQUESTER)).forEach(e -> codes.put(e.member(), e.code()));
    assertEquals(Map.of(ANNA, ExclusionReason.ABSENT.code(), BERT, ExclusionReason.PAUSED.code()), codes);
  }

  /**
   * {@code order()} calls the first ten rules and the first six scores each from a place of its
   * own and the others from one more: a rule and a score beyond those count as in {@code rank()}.
   */
  @Test
  void rulesAndScoresBeyondTheFirstOnesCountInTheOrder() {
    HardRule nobodyOut = (context, candidate) -> java.util.Optional.empty();
    HardRule annaOut = (context, candidate) -> candidate.id().equals(ANNA)
        ? java.util.Optional.of(Exclusion.of(ANNA, "test-anna", Map.of())) : java.util.Optional.empty();
    HardRule bertOut = (context, candidate) -> candidate.id().equals(BERT)
        ? java.util.Optional.of(Exclusion.of(BERT, "test-bert", Map.of())) : java.util.Optional.empty();
    SoftScore bertFirst = new SoftScore() {
      @Override
      public String code() {
        return "test-bert-first";
      }

      @Override
      public double score(MatchContext context, nl.voorzorgcirkel.core.model.Member candidate) {
        return candidate.id().equals(BERT) ? 1 : 0;
      }
    };
    Circle circle = circle().toBuilder().addMembers(Fixtures.member("m-cees").capacityPerWeek(Duration.ofHours(5))
        .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build()).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), NOW);
    HelpRequest request = ride("r-1", at(28, 10), 60);
    // the eight standard rules, then rules that let everyone through: the last is the 14th
    assertEquals(8, HardRules.standard().size());
    MatchingStrategies.Builder builder = MatchingStrategies.builder();
    for (int i = 0; i < 5; i++) {
      builder.addRule(nobodyOut);
    }
    MatchingStrategy annaLast = builder.addRule(annaOut).build();
    assertEquals(2, annaLast.order(request, snapshot).size());
    assertTrue(!annaLast.order(request, snapshot).contains(ANNA));
    assertEquals(ranked(annaLast.rank(request, snapshot)), annaLast.order(request, snapshot));
    // a seventh score (past the six standard ones) that only Bert gets, weighted heavily
    MatchingStrategy bertScored = MatchingStrategies.builder().addRule(annaOut).score(bertFirst, 100).build();
    assertEquals(BERT, bertScored.order(request, snapshot).get(0));
    assertEquals(ranked(bertScored.rank(request, snapshot)), bertScored.order(request, snapshot));
    // and a rule past ten that rules out the member the seventh score puts first
    MatchingStrategies.Builder both = MatchingStrategies.builder().score(bertFirst, 100);
    for (int i = 0; i < 5; i++) {
      both.addRule(nobodyOut);
    }
    MatchingStrategy bertLast = both.addRule(bertOut).build();
    assertEquals(2, bertLast.order(request, snapshot).size());
    assertTrue(!bertLast.order(request, snapshot).contains(BERT));
    assertEquals(ranked(bertLast.rank(request, snapshot)), bertLast.order(request, snapshot));
  }

  /**
   * With the standard capability rule among its rules, {@code order()} asks the rules only about
   * the members who offer the request's capability (everyone else fails that rule), and orders as
   * {@code rank()} does; without that rule every member is asked, and one who offers nothing can be
   * put forward.
   */
  @Test
  void withTheCapabilityRuleOnlyMembersWhoOfferItAreAsked() {
    Circle circle = circle().toBuilder().addMembers(Fixtures.member("m-cees").capacityPerWeek(Duration.ofHours(5))
        .addCapabilities(CapabilityOffer.of(Capability.MEALS)).build()).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), NOW);
    HelpRequest request = ride("r-1", at(28, 10), 60);
    List<MemberId> asked = new ArrayList<>();
    HardRule recording = (context, candidate) -> {
      asked.add(candidate.id());
      return java.util.Optional.empty();
    };
    MatchingStrategy withCapability = MatchingStrategies.builder()
        .rules(List.of(recording, HardRules.offersCapability())).build();
    List<MemberId> order = withCapability.order(request, snapshot);
    assertEquals(List.of(ANNA, BERT), asked);
    assertEquals(ranked(withCapability.rank(request, snapshot)), order);
    assertEquals(2, order.size());
    asked.clear();
    MatchingStrategy without = MatchingStrategies.builder().rules(List.of(recording)).build();
    assertEquals(4, without.order(request, snapshot).size());
    assertEquals(List.of(REQUESTER, ANNA, BERT, MemberId.of("m-cees")), asked);
  }
}

