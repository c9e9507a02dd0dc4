package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.simulation.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Usertest 4, G2: a start in 2090-2099, which {@code check} accepts, ended in a stack trace and exit
 * code 1. It runs now; and should a run ever fail on a valid scenario, the command says where and
 * why in a few lines, in the language asked for, with its own exit code, never a stack trace.
 */
class RunFailureTest {

  @Test
  void aStartIn2095RunsFromTheCommandLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("start2095.json");
    Files.writeString(file, "{\"formatVersion\":2,\"population\":{\"circles\":2},"
        + "\"experiment\":{\"start\":\"2095-01-01\",\"days\":30,\"replications\":1}}");
    assertEquals("0", SimulateCommandTest.run("check", file.toString())[0]);
    String[] r = SimulateCommandTest.run("run", file.toString(), "--no-progress", "--lang", "nl");
    assertEquals("0", r[0], r[2]);
    assertFalse(r[2].contains("\tat "), r[2]);
  }

  /** A command whose run fails as a fault of the engine would. */
  @CommandLine.Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    @CommandLine.Option(names = ScenarioOptions.LANG)
    String lang = "en";

    @Override
    public Integer call() {
      throw new SimulationException(3, 2, new IllegalStateException("wrapped",
          new InvalidValueException(List.of(Violation.of("Member", "birthYear", "Max",
              "jakarta.validation.constraints.Max.message", Map.of("value", 2025L))))));
    }
  }

  private static String[] fail(String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScenarioOptions.commandLine(new Failing(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(ScenarioOptions.LANG, lang);
    return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aFailedRunSaysWhereAndWhyWithoutAStackTrace() {
    String[] en = fail("en");
    assertEquals(String.valueOf(ScenarioOptions.FAILED), en[0]);
    assertTrue(en[1].startsWith("failing: the simulation of design point 3, replication 2 failed: invalid value (1):"
        + " Member.birthYear: must be at most 2025"), en[1]);
    assertTrue(en[1].contains("this is a fault in circle-simulation"), en[1]);
    assertFalse(en[1].contains("\tat ") || en[1].contains("Exception"), en[1]);
    String[] nl = fail("nl");
    assertEquals("3", nl[0]);
    assertTrue(nl[1].startsWith("failing: de simulatie van ontwerppunt 3, herhaling 2 is mislukt: ongeldige waarde (1):"
        + " Member.birthYear: mag hoogstens 2025 zijn"), nl[1]);
    assertFalse(nl[1].contains("\tat "), nl[1]);
  }
}
