package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC), locale,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDemoShowsHealthScopeAndALifecycle() {
    String out = run(Locale.ENGLISH);
    assertTrue(out.contains("== Muziekwijk Noord (12 members) =="), out);
    assertTrue(out.contains("r-shower (washing or showering): personal care is not something the circle does"), out);
    assertTrue(out.contains("Denture trip, there and back with one helper:"), out);
    assertTrue(out.contains("r-denture (ride by car): the circle can take this request on"), out);
    assertTrue(out.contains("accepted -> done"), out);
    assertTrue(out.contains("load of m-08 this week: 105 min"), out);
    assertTrue(out.contains("Ask first for r-dentist:"), out);
    assertTrue(out.contains("m-10: asked for the help"), out);
    assertTrue(out.contains(System.lineSeparator() + "  r-week-1 -> m-"), out);
    assertTrue(out.contains("Gini"), out);
    assertTrue(out.contains("== A month of company: meals, a trip, a check-in, a referral =="), out);
    assertTrue(out.contains("m-10 has not been seen for 4 days: please ring, as agreed"), out);
    // it ends with a year of the muziekwijk scenario, from the simulation module's engine
    assertTrue(out.contains("== Circle load over a year: the muziekwijk scenario =="), out);
    assertTrue(out.contains("Scenario muziekwijk: 2 circles, 365 days"), out);
    assertTrue(out.contains("share of requests helped"), out);
    assertEquals(out, run(Locale.ENGLISH), "same clock, same output");
    String dutch = run(Locale.forLanguageTag("nl"));
    assertTrue(dutch.contains("r-shower (wassen of douchen): persoonlijke verzorging doet de cirkel niet: dit"
        + " hoort bij de wijkverpleging"), dutch);
    assertTrue(dutch.contains("aangenomen -> gedaan  door m-08"), dutch);
    assertTrue(dutch.contains("inzet van m-08 deze week: 105 min"), dutch);
    assertTrue(dutch.contains("m-10 is al 4 dagen niet gezien: bel even, zoals afgesproken"), dutch);
    assertTrue(dutch.contains("== Wie vragen we: één hulpvraag gerangschikt =="), dutch);
  }

  /**
   * User test 3, finding 19: the Dutch demo printed the simulation summary in English and Dutch
   * sentences with decimal points ("4.2 uur vorige week", "Gini 0.212", "kosten 0.366", "66.7%
   * voldoet") where the impact page writes 335,8. Every number in a Dutch sentence has a decimal
   * comma; the summary is Dutch.
   */
  @Test
  void theDutchDemoIsDutchNumbersIncluded() {
    String dutch = run(Locale.forLanguageTag("nl"));
    assertTrue(dutch.contains("Scenario muziekwijk: 2 cirkels, 365 dagen"), dutch);
    assertTrue(dutch.contains("aandeel geholpen hulpvragen"), dutch);
    assertFalse(dutch.contains("requests posted") || dutch.contains("share of requests helped"), dutch);
    for (String sentence : new String[] {"uur vorige week", "Gini ", "(kosten ", "% voldoet aan het beleid",
        "doelwaarde "}) {
      assertTrue(dutch.contains(sentence), sentence);
    }
    // a decimal point next to any of these words is English notation in a Dutch sentence
    Matcher point = Pattern.compile("(\\d+\\.\\d+)( uur vorige week|% voldoet|\\))|(Gini|Jain|kosten|doelwaarde|"
        + "belastingsboete|gemiddelde) \\d+\\.\\d").matcher(dutch);
    assertFalse(point.find(), () -> "decimal point in Dutch: " + point.group());
    assertTrue(Pattern.compile("Gini \\d,\\d{3}").matcher(dutch).find(), dutch);
    assertTrue(Pattern.compile("\\d,\\d% voldoet aan het beleid").matcher(dutch).find(), dutch);
    assertTrue(Pattern.compile("\\(\\d+,\\d uur vorige week\\)").matcher(dutch).find(), dutch);
    assertTrue(Pattern.compile("\\(\\+\\d,\\d\\d\\)").matcher(dutch).find(), "score parts: " + dutch);
  }
}
