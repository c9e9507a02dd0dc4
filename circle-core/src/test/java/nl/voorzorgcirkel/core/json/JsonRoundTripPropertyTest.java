package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import org.junit.jupiter.api.Test;

class JsonRoundTripPropertyTest {

  private static final ObjectMapper MAPPER = CircleJson.newMapper();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("JSON round trip failed for " + type.getSimpleName(), e);
    }
  }

  @Test
  void circlesWithTheirMembersRoundTripLosslessly() {
    Props.property("json-circle-round-trip", 300)
        .forAll(longs().all(), integers().between(0, 15))
        .checkAssert((seed, size) -> {
          Circle circle = new RandomModel(seed).circle(size);
          assertEquals(circle, roundTrip(circle, Circle.class));
        });
  }

  @Test
  void requestsLedgersAndLifecyclesRoundTripLosslessly() {
    Props.property("json-request-ledger-lifecycle-round-trip", 500)
        .forAll(longs().all(), integers().between(0, 30))
        .checkAssert((seed, events) -> {
          RandomModel random = new RandomModel(seed);
          HelpRequest request = random.request(RequestId.of("r-" + seed % 100), MemberId.of("m-0"),
              Fixtures.NOW);
          assertEquals(request, roundTrip(request, HelpRequest.class));

          HelpLedger ledger = HelpLedger.empty();
          RequestLifecycle lifecycle = RequestLifecycle.open(request);
          Instant clock = Fixtures.NOW;
          for (int i = 0; i < events; i++) {
            ledger = ledger.append(random.record(5, Fixtures.NOW, Duration.ofDays(30)));
            RequestEvent event = random.event(clock, 5);
            if (lifecycle.refusal(event).isEmpty()) {
              lifecycle = lifecycle.apply(event);
              clock = event.at();
            }
          }
          assertEquals(ledger, roundTrip(ledger, HelpLedger.class));
          RequestLifecycle back = roundTrip(lifecycle, RequestLifecycle.class);
          assertEquals(lifecycle, back);
          assertEquals(lifecycle.state(), back.state());
        });
  }
}
