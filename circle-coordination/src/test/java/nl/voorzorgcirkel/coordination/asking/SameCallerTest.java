package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * User test 15, L6: after the request reopened, the new call to a member without a smartphone went
 * to the other connector, though the member had been on the first connector's sheet for the same
 * request. One member is called by one connector about one request.
 */
class SameCallerTest {

  private static final Circle CIRCLE = TestCircles.circle();

  @Test
  void aMemberAskedAgainAfterTheRequestReopenedIsOnTheSameConnectorsSheet() {
    // m-6 is reached through a connector, m-2 by message; m-0 and m-1 are the connectors
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(6), id(2))).build();
    AskStep first = plan.advance(at(12, 2, 14, 0));
    assertEquals(List.of(id(0)), first.calls().stream().map(CallEntry::connector).toList(), "m-6 on m-0's sheet");
    AskStep yes = first.plan().answer(at(12, 2, 14, 30), id(2), true);
    assertEquals(List.of(CallOutcome.CANCELLED), yes.calls().stream().map(c -> c.outcome().orElseThrow()).toList());
    AskStep back = yes.plan().answer(at(12, 2, 15, 0), id(2), false);
    AskStep again = back.plan().advance(at(12, 2, 15, 0));
    List<CallEntry> asks = again.calls().stream().filter(c -> c.purpose() == Purpose.ASK).toList();
    assertEquals(List.of(id(6)), asks.stream().map(CallEntry::member).toList());
    assertEquals(List.of(id(0)), asks.stream().map(CallEntry::connector).toList(),
        "the connector who called m-6 about this request calls again, not the least busy");
    for (MemberId member : List.of(id(6))) {
      assertEquals(1, again.plan().calls().stream().filter(c -> c.member().equals(member))
          .map(CallEntry::connector).distinct().count(), "one connector for " + member);
    }
  }
}
