package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.messaging.Recipient;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * User test 14 (M3): when the helper steps back or does not come, the requester, the group and the
 * connectors hear that the request is open again, and the members told it was taken are not waited
 * on (they may be asked again).
 */
class HelperStepsBackTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));

  /** The ride asked at 14:00 (m-2 and m-3), m-2's yes at 14:30: m-3 and the group told it is taken. */
  private static AskPlan taken(Locale locale) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(ORDER)
        .agreements(CircleAgreements.builder().locale(locale).build()).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    AskStep yes = plan.answer(at(12, 2, 14, 30), id(2), true);
    assertTrue(yes.messages().stream().anyMatch(m -> m.purpose() == Purpose.TAKEN
        && m.recipient().equals(Recipient.member(id(3)))));
    return yes.plan();
  }

  private static void assertReopened(AskStep step, String toRequester, String toGroup) {
    List<Message> reopened = step.messages().stream().filter(m -> m.purpose() == Purpose.REOPENED).toList();
    assertEquals(List.of(Recipient.member(id(7)), Recipient.group(), Recipient.member(id(0)),
        Recipient.member(id(1))), reopened.stream().map(Message::recipient).toList());
    assertEquals(toRequester, reopened.get(0).text());
    assertEquals(toGroup, reopened.get(1).text());
    assertTrue(reopened.get(2).text().startsWith("Request r-ride (ride by car, on Thursday morning) is open again")
        || reopened.get(2).text().startsWith("Hulpvraag r-ride (autorit, donderdagochtend) staat weer open"),
        reopened.get(2).text());
  }

  @Test
  void aHelperSteppingBackReopensTheRequestAndTheNextRoundGoesOutAtOnce() {
    AskStep back = taken(Locale.forLanguageTag("nl")).answer(at(12, 2, 15, 0), id(2), false);
    assertReopened(back,
        "De helper voor uw hulpvraag (autorit, donderdagochtend) kan toch niet helpen. De hulpvraag staat weer open;"
            + " de cirkel zoekt iemand anders.",
        "De hulpvraag (autorit, donderdagochtend) staat weer open. Kunt u toch helpen? Reageer hier in de groep.");
    assertEquals(Optional.of(at(12, 2, 15, 0)), back.nextCheck());
    // m-3 was told there was nothing more to do: not waited on, but asked again as a new ask
    AskStep next = back.plan().advance(at(12, 2, 15, 0));
    assertEquals(List.of(Recipient.member(id(3))), next.messages().stream()
        .filter(m -> m.purpose() == Purpose.ASK).map(Message::recipient).toList());
    assertEquals(List.of(id(5)), next.calls().stream().map(c -> c.member()).toList());
    assertEquals(List.of(id(2), id(3), id(5)), next.plan().asked(), "m-2 said no: never asked again");
  }

  @Test
  void aNoShowReopensTheRequestToo() {
    AskStep noShow = taken(Locale.ENGLISH).noShow(at(12, 2, 16, 0), id(7));
    assertReopened(noShow,
        "The helper for your request (ride by car, on Thursday morning) cannot help after all. The request is open"
            + " again; the circle is looking for someone else.",
        "The request (ride by car, on Thursday morning) is open again. Can you help after all? Reply here in the group.");
  }

  @Test
  void withNoTimeLeftTheExpiryTellsItInstead() {
    AskPlan plan = taken(Locale.ENGLISH);
    AskStep late = plan.noShow(at(12, 3, 10, 30), null);
    assertEquals(List.of(), late.messages().stream().filter(m -> m.purpose() == Purpose.REOPENED).toList());
    AskStep expiry = late.plan().advance(at(12, 3, 10, 30));
    assertTrue(expiry.messages().stream().anyMatch(m -> m.purpose() == Purpose.NOT_FOUND));
    assertEquals(List.of(), expiry.messages().stream().filter(m -> m.purpose() == Purpose.CLOSED).toList(),
        "m-3 was told it was taken: not told again that it is closed");
  }
}
