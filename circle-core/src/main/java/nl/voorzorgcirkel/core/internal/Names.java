package nl.voorzorgcirkel.core.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;

/**
 * The form of a name that people read on lists, call sheets and exported spreadsheets (a member's
 * name, a circle's, a neighbourhood's): one rule, whether a model type's {@code @Pattern} checks it
 * or a reader checks a name that is not a model value. Not API. Thread-safe: stateless.
 */
public final class Names {

  /**
   * What a name must not hold: control characters (C0 and C1, such as line feed and next line),
   * line and paragraph separators, and the invisible characters that change how a name reads
   * without showing: zero-width space and word joiner, the direction marks, embeddings, overrides
   * and isolates (a right-to-left override makes "Anna" plus text display as another name), and
   * the byte-order mark. Zero-width joiner and non-joiner stay allowed: scripts need them.
   */
  private static final String REFUSED =
      "\\p{Cc}\\p{Zl}\\p{Zp}\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF";

  /**
   * A name, as a regular expression for {@code @Pattern}: none of the refused characters, and not
   * starting with {@code = + - @}, which spreadsheets run as a formula when the name is exported
   * to one. The empty text matches (blankness is a rule of its own).
   */
  public static final String FORM = "([^=+@" + REFUSED + "-][^" + REFUSED + "]*)?";

  private static final Pattern PATTERN = Pattern.compile(FORM);

  /** The rule code of a name of the wrong form, the one the model types' violations carry. */
  public static final String RULE = "Text.name";

  /** The key of the text of {@link #FORM}, in the English and Dutch message tables. */
  public static final String MESSAGE_KEY = "vzc.Text.name";

  private Names() {}

  /**
   * Whether a text is of the form {@link #FORM}, matched as {@code @Pattern} matches it.
   *
   * @param text the text, not null
   * @return true if it matches
   */
  public static boolean isName(String text) {
    return PATTERN.matcher(text).matches();
  }

  /**
   * The violation of a name of the wrong form, without the name.
   *
   * @param type the type whose value is refused, for example {@code "Candidate"}
   * @param path the field, for example {@code "neighbourhood"}
   * @return the violation
   */
  public static Violation violation(String type, String path) {
    return Violation.of(type, path, RULE, MESSAGE_KEY, Map.of());
  }

  /**
   * Checks an optional name: 1 to 100 characters, not blank, of the form {@link #FORM}.
   *
   * @param name the name or empty, not null
   * @param type the type whose value is checked
   * @param path the field's name
   * @throws NullPointerException naming the field if {@code name} is null
   * @throws InvalidValueException with rule {@code notBlank}, {@code atMost} or {@code Text.name}
   */
  public static void check(Optional<String> name, String type, String path) {
    if (name == null) {
      throw new NullPointerException(path);
    }
    if (name.isEmpty()) {
      return;
    }
    String text = name.get();
    if (text.isBlank()) {
      throw Arguments.invalid(type, path, "notBlank", Map.of());
    }
    if (text.length() > 100) {
      throw Arguments.invalid(type, path, "atMost", Map.of("max", 100));
    }
    if (!isName(text)) {
      throw new InvalidValueException(java.util.List.of(violation(type, path)));
    }
  }
}
