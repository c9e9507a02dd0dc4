package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    return java(command);
  }

  private static String java(List<String> command) throws IOException, InterruptedException {
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

  /** A user's application that reads and writes JSON with the library; prints what happened. */
  private static final String APP_MODULE =
      "module app { requires nl.voorzorgcirkel.matching; requires com.fasterxml.jackson.databind; }";
  private static final String APP_MAIN = String.join("\n",
      "package app;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    try {",
      "      nl.voorzorgcirkel.core.json.CircleJson.read(\"{\\\"latitude\\\": 52.1, \\\"longitude\\\": 5.1}\",",
      "          nl.voorzorgcirkel.core.model.GeoPoint.class);",
      "      System.out.println(\"CircleJson read\");",
      "    } catch (IllegalStateException e) {",
      "      System.out.println(\"CircleJson: \" + e.getMessage());",
      "    }",
      "    try {",
      "      nl.voorzorgcirkel.matching.json.ResultJson.create();",
      "      System.out.println(\"ResultJson created\");",
      "    } catch (IllegalStateException e) {",
      "      System.out.println(\"ResultJson: \" + e.getMessage());",
      "    }",
      "  }",
      "}");

  /**
   * User test 9, M2: in a jlink image of an application that requires only jackson-databind (as
   * the README said), the core's {@code requires static} java.time and JDK 8 modules are left
   * out, and CircleJson and ResultJson failed with a NoClassDefFoundError. {@code --limit-modules}
   * gives the same set of modules as that image, without the cost of linking one: they now say
   * which modules to require, and with them required (here {@code --add-modules}) both work.
   */
  @Test
  void withoutJacksonsTimeModulesTheJsonEntryPointsNameTheModulesToRequire(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("app"));
    Files.writeString(source.resolve("module-info.java"), APP_MODULE, StandardCharsets.UTF_8);
    Files.writeString(source.resolve("app").resolve("Main.java"), APP_MAIN, StandardCharsets.UTF_8);
    Path classes = dir.resolve("app");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter problems = new StringWriter();
    boolean compiled = javac.getTask(problems, null, null,
        List.of("--release", "17", "--module-path", modulePath(), "-d", classes.toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
            source.resolve("module-info.java").toFile(), source.resolve("app").resolve("Main.java").toFile()))
        .call();
    assertTrue(compiled, problems.toString());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String path = modulePath() + File.pathSeparator + classes;
    String time = "com.fasterxml.jackson.datatype.jsr310";
    String jdk8 = "com.fasterxml.jackson.datatype.jdk8";

    String without = java(List.of(java, "--module-path", path, "--limit-modules", "app", "--module", "app/app.Main"));
    assertFalse(without.contains("NoClassDefFoundError"), without);
    for (String entry : List.of("CircleJson: ", "ResultJson: ")) {
      assertTrue(without.contains(entry + "CircleJson and ResultJson need Jackson's modules [" + time + ", " + jdk8
          + "]"), without);
    }
    assertTrue(without.contains("requires " + time + "; requires " + jdk8 + ";"), without);
    assertTrue(without.contains("jackson-datatype-jsr310, jackson-datatype-jdk8"), without);

    String with = java(List.of(java, "--module-path", path, "--limit-modules", "app," + time + "," + jdk8,
        "--add-modules", time + "," + jdk8, "--module", "app/app.Main"));
    // Hibernate Validator logs its version first
    assertTrue(with.endsWith("CircleJson read" + System.lineSeparator() + "ResultJson created"
        + System.lineSeparator()), with);
  }
}
