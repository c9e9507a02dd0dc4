package nl.voorzorgcirkel.core.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Hostile values for fuzzing builders and readers, from a seeded generator: Unicode whitespace and
 * control characters, formula cells, the planted personal marker {@link #SECRET}, NaN and
 * infinities, extreme instants, dates and durations, nulls, and lists with nulls inside. About
 * half of the time a plausible value instead, so that combinations reach every rule.
 */
final class HostileValues {

  /** Planted in texts: no message may repeat it. */
  static final String SECRET = "Zwaantje";

  /** Every character Java calls whitespace or a space, and the invisible ones that are neither. */
  static final List<String> SPACES;

  static {
    List<String> spaces = new ArrayList<>();
    for (int c = 0; c <= 0x3000; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spaces.add(String.valueOf((char) c));
      }
    }
    spaces.addAll(List.of("\u200B", "\uFEFF", "\u180E", "\u2060"));
    SPACES = List.copyOf(spaces);
  }

  private final SplittableRandom random;

  HostileValues(long seed) {
    this.random = new SplittableRandom(seed);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A text: plausible, or blank in any whitespace, control characters, a formula, very long, null. */
  String text(String plausible) {
    switch (random.nextInt(12)) {
      case 0:
        return null;
      case 1:
        return pick(SPACES) + pick(SPACES);
      case 2:
        return SECRET + (char) random.nextInt(32) + "x";
      case 3:
        return pick(List.of("=", "+", "-", "@")) + "HYPERLINK(\"" + SECRET + "\")";
      case 4:
        return SECRET.repeat(1 + random.nextInt(200));
      case 5:
        return "";
      case 6:
        return SECRET + "\r\n" + SECRET;
      case 7:
        return pick(SPACES) + SECRET + pick(SPACES);
      default:
        return plausible;
    }
  }

  /** An identifier's text: plausible, or every kind of hostile text. */
  String id(String plausible) {
    return chance(0.6) ? plausible : text(plausible + pick(List.of(" ", "\u3000", "é", "/", "")));
  }

  Double number(double plausible) {
    return pick(Arrays.asList(null, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, plausible, plausible, plausible,
        plausible + 90, -plausible));
  }

  int whole(int plausible) {
    return pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, plausible, plausible, plausible,
        plausible + 200, plausible - 200));
  }

  Instant instant(Instant plausible) {
    return pick(Arrays.asList(null, Instant.MIN, Instant.MAX, Instant.EPOCH,
        Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"),
        Instant.parse("0000-12-31T23:59:59Z"), plausible, plausible, plausible,
        plausible.plusNanos(random.nextLong(1, 1_000_000_000L)), plausible.minusSeconds(random.nextInt(100_000))));
  }

  LocalDate date(LocalDate plausible) {
    return pick(Arrays.asList(null, LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 31), plausible, plausible, plausible, plausible.plusDays(random.nextInt(100))));
  }

  Duration duration(Duration plausible) {
    return pick(Arrays.asList(null, Duration.ZERO, Duration.ofNanos(1), Duration.ofSeconds(-60),
        Duration.ofSeconds(Long.MAX_VALUE), Duration.ofMinutes(1).minusNanos(1), Duration.ofHours(24).plusNanos(1),
        Duration.ofDays(3), plausible, plausible, plausible, plausible.plusMillis(random.nextInt(1000))));
  }

  LocalTime time(LocalTime plausible) {
    return pick(Arrays.asList(null, LocalTime.MIN, LocalTime.MAX, LocalTime.MIDNIGHT, LocalTime.NOON,
        plausible, plausible));
  }

  ZoneId zone() {
    return pick(Arrays.asList(null, ZoneId.of("Europe/Amsterdam"), ZoneId.of("UTC"),
        ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns")));
  }

  /** A list of values, sometimes with nulls inside, sometimes itself null. */
  <T> List<T> list(Supplier<T> element, int most) {
    if (chance(0.05)) {
      return null;
    }
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      list.add(chance(0.08) ? null : element.get());
    }
    return list;
  }

  <E extends Enum<E>> E constant(Class<E> type) {
    E[] values = type.getEnumConstants();
    return chance(0.05) ? null : values[random.nextInt(values.length)];
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + "@" + Integer.toHexString(
        System.identityHashCode(value)) + " " + String.valueOf(value).length() + " chars"
        + (value instanceof CharSequence ? " " + ((CharSequence) value).codePoints()
            .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).limit(6).toList() : "");
  }
}
