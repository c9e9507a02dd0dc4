package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a command's {@code --version} against the build's version, the one the module's pom
 * inherits from its parent: shared by the tests of {@code simulate} and {@code simulate-spark},
 * which read it alike (user test 10, 13; user test 11).
 */
public final class VersionOption {

  private VersionOption() {}

  /**
   * Asserts that {@code --version} exits 0 and prints the tool's name and the build's version, on
   * the command and after each of its subcommands (user test 11, M1: {@code run --version}, which
   * {@code run --help} lists, printed nothing).
   *
   * @param tool the name it prints, such as {@code circle-simulation}
   * @param run runs the command with the given arguments; gives exit code, output and errors
   * @param subcommands the command's subcommands, such as {@code run}
   * @throws IOException if the module's pom cannot be read
   */
  public static void assertBuildsOwn(String tool, Function<String[], String[]> run, String... subcommands)
      throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher parent = Pattern.compile("(?s)<parent>.*?<version>(.*?)</version>").matcher(pom);
    assertTrue(parent.find(), "the module's pom names its parent's version");
    String expected = tool + " " + parent.group(1);
    String[] r = run.apply(new String[] {"--version"});
    assertEquals("0", r[0], r[2]);
    assertEquals(expected, r[1].strip());
    for (String subcommand : subcommands) {
      for (String option : new String[] {"--version", "-V"}) {
        String[] s = run.apply(new String[] {subcommand, option});
        assertEquals("0", s[0], subcommand + " " + option + ": " + s[2]);
        assertEquals(expected, s[1].strip(), subcommand + " " + option);
      }
    }
  }
}
