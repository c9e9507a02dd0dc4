package nl.voorzorgcirkel.core.lifecycle;

import static nl.voorzorgcirkel.testing.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The lifecycle defects of issue 16, each as a test that failed before its fix. */
class LifecycleDefectsTest {

  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");
  private final HelpRequest request = Fixtures.request("r-1", "m-0").build();

  private static Instant at(int minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void onlyTheAcceptedHelperOrThePlatformCanReportTheHelpDone() {
    RequestLifecycle accepted = RequestLifecycle.open(request).accept(at(1), ANNA);
    RequestEvent.Done byBert = new RequestEvent.Done(at(60), Optional.of(BERT), Duration.ofMinutes(30));
    assertEquals(Optional.of("not-the-helper"), accepted.refusal(byBert));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> accepted.apply(byBert));
    assertEquals("not-the-helper", e.rule());
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("alleen de helper"), e.message(Locale.forLanguageTag("nl")));
    // the helper, or the platform, can
    assertEquals(ANNA, accepted.apply(new RequestEvent.Done(at(60), Optional.of(ANNA), Duration.ofMinutes(30)))
        .toHelpRecord().orElseThrow().helper());
    assertEquals(RequestState.DONE,
        accepted.apply(new RequestEvent.Done(at(60), Optional.empty(), Duration.ofMinutes(30))).state());
  }

  @Test
  void aReferralEventNeedsAnOutOfScopeReasonLikeRefer() {
    RequestLifecycle open = RequestLifecycle.open(request);
    RequestEvent.Referred inScope = new RequestEvent.Referred(at(1), Optional.empty(),
        ReferralTarget.DISTRICT_NURSING, ScopeDecision.inScope().reasonCode());
    assertEquals("not-out-of-scope", assertThrows(IllegalTransitionException.class,
        () -> open.apply(inScope)).rule());
    InvalidValueException refer = assertThrows(InvalidValueException.class,
        () -> open.refer(at(1), null, ScopeDecision.inScope()));
    assertTrue(refer.message(Locale.forLanguageTag("nl")).contains("decision"), refer.getMessage());
    assertEquals(RequestState.REFERRED, open.apply(new RequestEvent.Referred(at(1), Optional.empty(),
        ReferralTarget.DISTRICT_NURSING, "personal-care")).state());
  }

  @Test
  void aMemberWhoDeclinedAndThenAcceptedIsNoLongerADecliner() {
    RequestLifecycle lifecycle = RequestLifecycle.open(request)
        .ask(at(1), null, List.of(ANNA, BERT))
        .decline(at(2), ANNA)
        .accept(at(3), ANNA);
    assertEquals(List.of(), lifecycle.declinedBy());
    assertEquals(Optional.of(ANNA), lifecycle.helper());
    assertEquals(List.of(BERT), lifecycle.pendingHelpers());
  }

  @Test
  void anAskedListWithANullInsideNamesThePosition() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new RequestEvent.Asked(NOW, Optional.empty(), Arrays.asList(ANNA, null)));
    assertEquals("helpers[1]", e.getMessage());
  }

  @Test
  void eventsOutsideTheYears1To9999AreRefused() {
    RequestLifecycle accepted = RequestLifecycle.open(request).accept(at(1), ANNA);
    assertEquals(Optional.of("time-out-of-range"),
        accepted.refusal(new RequestEvent.Done(Instant.MAX, Optional.empty(), Duration.ofMinutes(30))));
  }

  @Test
  void eventArgumentsAreRefusedInEnglishAndDutch() {
    InvalidValueException empty = assertThrows(InvalidValueException.class,
        () -> new RequestEvent.Asked(NOW, Optional.empty(), List.of()));
    assertEquals("invalid value (1): Asked.helpers: must not be empty", empty.getMessage());
    InvalidValueException effort = assertThrows(InvalidValueException.class,
        () -> new RequestEvent.Done(NOW, Optional.empty(), Duration.ofSeconds(5)));
    assertTrue(effort.message(Locale.forLanguageTag("nl")).startsWith("ongeldige waarde (1): Done.actualEffort"),
        effort.message(Locale.forLanguageTag("nl")));
  }
}
