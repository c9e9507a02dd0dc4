package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The documented defaults of the life checks' thresholds, and their bounds. */
class LifeThresholdsTest {

  @Test
  void theStandardThresholdsAreTheDocumentedDefaults() {
    LifeThresholds standard = LifeThresholds.standard();
    assertEquals(3, standard.weeksOverCapacity());
    assertEquals(12, standard.quietWeeks());
    assertEquals(4, standard.recentWeeks());
    assertEquals(10, standard.connectorTasksPerWeek());
    assertEquals(4, standard.weeksWithoutActivity());
  }

  @Test
  void aThresholdOutsideItsRangeIsRefusedByName() {
    assertEquals(26, LifeThresholds.builder().weeksOverCapacity(26).build().weeksOverCapacity());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifeThresholds.builder().weeksOverCapacity(27).build());
    assertEquals("invalid value (1): LifeThresholds.weeksOverCapacity: must be at most 26", e.getMessage());
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> LifeThresholds.builder().quietWeeks(0).build());
    assertEquals("ongeldige waarde (1): LifeThresholds.quietWeeks: moet minstens 1 zijn",
        zero.message(Locale.forLanguageTag("nl")));
  }
}
