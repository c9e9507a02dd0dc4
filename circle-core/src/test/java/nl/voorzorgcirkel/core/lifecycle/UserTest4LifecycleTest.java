package nl.voorzorgcirkel.core.lifecycle;

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
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The lifecycle findings of user test 4 (G4, G13), each a test that failed before its fix. */
class UserTest4LifecycleTest {

  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");
  /** Monday 22 March 2027, 08:00 UTC: the ride is filed. */
  private static final Instant MONDAY = Instant.parse("2027-03-22T08:00:00Z");
  /** Thursday 25 March 2027, 09:00 UTC (10:00 in Amsterdam): the ride starts. */
  private static final Instant THURSDAY = Instant.parse("2027-03-25T09:00:00Z");

  private final HelpRequest ride = Fixtures.request("r-ride", "m-0")
      .window(TimeWindow.fixed(THURSDAY, THURSDAY.plus(Duration.ofHours(2))))
      .createdAt(MONDAY)
      .build();

  private RequestLifecycle accepted() {
    return RequestLifecycle.open(ride).ask(MONDAY.plusSeconds(60), null, List.of(ANNA, BERT))
        .accept(MONDAY.plusSeconds(1_800), BERT);
  }

  @Test
  void g4HelpCannotBeReportedDoneBeforeTheWindowStarts() {
    RequestLifecycle accepted = accepted();
    // Monday 13:00 UTC, three days early: before the fix DONE, with a ledger record dated Monday
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> accepted.complete(Instant.parse("2027-03-22T13:00:00Z"), Duration.ofMinutes(60)));
    assertEquals("done-before-the-window", e.rule());
    assertEquals(RequestState.ACCEPTED, e.state());
    assertEquals("cannot record the help done for a request in state 'accepted': the help cannot be reported"
        + " done (at) before the request's window starts", e.getMessage());
    assertEquals("De hulp als gedaan melden kan niet bij een hulpvraag met status 'aangenomen': de hulp kan"
        + " niet als gedaan gemeld worden (at) vóór het begin van het tijdvak van de hulpvraag", e.message(NL));
    assertEquals(accepted, accepted(), "a refused event changes nothing");
    // a second before the start is refused too; from the start on it is taken
    assertEquals(Optional.of("done-before-the-window"), accepted.refusal(
        new RequestEvent.Done(THURSDAY.minusSeconds(1), Optional.empty(), Duration.ofMinutes(1))));
    RequestLifecycle done = accepted.complete(THURSDAY.plus(Duration.ofMinutes(90)), Duration.ofMinutes(90));
    assertEquals(THURSDAY, done.toHelpRecord().orElseThrow().start());
    // help reported late (the next day) still happened and still counts
    assertEquals(RequestState.DONE, accepted.complete(THURSDAY.plus(Duration.ofDays(1)), Duration.ofMinutes(60))
        .state());
  }

  @Test
  void g4AYesAfterTheWindowEndedIsRefusedAsAnExpiredPlanRefusesIt() {
    RequestLifecycle asked = RequestLifecycle.open(ride).ask(MONDAY.plusSeconds(60), null, List.of(ANNA, BERT));
    Instant monthLater = THURSDAY.plus(Duration.ofDays(31));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> asked.accept(monthLater, ANNA));
    assertEquals("window-has-ended", e.rule());
    assertTrue(e.getMessage().endsWith("the request's window has ended: a yes (at) after it comes too late"),
        e.getMessage());
    assertTrue(e.message(NL).endsWith("het tijdvak van de hulpvraag is voorbij: een ja (at) daarna komt te laat"),
        e.message(NL));
    // a volunteer's yes as well; up to the window's end a yes is still recorded (the plan decides
    // earlier, at the last start, whether it still asks)
    assertEquals(Optional.of("window-has-ended"), RequestLifecycle.open(ride)
        .refusal(new RequestEvent.Accepted(ride.window().end().plusSeconds(1), ANNA)));
    assertEquals(RequestState.ACCEPTED, asked.accept(ride.window().end(), ANNA).state());
    // what to do instead: let it expire, as an ask plan does
    assertEquals(RequestState.EXPIRED, asked.expire(monthLater).state());
  }

  @Test
  void g13ASecondNoSaysTheMemberAlreadySaidNo() {
    RequestLifecycle declined = RequestLifecycle.open(ride).ask(MONDAY.plusSeconds(60), null, List.of(ANNA, BERT))
        .decline(MONDAY.plusSeconds(120), BERT);
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> declined.decline(MONDAY.plusSeconds(180), BERT));
    assertEquals("already-said-no", e.rule());
    assertEquals("cannot record a decline for a request in state 'helpers asked': this member has already said no"
        + " to this request and was not asked again", e.getMessage());
    assertEquals("Afzeggen kan niet bij een hulpvraag met status 'helpers gevraagd': deze deelnemer heeft al nee"
        + " gezegd op deze hulpvraag en is niet opnieuw gevraagd", e.message(NL));
    assertFalse(e.getMessage().contains("m-2"), "no member id in the message");
    // someone never asked still gets the old rule; asked again, a no is taken once more
    assertEquals("not-asked-and-not-helping", assertThrows(IllegalTransitionException.class,
        () -> declined.decline(MONDAY.plusSeconds(180), MemberId.of("m-7"))).rule());
    assertEquals(List.of(BERT), declined.ask(MONDAY.plusSeconds(200), null, List.of(BERT))
        .decline(MONDAY.plusSeconds(300), BERT).declinedBy());
  }
}
