package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * The capacity rule and the slack score add a member's week load and the request's duration
 * without a temporary {@link Duration}: the sums must be {@link Duration#plus}'s, nanoseconds,
 * carries and overflow included.
 */
class DurationSumPropertyTest {

  private static final int MAX_NANO = 999_999_999;

  @Test
  void sumsAsDurationPlusDoes() {
    // seconds near a week's capacity, so that sums and limits often meet, with and without nanos
    Props.property("duration-sum-as-plus", 20_000)
        .forAll(longs().between(-700_000, 700_000), longs().between(-700_000, 700_000),
            integers().between(0, MAX_NANO), integers().between(0, 8))
        .checkAssert((aSeconds, bSeconds, nano, limitCase) -> {
          // whole seconds for a third of the values, nanos that carry or not for the rest
          Duration a = Duration.ofSeconds(aSeconds, nano % 3 == 0 ? 0 : nano);
          Duration b = Duration.ofSeconds(bSeconds, nano % 3 == 1 ? 0 : MAX_NANO - nano / 2);
          Duration sum = a.plus(b);
          Duration limit = limit(sum, limitCase);
          assertEquals(Integer.signum(sum.compareTo(limit)),
              Integer.signum(MatchContext.compareSum(a, b, limit)), a + " + " + b + " against " + limit);
          assertEquals(sum.toSeconds(), MatchContext.sumSeconds(a, b), a + " + " + b);
        });
  }

  /** Limits at the sum and next to it, by a second or a nanosecond, with and without nanos. */
  private static Duration limit(Duration sum, int limitCase) {
    switch (limitCase) {
      case 0: return sum;
      case 1: return sum.plusNanos(1);
      case 2: return sum.minusNanos(1);
      case 3: return sum.plusSeconds(1);
      case 4: return sum.minusSeconds(1);
      case 5: return Duration.ofSeconds(sum.toSeconds());
      case 6: return Duration.ofSeconds(sum.toSeconds(), MAX_NANO);
      case 7: return Duration.ofSeconds(sum.toSeconds() + 1);
      default: return Duration.ofSeconds(sum.toSeconds() - 1, MAX_NANO);
    }
  }

  @Test
  void overflowThrowsAsDurationPlusDoes() {
    Duration max = Duration.ofSeconds(Long.MAX_VALUE, MAX_NANO);
    Duration nano = Duration.ofNanos(1);
    assertThrows(ArithmeticException.class, () -> max.plus(nano));
    assertThrows(ArithmeticException.class, () -> MatchContext.sumSeconds(max, nano));
    assertThrows(ArithmeticException.class, () -> MatchContext.compareSum(max, nano, max));
    assertEquals(Long.MAX_VALUE, MatchContext.sumSeconds(Duration.ofSeconds(Long.MAX_VALUE - 1, 1),
        Duration.ofSeconds(0, MAX_NANO)));
  }
}
