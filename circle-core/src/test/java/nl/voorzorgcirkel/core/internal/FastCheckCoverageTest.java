package nl.voorzorgcirkel.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.junit.jupiter.api.Test;

/**
 * What the fast check answers for each kind of property, with known values: "certainly valid" only
 * where Hibernate Validator agrees, and "let Hibernate Validator decide" (false) for every form it
 * does not handle, for values on a bound, and for number types whose double value is not exact.
 * Each case also checks that Hibernate Validator itself agrees with a "certainly valid".
 */
class FastCheckCoverageTest {

  private static boolean fast(Object value) {
    boolean passed = FastCheck.compile(ModelValidator.validator(), value.getClass()).certainlyValid(value);
    assertTrue(!passed || ModelValidator.violations(value).isEmpty(), () -> "passed an invalid " + value);
    return passed;
  }

  private static boolean valid(Object value) {
    return ModelValidator.violations(value).isEmpty();
  }

  // ---- containers

  static final class Containers {
    final Map<String, Integer> map;
    final Set<String> set;
    final Collection<String> collection;

    Containers(Map<String, Integer> map, Set<String> set, Collection<String> collection) {
      this.map = map;
      this.set = set;
      this.collection = collection;
    }

    Map<@NotBlank String, @Min(1) Integer> map() {
      return map;
    }

    Set<@Size(max = 2) String> set() {
      return set;
    }

    Collection<@NotBlank String> collection() {
      return collection;
    }
  }

  @Test
  void mapKeysAndValuesSetsAndCollectionsAreCheckedElementByElement() {
    assertTrue(fast(new Containers(Map.of("a", 1), Set.of("ab"), List.of("x"))));
    assertTrue(fast(new Containers(null, null, null)));
    assertTrue(fast(new Containers(Map.of(), Set.of(), List.of())));
    Containers blankKey = new Containers(Map.of(" ", 1), Set.of(), List.of());
    Containers zeroValue = new Containers(Map.of("a", 0), Set.of(), List.of());
    Containers longInSet = new Containers(Map.of(), Set.of("abc"), List.of());
    Containers blankInCollection = new Containers(Map.of(), Set.of(), List.of("x", "\t"));
    for (Containers invalid : List.of(blankKey, zeroValue, longInSet, blankInCollection)) {
      assertFalse(valid(invalid));
      assertFalse(fast(invalid), "passed an invalid element");
    }
  }

  // ---- forms the fast check leaves to Hibernate Validator entirely

  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = AlwaysValidator.class)
  @interface Whole {
    String message() default "whole";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** A class-level constraint, which holds here. */
  public static final class AlwaysValidator implements ConstraintValidator<Whole, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  @Whole
  static final class ClassLevel {
    @NotNull
    String name() {
      return "a";
    }
  }

  static final class Cascaded {
    @Valid
    @NotNull
    Leaf leaf() {
      return new Leaf();
    }
  }

  static final class Leaf {
    @NotNull
    String name() {
      return "a";
    }
  }

  static final class Unsupported {
    @Email
    String mail() {
      return "a@example.org";
    }
  }

  interface Other {
  }

  static final class OtherGroup {
    @NotNull(groups = Other.class)
    String name() {
      return "a";
    }
  }

  static final class ConstrainedOptional {
    @NotNull
    Optional<String> name() {
      return Optional.of("a");
    }
  }

  static final class FieldOnly {
    @NotNull
    private final String hidden = "a";

    @Override
    public String toString() {
      return hidden;
    }
  }

  static final class Nested {
    List<List<@NotBlank String>> lines() {
      return List.of(List.of("a"));
    }
  }

  static final class OtherContainer {
    Iterable<@NotBlank String> names() {
      return List.of("a");
    }
  }

  static final class CascadedElements {
    List<@Valid Leaf> leaves() {
      return List.of(new Leaf());
    }
  }

  @Test
  void formsNotHandledHereAreAlwaysLeftToHibernateValidator() {
    for (Object value : List.of(new ClassLevel(), new Cascaded(), new Unsupported(), new OtherGroup(),
        new ConstrainedOptional(), new FieldOnly(), new Nested(), new OtherContainer(), new CascadedElements())) {
      assertTrue(valid(value), value.getClass().getSimpleName());
      assertFalse(fast(value), value.getClass().getSimpleName() + " took the fast path");
    }
  }

  // ---- one or more constraints with "not null"

  static final class NotNullAndMore {
    final Integer count;
    final String code;
    final Integer metres;
    final String tag;
    final Integer top;

    NotNullAndMore(Integer count, String code, Integer metres, String tag, Integer top) {
      this.count = count;
      this.code = code;
      this.metres = metres;
      this.tag = tag;
      this.top = top;
    }

    @NotNull
    @Min(5)
    Integer count() {
      return count;
    }

    @NotNull
    @Size(max = 1)
    String code() {
      return code;
    }

    @NotNull
    @Positive
    Integer metres() {
      return metres;
    }

    @NotNull
    @Pattern(regexp = "[a-c]+")
    String tag() {
      return tag;
    }

    @NotNull
    @Max(3)
    Integer top() {
      return top;
    }
  }

  /** "Not null" with another constraint is not the plain "not null" case: both are checked. */
  @Test
  void notNullWithAnotherConstraintChecksBoth() {
    assertTrue(fast(new NotNullAndMore(5, "a", 1, "abc", 3)));
    for (NotNullAndMore invalid : List.of(new NotNullAndMore(4, "a", 1, "a", 3),
        new NotNullAndMore(5, "ab", 1, "a", 3), new NotNullAndMore(5, "a", 0, "a", 3),
        new NotNullAndMore(5, "a", 1, "d", 3), new NotNullAndMore(5, "a", 1, "a", 4),
        new NotNullAndMore(null, "a", 1, "a", 3), new NotNullAndMore(5, "a", 1, null, 3))) {
      assertFalse(valid(invalid));
      assertFalse(fast(invalid), "passed an invalid value");
    }
  }

  // ---- getters that throw

  static final class Throwing {
    final boolean plainThrows;

    Throwing(boolean plainThrows) {
      this.plainThrows = plainThrows;
    }

    @NotNull
    String plain() {
      if (plainThrows) {
        throw new IllegalStateException("plain");
      }
      return "a";
    }

    @Size(max = 3)
    String sized() {
      if (!plainThrows) {
        throw new IllegalStateException("sized");
      }
      return "a";
    }
  }

  @Test
  void aGetterThatThrowsLeavesTheValueToHibernateValidator() {
    FastCheck check = FastCheck.compile(ModelValidator.validator(), Throwing.class);
    assertFalse(check.certainlyValid(new Throwing(true)));
    assertFalse(check.certainlyValid(new Throwing(false)));
  }

  // ---- number types

  static final class Numbers {
    final Number integral;
    final Number positive;
    final Number decimal;

    Numbers(Number integral, Number positive, Number decimal) {
      this.integral = integral;
      this.positive = positive;
      this.decimal = decimal;
    }

    @Min(1)
    Number integral() {
      return integral;
    }

    @Positive
    Number positive() {
      return positive;
    }

    @DecimalMin("0.0")
    @DecimalMax("10.0")
    Number decimal() {
      return decimal;
    }
  }

  @Test
  void integersOfEveryWidthAreCheckedOthersAreLeftToHibernateValidator() {
    for (Number n : List.<Number>of(1, 2L, (short) 3, (byte) 4)) {
      assertTrue(fast(new Numbers(n, n, 5)), n.getClass().getSimpleName());
    }
    for (Number n : List.<Number>of(0, 0L, (short) 0, (byte) 0)) {
      assertFalse(fast(new Numbers(1, n, 5)), n.getClass().getSimpleName());
      assertFalse(fast(new Numbers(n, 1, 5)), n.getClass().getSimpleName());
    }
    assertTrue(fast(new Numbers(1, 0.5f, 5)), "a positive float");
    assertTrue(fast(new Numbers(1, Double.MIN_VALUE, 5)), "the smallest positive double");
    assertFalse(fast(new Numbers(1, 0.0f, 5)), "a zero float");
    assertFalse(fast(new Numbers(1, -0.0, 5)), "a negative zero");
    // a BigDecimal of 1.5 meets @Min(1), but its long value would not tell: left to the validator
    assertTrue(valid(new Numbers(new BigDecimal("1.5"), 1, 5)));
    assertFalse(fast(new Numbers(new BigDecimal("1.5"), 1, 5)));
    assertTrue(valid(new Numbers(1, new BigDecimal("5"), 5)));
    assertFalse(fast(new Numbers(1, new BigDecimal("5"), 5)));
    // decimal bounds: exact doubles only; a long or a float is left to the validator
    for (Number n : List.<Number>of(5, 5.0, (short) 5, (byte) 5)) {
      assertTrue(fast(new Numbers(1, 1, n)), n.getClass().getSimpleName());
    }
    for (Number n : List.<Number>of(5L, 5.0f, new BigDecimal("5"))) {
      assertTrue(valid(new Numbers(1, 1, n)));
      assertFalse(fast(new Numbers(1, 1, n)), n.getClass().getSimpleName());
    }
  }

  /** A value on or next to a decimal bound goes to Hibernate Validator, from either side. */
  @Test
  void decimalBoundsAndTheirNeighboursAreLeftToHibernateValidator() {
    assertFalse(fast(new Numbers(1, 1, Double.MIN_VALUE)), "next to the lower bound");
    assertTrue(fast(new Numbers(1, 1, 2 * Double.MIN_VALUE)), "two steps above the lower bound");
    assertFalse(fast(new Numbers(1, 1, Math.nextDown(10.0))), "next to the upper bound");
    assertTrue(fast(new Numbers(1, 1, Math.nextDown(Math.nextDown(10.0)))), "two steps below the upper bound");
    assertFalse(fast(new Numbers(1, 1, 10.0)), "on the upper bound");
    assertFalse(fast(new Numbers(1, 1, Double.NaN)), "not a number");
  }

  // ---- sizes

  static final class Sizes {
    final String text;
    final List<Integer> list;
    final Map<Integer, Integer> map;
    final int[] array;

    Sizes(String text, List<Integer> list, Map<Integer, Integer> map, int[] array) {
      this.text = text;
      this.list = list;
      this.map = map;
      this.array = array;
    }

    @Size(min = 2, max = 3)
    String text() {
      return text;
    }

    @Size(min = 2, max = 3)
    List<Integer> list() {
      return list;
    }

    @Size(min = 2, max = 3)
    Map<Integer, Integer> map() {
      return map;
    }

    @Size(min = 2, max = 3)
    int[] array() {
      return array;
    }
  }

  private static Sizes text(String text) {
    return new Sizes(text, null, null, null);
  }

  private static Sizes list(List<Integer> list) {
    return new Sizes(null, list, null, null);
  }

  private static Sizes map(Map<Integer, Integer> map) {
    return new Sizes(null, null, map, null);
  }

  @Test
  void sizesOfTextsCollectionsAndMapsAreCheckedOnBothBounds() {
    assertTrue(fast(text("ab")));
    assertTrue(fast(text("abc")));
    assertFalse(fast(text("a")));
    assertFalse(fast(text("abcd")));
    assertTrue(fast(list(List.of(1, 2))));
    assertTrue(fast(list(List.of(1, 2, 3))));
    assertFalse(fast(list(List.of(1))));
    assertFalse(fast(list(List.of(1, 2, 3, 4))));
    assertTrue(fast(map(Map.of(1, 1, 2, 2))));
    assertFalse(fast(map(Map.of(1, 1))));
    assertFalse(fast(map(Map.of(1, 1, 2, 2, 3, 3, 4, 4))));
    assertTrue(fast(new Sizes(null, null, null, null)));
    // an array has a size too, but not one the fast check reads
    Sizes array = new Sizes(null, null, null, new int[] {1, 2});
    assertTrue(valid(array));
    assertFalse(fast(array));
  }

  // ---- patterns with flags, durations with an exclusive bound

  static final class Flagged {
    final String code;

    Flagged(String code) {
      this.code = code;
    }

    /** Character classes only, but with a flag: java.util.regex decides, not the table. */
    @Pattern(regexp = "[a-c]+", flags = Pattern.Flag.CASE_INSENSITIVE)
    String code() {
      return code;
    }
  }

  @Test
  void aPatternWithFlagsKeepsItsFlags() {
    assertTrue(fast(new Flagged("ABC")));
    assertTrue(fast(new Flagged("abc")));
    assertFalse(fast(new Flagged("abd")));
  }

  static final class Exclusive {
    final Duration duration;

    Exclusive(Duration duration) {
      this.duration = duration;
    }

    @DurationMin(minutes = 1, inclusive = false)
    Duration duration() {
      return duration;
    }
  }

  @Test
  void anExclusiveDurationBoundExcludesTheBoundItself() {
    assertFalse(fast(new Exclusive(Duration.ofMinutes(1))));
    assertTrue(fast(new Exclusive(Duration.ofSeconds(60, 1))));
    assertFalse(fast(new Exclusive(Duration.ofSeconds(59))));
    assertTrue(fast(new Exclusive(null)));
  }

  // ---- the character class tables

  @Test
  void characterClassTablesKnowTheirBounds() {
    FastCheck.CharClasses single = FastCheck.CharClasses.of("[a-a][0-9]*");
    assertNotNull(single, "a range of one character is a range");
    assertTrue(single.matches("a12"));
    assertFalse(single.matches("b12"));
    FastCheck.CharClasses classes = FastCheck.CharClasses.of("[a-c]+");
    assertNotNull(classes);
    assertFalse(classes.matches("a\u0080"), "the first character past ASCII");
    assertFalse(classes.matches("\u00e9"));
    assertFalse(classes.matches(""));
    assertTrue(classes.matches("abcabc"));
    assertNull(FastCheck.CharClasses.of("[c-a]"), "a range backwards");
    assertNull(FastCheck.CharClasses.of("[]"), "no closing bracket after the first character");
    assertNull(FastCheck.CharClasses.of("[a-\u00ff]"), "a range past ASCII");
    assertNull(FastCheck.CharClasses.of("[a\u00e9]"), "a character past ASCII");
    assertNull(FastCheck.CharClasses.of(""), "no classes at all");
    assertEquals(true, FastCheck.CharClasses.of("[-a]").matches("-"), "a dash first is a literal");
    assertEquals(true, FastCheck.CharClasses.of("[a-]").matches("-"), "a dash last is a literal");
    assertNull(FastCheck.CharClasses.of("[a-b-c]"));
  }
}
