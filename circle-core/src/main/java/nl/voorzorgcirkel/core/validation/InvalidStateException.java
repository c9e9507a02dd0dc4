package nl.voorzorgcirkel.core.validation;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a call does not fit the state of the object it is made on (a builder not given what
 * it needs, a report about something that has not happened): the {@link IllegalStateException}
 * counterpart of {@link InvalidValueException}, with the same {@link Violation}s naming the field
 * and the rule in English and Dutch.
 *
 * <p>The message never contains personal data. {@link #getMessage()} is English; {@link
 * #message(Locale)} gives Dutch for a Dutch locale.
 *
 * @since 0.1.0
 */
public final class InvalidStateException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Not serialised, as in {@link InvalidValueException}. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules, at least one, not null and without null elements
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidStateException(List<Violation> violations) {
    super(render(violations, Locale.ENGLISH));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every broken rule, in the order given.
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
    return ViolationList.render(violations, "not possible now", "niet mogelijk nu", locale);
  }
}
