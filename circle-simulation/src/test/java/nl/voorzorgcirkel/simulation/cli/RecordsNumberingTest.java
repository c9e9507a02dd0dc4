package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User test 14, L5: {@code records/point-1-circle-2.json} said {@code "circle": 2}, but the circle
 * in it was {@code circle-1}, named "Circle 1", with members {@code c1-m0}, and the first file held
 * {@code circle-0}: the records are numbered from 1 like every other output, and the circle in a
 * record now says the same number in its id, its name and every id it made.
 */
class RecordsNumberingTest {

  private static final Pattern FILE = Pattern.compile("point-(\\d+)-circle-(\\d+)\\.json");

  private static Path run(Path dir) {
    String[] r = SimulateCommandTest.run("run", "muziekwijk", "--days", "60", "--replications", "1",
        "--no-progress", "--records", "--out", dir.toString());
    assertEquals("0", r[0], r[2]);
    return dir.resolve("records");
  }

  @Test
  void aRecordsCircleHasTheNumberOfItsFileInItsIdNameAndIds(@TempDir Path dir) throws IOException {
    Path records = run(dir);
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> list = Files.list(records)) {
      files = list.filter(f -> FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    assertTrue(files.size() >= 2, "at least two circles: " + files);
    for (Path file : files) {
      Matcher m = FILE.matcher(file.getFileName().toString());
      assertTrue(m.matches());
      int point = Integer.parseInt(m.group(1));
      int circle = Integer.parseInt(m.group(2));
      JsonNode record = json.readTree(file.toFile());
      String what = file.getFileName().toString();
      assertEquals(point, record.get("point").asInt(), what);
      assertEquals(circle, record.get("circle").asInt(), what);
      assertEquals("circle-" + circle, record.get("members").get("id").asText(), what);
      assertEquals("Circle " + circle, record.get("members").get("name").asText(), what);
      List<String> ids = new ArrayList<>();
      record.get("members").get("members").forEach(member -> ids.add(member.get("id").asText()));
      assertTrue(ids.size() >= 5, what + ": " + ids);
      // every id the circle made (members, recruits, requests), wherever the record names it
      Matcher made = Pattern.compile("\"(c\\d+-[a-z]+\\d*)\"").matcher(Files.readString(file));
      int found = 0;
      for (; made.find(); found++) {
        assertTrue(made.group(1).startsWith("c" + circle + "-"), what + ": " + made.group(1));
      }
      assertTrue(found > ids.size(), what + ": only " + found + " ids");
      for (String id : ids) {
        assertTrue(id.startsWith("c" + circle + "-m") || id.startsWith("c" + circle + "-n"), what + ": " + id);
      }
    }
  }

  @Test
  void theRecordsStayTheSameFromRunToRun(@TempDir Path one, @TempDir Path two) throws IOException {
    Path a = run(one);
    Path b = run(two);
    List<String> names;
    try (Stream<Path> list = Files.list(a)) {
      names = list.map(f -> f.getFileName().toString()).sorted().toList();
    }
    try (Stream<Path> list = Files.list(b)) {
      assertEquals(names, list.map(f -> f.getFileName().toString()).sorted().toList());
    }
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
    }
  }
}
