package nl.voorzorgcirkel.core.csv;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown by an {@link ImportMode#ALL_OR_NOTHING} import of a file with bad rows, or by any import
 * of a file that cannot be read at all; lists every problem found. The message never quotes the
 * file's contents.
 *
 * @since 0.1.0
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialised: a deserialised exception keeps only its message. */
  private final transient List<RowError> errors;

  /**
   * Creates the exception.
   *
   * @param errors every problem found, not null, not empty
   */
  public ImportException(List<RowError> errors) {
    super(render(errors, Locale.ENGLISH));
    this.errors = List.copyOf(errors);
  }

  /**
   * Every problem, by row.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<RowError> errors() {
    return errors == null ? List.of() : errors;
  }

  /**
   * The message in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return one line per problem after a heading
   */
  public String message(Locale locale) {
    return render(errors(), locale);
  }

  private static String render(List<RowError> errors, Locale locale) {
    String heading = "nl".equals(locale.getLanguage()) ? "import geweigerd" : "import refused";
    return errors.stream().map(e -> e.message(locale))
        .collect(Collectors.joining("; ", heading + " (" + errors.size() + "): ", ""));
  }
}
