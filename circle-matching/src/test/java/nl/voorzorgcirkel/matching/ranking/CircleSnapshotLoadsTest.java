package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A snapshot's loads over a period (help given plus help promised that starts in the period) and
 * the previous helper of a series, from the ledger and from promises alike.
 */
class CircleSnapshotLoadsTest {

  private static final Instant NOW = LocalDateTime.of(2026, 11, 26, 10, 0)
      .atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  private static final MemberId REQUESTER = MemberId.of("m-0");
  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId BERT = MemberId.of("m-bert");
  private static final MemberId CEES = MemberId.of("m-cees");
  private static final SeriesId SHOPPING = SeriesId.of("s-shopping");

  private static Circle circle() {
    Circle.Builder circle = Fixtures.circle(0).addMembers(Fixtures.member("m-0").build());
    for (MemberId id : List.of(ANNA, BERT, CEES)) {
      circle.addMembers(Fixtures.member(id.value()).capacityPerWeek(Duration.ofHours(6))
          .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build());
    }
    return circle.build();
  }

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 11, day, hour, 0).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  private static HelpRequest ride(String id, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(REQUESTER).capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(start.minus(Duration.ofDays(1))).build();
  }

  /** A yes when the request was filed: a lifecycle takes no yes after the window ended. */
  private static Commitment promise(MemberId helper, HelpRequest request) {
    return Commitment.from(RequestLifecycle.open(request).accept(request.createdAt(), helper)).orElseThrow();
  }

  private static HelpRecord given(MemberId helper, Instant start, Duration effort, Optional<SeriesId> series) {
    return HelpRecord.builder().helper(helper).recipient(REQUESTER).capability(Capability.RIDE_BY_CAR)
        .start(start).effort(effort).series(series).build();
  }

  @Test
  void loadsOverAPeriodAddPromisesStartingInItToHelpGiven() {
    Instant from = at(27, 0);
    Instant to = at(28, 0);
    HelpLedger ledger = HelpLedger.empty()
        .append(given(ANNA, at(27, 9), Duration.ofHours(1), Optional.empty()))
        .append(given(CEES, at(26, 9), Duration.ofHours(1), Optional.empty()));
    CommitmentBook book = CommitmentBook.of(List.of(
        promise(ANNA, ride("r-1", at(27, 14), 50)),
        promise(BERT, ride("r-2", from, 40)),
        promise(CEES, ride("r-3", to, 30))));
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), ledger, NOW).withCommitments(book);
    Map<MemberId, Duration> expected = new TreeMap<>(Map.of(ANNA, Duration.ofMinutes(110), BERT, Duration.ofMinutes(40)));
    assertEquals(expected, snapshot.loads(from, to), "a promise at the start counts, one at the end does not");
    assertEquals(expected, snapshot.loads(from, to), "asked again");
    for (MemberId member : List.of(ANNA, BERT, CEES)) {
      assertEquals(snapshot.load(member, from, to), expected.getOrDefault(member, Duration.ZERO), member.value());
    }
    assertEquals(Map.of(CEES, Duration.ofHours(1)), snapshot.loads(at(26, 0), at(27, 0)), "another period");
  }

  @Test
  void thePreviousHelperOfASeriesMayHavePromisedRatherThanGiven() {
    HelpRequest tuesday = ride("r-tue", at(24, 10), 60).toBuilder().series(SHOPPING).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), NOW)
        .withCommitments(CommitmentBook.of(List.of(promise(BERT, tuesday))));
    assertEquals(Optional.of(BERT), snapshot.previousHelper(SHOPPING, at(27, 10)));
    assertEquals(Optional.empty(), snapshot.previousHelper(SHOPPING, at(24, 10)), "only earlier ones");
  }

  @Test
  void twoHelpersAtTheSameMomentOfASeriesGiveTheLowerId() {
    Instant tuesday = at(24, 10);
    HelpRequest ride = ride("r-tue", tuesday, 60).toBuilder().series(SHOPPING).build();
    for (MemberId gave : List.of(BERT, CEES)) {
      MemberId promised = gave.equals(BERT) ? CEES : BERT;
      CircleSnapshot snapshot = CircleSnapshot.at(circle(),
              HelpLedger.empty().append(given(gave, tuesday, Duration.ofHours(1), Optional.of(SHOPPING))), NOW)
          .withCommitments(CommitmentBook.of(List.of(promise(promised, ride))));
      assertEquals(Optional.of(BERT), snapshot.previousHelper(SHOPPING, at(27, 10)), "given by " + gave);
    }
  }
}
