package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * User test 14, H1, through the ask plan: a request written {@code boodschappen}, {@code autorit}
 * or {@code naar-de-kapper} was in scope but ranked nobody, so the plan escalated "nobody can take
 * it" and its expiry sent the requester to a neighbouring circle, while every member offers rides
 * and groceries. The plan now asks whom it asks for the kind of help, and an expiry suggests what
 * it suggests for that kind.
 */
class RequestWordsAskPlanTest {

  private static final Circle CIRCLE = TestCircles.circle();

  private static AskPlan ranked(String code) {
    HelpRequest request = TestCircles.ride().capability(Capability.of(code)).build();
    return AskPlan.builder(request, CIRCLE)
        .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0)))
        .build();
  }

  private static AskStep expire(AskPlan plan) {
    AskStep step = plan.advance(at(12, 2, 14, 0));
    for (int i = 0; i < 20 && !step.plan().isFinished(); i++) {
      step = step.plan().advance(step.plan().nextCheck().orElse(step.plan().expiresAt()));
    }
    return step;
  }

  @Test
  void aRequestInTheVocabularysWordsIsAskedOfThoseWhoOfferItsKind() {
    for (List<String> code : List.of(List.of("boodschappen", "groceries-and-errands"),
        List.of("boodschappen-doen", "groceries-and-errands"), List.of("medicijnen-ophalen", "groceries-and-errands"),
        List.of("naar-de-kapper", "ride-by-car"), List.of("autorit", "ride-by-car"))) {
      AskPlan plan = ranked(code.get(0));
      assertEquals(ranked(code.get(1)).order(), plan.order(), code.get(0));
      assertFalse(plan.order().isEmpty(), code.get(0));
      AskStep first = plan.advance(at(12, 2, 14, 0));
      assertFalse(first.messages().stream().anyMatch(m -> m.purpose() == Purpose.ESCALATION), code.get(0));
      assertFalse(first.plan().asked().isEmpty(), code.get(0));
    }
  }

  @Test
  void anExpiredRideInTheVocabularysWordsGetsTheSharedTaxiNotANeighbouringCircle() {
    for (String code : List.of("autorit", "naar-de-kapper", "ride-by-car")) {
      AskStep step = expire(ranked(code));
      assertEquals(Optional.of(NextStep.SHARED_TAXI), step.plan().lifecycle().nextStep(), code);
      String expiry = step.messages().stream().filter(m -> m.purpose() == Purpose.EXPIRY).findFirst()
          .map(Message::text).orElseThrow();
      assertFalse(expiry.contains("niemand in deze cirkel biedt"), expiry);
    }
  }

  @Test
  void aPlanGivenItsOrderReadsTheRequestByTheStandardVocabulary() {
    // nobody could be asked, but every member offers groceries: not a neighbouring circle
    HelpRequest request = TestCircles.ride().capability(Capability.of("boodschappen")).build();
    AskStep step = expire(AskPlan.builder(request, CIRCLE).order(List.of()).build());
    assertTrue(step.plan().lifecycle().nextStep().isPresent());
    assertFalse(step.plan().lifecycle().nextStep().get() == NextStep.ASK_NEIGHBOURING_CIRCLE,
        step.plan().lifecycle().nextStep().toString());
  }
}
