package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User test 7: a bad {@code --set FIELD=VALUE} is refused naming the setting as written, the
 * field's path and the rule, in English and Dutch, as a scenario file's error names the file, the
 * path and the rule. Before, {@code --set population.circles.x=1} was refused as "muziekwijk with
 * population.circles.x=1: population.circles: object found, integer expected" (an object the user
 * never gave, named by no setting), {@code --set population..circles=3} at the path
 * "population.", and {@code --set population.circles=} as "null found".
 */
class SetRefusalTest {

  /**
   * The error line of {@code check muziekwijk} with the options, after checking exit code 2, the
   * command's name before it and the hint after it (user test 8, L4), which it returns without.
   */
  private static String refused(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "check";
    args[1] = "muziekwijk";
    System.arraycopy(options, 0, args, 2, options.length);
    String[] r = run(args);
    assertEquals("2", r[0], String.join(" ", args) + ": " + r[2]);
    assertEquals("", r[1]);
    String line = r[2].strip();
    assertTrue(line.startsWith(CHECK) && line.matches(".* \\((see|zie) simulate check --help\\)"), line);
    return line.substring(CHECK.length()).replaceFirst(" \\((see|zie) simulate check --help\\)$", "");
  }

  private static final String CHECK = "simulate check: ";

  @Test
  void aFieldBelowAFieldThatHoldsAValueIsRefusedByTheSetting() {
    assertEquals("--set population.circles.x=1: population.circles.x: population.circles holds a value, not"
        + " fields: set population.circles=VALUE", refused("--set", "population.circles.x=1"));
    assertEquals("--set population.circles.x=1: population.circles.x: population.circles heeft een waarde, geen"
        + " velden: zet population.circles=WAARDE", refused("--set", "population.circles.x=1", "--lang", "nl"));
  }

  @Test
  void aPathWithAnEmptyNameOrASettingWithoutAValueIsRefusedByTheSetting() {
    assertEquals("--set population..circles=3: population..circles: is not a field's path: names joined by"
        + " single dots, such as behaviour.acceptance.probability", refused("--set", "population..circles=3"));
    assertEquals("--set population.circles=: population.circles: vraagt om een waarde na het isgelijkteken:"
        + " een getal, true of false, tekst of JSON", refused("--set", "population.circles=", "--lang", "nl"));
  }

  /** A value of the wrong type or out of range: the same path and rule as in a file, in both languages. */
  @Test
  void aBadValueHasTheSameRuleAsInAScenarioFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("study.json");
    Files.writeString(file, "{\"formatVersion\": 2,\n \"population\": {\"circles\": \"abc\"},\n"
        + " \"experiment\": {\"days\": -3}}");
    for (String lang : new String[] {"en", "nl"}) {
      String[] fromFile = run("check", file.toString(), "--lang", lang)[2].strip().replace(CHECK, "").split("\\R");
      String circles = refused("--set", "population.circles=abc", "--lang", lang);
      String days = refused("--days", "-3", "--lang", lang);
      assertEquals(file + ":2:28: " + circles.substring("--set population.circles=abc: ".length()), fromFile[0]);
      assertEquals(days.substring("--days -3: ".length()), fromFile[1].substring(fromFile[1].indexOf(": ") + 2));
    }
  }
}
