package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Adding a request to a plan takes one augmenting path when the plan's member-weeks stay the same
 * and every member's capacity still holds the load the earlier plan gave them, even exactly; a
 * request in another week is planned afresh. Either way the plan is the one planning all at once
 * gives.
 */
class BatchAddPathTest {

  /** The requester m-0 and two drivers with ten hours a week. */
  private static CircleSnapshot snapshot() {
    return CircleSnapshot.at(Fixtures.circle(0).addMembers(Fixtures.member("m-0").build())
        .addMembers(driver("m-1")).addMembers(driver("m-2")).build(), HelpLedger.empty(), Fixtures.NOW);
  }

  private static nl.voorzorgcirkel.core.model.Member driver(String id) {
    return Fixtures.member(id).capacityPerWeek(Duration.ofHours(10))
        .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build();
  }

  private static HelpRequest ride(String id, int month, int day, int hour) {
    Instant start = LocalDateTime.of(2026, month, day, hour, 0).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of("m-0"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(60))))
        .expectedDuration(Duration.ofMinutes(60)).createdAt(Fixtures.NOW).build();
  }

  @Test
  void aRideInTheSameWeekIsAddedAlongOnePathEvenWithAMemberExactlyAtCapacity() {
    // one request per member: the driver of the first ride is exactly at capacity
    BatchAssignment batch = BatchAssignment.builder().maxRequestsPerMember(1).build();
    HelpRequest first = ride("r-1", 11, 27, 10);
    HelpRequest second = ride("r-2", 11, 27, 14);
    AssignmentPlan before = batch.plan(List.of(first), snapshot());
    AssignmentPlan after = batch.add(before, second);
    assertTrue(after.incremental());
    AssignmentPlan fresh = batch.plan(List.of(first, second), snapshot());
    assertEquals(fresh.networkCost(), after.networkCost(), 1e-9);
    assertEquals(before.memberFor(first.id()), after.memberFor(first.id()));
    assertTrue(after.memberFor(second.id()).isPresent());
    assertFalse(after.memberFor(second.id()).equals(after.memberFor(first.id())), "one request each");
    assertEquals(List.of(), after.moved());
  }

  @Test
  void aRideInAnotherWeekIsPlannedAfresh() {
    BatchAssignment batch = BatchAssignment.standard();
    HelpRequest first = ride("r-1", 11, 27, 10);
    HelpRequest nextWeek = ride("r-2", 12, 4, 10);
    AssignmentPlan after = batch.add(batch.plan(List.of(first), snapshot()), nextWeek);
    assertFalse(after.incremental());
    AssignmentPlan fresh = batch.plan(List.of(first, nextWeek), snapshot());
    assertEquals(fresh.networkCost(), after.networkCost(), 1e-9);
    assertEquals(fresh.memberFor(nextWeek.id()), after.memberFor(nextWeek.id()));
    assertEquals(Optional.of(after.memberFor(first.id()).orElseThrow()), fresh.memberFor(first.id()));
  }
}
