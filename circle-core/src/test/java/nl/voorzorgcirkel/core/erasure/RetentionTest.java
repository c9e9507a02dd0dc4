package nl.voorzorgcirkel.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: free text is dropped once the retention period after closing has passed. */
class RetentionTest {

  private static final Instant NOW = Fixtures.NOW;
  private static final Instant DONE_AT = NOW.plusSeconds(3600);

  private static RequestLifecycle done() {
    return RequestLifecycle.open(Fixtures.request("r-1", "m-1").description("my knee again").build())
        .ask(NOW.plusSeconds(60), null, List.of(MemberId.of("m-2")))
        .accept(NOW.plusSeconds(120), MemberId.of("m-2"))
        .complete(DONE_AT, Duration.ofMinutes(50));
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void theTextGoesOnceThePeriodAfterClosingHasPassedAndNothingElseChanges() {
    Retention retention = Retention.of(Duration.ofDays(30));
    RequestLifecycle done = done();
    assertSame(done, retention.applyTo(done, at(DONE_AT.plus(Duration.ofDays(30)))),
        "kept up to the end of the period");
    RequestLifecycle dropped = retention.applyTo(done, at(DONE_AT.plus(Duration.ofDays(30)).plusSeconds(1)));
    assertEquals(Optional.empty(), dropped.request().description());
    assertEquals(done.state(), dropped.state());
    assertEquals(done.events(), dropped.events());
    assertEquals(done.request().toBuilder().description(Optional.empty()).build(), dropped.request());
  }

  @Test
  void anOpenRequestKeepsItsText() {
    RequestLifecycle open = RequestLifecycle.open(
        Fixtures.request("r-2", "m-1").description("please ring twice").build());
    assertSame(open, Retention.of(Duration.ZERO).applyTo(open, at(NOW.plus(Duration.ofDays(999)))));
    List<RequestLifecycle> both = Retention.standard().applyTo(List.of(open, done()),
        at(DONE_AT.plus(Retention.DEFAULT_PERIOD).plusSeconds(1)));
    assertTrue(both.get(0).request().description().isPresent());
    assertTrue(both.get(1).request().description().isEmpty());
  }

  @Test
  void aNegativePeriodIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Retention.of(Duration.ofDays(-1)));
    assertEquals("period", e.violations().get(0).path());
  }
}
