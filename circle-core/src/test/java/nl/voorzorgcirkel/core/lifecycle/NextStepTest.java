package nl.voorzorgcirkel.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The next step for an expired request reads its kind of help as a circle's own vocabulary does, as
 * the matching, the health check and the invitations do: a platform's {@code regiotaxi}, a synonym
 * of rides in its vocabulary, gets the shared taxi as {@code ride-by-car} does.
 */
class NextStepTest {

  private static HelpRequest request(Capability capability, Urgency urgency) {
    return Fixtures.request("r-1", "m-0").capability(capability).urgency(urgency).build();
  }

  @Test
  void aSynonymOfRidesInACirclesOwnVocabularyGetsTheSharedTaxi() {
    CapabilityVocabulary own = Fixtures.ownVocabulary();
    for (Urgency urgency : Urgency.values()) {
      assertEquals(NextStep.SHARED_TAXI, NextStep.suggestFor(request(Fixtures.REGIOTAXI, urgency), own), "" + urgency);
      assertEquals(NextStep.suggestFor(request(Capability.RIDE_BY_CAR, urgency), own),
          NextStep.suggestFor(request(Fixtures.REGIOTAXI, urgency), own));
    }
    // the standard vocabulary does not know the word: not a ride there
    assertEquals(NextStep.REPOST_WITH_WIDER_WINDOW,
        NextStep.suggestFor(request(Fixtures.REGIOTAXI, Urgency.ROUTINE)));
  }

  @Test
  void everyWordOfAVocabularyGetsTheStepOfItsKindAndTheOldCallReadsTheStandardOne() {
    CapabilityVocabulary own = Fixtures.ownVocabulary();
    for (Map.Entry<Capability, Capability> word : Fixtures.wordsAsCodes(own, true).entrySet()) {
      for (Urgency urgency : Urgency.values()) {
        HelpRequest asWord = request(word.getKey(), urgency);
        assertEquals(NextStep.suggestFor(request(word.getValue(), urgency), own), NextStep.suggestFor(asWord, own),
            word.getKey() + ", " + urgency);
        assertEquals(NextStep.suggestFor(asWord, CapabilityVocabulary.standard()), NextStep.suggestFor(asWord),
            word.getKey() + ", " + urgency);
      }
    }
  }
}
