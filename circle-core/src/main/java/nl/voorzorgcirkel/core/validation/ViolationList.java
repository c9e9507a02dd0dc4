package nl.voorzorgcirkel.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The message of an exception that lists violations: a heading with the count, then each. Not API. */
final class ViolationList {

  private ViolationList() {}

  /**
   * The violations in the reader's language after a heading.
   *
   * @param violations at least one, not null
   * @param english the heading in English, for example {@code "invalid value"}
   * @param dutch the heading in Dutch
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "invalid value (1): Member.displayName: must not be blank"}
   * @throws IllegalArgumentException if there is no violation
   */
  static String render(List<Violation> violations, String english, String dutch, Locale locale) {
    Objects.requireNonNull(violations, "violations");
    Objects.requireNonNull(locale, "locale");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an exception that lists violations needs at least one");
    }
    String heading = "nl".equals(locale.getLanguage()) ? dutch : english;
    return violations.stream()
        .map(v -> v.message(locale))
        .collect(Collectors.joining("; ", heading + " (" + violations.size() + "): ", ""));
  }
}
