package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the main demo on the module path, in a JVM of its own, as a JPMS user would: the library's
 * modules, its dependencies and the examples as named or automatic modules, started with {@code
 * --module}. Issue 16: every text of the matching module failed there, because the core read the
 * matching module's message tables, which a module's encapsulation hides from other modules.
 */
class ModulePathTest {

  /** Test-only jars of this build: not part of what a user's application puts on its module path. */
  private static final List<String> TEST_ONLY = List.of("test-classes", "junit", "opentest4j",
      "apiguardian", "archunit", "quicktheories", "slf4j-nop", "jgrapht", "-tests.jar", "circle-testing");

  /** The runtime module path: this module's classes and the main jars it depends on. */
  static String modulePath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Stream.of(classPath.split(File.pathSeparator))
        .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
        .filter(entry -> Files.exists(Path.of(entry)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath(),
        "--module", "nl.voorzorgcirkel.examples/nl.voorzorgcirkel.examples.Demo"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the demo did not end");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text;
  }

  @Test
  void theDemoRunsOnTheModulePathWithTheMatchingModulesTexts() throws Exception {
    String english = run();
    assertTrue(english.contains("== Muziekwijk Noord (12 members) =="), english);
    assertTrue(english.contains("Ask first for r-dentist:"), english);
    assertTrue(english.contains("m-10: asked for the help"), english);
    assertTrue(english.contains("r-week-1 -> m-"), english);
    String dutch = run("nl");
    assertTrue(dutch.contains("Vraag eerst voor r-dentist:"), dutch);
    assertTrue(dutch.contains("m-10: heeft zelf om hulp gevraagd"), dutch);
  }
}
