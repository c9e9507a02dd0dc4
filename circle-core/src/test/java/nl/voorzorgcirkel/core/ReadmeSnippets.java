package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Checks that the README shows a test's example verbatim, so README code is compiled and run. */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /**
   * Asserts that {@code ../README.md} contains the lines of {@code testSource} between the
   * markers {@code // README-BEGIN} and {@code // README-END} (indented by four spaces), with the
   * method's indentation removed.
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
