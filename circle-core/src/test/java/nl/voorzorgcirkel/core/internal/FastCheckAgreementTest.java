package nl.voorzorgcirkel.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.junit.jupiter.api.Test;

/**
 * The fast check may only ever pass a value that Hibernate Validator finds valid; and it must pass
 * the valid values of the model, or it would be no faster. (That it never passes an invalid model
 * value is also shown by every builder test: builders reject through the fast check first.)
 */
class FastCheckAgreementTest {

  /** Every constraint kind the fast check handles, on fields that random values break often. */
  static final class Probe {
    final String name;
    final String code;
    final Integer count;
    final Double share;
    final Integer metres;
    final Duration duration;
    final List<String> notes;
    final Optional<String> remark;
    final Optional<Duration> limit;
    final boolean consistent;
    final Duration given;
    final String tag;

    Probe(String name, String code, Integer count, Double share, Integer metres, Duration duration,
        List<String> notes, Optional<String> remark, Optional<Duration> limit, boolean consistent,
        Duration given, String tag) {
      this.name = name;
      this.code = code;
      this.count = count;
      this.share = share;
      this.metres = metres;
      this.duration = duration;
      this.notes = notes;
      this.remark = remark;
      this.limit = limit;
      this.consistent = consistent;
      this.given = given;
      this.tag = tag;
    }

    /** A pattern of character classes only, which the fast check matches by table. */
    @Pattern(regexp = "[a-cX][a-c0-9._:-]*")
    String tag() {
      return tag;
    }

    /** Only "not null": the fast check takes these together. */
    @NotNull
    Duration given() {
      return given;
    }

    @NotBlank
    @Size(max = 8)
    String name() {
      return name;
    }

    @Pattern(regexp = "[a-z]{2,4}", flags = Pattern.Flag.CASE_INSENSITIVE)
    String code() {
      return code;
    }

    @NotNull
    @Min(1)
    @Max(10)
    Integer count() {
      return count;
    }

    @DecimalMin("0.0")
    @DecimalMax(value = "1.0", inclusive = false)
    Double share() {
      return share;
    }

    @Positive
    Integer metres() {
      return metres;
    }

    @DurationMin(minutes = 1)
    @DurationMax(hours = 2, inclusive = false)
    Duration duration() {
      return duration;
    }

    @NotNull
    List<@NotBlank String> notes() {
      return notes;
    }

    Optional<@Size(max = 3) String> remark() {
      return remark;
    }

    Optional<@DurationMin(minutes = 1) Duration> limit() {
      return limit;
    }

    @AssertTrue
    boolean consistent() {
      return consistent;
    }

    @Override
    public String toString() {
      return "Probe{name=" + name + ", code=" + code + ", count=" + count + ", share=" + share
          + ", metres=" + metres + ", duration=" + duration + ", notes=" + notes + ", remark="
          + remark + ", limit=" + limit + ", consistent=" + consistent + ", given=" + given + ", tag="
          + tag + "}";
    }
  }

  private static final String[] TEXTS = {"ab", "AbC", "abcd", null, "", " ", "abcde", "a1",
      "toolongtext"};
  private static final Integer[] COUNTS = {1, 5, 10, null, -1, 0, 11, Integer.MAX_VALUE};
  private static final Double[] SHARES = {0.5, Double.MIN_VALUE, Math.nextDown(1.0), 0.0, -0.0,
      null, Double.NaN, 1.0, Double.POSITIVE_INFINITY, -1e-300};
  private static final Duration[] DURATIONS = {Duration.ofMinutes(1), Duration.ofMinutes(119),
      null, Duration.ZERO, Duration.ofSeconds(59), Duration.ofHours(2), Duration.ofHours(3),
      Duration.ofMinutes(-5)};

  /** Mostly one of the first {@code usual} values, sometimes any: so that some probes are valid. */
  private static <T> T pick(SplittableRandom random, T[] values, int usual) {
    return values[random.nextInt(random.nextInt(5) == 0 ? values.length : usual)];
  }

  /** Mostly a valid tag; sometimes with characters outside the classes, empty or null. */
  private static String tag(SplittableRandom random) {
    String alphabet = random.nextInt(8) == 0 ? "abcX09._:-dY /é" : "abcX09._:-";
    StringBuilder tag = new StringBuilder(random.nextInt(8) == 0 ? "" : "a");
    for (int i = random.nextInt(5); i > 0; i--) {
      tag.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return random.nextInt(20) == 0 ? null : tag.toString();
  }

  /** Expressions of character classes are matched by table exactly as java.util.regex does. */
  @Test
  void characterClassesMatchAsRegularExpressionsDo() {
    List<String> expressions = List.of("[A-Za-z0-9][A-Za-z0-9._:-]*", "[a-c]", "[a-c]+", "[a-c]*",
        "[0-9][a-z][-a.]*", "[x-z_:][0-9]+");
    String alphabet = "abcxyzABZ09._:- /é\n";
    for (String expression : expressions) {
      FastCheck.CharClasses classes = FastCheck.CharClasses.of(expression);
      assertTrue(classes != null, expression + " is of the table form");
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(expression);
      Props.property("character-classes " + expression, 2_000)
          .forAll(longs().all())
          .checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
              text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(pattern.matcher(text).matches(), classes.matches(text), expression + " on " + text);
          });
    }
    // other forms are left to java.util.regex
    for (String other : List.of("[a-z0-9]+(-[a-z0-9]+)*", "[+0-9 ()-]{6,20}", "[^a]", "a[b]", "[a-c]*[d]")) {
      assertEquals(null, FastCheck.CharClasses.of(other), other);
    }
  }

  @Test
  void neverPassesWhatHibernateValidatorRejects() {
    FastCheck fast = FastCheck.compile(ModelValidator.validator(), Probe.class);
    int[] agreedValid = {0};
    Props.property("fast-check-agrees-with-hibernate-validator", 5_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<String> notes = new ArrayList<>();
          for (int i = random.nextInt(3); i > 0; i--) {
            notes.add(pick(random, TEXTS, 3));
          }
          Probe probe = new Probe(pick(random, TEXTS, 3), pick(random, TEXTS, 3),
              pick(random, COUNTS, 3), pick(random, SHARES, 3), pick(random, COUNTS, 3),
              pick(random, DURATIONS, 2), random.nextInt(10) == 0 ? null : notes,
              Optional.ofNullable(pick(random, TEXTS, 3)), Optional.ofNullable(pick(random, DURATIONS, 3)),
              random.nextInt(10) != 0, random.nextInt(10) == 0 ? null : Duration.ZERO, tag(random));
          boolean valid = ModelValidator.violations(probe).isEmpty();
          boolean passed = fast.certainlyValid(probe);
          assertTrue(valid || !passed, () -> "the fast check passed an invalid " + probe);
          if (passed) {
            agreedValid[0]++;
          }
        });
    // without this the property above would hold for a check that never passes anything
    assertTrue(agreedValid[0] > 200, "the fast check passed only " + agreedValid[0] + " valid probes");
  }

  /**
   * Issue 16: every whitespace character, alone, doubled or around a letter, is judged blank or not
   * exactly as Hibernate Validator judges it: the fast check never passes a blank name.
   */
  @Test
  void neverPassesABlankTextOfAnyUnicodeWhitespace() {
    FastCheck fast = FastCheck.compile(ModelValidator.validator(), Probe.class);
    int blanks = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
          && c != 0x200B && c != 0xFEFF && c != 0x180E) {
        continue;
      }
      String one = new String(Character.toChars(c));
      for (String name : List.of(one, one + one, one + "\u3000" + one, "a" + one, one + "a")) {
        Probe probe = new Probe(name, "ab", 1, 0.5, 1, Duration.ofMinutes(1), List.of(),
            Optional.empty(), Optional.empty(), true, Duration.ZERO, "a");
        boolean valid = ModelValidator.violations(probe).isEmpty();
        assertTrue(valid || !fast.certainlyValid(probe),
            () -> "the fast check passed the blank name U+" + Integer.toHexString(name.codePointAt(0)));
        blanks += valid ? 0 : 1;
      }
    }
    assertTrue(blanks > 50, "too few blank probes: " + blanks);
  }

  /** A value on a decimal bound is left to Hibernate Validator, which decides it. */
  @Test
  void boundsAreLeftToHibernateValidator() {
    FastCheck fast = FastCheck.compile(ModelValidator.validator(), Probe.class);
    Probe onLowerBound = new Probe("a", "ab", 1, 0.0, 1, Duration.ofMinutes(1), List.of(),
        Optional.empty(), Optional.empty(), true, Duration.ZERO, "a");
    Probe inside = new Probe("a", "ab", 1, 0.5, 1, Duration.ofMinutes(1), List.of(),
        Optional.empty(), Optional.empty(), true, Duration.ZERO, "a");
    assertTrue(ModelValidator.violations(onLowerBound).isEmpty());
    assertEquals(false, fast.certainlyValid(onLowerBound));
    assertTrue(fast.certainlyValid(inside));
  }

  /** The model's own valid values take the fast path; a type that did not would be slow again. */
  @Test
  void validModelValuesPassWithoutFullValidation() {
    Props.property("fast-check-passes-valid-model-values", 300)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = random.circle(1 + random.between(0, 12));
          List<Object> values = new ArrayList<>(Arrays.asList(circle, circle.policy()));
          for (Member m : circle.members()) {
            values.addAll(Arrays.asList(m, m.id(), m.home(), m.availability()));
            values.addAll(m.capabilities());
            values.addAll(m.absences());
            values.addAll(m.availability().slots());
          }
          HelpRequest request = random.request(RequestId.of("r-1"), MemberId.of("m-1"), Fixtures.NOW);
          HelpRecord record = random.record(8, Fixtures.NOW, Duration.ofDays(30));
          values.addAll(Arrays.asList(request, request.window(), request.id(), request.capability(),
              record));
          for (Object value : values) {
            assertTrue(ModelValidator.fastCheck(value.getClass()).certainlyValid(value),
                () -> ModelValidator.typeName(value.getClass()) + " took the slow path");
          }
        });
  }
}
