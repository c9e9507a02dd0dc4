package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.matching.ranking.SoftScores;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's example of a circle's week, and checks the README shows exactly this code. */
class ReadmeCircleWeekTest {

  private static final Path SELF = Path.of("src/test/java/nl/voorzorgcirkel/examples/ReadmeCircleWeekTest.java");

  private static HelpRequest ride(String id, String requester, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of(requester))
        .capability(Capability.RIDE_BY_CAR).window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(Instant.parse("2026-11-26T09:00:00Z")).build();
  }

  @Test
  void theReadmeExampleOfACirclesWeekRuns() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    Circle circle = SampleCircles.muziekwijk(LocalDate.of(2026, 11, 26));
    CircleSnapshot snapshot = CircleSnapshot.of(circle, SampleCircles.lastMonth(circle, clock.instant()), clock);
    Instant tuesday = LocalDate.of(2026, 12, 1).atTime(9, 30).atZone(zone).toInstant();
    HelpRequest toDentist = ride("r-there", "m-11", tuesday, 30);
    HelpRequest fromDentist = ride("r-back", "m-11", tuesday.plus(Duration.ofHours(5)), 30);
    HelpRequest groceries = ride("r-shop", "m-12", tuesday.plus(Duration.ofHours(24)), 90).toBuilder()
        .capability(Capability.GROCERIES_AND_ERRANDS).recurrence(Recurrence.weekly()).build();
    HelpRequest hospitalRide = ride("r-hospital", "m-10", tuesday.plus(Duration.ofDays(2)), 90);
    HelpRequest showerRequest = ride("r-shower", "m-12", tuesday, 30).toBuilder()
        .capability(Capability.of("douchen")).build();
    Instant now = clock.instant();
    MemberId connector = MemberId.of("m-01");
    Locale locale = Locale.forLanguageTag("nl");

    // README-BEGIN
    MatchingStrategy strategy = MatchingStrategies.standard();

    // the denture to the dental practice and back: two legs of one trip, one helper for both
    TripId denture = TripId.of("t-denture");
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(
        toDentist.toBuilder().trip(denture).build(), fromDentist.toBuilder().trip(denture).build()), snapshot);

    // the weekly groceries: one request per week, each preferring last week's helper; a weighted
    // score (0.40) that distance and fairness can outweigh, and above 1.00 it outweighs them all
    List<HelpRequest> weeks = groceries.occurrences(now.plus(Duration.ofDays(28)), zone);
    MatchingStrategy sameNeighbour = MatchingStrategies.builder().score(SoftScores.previousHelper(), 1.5).build();

    // a member says no: rank again with the request's lifecycle; who said no is never asked first
    List<MemberId> askFirst = strategy.rank(hospitalRide, snapshot).askFirst().stream()
        .map(RankedCandidate::member).toList();
    RequestLifecycle lifecycle = RequestLifecycle.open(hospitalRide)
        .ask(now, connector, askFirst)
        .decline(now.plus(Duration.ofMinutes(20)), askFirst.get(0));
    Ranking again = strategy.rank(lifecycle, snapshot.withRequests(List.of(lifecycle)));
    String forConnector = again.explain(Audience.CONNECTOR, locale); // members get explain(locale)

    // help said yes to counts against the helper's week, and their time is taken
    RequestLifecycle accepted = lifecycle.accept(now.plus(Duration.ofMinutes(30)), askFirst.get(1));
    CircleSnapshot thisWeek = snapshot.withCommitments(CommitmentBook.from(List.of(accepted)));

    // a shower is not for the circle: never ranked, referred to district nursing
    Ranking shower = strategy.rank(showerRequest, snapshot);
    RequestLifecycle referred = RequestLifecycle.open(showerRequest).refer(now, connector, shower.scope());
    // README-END

    assertEquals(2, plan.assignments().size());
    assertEquals(plan.assignments().get(0).member(), plan.assignments().get(1).member(), "one helper, both legs");
    assertEquals(4, weeks.size());
    assertTrue(weeks.stream().allMatch(w -> w.series().isPresent()));
    // whoever the standard strategy ranks last for week 2 helped in week 1: with the weight above
    // 1.00 they come first, whatever their distance and load
    List<RankedCandidate> week2 = strategy.rank(weeks.get(1), snapshot).candidates();
    MemberId last = week2.get(week2.size() - 1).member();
    HelpLedger ledger = SampleCircles.lastMonth(circle, now).append(HelpRecord.builder().helper(last)
        .recipient(MemberId.of("m-12")).capability(Capability.GROCERIES_AND_ERRANDS)
        .start(weeks.get(0).window().start()).effort(Duration.ofMinutes(90)).request(weeks.get(0).id())
        .series(weeks.get(0).series().orElseThrow()).build());
    CircleSnapshot afterWeek1 = CircleSnapshot.of(circle, ledger, Clock.fixed(weeks.get(0).window().end(), zone));
    assertEquals(last, sameNeighbour.rank(weeks.get(1), afterWeek1).candidates().get(0).member());
    assertFalse(again.askFirst().stream().anyMatch(c -> c.member().equals(askFirst.get(0))));
    assertEquals(List.of(askFirst.get(1)), again.awaitingAnswer().stream().map(RankedCandidate::member).toList());
    assertTrue(forConnector.contains("(zei nee)"), forConnector);
    Commitment promised = thisWeek.commitments().forRequest(hospitalRide.id()).orElseThrow();
    assertEquals(askFirst.get(1), promised.helper());
    assertEquals("time-conflict", strategy.rank(ride("r-same-time", "m-10", hospitalRide.window().start(), 30),
        thisWeek).exclusions().stream().filter(e -> e.member().equals(askFirst.get(1))).findFirst()
        .orElseThrow().code(), "the helper is not asked for help at the same time");
    assertTrue(shower.isReferred());
    assertEquals(ReferralTarget.DISTRICT_NURSING, shower.scope().referral().orElseThrow());
    assertEquals(nl.voorzorgcirkel.core.lifecycle.RequestState.REFERRED, referred.state());
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
