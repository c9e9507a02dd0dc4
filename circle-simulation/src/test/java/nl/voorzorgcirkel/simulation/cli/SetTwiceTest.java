package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A field given twice ({@code --set}, {@code --days}) silently took the last value. */
class SetTwiceTest {

  @Test
  void aFieldSetTwiceIsRefusedNamingTheFieldAndBothSettings() {
    // before: exit 0, the second value silently replacing the first
    String[] en = run("check", "muziekwijk", "--set", "behaviour.acceptance.probability=0.5", "--set",
        "behaviour.acceptance.probability=0.7");
    assertEquals("2", en[0], en[1]);
    assertEquals("simulate check: --set behaviour.acceptance.probability=0.7: behaviour.acceptance.probability: is"
        + " set twice (also by --set behaviour.acceptance.probability=0.5): only the last would count; give each"
        + " field once (see simulate check --help)",
        en[2].strip());
    String[] nl = run("run", "muziekwijk", "--set", "experiment.days=30", "--days", "20", "--no-progress", "--lang",
        "nl");
    assertEquals("2", nl[0], nl[1]);
    assertEquals("simulate run: --days 20: experiment.days: is twee keer gezet (ook door --set experiment.days=30):"
        + " alleen de laatste zou tellen; geef elk veld één keer (zie simulate run --help)", nl[2].strip());
    assertEquals("", nl[1], "nothing runs");
  }

  @Test
  void anObjectSetAfterOneOfItsFieldsIsRefusedAndAFieldAfterItsObjectIsKept() {
    String[] replaced = run("check", "muziekwijk", "--set", "behaviour.acceptance.probability=0.5", "--set",
        "behaviour.acceptance={\"probability\": 0.7}");
    assertEquals("2", replaced[0], replaced[1]);
    assertTrue(replaced[2].contains("--set behaviour.acceptance={\"probability\": 0.7}: behaviour.acceptance: is set"
        + " twice (also by --set behaviour.acceptance.probability=0.5)"), replaced[2]);
    String[] refined = run("check", "muziekwijk", "--set", "behaviour.acceptance={\"probability\": 0.7}", "--set",
        "behaviour.acceptance.probability=0.5");
    assertEquals("0", refined[0], refined[2]);
    assertEquals("0", run("check", "muziekwijk", "--set", "experiment.days=30", "--set", "experiment.seed=4")[0],
        "two fields, each once");
  }
}
