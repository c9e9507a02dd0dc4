package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timing line and the progress bar on the error stream followed {@code --lang} nowhere. */
class CommandLineLangTest {

  @Test
  void theTimingLineAndTheProgressBarFollowLang() {
    // before: "simulate: 2 circle runs, ... requests after the warm-up in 0.4 s" and a bar named
    // "circle runs" whatever --lang said
    // --progress: the tests run without a terminal, where the bar is not drawn (user test 16, L7)
    String[] nl = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--lang", "nl", "--progress");
    assertEquals("0", nl[0], nl[2]);
    assertTrue(nl[2].matches("(?s).*simulate: \\d+ cirkelruns, \\d+ hulpvragen na de inloopperiode in \\d+,\\d s,"
        + " \\d+ per seconde.*"), nl[2]);
    assertTrue(nl[2].contains("cirkelruns 100%"), nl[2]); // the bar's own name, in front of its percentage
    assertFalse(nl[2].contains("circle runs"), nl[2]);
    assertFalse(nl[2].contains("requests"), nl[2]);
    String[] en = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--progress");
    assertEquals("0", en[0], en[2]);
    assertTrue(en[2].matches("(?s).*simulate: \\d+ circle runs, \\d+ requests after the warm-up in \\d+\\.\\d s,"
        + " \\d+ a second.*"), en[2]);
    assertTrue(en[2].contains("circle runs 100%"), en[2]);
  }

  @Test
  void theShardsTimingLineFollowsLang(@TempDir Path dir) {
    String[] nl = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--no-progress", "--shard", "1/2",
        "--out", dir.toString(), "--lang", "nl");
    assertEquals("0", nl[0], nl[2]);
    assertTrue(nl[2].matches("(?s)simulate: shard 1/2, \\d+ cirkelruns in \\d+,\\d s\\R"), nl[2]);
  }
}
