package nl.voorzorgcirkel.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * One broken rule of one value: where ({@link #path()}), which rule ({@link #rule()}) and a
 * readable explanation in English or Dutch ({@link #message(Locale)}).
 *
 * <p>A violation never holds the rejected value, so it can be logged and shown safely even when
 * the field holds personal data. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Violation {

  private final String type;
  private final String path;
  private final String rule;
  private final String messageKey;
  private final Map<String, Object> arguments;

  private Violation(
      String type, String path, String rule, String messageKey, Map<String, ?> arguments) {
    this.type = Objects.requireNonNull(type, "type");
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = new TreeMap<>(Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * Creates a violation.
   *
   * @param type simple name of the value type that was rejected, for example {@code "Member"}; not
   *     null
   * @param path the field path inside that type, for example {@code "displayName"} or {@code
   *     "slots[2].end"}; not null, may be empty for a rule about the whole value
   * @param rule a stable code of the rule, for example {@code "NotBlank"} or {@code
   *     "TimeWindow.endAfterStart"}; not null
   * @param messageKey key of the English and Dutch text; not null
   * @param arguments rule parameters shown in the text (limits, never the rejected value); not null
   * @return the violation
   */
  public static Violation of(
      String type, String path, String rule, String messageKey, Map<String, ?> arguments) {
    return new Violation(type, path, rule, messageKey, arguments);
  }

  /**
   * The simple name of the rejected value type, for example {@code "Member"}.
   *
   * @return the type name, never null
   */
  public String type() {
    return type;
  }

  /**
   * The field path inside the rejected value, for example {@code "capacityPerWeek"}.
   *
   * @return the path, never null; empty for a rule about the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * A stable code of the rule that was broken, for example {@code "NotBlank"}, {@code "Size"} or
   * {@code "Member.pausedNeedsDate"}: the constraint annotation's simple name for declared
   * constraints.
   *
   * @return the rule code, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * The rule's parameters (such as {@code min} and {@code max}); never the rejected value.
   *
   * @return an unmodifiable, sorted map, never null
   */
  public Map<String, Object> arguments() {
    return java.util.Collections.unmodifiableMap(arguments);
  }

  /**
   * The explanation in the requested language: Dutch for a Dutch locale, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return for example {@code "capacityPerWeek: must be at most 40 hours"}, never null
   */
  public String message(Locale locale) {
    String text = ruleMessage(locale);
    return path.isEmpty() ? type + ": " + text : type + "." + path + ": " + text;
  }

  /**
   * The same rule and message for the value at another place: for readers of nested input, such
   * as JSON, whose errors should name the field from the top of the input rather than inside the
   * value that was built from it.
   *
   * @param type the type the path starts from, not null
   * @param path the path to the value, such as {@code candidates[2].score}; empty for the type
   *     itself; not null
   * @return the violation, for example {@code Ranking.candidates[2].score} instead of {@code
   *     Candidate.score}
   * @since 0.1.0
   */
  public Violation at(String type, String path) {
    return new Violation(type, path, rule, messageKey, arguments);
  }

  /**
   * The rule's explanation without the type and path, in the requested language, for callers that
   * name the field themselves (a form, a spreadsheet column).
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "must be at most 40 h"}, never null
   */
  public String ruleMessage(Locale locale) {
    return Messages.format(messageKey, locale, arguments);
  }

  /**
   * The explanation in English.
   *
   * @return same as {@code message(Locale.ENGLISH)}
   */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation violation
        && violation.type.equals(type)
        && violation.path.equals(path)
        && violation.rule.equals(rule)
        && violation.messageKey.equals(messageKey)
        && violation.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, path, rule, messageKey, arguments);
  }
}
