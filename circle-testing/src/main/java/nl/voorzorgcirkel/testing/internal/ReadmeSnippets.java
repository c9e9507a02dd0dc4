package nl.voorzorgcirkel.testing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Not API: the library's own README check, in a package the module does not export. Checks that a
 * README shows a test's example verbatim, so that the code in the README is compiled and run: the
 * example sits between the lines {@code // README-BEGIN} and {@code // README-END} of a test
 * method, and the README (one directory up from the module) must contain those lines, with the
 * method's indentation taken off. Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /**
   * Asserts that {@code ../README.md} contains the lines of {@code testSource} between the
   * markers {@code // README-BEGIN} and {@code // README-END} (indented by four spaces), with the
   * method's indentation removed.
   *
   * @param testSource the test's source file, relative to the module; not null
   * @throws IOException if a file cannot be read
   */
  public static void assertReadmeShows(Path testSource) throws IOException {
    List<String> source = Files.readAllLines(testSource, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // README-BEGIN");
    int end = source.indexOf("    // README-END");
    assertTrue(begin >= 0 && end > begin, "no README markers in " + testSource);
    String example = source.subList(begin + 1, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(example), "README.md must show this example verbatim:\n" + example);
  }
}
