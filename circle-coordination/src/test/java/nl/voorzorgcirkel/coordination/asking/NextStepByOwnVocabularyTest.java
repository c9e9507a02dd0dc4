package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import org.junit.jupiter.api.Test;

/**
 * A plan given a circle's own vocabulary (through its scope policy) suggests the next step for the
 * kind of help that vocabulary reads: a ride asked for in the platform's word {@code regiotaxi}
 * gets the shared taxi, as {@code ride-by-car} does. Before, the expiry read the standard vocabulary
 * only and told the connectors to post the ride again with a wider window.
 */
class NextStepByOwnVocabularyTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final CapabilityVocabulary OWN =
      CapabilityVocabulary.standard().withSynonyms(Capability.RIDE_BY_CAR, "regiotaxi");

  /** The ride in a code, asked of m-2 and m-3, both saying no; advanced to its last start. */
  private static AskStep expired(String code) {
    AskPlan plan = AskPlan.builder(TestCircles.ride().capability(Capability.of(code)).build(), CIRCLE)
        .order(List.of(id(2), id(3)), ScopePolicies.byVocabulary(OWN)).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan();
    plan = plan.answer(at(12, 2, 14, 10), id(2), false).plan();
    plan = plan.answer(at(12, 2, 14, 20), id(3), false).plan();
    plan = plan.advance(at(12, 2, 14, 20)).plan();
    return plan.advance(at(12, 3, 10, 0));
  }

  private static List<String> expiryNotices(AskStep step) {
    return step.messages().stream().filter(m -> m.purpose() == Purpose.EXPIRY).map(Message::text).toList();
  }

  @Test
  void aRideInThePlatformsOwnWordGetsTheSharedTaxiAsARideByCarDoes() {
    AskStep byCar = expired("ride-by-car");
    AskStep regiotaxi = expired("regiotaxi");
    assertEquals(RequestState.EXPIRED, regiotaxi.plan().lifecycle().state());
    assertEquals(Optional.of(NextStep.SHARED_TAXI), byCar.plan().lifecycle().nextStep());
    assertEquals(byCar.plan().lifecycle().nextStep(), regiotaxi.plan().lifecycle().nextStep());
    assertEquals(expiryNotices(byCar), expiryNotices(regiotaxi));
  }
}
