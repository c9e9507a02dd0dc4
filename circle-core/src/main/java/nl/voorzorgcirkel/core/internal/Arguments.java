package nl.voorzorgcirkel.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;

/**
 * Checks of method arguments that throw the same bilingual {@link InvalidValueException} as the
 * model's builders: one {@link Violation} naming the type, the argument and the rule, whose text
 * (key {@code vzc.argument.<rule>}) is in the English and Dutch message tables. Never quotes the
 * rejected value. Not API: shared by this library's modules. Thread-safe: stateless.
 */
public final class Arguments {

  /** The first instant the library computes with: 0001-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The last instant the library computes with: the end of 9999-12-31 UTC. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 2);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

  /**
   * The form of a reason code, such as {@code "personal-care"} or {@code "garden-service"}: lower-case
   * letters and digits in words joined by single hyphens or dots, as the library's own codes are.
   * Spaces, capitals and punctuation are refused, so that a code cannot carry a sentence of free
   * text into {@code toString()}, events or logs.
   */
  public static final String REASON_CODE = "[a-z0-9]+([.-][a-z0-9]+)*";
  /** The most characters a reason code may have. */
  public static final int REASON_CODE_LENGTH = 60;
  private static final java.util.regex.Pattern REASON_CODE_PATTERN =
      java.util.regex.Pattern.compile(REASON_CODE);

  private Arguments() {}

  /**
   * Checks that a text is a reason code of the form {@link #REASON_CODE}, at most {@link
   * #REASON_CODE_LENGTH} characters.
   *
   * @param code the code, not null
   * @param type the type whose method checks
   * @param path the argument's name
   * @return the code
   * @throws NullPointerException naming {@code path} if the code is null
   * @throws InvalidValueException with rule {@code reasonCode} otherwise; the message never quotes
   *     the refused text
   */
  public static String reasonCode(String code, String type, String path) {
    if (code == null) {
      throw new NullPointerException(path);
    }
    if (code.length() > REASON_CODE_LENGTH || !REASON_CODE_PATTERN.matcher(code).matches()) {
      throw invalid(type, path, "reasonCode", Map.of("max", REASON_CODE_LENGTH));
    }
    return code;
  }

  /**
   * Whether an instant lies in the years the library computes with (1 to 9999); null counts as in.
   *
   * @param instant the instant, or null
   * @return true if null or within {@link #EARLIEST} and {@link #LATEST}
   */
  public static boolean supported(Instant instant) {
    return instant == null || (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST));
  }

  /**
   * Whether a day lies, in every zone, within the supported years: from 1 January of year 1 plus a
   * day to 31 December 9999 minus a day.
   *
   * @param day the day, or null
   * @return true if null or within the range
   */
  public static boolean supported(LocalDate day) {
    return day == null || (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY));
  }

  /**
   * The exception for one broken argument rule.
   *
   * @param type the type whose method refused, for example {@code "TimeWindow"}
   * @param path the argument or field, for example {@code "days"}
   * @param rule the rule's code, whose text is {@code vzc.argument.<rule>}
   * @param arguments the rule's parameters (limits, identifiers), never personal data
   * @return the exception, to throw
   */
  public static InvalidValueException invalid(String type, String path, String rule,
      Map<String, ?> arguments) {
    return new InvalidValueException(List.of(
        Violation.of(type, path, rule, "vzc.argument." + rule, arguments)));
  }

  /**
   * Checks that a number lies in {@code [min, max]}.
   *
   * @param value the number
   * @param min the least allowed
   * @param max the most allowed
   * @param type the type whose method checks
   * @param path the argument's name
   * @return the value
   * @throws InvalidValueException with rule {@code between} if out of range
   */
  public static long between(long value, long min, long max, String type, String path) {
    if (value < min || value > max) {
      throw invalid(type, path, "between", Map.of("min", min, "max", max));
    }
    return value;
  }

  /**
   * Checks that a number is at least {@code min}.
   *
   * @param value the number
   * @param min the least allowed
   * @param type the type whose method checks
   * @param path the argument's name
   * @return the value
   * @throws InvalidValueException with rule {@code atLeast} if smaller
   */
  public static long atLeast(long value, long min, String type, String path) {
    if (value < min) {
      throw invalid(type, path, "atLeast", Map.of("min", min));
    }
    return value;
  }

  /**
   * Checks that a number is finite and 0 or more.
   *
   * @param value the number
   * @param type the type whose method checks
   * @param path the argument's name
   * @return the value
   * @throws InvalidValueException with rule {@code finiteNotNegative} otherwise
   */
  public static double finiteNotNegative(double value, String type, String path) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw invalid(type, path, "finiteNotNegative", Map.of());
    }
    return value;
  }

  /**
   * Checks that an instant lies in the supported years.
   *
   * @param instant the instant, not null
   * @param type the type whose method checks
   * @param path the argument's name
   * @return the instant
   * @throws NullPointerException naming the argument if null
   * @throws InvalidValueException with rule {@code supportedYears} otherwise
   */
  public static Instant supported(Instant instant, String type, String path) {
    if (instant == null) {
      throw new NullPointerException(path);
    }
    if (!supported(instant)) {
      throw invalid(type, path, "supportedYears", Map.of());
    }
    return instant;
  }

  /**
   * Checks that no element of a list is null, naming the position of the first that is.
   *
   * @param list the list, not null
   * @param path the argument's name
   * @param <T> the element type
   * @return an unmodifiable copy
   * @throws NullPointerException with message {@code path[i]} for the first null element
   */
  public static <T> List<T> noNulls(List<T> list, String path) {
    if (list == null) {
      throw new NullPointerException(path);
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(path + "[" + i + "]");
      }
    }
    return List.copyOf(list);
  }
}
