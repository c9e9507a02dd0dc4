package nl.voorzorgcirkel.matching.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the documents' fields, one mechanism for documents built from results and read
 * from JSON: each breach is an {@link InvalidValueException} naming the field and the rule, in
 * English and Dutch, never the value. Thread-safe: stateless.
 */
final class Rules {

  private Rules() {}

  /** The value, or "must be given" on the field. */
  static <T> T given(@Nullable T value, String type, String field) {
    if (value == null) {
      throw new InvalidValueException(List.of(ModelValidator.missing(type, field)));
    }
    return value;
  }

  /** A list without nulls, unmodifiable; "must be given" on the list or the element. */
  static <T> List<T> list(@Nullable List<T> values, String type, String field) {
    List<T> list = given(values, type, field);
    for (int i = 0; i < list.size(); i++) {
      given(list.get(i), type, field + "[" + i + "]");
    }
    return List.copyOf(list);
  }

  static int atLeast(int value, int min, String type, String field) {
    return (int) Arguments.atLeast(value, min, type, field);
  }

  static long atLeast(long value, long min, String type, String field) {
    return Arguments.atLeast(value, min, type, field);
  }

  /** A finite number in {@code [min, max]}. */
  static double between(double value, double min, double max, String type, String field) {
    if (!(value >= min && value <= max)) {
      throw Arguments.invalid(type, field, "between", Map.of("min", min, "max", max));
    }
    return value;
  }

  /** A finite number. */
  static double finite(double value, String type, String field) {
    if (!Double.isFinite(value)) {
      throw Arguments.invalid(type, field, "finite", Map.of());
    }
    return value;
  }

  /** A finite number, 0 or more. */
  static double notNegative(double value, String type, String field) {
    return Arguments.finiteNotNegative(value, type, field);
  }

  /** A private reason or answer in a document for members. */
  static InvalidValueException notForMembers(String type, String field) {
    return Arguments.invalid(type, field, "notForMembers", Map.of());
  }

  /** A text that is not blank. */
  static String notBlank(@Nullable String value, String type, String field) {
    String text = given(value, type, field);
    if (text.isBlank()) {
      throw Arguments.invalid(type, field, "notBlank", Map.of());
    }
    return text;
  }

  /**
   * The figures behind a reason or a score as JSON holds them, ordered by name: whole numbers as
   * {@code Long}, other numbers as {@code Double}, texts and true/false as they are; a {@link
   * Capability} as its code, an enum constant as its name. A figure of another kind from a result
   * (a rule of the caller's own) is written as its text; from JSON (an object, an array, null) it
   * is refused.
   */
  static SortedMap<String, Object> figures(@Nullable Map<String, ?> figures, String type, String field,
      boolean fromJson) {
    SortedMap<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, ?> e : given(figures, type, field).entrySet()) {
      String name = given(e.getKey(), type, field);
      Object value = e.getValue();
      String path = field + "." + name;
      Object plain;
      if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
        plain = ((Number) value).longValue();
      } else if (value instanceof Float || value instanceof Double) {
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d)) {
          throw Arguments.invalid(type, path, "figure", Map.of());
        }
        plain = d;
      } else if (value instanceof java.math.BigInteger big && big.bitLength() < 64) {
        plain = big.longValue();
      } else if (value instanceof String || value instanceof Boolean) {
        plain = value;
      } else if (!fromJson && value instanceof Capability capability) {
        plain = capability.code();
      } else if (!fromJson && value instanceof Enum<?> constant) {
        plain = constant.name();
      } else if (!fromJson && value != null && !(value instanceof Number)) {
        plain = value.toString();
      } else {
        throw Arguments.invalid(type, path, "figure", Map.of());
      }
      out.put(name, plain);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The violations of a nested document moved to where it stands in the whole document: {@code
   * Candidate.score} read at {@code candidates[2]} of a ranking becomes {@code
   * Ranking.candidates[2].score}.
   */
  static InvalidValueException at(InvalidValueException e, String type, String prefix) {
    return new InvalidValueException(e.violations().stream().map(v -> v.at(type,
        prefix.isEmpty() ? v.path() : v.path().isEmpty() ? prefix : prefix + "." + v.path())).toList());
  }

  /**
   * The violations of a value read from one JSON scalar (an id from its text) placed on the
   * field it was read from: the value's own inner path means nothing in the document.
   */
  static InvalidValueException on(InvalidValueException e, String type, String field) {
    return new InvalidValueException(e.violations().stream().map(v -> v.at(type, field)).toList());
  }
}
