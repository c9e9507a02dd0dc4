package nl.voorzorgcirkel.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.List;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import org.junit.jupiter.api.Test;

class RequestLifecyclePropertyTest {

  /**
   * Random event sequences, legal and illegal mixed: a refused event throws and changes nothing;
   * an accepted one adds exactly one transition and keeps the earlier history; the state always
   * agrees with the helper and pending lists; replaying the events gives the same lifecycle.
   */
  @Test
  void randomEventSequencesNeverReachAnIllegalStateNorLoseHistory() {
    Props.property("lifecycle-random-events", 2_000)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, length) -> {
          RandomModel random = new RandomModel(seed);
          HelpRequest request = random.request(RequestId.of("r-1"), MemberId.of("m-0"), Fixtures.NOW);
          RequestLifecycle lifecycle = RequestLifecycle.open(request);
          Instant clock = Fixtures.NOW;
          for (int i = 0; i < length; i++) {
            RequestEvent event = random.event(clock, 5);
            RequestLifecycle before = lifecycle;
            List<Transition> historyBefore = before.history();
            if (before.refusal(event).isPresent()) {
              IllegalTransitionException e = org.junit.jupiter.api.Assertions.assertThrows(
                  IllegalTransitionException.class, () -> before.apply(event));
              assertEquals(before.refusal(event).get(), e.rule());
              assertEquals(before.state(), e.state());
              assertEquals(historyBefore, before.history(), "refused event changed history");
            } else {
              lifecycle = before.apply(event);
              clock = event.at();
              assertEquals(historyBefore.size() + 1, lifecycle.history().size());
              assertEquals(historyBefore, lifecycle.history().subList(0, historyBefore.size()));
              Transition last = lifecycle.history().get(historyBefore.size());
              assertSame(event, last.event());
              assertEquals(before.state(), last.from());
              assertEquals(lifecycle.state(), last.to());
              assertFalse(before.state().isFinal() && !(before.state() == RequestState.EXPIRED
                  && event instanceof RequestEvent.Referred), "an event was applied to a final state");
            }
            checkInvariants(lifecycle, request);
          }
          assertEquals(lifecycle, RequestLifecycle.replay(request, lifecycle.events()));
        });
  }

  private static void checkInvariants(RequestLifecycle lifecycle, HelpRequest request) {
    RequestState state = lifecycle.state();
    boolean hasHelper = lifecycle.helper().isPresent();
    assertEquals(state == RequestState.ACCEPTED || state == RequestState.DONE
        || (state == RequestState.CANCELLED && hasHelper), hasHelper, "helper vs " + state);
    lifecycle.helper().ifPresent(h -> assertFalse(h.equals(request.requester())));
    assertFalse(lifecycle.pendingHelpers().contains(request.requester()));
    if (state == RequestState.HELPERS_ASKED) {
      assertFalse(lifecycle.pendingHelpers().isEmpty(), "asked, but nobody pending");
    }
    if (state == RequestState.OPEN) {
      assertTrue(lifecycle.pendingHelpers().isEmpty(), "open, but someone pending");
    }
    assertEquals(state == RequestState.DONE, lifecycle.actualEffort().isPresent());
    assertEquals(state == RequestState.DONE, lifecycle.toHelpRecord().isPresent());
    assertEquals(state == RequestState.EXPIRED, lifecycle.nextStep().isPresent());
    Instant previous = request.createdAt();
    for (Transition t : lifecycle.history()) {
      assertFalse(t.event().at().isBefore(previous), "history goes back in time");
      previous = t.event().at();
    }
  }
}
