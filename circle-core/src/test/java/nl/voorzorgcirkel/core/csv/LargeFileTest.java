package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a 200 MB member list needed 1 to 3 GB of heap, as the reader held the file, its text
 * and every line. Now a 200 MB list (2.3 million members) streams through {@link
 * MemberCsv#read(java.io.InputStream, java.util.function.Consumer)} in a JVM with a 384 MB heap,
 * and every row is read. What remains in memory is the ids read so far, to find repeated ones.
 */
class LargeFileTest {

  @Test
  void a200MegabyteListStreamsThroughA384MegabyteHeap() throws Exception {
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        LargeFileProbe.class.getName(), "200")).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe did not end");
    assertEquals(0, process.exitValue(), output);
    Matcher m = Pattern.compile("rows=(\\d+) of (\\d+) errors=(\\d+)").matcher(output);
    assertTrue(m.find(), output);
    assertEquals(m.group(2), m.group(1), "every row is read: " + output);
    assertEquals("0", m.group(3), output);
    assertTrue(Long.parseLong(m.group(1)) > 2_000_000, output);
    System.out.println("200 MB member list: " + output.strip());
  }
}
