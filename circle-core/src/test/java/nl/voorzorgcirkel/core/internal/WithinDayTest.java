package nl.voorzorgcirkel.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The written-out effort rule of the fast checks: from 1 minute to 24 hours, both included. A valid
 * effort on a bound must pass here, or every such record pays for a full validation.
 */
class WithinDayTest {

  @Test
  void oneMinuteToTwentyFourHoursBothIncluded() {
    assertTrue(ModelValidator.withinDay(Duration.ofMinutes(1)));
    assertTrue(ModelValidator.withinDay(Duration.ofHours(24)));
    assertTrue(ModelValidator.withinDay(Duration.ofMinutes(90)));
    assertFalse(ModelValidator.withinDay(Duration.ofMinutes(1).minusNanos(1)));
    assertFalse(ModelValidator.withinDay(Duration.ofHours(24).plusNanos(1)));
    assertFalse(ModelValidator.withinDay(Duration.ZERO));
    assertFalse(ModelValidator.withinDay(null));
  }
}
