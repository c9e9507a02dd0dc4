package nl.voorzorgcirkel.simulation.scenario;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A scenario that cannot run: it lists every error at once, each with its field and rule.
 *
 * @since 0.1.0
 */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialised: the message keeps the English text. */
  private final transient List<ScenarioError> errors;

  /**
   * A new exception.
   *
   * @param errors the errors, not null, not empty
   */
  public ScenarioException(List<ScenarioError> errors) {
    super(text(errors, Locale.ENGLISH));
    this.errors = List.copyOf(errors);
  }

  /**
   * Every error, in the order found.
   *
   * @return an unmodifiable list, not empty (empty after deserialisation: see the message)
   */
  public List<ScenarioError> errors() {
    return errors == null ? List.of() : errors;
  }

  /**
   * Every error, one per line, in a language.
   *
   * @param locale Dutch ({@code nl}) or anything else for English; not null
   * @return the text
   */
  public String message(Locale locale) {
    return text(errors, locale);
  }

  private static String text(List<ScenarioError> errors, Locale locale) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a scenario exception needs at least one error");
    }
    return errors.stream().map(e -> e.message(locale)).collect(Collectors.joining(System.lineSeparator()));
  }
}
