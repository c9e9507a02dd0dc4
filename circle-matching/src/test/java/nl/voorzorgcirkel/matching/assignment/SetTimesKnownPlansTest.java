package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Plans at set times whose answer is known, with one driver: two rides exactly the travel buffer
 * apart both go to her, a minute closer one cannot; the legs of a trip may touch but not overlap.
 */
class SetTimesKnownPlansTest {

  private static final MemberId DRIVER = MemberId.of("m-1");

  /** The requester m-0 and one driver with ten hours a week. */
  private static CircleSnapshot snapshot() {
    return CircleSnapshot.at(Fixtures.circle(0).addMembers(Fixtures.member("m-0").build())
        .addMembers(Fixtures.member(DRIVER.value()).capacityPerWeek(Duration.ofHours(10))
            .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build())
        .build(), HelpLedger.empty(), Fixtures.NOW);
  }

  /** 27 November 2026 at the given time, Dutch time. */
  private static Instant at(int hour, int minute) {
    return LocalDateTime.of(2026, 11, 27, hour, minute).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  private static HelpRequest ride(String id, Instant start, int minutes) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of("m-0"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(Fixtures.NOW).build();
  }

  private static List<String> placed(AssignmentPlan plan) {
    return plan.assignments().stream().map(a -> a.request() + ">" + a.member()).sorted().collect(Collectors.toList());
  }

  private static List<String> unplaced(AssignmentPlan plan) {
    return plan.unplaced().stream().map(u -> u.request() + ":" + u.code()).collect(Collectors.toList());
  }

  private static List<HelpRequest> either(HelpRequest first, HelpRequest second, boolean reversed) {
    List<HelpRequest> both = new ArrayList<>(List.of(first, second));
    if (reversed) {
      java.util.Collections.reverse(both);
    }
    return both;
  }

  @Test
  void twoRidesExactlyTheTravelBufferApartBothGoToTheOneDriver() {
    for (boolean reversed : new boolean[] {false, true}) {
      AssignmentPlan plan = BatchAssignment.standard().plan(either(ride("r-1", at(10, 0), 60),
          ride("r-2", at(11, 15), 60), reversed), snapshot());
      assertEquals(List.of("r-1>m-1", "r-2>m-1"), placed(plan), "reversed: " + reversed);
      assertEquals(List.of(), plan.unplaced());
    }
  }

  @Test
  void aRideAMinuteInsideTheBufferCannotGoToTheSameDriver() {
    for (boolean reversed : new boolean[] {false, true}) {
      AssignmentPlan plan = BatchAssignment.standard().plan(either(ride("r-1", at(10, 0), 60),
          ride("r-2", at(11, 14), 60), reversed), snapshot());
      assertEquals(1, plan.assignments().size(), "reversed: " + reversed);
      assertEquals(List.of(Unplaced.CAPACITY), plan.unplaced().stream().map(Unplaced::code)
          .collect(Collectors.toList()));
    }
    // without a buffer they may touch
    AssignmentPlan touching = BatchAssignment.builder().travelBuffer(Duration.ZERO).build()
        .plan(List.of(ride("r-1", at(10, 0), 60), ride("r-2", at(11, 0), 60)), snapshot());
    assertEquals(List.of("r-1>m-1", "r-2>m-1"), placed(touching));
    AssignmentPlan overlapping = BatchAssignment.builder().travelBuffer(Duration.ZERO).build()
        .plan(List.of(ride("r-1", at(10, 0), 60), ride("r-2", at(10, 59), 60)), snapshot());
    assertEquals(1, overlapping.assignments().size());
  }

  @Test
  void theLegsOfATripMayTouchButNotOverlap() {
    TripId trip = TripId.of("t-1");
    HelpRequest there = ride("r-there", at(10, 0), 60).toBuilder().trip(trip).build();
    AssignmentPlan touching = BatchAssignment.standard().plan(List.of(there,
        ride("r-back", at(11, 0), 60).toBuilder().trip(trip).build()), snapshot());
    assertEquals(List.of("r-back>m-1", "r-there>m-1"), placed(touching), "the trip goes on: no buffer between its legs");
    for (boolean reversed : new boolean[] {false, true}) {
      AssignmentPlan overlapping = BatchAssignment.standard().plan(either(there,
          ride("r-back", at(10, 59), 60).toBuilder().trip(trip).build(), reversed), snapshot());
      assertEquals(List.of(), placed(overlapping), "reversed: " + reversed);
      assertEquals(List.of("r-back:" + Unplaced.NO_ONE_FOR_WHOLE_TRIP, "r-there:" + Unplaced.NO_ONE_FOR_WHOLE_TRIP),
          unplaced(overlapping).stream().sorted().collect(Collectors.toList()));
    }
  }
}
