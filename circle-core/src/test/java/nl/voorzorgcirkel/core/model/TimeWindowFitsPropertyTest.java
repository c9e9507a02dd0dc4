package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeWindow#fits}, which {@link HelpRequest}'s written-out check uses instead of comparing
 * with {@link TimeWindow#length()}, answers as that comparison does: at the window's length to
 * the nanosecond, either side of it, with nanoseconds that carry, and near the supported years'
 * ends.
 */
class TimeWindowFitsPropertyTest {

  @Test
  void answersAsComparingWithTheLength() {
    long earliest = Arguments.EARLIEST.getEpochSecond();
    long latest = Arguments.LATEST.getEpochSecond() - 5 * 86_400;
    Props.property("time-window-fits-as-length-compares", 20_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          long startSecond = random.nextInt(3) == 0
              ? (random.nextBoolean() ? earliest : latest) : random.nextLong(earliest, latest);
          Instant start = Instant.ofEpochSecond(startSecond, random.nextInt(1_000_000_000));
          Instant end = start.plusSeconds(random.nextLong(0, 4 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
          if (!end.isAfter(start)) {
            return;
          }
          TimeWindow window = TimeWindow.flexible(start, end);
          // near the length, so that equal seconds with nanoseconds either side are common
          Duration duration = Duration.between(start, end).plusSeconds(random.nextInt(-2, 3))
              .plusNanos(random.nextInt(-2, 3));
          assertEquals(duration.compareTo(window.length()) <= 0, window.fits(duration),
              window + " and " + duration);
        });
  }

  @Test
  void theLengthItselfFitsAndANanosecondMoreDoesNot() {
    Instant start = Instant.parse("2026-03-29T00:59:59.999999999Z");
    TimeWindow window = TimeWindow.flexible(start, start.plusSeconds(3600).plusNanos(2));
    assertTrue(window.fits(window.length()));
    assertFalse(window.fits(window.length().plusNanos(1)));
    assertTrue(window.fits(window.length().minusNanos(1)));
  }
}
