package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Malformed input (broken quotes, stray delimiters, invalid UTF-8, huge fields, truncated lines):
 * the reader throws nothing but its own exception, and every line left intact is read.
 */
class MemberCsvFuzzTest {

  private static final String HEADER = "id,name,birth year,latitude,longitude,joined,capabilities,hours per week";

  private static String line(Member m) {
    return String.join(",", m.id().value(), "\"" + m.displayName().replace("\"", "\"\"") + "\"",
        String.valueOf(m.birthYear()), String.valueOf(m.home().latitude()),
        String.valueOf(m.home().longitude()), m.joined().toString(),
        m.capabilities().stream().map(o -> o.capability().code()).collect(Collectors.joining("|")),
        String.valueOf(m.capacityPerWeek().toMinutes() / 60.0));
  }

  private static byte[] corrupt(String line, Random random) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (random.nextInt(6)) {
      case 0: // a stray quote somewhere
        int at = random.nextInt(bytes.length);
        out.write(bytes, 0, at);
        out.write('"');
        out.write(bytes, at, bytes.length - at);
        break;
      case 1: // invalid UTF-8
        out.write(bytes, 0, bytes.length / 2);
        out.write(0xC3);
        out.write(0x28);
        out.write(0xFF);
        out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        break;
      case 2: // truncated
        out.write(bytes, 0, random.nextInt(bytes.length));
        break;
      case 3: // a huge field
        out.write(bytes, 0, bytes.length);
        out.write(',');
        byte[] huge = "x".repeat(20_000 + random.nextInt(100)).getBytes(StandardCharsets.UTF_8);
        out.write(huge, 0, huge.length);
        break;
      case 4: // random bytes
        for (int i = 0, n = 1 + random.nextInt(80); i < n; i++) {
          int b = random.nextInt(256);
          out.write(b == '\n' || b == '\r' ? 'x' : b);
        }
        break;
      default: // random printable characters, delimiters and quotes included
        String alphabet = "ab,;\"| 0123456789.-";
        for (int i = 0, n = 1 + random.nextInt(80); i < n; i++) {
          out.write(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }
    return out.toByteArray();
  }

  @Test
  void malformedLinesNeverBreakTheReaderNorCostAValidRow() {
    Props.property("member-csv-fuzz", 1_000)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, count) -> {
          RandomModel model = new RandomModel(seed);
          Random random = new Random(seed);
          ByteArrayOutputStream file = new ByteArrayOutputStream();
          file.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
          Set<MemberId> intact = new HashSet<>();
          List<Member> members = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            Member m = model.member(MemberId.of("m-" + i)).toBuilder()
                .displayName("Name \"" + i + "\", with, commas").build();
            members.add(m);
            if (random.nextInt(3) == 0) {
              file.writeBytes(corrupt(line(m), random));
            } else {
              file.writeBytes(line(m).getBytes(StandardCharsets.UTF_8));
              intact.add(m.id());
            }
            file.writeBytes(random.nextBoolean() ? "\n".getBytes() : "\r\n".getBytes());
          }
          byte[] bytes = file.toByteArray();
          ImportResult<Member> result = MemberCsv.read(bytes, ImportMode.VALID_ROWS);
          Set<MemberId> read = result.values().stream().map(Member::id).collect(Collectors.toSet());
          if (!read.containsAll(intact)) {
            try {
              java.nio.file.Files.write(java.nio.file.Path.of("target/fuzz-failure.csv"), bytes);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          assertTrue(read.containsAll(intact), () -> "a valid row was lost: "
              + intact.stream().filter(id -> !read.contains(id)).collect(Collectors.toList())
              + " in\n" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          for (Member m : result.values()) {
            if (intact.contains(m.id())) {
              Member original = members.get(Integer.parseInt(m.id().value().substring(2)));
              assertEquals(original.displayName(), m.displayName());
              // a home is kept coarse (user test 10)
              assertEquals(GeoPoint.coarse(original.home().latitude(), original.home().longitude()), m.home());
              // the file carries the capabilities, not the limits of each offer
              assertEquals(original.capabilities().stream().map(o -> o.capability()).collect(Collectors.toList()),
                  m.capabilities().stream().map(o -> o.capability()).collect(Collectors.toList()));
            }
          }
          for (RowError e : result.errors()) {
            assertTrue(e.row() >= 2, "errors name a data row");
            e.message(Locale.forLanguageTag("nl"));
          }
          try {
            ImportResult<Member> all = MemberCsv.read(bytes, ImportMode.ALL_OR_NOTHING);
            assertTrue(all.isComplete());
          } catch (ImportException expected) {
            assertEquals(result.errors(), expected.errors());
          }
        });
  }
}
