package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two folders of reports byte for byte: how the tests of every way of running an
 * experiment (threads, shards, Spark) show that it gives the same files. In the test jar, for
 * {@code circle-simulation-spark}'s tests.
 */
public final class SameFiles {

  private SameFiles() {}

  /**
   * Asserts that every file under {@code expected} is under {@code actual} with the same bytes,
   * and that there are no others (more than ten files, so that an empty folder does not pass).
   *
   * @param expected a folder of reports
   * @param actual another
   * @param ignored names of subfolders of {@code actual} to leave out, such as a Parquet folder
   * @throws IOException if a file cannot be read
   */
  public static void assertSameFiles(Path expected, Path actual, String... ignored) throws IOException {
    List<Path> inExpected = files(expected);
    List<Path> inActual = files(actual).stream()
        .filter(p -> Stream.of(ignored).noneMatch(i -> p.startsWith(i))).toList();
    assertEquals(inExpected, inActual);
    assertTrue(inExpected.size() > 10, inExpected.toString());
    for (Path p : inExpected) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(p)), Files.readAllBytes(actual.resolve(p)), p.toString());
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
