package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * User test 16, L7: {@code simulate run} drew its progress bar with carriage returns on the error
 * stream also when that was a file or pipe, unless {@code --no-progress} was given. It draws it
 * only in a terminal, or when {@code --progress} asks for it.
 */
class ProgressBarTest {

  @Test
  void theBarIsDrawnOnlyInATerminalOrWhenAskedAndNeverWithNoProgress() {
    assertTrue(SimulateCommand.showsProgress(false, false, true), "a terminal");
    assertFalse(SimulateCommand.showsProgress(false, false, false), "a file or pipe");
    assertTrue(SimulateCommand.showsProgress(true, false, false), "--progress, a file or pipe");
    assertFalse(SimulateCommand.showsProgress(false, true, true), "--no-progress, a terminal");
    assertFalse(SimulateCommand.showsProgress(true, true, true), "--no-progress wins over --progress");
  }

  @Test
  void aRunWhoseStreamsAreNoTerminalWritesNoBar() {
    // the tests run without a console, as a run with its error stream in a file does
    assertFalse(SimulateCommand.runsInATerminal());
    String[] quiet = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--threads", "1");
    assertEquals("0", quiet[0], quiet[2]);
    assertFalse(quiet[2].contains("\r"), quiet[2]); // the timing line is there, the bar is not
    String[] asked = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--threads", "1", "--progress");
    assertEquals("0", asked[0], asked[2]);
    assertTrue(asked[2].contains("\r"), asked[2]);
  }

  @Test
  void theHelpSaysWhenTheBarIsDrawn() {
    String help = run("run", "--help")[1].replaceAll("\\s+", " ");
    assertTrue(help.contains("A progress bar is drawn on the error stream only when the command runs in a terminal"),
        help);
    assertTrue(help.contains("--progress") && help.contains("--no-progress"), help);
  }
}
