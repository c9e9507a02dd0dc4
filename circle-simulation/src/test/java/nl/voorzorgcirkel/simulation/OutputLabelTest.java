package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * User test 6, J5: "help given over the capacity helpers set" read as help in excess of the
 * capacity (the line "helper-weeks over capacity" uses "over" so), and "share of helpers' time
 * spent helping" (0.0015 in an ordinary circle) looked like a bug: it divides by every clock hour.
 * The labels now say what they divide by; the CSV columns keep their names.
 */
class OutputLabelTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void theTwoSharesOfHelpSayWhatTheyDivideBy() {
    Scenario scenario = Scenario.defaults();
    assertEquals("help given as a share of the capacity helpers set", Output.CAPACITY_USED.label(scenario));
    assertFalse(Output.CAPACITY_USED.label(scenario).contains(" over "));
    assertEquals("share of all helpers' hours (24/7) spent helping", Output.UTILISATION.label(scenario));
    assertTrue(Output.UTILISATION.label(scenario, DUTCH).contains("(24/7)"), Output.UTILISATION.label(scenario, DUTCH));
    // the CSV columns are stable identifiers
    assertEquals("capacity_used", Output.CAPACITY_USED.column());
    assertEquals("utilisation", Output.UTILISATION.column());
  }
}
