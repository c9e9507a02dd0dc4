package nl.voorzorgcirkel.core.lifecycle;

import static nl.voorzorgcirkel.testing.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Known outcomes of asking in rounds, of the ask history over many asks, and of the bounds of a
 * reported effort: the cases mutation testing found untested.
 */
class AskRoundsAndBoundariesTest {

  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");
  private static final MemberId CEES = MemberId.of("m-3");

  private static Instant at(int minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  private static HelpRequest request(String id) {
    return Fixtures.request(id, "m-0").build();
  }

  @Test
  void aSecondRoundAddsToWhoIsStillPendingInOrder() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request("r-1"))
        .ask(at(1), null, List.of(ANNA))
        .ask(at(2), null, List.of(BERT, ANNA));
    assertEquals(List.of(ANNA, BERT), lifecycle.pendingHelpers());
    assertEquals(RequestState.HELPERS_ASKED, lifecycle.state());
  }

  @Test
  void aMemberNamedTwiceInOneRoundIsPendingOnce() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request("r-1"))
        .ask(at(1), null, List.of(ANNA, BERT, ANNA));
    assertEquals(List.of(ANNA, BERT), lifecycle.pendingHelpers());
  }

  @Test
  void askingADeclinerAgainTakesThemOffTheDeclinedList() {
    RequestLifecycle declined = RequestLifecycle.open(request("r-1"))
        .ask(at(1), null, List.of(ANNA))
        .decline(at(2), ANNA);
    assertEquals(RequestState.OPEN, declined.state());
    assertEquals(List.of(ANNA), declined.declinedBy());

    RequestLifecycle again = declined.ask(at(3), null, List.of(ANNA, CEES));
    assertEquals(List.of(ANNA, CEES), again.pendingHelpers());
    assertEquals(List.of(), again.declinedBy());
  }

  @Test
  void theAskHistoryCountsEveryAskOfAMemberAskedManyTimes() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request("r-1"));
    for (int round = 1; round <= 9; round++) {
      lifecycle = lifecycle.ask(at(round), null, List.of(ANNA)).decline(at(round).plusSeconds(30), ANNA);
    }
    AskHistory history = AskHistory.from(List.of(lifecycle));
    assertEquals(9, history.timesAsked(ANNA, NOW, at(60)));
    assertEquals(9, history.timesDeclined(ANNA, NOW, at(60)));
    assertEquals(4, history.timesAsked(ANNA, at(3), at(7)), "rounds 3 to 6");
    assertEquals("AskHistory{asks=9, declines=9}", history.toString());
  }

  @Test
  void theAskHistoryCountsByTimeWhateverTheOrderOfTheRequests() {
    // the later request comes first: the member's asks must still be counted by their time
    RequestLifecycle late = RequestLifecycle.open(request("r-late")).ask(at(50), null, List.of(ANNA));
    RequestLifecycle early = RequestLifecycle.open(request("r-early")).ask(at(10), null, List.of(ANNA));
    RequestLifecycle middle = RequestLifecycle.open(request("r-middle")).ask(at(30), null, List.of(ANNA));
    AskHistory history = AskHistory.from(List.of(late, early, middle));
    assertEquals(1, history.timesAsked(ANNA, NOW, at(20)));
    assertEquals(2, history.timesAsked(ANNA, at(20), at(60)));
    assertEquals(1, history.timesAsked(ANNA, at(30), at(31)));
    assertEquals(3, history.timesAsked(ANNA, NOW, at(60)));
  }

  @Test
  void aHistoryWithAsksOrOnlyDeclinesIsNotEmpty() {
    assertTrue(AskHistory.empty().isEmpty());
    assertTrue(AskHistory.from(List.of(RequestLifecycle.open(request("r-1")))).isEmpty(),
        "a request nobody was asked for");
    assertFalse(AskHistory.from(List.of(RequestLifecycle.open(request("r-1"))
        .ask(at(1), null, List.of(ANNA)))).isEmpty());
    // a volunteer who accepted unasked and then withdrew: a decline without an ask
    assertFalse(AskHistory.from(List.of(RequestLifecycle.open(request("r-1"))
        .accept(at(1), ANNA).decline(at(2), ANNA))).isEmpty());
  }

  @Test
  void anEffortOfExactlyOneMinuteOrTwentyFourHoursIsReported() {
    assertEquals(Duration.ofMinutes(1),
        new RequestEvent.Done(NOW, Optional.empty(), Duration.ofMinutes(1)).actualEffort());
    assertEquals(Duration.ofHours(24),
        new RequestEvent.Done(NOW, Optional.empty(), Duration.ofHours(24)).actualEffort());
    for (Duration outside : List.of(Duration.ofSeconds(59), Duration.ofHours(24).plusNanos(1),
        Duration.ZERO, Duration.ofMinutes(-5))) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> new RequestEvent.Done(NOW, Optional.empty(), outside), outside::toString);
      assertEquals("invalid value (1): Done.actualEffort: must be between 1 min and 24 h",
          e.getMessage());
      assertEquals("ongeldige waarde (1): Done.actualEffort: moet tussen 1 min en 24 h liggen",
          e.message(Locale.forLanguageTag("nl")));
    }
  }

  @Test
  void eventsAboutAHelperNameThemAsWhoActed() {
    assertEquals(Optional.of(ANNA), new RequestEvent.Accepted(NOW, ANNA).by());
    assertEquals(Optional.of(BERT), new RequestEvent.Declined(NOW, BERT).by());
    RequestLifecycle accepted = RequestLifecycle.open(request("r-1")).accept(at(1), ANNA);
    assertEquals(Optional.of(ANNA), accepted.history().get(0).event().by());
  }
}
