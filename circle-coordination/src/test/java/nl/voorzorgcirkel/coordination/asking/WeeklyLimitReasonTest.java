package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import org.junit.jupiter.api.Test;

/**
 * User test 14 (M4): when the weekly most asks keeps everyone from being asked, the escalation and
 * the expiry give that one reason, naming the limit, in English and Dutch.
 */
class WeeklyLimitReasonTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(4), id(6), id(0));

  private static List<Message> run(Locale locale) {
    CircleAgreements once = CircleAgreements.builder().maxAsksPerMemberPerWeek(1).notificationBudget(6)
        .locale(locale).build();
    CircleAsks asks = CircleAsks.of(CIRCLE);
    for (int day = 3; day <= 4; day++) {
      HelpRequest ride = TestCircles.ride().id(RequestId.of("w-" + day))
          .window(TimeWindow.fixed(at(12, day, 10, 0), at(12, day, 12, 0))).build();
      asks = asks.with(AskPlan.builder(ride, CIRCLE).order(ORDER).agreements(once)
          .visibility(Visibility.connectorsOnly()).build());
    }
    List<Message> sent = new ArrayList<>();
    for (Instant t = at(12, 2, 14, 0); t.isBefore(at(12, 5, 0, 0)); t = t.plusSeconds(900)) {
      CircleAsks.Step step = asks.advance(t);
      sent.addAll(step.messages());
      asks = step.asks();
    }
    return sent.stream().filter(m -> m.request().value().equals("w-4") && m.recipient().equals(
        nl.voorzorgcirkel.coordination.messaging.Recipient.member(id(0)))
        && (m.purpose() == Purpose.ESCALATION || m.purpose() == Purpose.EXPIRY)).toList();
  }

  @Test
  void theEscalationAndTheExpiryNameTheWeeklyLimit() {
    List<Message> english = run(Locale.ENGLISH);
    assertEquals(List.of(Purpose.ESCALATION, Purpose.EXPIRY), english.stream().map(Message::purpose).toList());
    assertEquals("Nobody in the circle can take request w-4 (ride by car, on Friday morning): the members who offer"
        + " this help have been asked as often as agreed this week. Could you approach someone yourself?",
        english.get(0).text());
    assertEquals("Request w-4 (ride by car, on Friday morning) has expired: the members who offer this help have"
        + " been asked as often as agreed this week. Next step: book the shared taxi (regiotaxi or Wmo transport).",
        english.get(1).text());
    List<Message> dutch = run(Locale.forLanguageTag("nl"));
    assertEquals("Niemand in de cirkel kan hulpvraag w-4 (autorit, vrijdagochtend) oppakken: de deelnemers die deze"
        + " hulp aanbieden, zijn deze week al zo vaak gevraagd als afgesproken. Wilt u zelf iemand benaderen?",
        dutch.get(0).text());
    assertEquals("Hulpvraag w-4 (autorit, vrijdagochtend) is verlopen: de deelnemers die deze hulp aanbieden, zijn"
        + " deze week al zo vaak gevraagd als afgesproken. Volgende stap: bestel de regiotaxi of het Wmo-vervoer.",
        dutch.get(1).text());
  }
}
