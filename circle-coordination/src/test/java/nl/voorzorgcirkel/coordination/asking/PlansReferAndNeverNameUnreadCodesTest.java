package nl.voorzorgcirkel.coordination.asking;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallSheet;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import org.junit.jupiter.api.Test;

/**
 * User test 16 on a plan: a code the vocabulary cannot read is never written into what the plan
 * sends or puts on a call sheet (H1); a request out of scope is referred however whom to ask was
 * given, also by {@link AskPlan.Builder#order} (H2); and a requester without the app, told on a
 * call that it was too late, is not told to post the request again themselves (L5). m-0 and m-1
 * are connectors, m-5 has only a phone, m-6 is reached through a connector.
 */
class PlansReferAndNeverNameUnreadCodesTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final List<MemberId> ORDER = List.of(id(2), id(3), id(5), id(6), id(4));

  private static CircleAgreements in(Locale locale) {
    return CircleAgreements.standard().toBuilder().locale(locale).build();
  }

  private static HelpRequest request(String code) {
    return TestCircles.ride().capability(Capability.of(code)).build();
  }

  /** Every text a plan sent or put on a call sheet, and the printed call sheets. */
  private static List<String> everything(AskPlan plan, List<AskStep> steps, Locale locale) {
    List<String> texts = new ArrayList<>();
    for (AskStep step : steps) {
      step.messages().stream().map(Message::text).forEach(texts::add);
      step.calls().stream().map(CallEntry::question).forEach(texts::add);
    }
    for (MemberId connector : List.of(id(0), id(1))) {
      texts.add(CallSheet.of(connector, plan.calls()).print(CIRCLE, TestCircles.ZONE, locale));
    }
    return texts;
  }

  @Test
  void aCodeTheVocabularyCannotReadIsNeverPostedNorReadOut() {
    // before: "Wie kan donderdagochtend helpen met: chemo-rit? ..." in the group chat
    for (String code : List.of("chemo-rit", "hiv-medicatie-ophalen", "naar-het-ziekenhuis-oncologie", "oncoloog-rit",
        "dialyse", "bestraling")) {
      for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
        List<AskStep> steps = new ArrayList<>();
        AskPlan plan = AskPlan.builder(request(code), CIRCLE).order(ORDER).visibility(Visibility.group())
            .agreements(in(locale)).build();
        steps.add(plan.advance(at(12, 2, 14, 0)));
        plan = steps.get(steps.size() - 1).plan();
        steps.add(plan.answer(at(12, 2, 14, 30), id(5), true)); // m-5, by phone: thanks and reminders on calls
        plan = steps.get(steps.size() - 1).plan();
        for (var time : List.of(at(12, 2, 20, 0), at(12, 3, 9, 0), at(12, 3, 13, 0), at(12, 4, 9, 0))) {
          steps.add(plan.advance(time));
          plan = steps.get(steps.size() - 1).plan();
        }
        assertTrue(plan.isPostedInGroup(), code);
        String group = steps.get(0).messages().stream().filter(m -> m.recipient().member().isEmpty())
            .map(Message::text).findFirst().orElseThrow();
        assertEquals(locale == DUTCH
            ? "Wie kan donderdagochtend iemand helpen? Reageer hier in de groep."
            : "Who can help someone on Thursday morning? Reply here in the group.", group, code);
        for (String text : everything(plan, steps, locale)) {
          for (String word : code.split("-")) {
            if (word.length() > 3) {
              assertFalse(text.contains(word), code + " in: " + text);
            }
          }
        }
      }
    }
  }

  /** Every word of the standard scope policy's vocabulary that names help the circle does not give, as a code. */
  private static List<String> outOfScopeCodes() {
    CapabilityVocabulary words = ScopePolicies.standard().vocabulary();
    List<String> codes = new ArrayList<>();
    for (VocabularyEntry entry : words.entries()) {
      if (entry.category().isCircleHelp()) {
        continue;
      }
      for (String term : entry.terms()) {
        String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
        if (code.length() <= 64 && code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  /** The plan's referral: where to and why, as the lifecycle recorded it. */
  private static Optional<RequestEvent> referral(AskPlan plan) {
    return plan.lifecycle().events().stream().filter(e -> e instanceof RequestEvent.Referred).findFirst();
  }

  @Test
  void anOrderGivenWithoutARankingStillRefersEveryRequestOutOfScope() {
    // before: moeder-douchen and medicatie were posted to the group as "wassen of douchen?" and
    // "medicijnen toedienen?", while rankedBy(...) referred them to district nursing
    List<String> codes = outOfScopeCodes();
    assertTrue(codes.size() > 100, "English and Dutch words of care: " + codes.size());
    List<String> all = new ArrayList<>(codes);
    all.add("moeder-douchen");
    all.add("medicatie");
    for (String code : all) {
      HelpRequest request = request(code);
      Optional<RequestEvent> ranked = referral(AskPlan.builder(request, CIRCLE)
          .rankedBy(MatchingStrategies.standard(), CircleSnapshot.at(CIRCLE, HelpLedger.empty(), at(12, 2, 14, 0)))
          .build().advance(at(12, 2, 14, 0)).plan());
      assertTrue(ranked.isPresent(), code + " is referred when ranked");
      for (Visibility visibility : List.of(Visibility.group(), Visibility.members(List.of(id(2), id(5), id(6))),
          Visibility.connectorsOnly())) {
        AskStep step = AskPlan.builder(request, CIRCLE).order(ORDER).visibility(visibility)
            .agreements(in(DUTCH)).build().advance(at(12, 2, 14, 0));
        AskPlan plan = step.plan();
        String what = code + " " + visibility;
        assertEquals(RequestState.REFERRED, plan.lifecycle().state(), what);
        assertEquals(ranked, referral(plan), what);
        assertEquals(List.of(), plan.asked(), what);
        assertFalse(plan.isPostedInGroup(), what);
        assertTrue(step.messages().stream().noneMatch(m -> m.purpose() == Purpose.ASK), what);
        assertTrue(step.messages().stream().noneMatch(m -> m.recipient().member().isEmpty()), what);
        assertTrue(step.calls().stream().noneMatch(c -> c.purpose() == Purpose.ASK), what);
      }
    }
  }

  @Test
  void anOrderGivenWithACirclesOwnScopePolicyRefersItsCareWordsAndNamesItsWordsForHelp() {
    // before (user test 16b, H1): order(...) judged scope by the standard policy only, so zeephulp, a
    // synonym of washing in the platform's vocabulary, was asked of members and posted to the group
    CapabilityVocabulary words = CapabilityVocabulary.standard().withSynonyms(Capability.of("washing"), "zeephulp")
        .withSynonyms(Capability.RIDE_BY_CAR, "regiotaxi");
    AskStep washing = AskPlan.builder(request("zeephulp"), CIRCLE)
        .order(ORDER, ScopePolicies.byVocabulary(words)).agreements(in(DUTCH)).build().advance(at(12, 2, 14, 0));
    assertEquals(RequestState.REFERRED, washing.plan().lifecycle().state());
    assertEquals(List.of(), washing.plan().asked());
    assertTrue(washing.messages().stream().noneMatch(m -> m.purpose() == Purpose.ASK));
    // the same request by the standard policy: zeephulp is no word it knows, so it is asked for, neutrally
    AskPlan standard = AskPlan.builder(request("zeephulp"), CIRCLE).order(ORDER).build();
    assertEquals(RequestState.OPEN, standard.lifecycle().state());
    // a ride in the platform's own word is asked for as a ride
    AskStep ride = AskPlan.builder(request("regiotaxi"), CIRCLE).order(ORDER, ScopePolicies.byVocabulary(words))
        .agreements(in(DUTCH)).build().advance(at(12, 2, 14, 0));
    List<String> asks = ride.messages().stream().filter(m -> m.purpose() == Purpose.ASK).map(Message::text).toList();
    assertFalse(asks.isEmpty());
    assertTrue(asks.stream().allMatch(t -> t.contains("met de auto rijden")), asks.toString());
    assertTrue(asks.stream().noneMatch(t -> t.contains("regiotaxi")), asks.toString());
  }

  @Test
  void tooLateReadOutToARequesterWithoutTheAppAsksWhetherTheyStillNeedItNotToPostItAgain() {
    // before: "Volgende stap: zet de hulpvraag opnieuw uit met een ruimer tijdvak", which m-5 cannot do
    for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
      AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).build(), CIRCLE).order(List.of(id(2), id(3)))
          .agreements(in(locale)).build().advance(at(12, 5, 9, 0)).plan();
      assertEquals(Optional.of(NextStep.REPOST_WITH_WIDER_WINDOW), plan.lifecycle().nextStep());
      List<String> read = plan.calls().stream()
          .filter(c -> c.member().equals(id(5)) && c.purpose() == Purpose.NOT_FOUND).map(CallEntry::question).toList();
      assertEquals(List.of(locale == DUTCH
          ? "Het is helaas niet gelukt om op tijd iemand te vinden (autorit, donderdagochtend). Volgende stap: hebt u"
              + " de hulp nog nodig, zeg het dan nu aan de telefoon; dan kan de hulpvraag opnieuw worden uitgezet met"
              + " een ruimer tijdvak."
          : "Unfortunately nobody could be found in time (ride by car, on Thursday morning). Next step: if you still"
              + " need the help, say so now on this call, and the request can be posted again with a wider time"
              + " window."), read);
    }
  }

  @Test
  void aNeighbouringCircleReadOutToARequesterWithoutTheAppIsTheirsToAskForOnTheCall() {
    // nobody but the requester offers garden help: the next step is a neighbouring circle, not the member's own work
    AskPlan plan = AskPlan.builder(TestCircles.ride().requester(id(5)).capability(Capability.GARDEN).build(), CIRCLE)
        .order(List.of(id(2))).agreements(in(DUTCH)).build();
    plan = plan.advance(at(12, 2, 14, 0)).plan().advance(at(12, 3, 10, 0)).plan();
    assertEquals(Optional.of(NextStep.ASK_NEIGHBOURING_CIRCLE), plan.lifecycle().nextStep());
    List<String> read = plan.calls().stream()
        .filter(c -> c.member().equals(id(5)) && c.purpose() == Purpose.NOT_FOUND).map(CallEntry::question).toList();
    assertEquals(List.of("Het is helaas niet gelukt om op tijd iemand te vinden (tuin, donderdagochtend). Volgende"
        + " stap: hebt u de hulp nog nodig, zeg het dan nu aan de telefoon; dan kan een voorzorgcirkel in de buurt"
        + " worden gevraagd, want niemand in deze cirkel biedt deze hulp aan."), read);
  }
}
