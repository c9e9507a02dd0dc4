package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The starts of one member's flexible help are found exactly, not by one greedy order: placing
 * help by the end of its window first is not an exact test (the help with the later window end may
 * have to go first), and a plan must only hold help for which starts exist.
 */
class StartTimesExactTest {

  private static final Duration BUFFER = HardRules.DEFAULT_TRAVEL_BUFFER;
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void helpWithTheLaterWindowEndGoesFirstWhereOnlyThatFits() {
    // a: an hour within 10:00-11:30; b: an hour within 09:00-12:00. By window end a goes first, at
    // 10:00, and b fits neither before it (it would end at 10:00, the buffer not kept) nor after it
    // (11:15 to 12:15, past 12:00). The one order that fits: b at 09:00, a at 10:15
    Member member = Fixtures.member("m-0").build();
    HelpRequest a = flexible("r-a", at(10, 0), at(11, 30));
    HelpRequest b = flexible("r-b", at(9, 0), at(12, 0));
    List<StartTimes.Placed> placed = placed(member, a, b);
    List<StartTimes.Start> starts = StartTimes.of(placed, snapshot(member), BUFFER);
    assertEquals(new StartTimes.Start(at(10, 15), true), starts.get(0));
    assertEquals(new StartTimes.Start(at(9, 0), true), starts.get(1));
  }

  @Test
  void helpWithNoRoomLeftHasNoStarts() {
    // a: an hour within 10:00-11:00 (so at 10:00); b: an hour within 09:30-11:30, which needs
    // 08:45 at the latest before a, or 11:15 after it: neither is in its window
    Member member = Fixtures.member("m-0").build();
    HelpRequest a = flexible("r-a", at(10, 0), at(11, 0));
    HelpRequest b = flexible("r-b", at(9, 30), at(11, 30));
    List<StartTimes.Placed> placed = placed(member, a, b);
    StartTimes.Answer answer = StartTimes.clearStarts(placed, snapshot(member), BUFFER, 1_000);
    assertNull(answer.starts);
    assertFalse(answer.unknown);
    assertTrue(StartTimes.of(placed, snapshot(member), BUFFER).stream().anyMatch(s -> !s.clear()));
  }

  /** The two requests with the member, each from the start of its window. */
  private static List<StartTimes.Placed> placed(Member member, HelpRequest a, HelpRequest b) {
    return List.of(new StartTimes.Placed(a, member, a.window().start()),
        new StartTimes.Placed(b, member, b.window().start()));
  }

  private static CircleSnapshot snapshot(Member member) {
    return CircleSnapshot.at(Fixtures.circle(0).addMembers(member, Fixtures.member("m-1").build()).build(),
        HelpLedger.empty(), Fixtures.NOW);
  }

  private static HelpRequest flexible(String id, Instant from, Instant to) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of("m-1"))
        .capability(Capability.standard().get(0)).window(TimeWindow.flexible(from, to))
        .expectedDuration(Duration.ofHours(1)).createdAt(Fixtures.NOW).build();
  }

  private static Instant at(int hour, int minute) {
    return DAY.atTime(LocalTime.of(hour, minute)).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }
}
