package nl.voorzorgcirkel.core.validation;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a value cannot be built because it breaks one or more rules; lists every violation
 * at once, each with its field path and rule.
 *
 * <p>The message never contains the rejected values, so it is safe to log even for fields that
 * hold personal data. {@link #getMessage()} is English; {@link #message(Locale)} gives Dutch for a
 * Dutch locale.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Not serialised: violations are rebuilt by re-validating, not by deserialising exceptions. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules, at least one, not null and without null elements
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(List<Violation> violations) {
    super(render(violations, Locale.ENGLISH));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every violation found, in a stable order (by type, then path, then rule).
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  /**
   * The message in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return one line per violation after a heading, never null
   */
  public String message(Locale locale) {
    return render(violations(), locale);
  }

  private static String render(List<Violation> violations, Locale locale) {
    return ViolationList.render(violations, "invalid value", "ongeldige waarde", locale);
  }
}
