package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Ranking that knows a circle's week: promises, set times, declines, trips, series, scope. */
class TimeAwareRankingTest {

  // Thursday 26 November 2026, 10:00 in Amsterdam; the week runs Monday 23 to Monday 30
  private static final Instant NOW = LocalDateTime.of(2026, 11, 26, 10, 0)
      .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  private static final MemberId REQUESTER = MemberId.of("m-0");
  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId BERT = MemberId.of("m-bert");
  private static final MemberId CEES = MemberId.of("m-cees");

  /** Three drivers at the same distance, three hours a week each, and the requester. */
  private static Circle circle() {
    Circle.Builder circle = Fixtures.circle(0).addMembers(Fixtures.member("m-0").build());
    for (MemberId id : List.of(ANNA, BERT, CEES)) {
      circle.addMembers(Fixtures.member(id.value()).capacityPerWeek(Duration.ofHours(3))
          .home(GeoPoint.coarse(52.379, 5.223))
          .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build());
    }
    return circle.build();
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  private static HelpRequest ride(String id, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(REQUESTER)
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(NOW).build();
  }

  private static Commitment promise(MemberId helper, HelpRequest request) {
    return Commitment.from(RequestLifecycle.open(request).accept(NOW, helper)).orElseThrow();
  }

  private static List<MemberId> order(Ranking ranking) {
    return ranking.candidates().stream().map(RankedCandidate::member).collect(Collectors.toList());
  }

  private static Exclusion exclusionOf(Ranking ranking, MemberId member) {
    return ranking.exclusions().stream().filter(e -> e.member().equals(member)).findFirst().orElseThrow();
  }

  @Test
  void acceptedHelpCountsAgainstCapacityAndFairnessUntilItIsCancelled() {
    // Anna said yes to three rides on Friday 27 November: 2 h 30 of her 3 hours that week
    CommitmentBook book = CommitmentBook.of(List.of(
        promise(ANNA, ride("r-a", at(27, 9, 0), 50)),
        promise(ANNA, ride("r-b", at(27, 11, 0), 50)),
        promise(ANNA, ride("r-c", at(27, 14, 0), 50))));
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW).withCommitments(book);
    HelpRequest saturday = ride("r-new", at(28, 10, 0), 60);
    Ranking ranking = MatchingStrategies.standard().rank(saturday, snapshot);
    Exclusion full = exclusionOf(ranking, ANNA);
    assertEquals("at-capacity", full.code());
    assertEquals(150L, full.figures().get("loadMinutes"), "promised help counts, not yet in the ledger");
    assertEquals(HelpLedger.empty(), snapshot.ledger());

    // a half-hour request fits in her week, but fairness counts the promises: she comes last
    Ranking short_ = MatchingStrategies.standard().rank(ride("r-short", at(28, 10, 0), 30), snapshot);
    assertEquals(ANNA, order(short_).get(2), "who promised most is asked last: " + order(short_));
    assertEquals(150L, short_.candidates().get(2).part("fairness").orElseThrow().figures().get("loadMinutes"));

    // cancelling one ride gives her the time back
    CircleSnapshot cancelled = snapshot.withCommitments(book.without(RequestId.of("r-b")));
    assertTrue(order(MatchingStrategies.standard().rank(saturday, cancelled)).contains(ANNA));
  }

  @Test
  void capacityIsCountedInTheWeekTheHelpTakesPlaceByRankingAndBatchAlike() {
    // Anna gave 3 hours this week (full); next Tuesday's ride is in next week, where she is free
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.of(ANNA, REQUESTER, Capability.RIDE_BY_CAR,
        at(24, 10, 0), Duration.ofHours(3)));
    Circle onlyAnna = circle().toBuilder().members(circle().members().subList(0, 2)).build();
    CircleSnapshot snapshot = CircleSnapshot.at(onlyAnna, ledger, NOW);
    HelpRequest nextWeek = ride("r-next", LocalDateTime.of(2026, 12, 1, 10, 0)
        .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant(), 60);
    assertEquals(List.of(ANNA), order(MatchingStrategies.standard().rank(nextWeek, snapshot)));
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(nextWeek), snapshot);
    assertEquals(Optional.of(ANNA), plan.memberFor(nextWeek.id()), "the batch counts the same week: "
        + plan.unplaced());
    // and this week's request is refused by both, for the same reason
    HelpRequest thisWeek = ride("r-this", at(27, 10, 0), 60);
    assertEquals("at-capacity", exclusionOf(MatchingStrategies.standard().rank(thisWeek, snapshot), ANNA).code());
    assertEquals("no-eligible-member",
        BatchAssignment.standard().plan(List.of(thisWeek), snapshot).unplaced().get(0).code());
  }

  @Test
  void aMemberPromisedAtOverlappingTimesIsExcludedWithTravelTimeBetween() {
    CommitmentBook book = CommitmentBook.of(List.of(promise(ANNA, ride("r-dentist", at(27, 10, 0), 60))));
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW).withCommitments(book);
    // 11:10 is within the 15 minutes Anna needs to get from one to the other
    Ranking ranking = MatchingStrategies.standard().rank(ride("r-1110", at(27, 11, 10), 30), snapshot);
    Exclusion conflict = exclusionOf(ranking, ANNA);
    assertEquals("time-conflict", conflict.code());
    assertEquals("already promised help at a set time that this would overlap (with 15 min to get from"
        + " one to the other)", conflict.message(Locale.ENGLISH));
    assertTrue(conflict.message(Locale.forLanguageTag("nl")).startsWith("heeft al hulp op een vaste tijd toegezegd"));
    assertFalse(conflict.isPrivate());
    // 11:15 is fine; and with no travel time 11:00 is fine too
    assertTrue(order(MatchingStrategies.standard().rank(ride("r-1115", at(27, 11, 15), 30), snapshot)).contains(ANNA));
    MatchingStrategy noBuffer = MatchingStrategies.builder().travelBuffer(Duration.ZERO).build();
    assertTrue(order(noBuffer.rank(ride("r-1100", at(27, 11, 0), 30), snapshot)).contains(ANNA));
    // a flexible request on Friday fits after the dentist ride: Anna would start at 11:15
    HelpRequest flexible = ride("r-flex", at(27, 10, 0), 60).toBuilder()
        .window(TimeWindow.flexible(at(27, 10, 0), at(27, 13, 0))).build();
    RankedCandidate anna = MatchingStrategies.standard().rank(flexible, snapshot).candidates().stream()
        .filter(c -> c.member().equals(ANNA)).findFirst().orElseThrow();
    assertEquals(Optional.of(at(27, 11, 15)), anna.earliestStart());
    // its own commitment never conflicts with a request, nor counts against it
    HelpRequest promised = ride("r-dentist", at(27, 10, 0), 60);
    assertTrue(order(MatchingStrategies.standard().rank(promised, snapshot)).contains(ANNA));
  }

  @Test
  void whoSaidNoIsNotAskedFirstAgainAndPaysNothingForItElsewhere() {
    CircleSnapshot plain = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW);
    HelpRequest ride = ride("r-1", at(27, 10, 0), 60);
    MatchingStrategy strategy = MatchingStrategies.standard();
    List<MemberId> before = order(strategy.rank(ride, plain));
    MemberId first = before.get(0);
    MemberId second = before.get(1);
    RequestLifecycle asked = RequestLifecycle.open(ride).ask(NOW, null, List.of(first, second));
    RequestLifecycle declined = asked.decline(NOW.plusSeconds(600), first);
    CircleSnapshot seen = plain.withRequests(List.of(declined));

    Ranking again = strategy.rank(declined, seen);
    assertEquals(List.of(before.get(2)), again.askFirst().stream().map(RankedCandidate::member).collect(Collectors.toList()),
        "one of the budget of two still awaits an answer");
    assertEquals(List.of(second), again.awaitingAnswer().stream().map(RankedCandidate::member).collect(Collectors.toList()));
    assertEquals(List.of(first), again.declined().stream().map(RankedCandidate::member).collect(Collectors.toList()));
    assertEquals(first, order(again).get(2), "the decliner comes last");
    assertEquals(AskStatus.DECLINED, again.candidates().get(2).askStatus());
    assertEquals(List.of(1, 2, 3), again.candidates().stream().map(RankedCandidate::rank).collect(Collectors.toList()),
        "ranked anew in their groups");
    assertEquals(order(again), strategy.order(declined, seen));
    assertTrue(again.explain(Audience.CONNECTOR, Locale.ENGLISH).contains("(said no)"));
    assertFalse(again.explain(Locale.ENGLISH).contains("(said no)"), "members are not told who said no");

    Ranking excluded = MatchingStrategies.builder().declines(DeclineHandling.EXCLUDE).build().rank(declined, seen);
    assertEquals("declined", exclusionOf(excluded, first).code());
    assertTrue(exclusionOf(excluded, first).isPrivate());

    // no penalty on another request: the same ranking as if the decline had never happened
    HelpRequest other = ride("r-2", at(28, 10, 0), 60);
    assertEquals(strategy.rank(other, plain.withRequests(List.of(asked))), strategy.rank(other, seen));
    assertEquals(1, seen.askHistory().timesDeclined(first, NOW.minus(Duration.ofDays(1)), NOW.plusSeconds(3600)));
  }

  @Test
  void notificationFatigueSpreadsTheAsking() {
    HelpRequest ride = ride("r-1", at(27, 10, 0), 60);
    List<RequestLifecycle> earlier = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      earlier.add(RequestLifecycle.open(ride(("r-old-" + i), at(20, 10, 0), 60).toBuilder()
          .createdAt(at(20, 8, 0)).build()).ask(at(20, 9, i), null, List.of(ANNA)));
    }
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW)
        .withAskHistory(AskHistory.from(earlier));
    MatchingStrategy fatigue = MatchingStrategies.builder()
        .fairness(FairnessStrategies.notificationFatigue(), 1.0).build();
    assertEquals(ANNA, order(fatigue.rank(ride, snapshot)).get(2), "asked five times this week");
    assertEquals(List.of(ANNA, BERT, CEES), order(MatchingStrategies.standard().rank(ride, snapshot)),
        "asks are not load: the standard strategy does not read them");
  }

  @Test
  void theHelperOfOneLegOfATripIsPreferredForTheOthers() {
    TripId denture = TripId.of("t-denture");
    HelpRequest there = ride("r-there", at(27, 9, 0), 30).toBuilder().trip(denture).build();
    HelpRequest back = ride("r-back", at(27, 15, 0), 30).toBuilder().trip(denture).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW)
        .withCommitments(CommitmentBook.of(List.of(promise(CEES, there))));
    Ranking ranking = MatchingStrategies.standard().rank(back, snapshot);
    assertEquals(CEES, order(ranking).get(0));
    assertEquals(1.0, ranking.candidates().get(0).part("same-trip").orElseThrow().value());
    assertTrue(ranking.candidates().get(0).explain(Locale.ENGLISH).contains("takes another leg of this trip"));
    assertEquals(Optional.empty(), MatchingStrategies.standard().rank(ride("r-solo", at(27, 15, 0), 30), snapshot)
        .candidates().get(0).part("same-trip"), "no trip, no trip score");
  }

  /**
   * User test 9, M4: every candidate's line said "takes another leg of this trip" and "helped with
   * the previous occurrence" (+0.00), true or not; a candidate without them is told so, as
   * familiarity says "has not helped the requester before", for connectors and members alike.
   */
  @Test
  void theTripAndSeriesPartsSayNoForTheCandidatesWithoutThem() {
    TripId denture = TripId.of("t-denture");
    HelpRequest there = ride("r-there", at(27, 9, 0), 30).toBuilder().trip(denture).build();
    HelpRequest back = ride("r-back", at(27, 15, 0), 30).toBuilder().trip(denture).build();
    Ranking legs = MatchingStrategies.standard().rank(back, CircleSnapshot.at(circle(), HelpLedger.empty(), NOW)
        .withCommitments(CommitmentBook.of(List.of(promise(CEES, there)))));
    SeriesId shopping = SeriesId.of("s-shopping");
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.builder().helper(CEES).recipient(REQUESTER)
        .capability(Capability.RIDE_BY_CAR).start(at(19, 10, 0)).effort(Duration.ofHours(1))
        .series(shopping).build());
    Ranking weekly = MatchingStrategies.standard().rank(
        ride("r-shop", at(26, 14, 0), 60).toBuilder().series(shopping).build(), CircleSnapshot.at(circle(), ledger, NOW));
    assertSaysYesOnlyFor(CEES, legs, "takes another leg of this trip (+0.", "takes no other leg of this trip (+0.00)",
        "doet al een ander deel van deze rit (+0,", "doet geen ander deel van deze rit (+0,00)");
    assertSaysYesOnlyFor(CEES, weekly, ", helped with the previous occurrence (+0.",
        "did not help with the previous occurrence (+0.00)", ", hielp de vorige keer (+0,",
        "hielp de vorige keer niet (+0,00)");
    assertTrue(legs.candidates().size() > 1 && weekly.candidates().size() > 1, "candidates to tell no");
  }

  /** Every candidate's line, for both audiences and languages, says yes for the member only. */
  private static void assertSaysYesOnlyFor(MemberId member, Ranking ranking, String yes, String no, String ja,
      String nee) {
    for (Audience audience : Audience.values()) {
      for (RankedCandidate c : ranking.candidates()) {
        boolean it = c.member().equals(member);
        String en = c.explain(audience, Locale.ENGLISH);
        String nl = c.explain(audience, Locale.forLanguageTag("nl"));
        assertEquals(it, en.contains(yes), en);
        assertEquals(!it, en.contains(no), en);
        assertEquals(it, nl.contains(ja), nl);
        assertEquals(!it, nl.contains(nee), nl);
      }
    }
  }

  @Test
  void theHelperOfTheSeriesPreviousOccurrenceIsPreferred() {
    SeriesId shopping = SeriesId.of("s-shopping");
    HelpLedger ledger = HelpLedger.empty().append(HelpRecord.builder().helper(CEES).recipient(REQUESTER)
        .capability(Capability.RIDE_BY_CAR).start(at(19, 10, 0)).effort(Duration.ofHours(1))
        .series(shopping).build());
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), ledger, NOW);
    HelpRequest thisWeek = ride("r-shop", at(26, 14, 0), 60).toBuilder().series(shopping).build();
    Ranking ranking = MatchingStrategies.standard().rank(thisWeek, snapshot);
    assertEquals(CEES, order(ranking).get(0));
    assertEquals(1.0, ranking.candidates().get(0).part("previous-helper").orElseThrow().value());
    assertEquals(Optional.of(CEES), snapshot.previousHelper(shopping, thisWeek.window().start()));
    assertEquals(Optional.empty(), snapshot.previousHelper(shopping, at(19, 10, 0)), "only earlier ones");
  }

  @Test
  void aShowerIsReferredToDistrictNursingByRankingAndBatch() {
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW);
    HelpRequest shower = ride("r-shower", at(27, 10, 0), 30).toBuilder().capability(Capability.of("douchen")).build();
    Ranking ranking = MatchingStrategies.standard().rank(shower, snapshot);
    assertTrue(ranking.isReferred());
    assertEquals(ReferralTarget.DISTRICT_NURSING, ranking.scope().referral().orElseThrow());
    assertTrue(ranking.candidates().isEmpty() && ranking.exclusions().isEmpty());
    assertEquals(List.of(), MatchingStrategies.standard().order(shower, snapshot));
    assertEquals("r-shower is niet iets voor de cirkel: persoonlijke verzorging doet de cirkel niet: dit"
        + " hoort bij de wijkverpleging", ranking.explain(Locale.forLanguageTag("nl")).strip());
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(shower, ride("r-ride", at(27, 10, 0), 30)), snapshot);
    assertEquals(1, plan.referrals().size());
    assertEquals(ReferralTarget.DISTRICT_NURSING, plan.referrals().get(0).target());
    assertEquals("persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging",
        plan.referrals().get(0).reason(Locale.forLanguageTag("nl")));
    assertEquals(Optional.empty(), plan.memberFor(shower.id()));
    assertEquals(1, plan.assignments().size());
    assertTrue(plan.unplaced().isEmpty(), "a referral is not 'nobody can take this'");
    // a strategy that does not look at scope still cannot get it planned
    AssignmentPlan lax = BatchAssignment.builder()
        .strategy((request, s) -> MatchingStrategies.builder().scopePolicy(r -> nl.voorzorgcirkel.core.scope
            .ScopeDecision.inScope()).build().rank(request, s))
        .build().plan(List.of(shower), snapshot);
    assertEquals(1, lax.referrals().size());
    assertTrue(lax.assignments().isEmpty());
  }
}
