package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import org.junit.jupiter.api.Test;

/**
 * The model types built for every request ({@link TimeWindow}, {@link HelpRequest}, {@link
 * HelpRecord}) check their declared rules themselves before they ask the validator. Such a check
 * must cover exactly the rules declared (a rule declared later fails the first test until the check
 * knows it), and must never pass a value that Hibernate Validator rejects.
 */
class DeclaredRulesTest {

  @Test
  void theWrittenOutChecksKnowEveryDeclaredRule() {
    assertEquals(Set.of("end:NotNull", "end:TimeWindow.endAfterStart", "start:NotNull",
            "end:TimeWindow.supportedYears", "start:TimeWindow.supportedYears"),
        ModelValidator.declaredRules(TimeWindow.class));
    assertEquals(Set.of("capability:NotNull", "createdAt:NotNull", "description:Size", "description:Text.free",
            "expectedDuration:HelpRequest.durationFitsWindow", "expectedDuration:DurationMax",
            "expectedDuration:DurationMin", "expectedDuration:NotNull", "id:NotNull", "recurrence:NotNull",
            "requester:NotNull", "createdAt:HelpRequest.supportedYears", "urgency:NotNull",
            "window:NotNull"),
        ModelValidator.declaredRules(HelpRequest.class));
    assertEquals(Set.of("capability:NotNull", "effort:DurationMax", "effort:DurationMin", "effort:NotNull",
            "helper:NotNull", "helper:HelpRecord.helperIsNotRecipient", "recipient:NotNull",
            "start:NotNull", "start:HelpRecord.supportedYears"),
        ModelValidator.declaredRules(HelpRecord.class));
  }

  /**
   * Random parts, about half of them breaking a rule at or next to its bound: whatever is built
   * has no violation in Hibernate Validator's eyes, and every rule was broken at least once.
   */
  @Test
  void whatTheWrittenOutChecksPassTheValidatorPassesToo() {
    AtomicInteger built = new AtomicInteger();
    Set<String> broken = new TreeSet<>();
    Props.property("declared-rules-never-pass-what-the-validator-rejects", 3_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          Instant start = nearYearBounds(random).plusSeconds(random.nextLong(-86_400, 86_400));
          Instant created = nearYearBounds(random).plusSeconds(random.nextLong(-86_400, 86_400));
          Instant end = start.plus(nearBound(random, random.nextBoolean() ? Duration.ofHours(3) : Duration.ZERO));
          Duration duration = nearBound(random, random.nextBoolean() ? Duration.ofMinutes(1) : Duration.ofHours(24));
          String description = "x".repeat(random.nextBoolean() ? 2_000 + random.nextInt(-1, 2) : random.nextInt(20))
              + (random.nextInt(3) == 0 ? SOME_CHARACTERS.charAt(random.nextInt(SOME_CHARACTERS.length())) : "");
          MemberId helper = MemberId.of("m-" + random.nextInt(2));
          MemberId recipient = MemberId.of("m-" + random.nextInt(2));
          TimeWindow window = attempt(() -> TimeWindow.flexible(start, end), built, broken);
          if (window != null) {
            attempt(() -> HelpRequest.builder().id(RequestId.of("r-1")).requester(helper)
                .capability(Capability.MEALS).window(window).expectedDuration(duration)
                .description(Optional.of(description)).createdAt(created).build(), built, broken);
          }
          attempt(() -> HelpRecord.of(helper, recipient, Capability.MEALS, start, duration), built, broken);
        });
    assertTrue(built.get() > 1_000, "built " + built);
    assertEquals(Set.of("HelpRecord.effort:DurationMax", "HelpRecord.effort:DurationMin",
            "HelpRecord.helper:HelpRecord.helperIsNotRecipient",
            "HelpRecord.start:HelpRecord.supportedYears",
            "HelpRequest.description:Size", "HelpRequest.description:Text.free",
            "HelpRequest.createdAt:HelpRequest.supportedYears", "HelpRequest.expectedDuration:HelpRequest.durationFitsWindow",
            "HelpRequest.expectedDuration:DurationMax", "HelpRequest.expectedDuration:DurationMin",
            "TimeWindow.end:TimeWindow.endAfterStart",
            "TimeWindow.end:TimeWindow.supportedYears", "TimeWindow.start:TimeWindow.supportedYears"),
        broken);
  }

  /**
   * Line breaks and tabs, which free text may hold, the control characters next to them, which it
   * may not, and ordinary ones.
   */
  private static final String SOME_CHARACTERS = "\t\n\r\u0000\u0008\u000B\u000C\u000E\u001F\u007F\u0080é ";

  /** Now for half the values; for the others a moment at, or a day either side of, the supported years' ends. */
  private static Instant nearYearBounds(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return Arguments.EARLIEST;
      case 1:
        return Arguments.LATEST.minusSeconds(3 * 3_600);
      default:
        return Fixtures.NOW;
    }
  }

  /** A duration at a bound, a second either side of it, or well inside or outside. */
  private static Duration nearBound(SplittableRandom random, Duration bound) {
    switch (random.nextInt(4)) {
      case 0:
        return bound.plusSeconds(random.nextInt(-1, 2));
      case 1:
        return bound.plusNanos(random.nextInt(-1, 2));
      case 2:
        return bound.multipliedBy(2);
      default:
        return bound.dividedBy(2);
    }
  }

  /** Builds a value; one that is built must be valid to Hibernate Validator too. */
  private static <T> T attempt(Supplier<T> build, AtomicInteger built, Set<String> broken) {
    T value;
    try {
      value = build.get();
    } catch (InvalidValueException e) {
      e.violations().forEach(v -> broken.add(v.type() + "." + v.path() + ":" + v.rule()));
      return null;
    }
    assertEquals(java.util.List.of(), ModelValidator.violations(value), "built " + value);
    built.incrementAndGet();
    return value;
  }
}
