package nl.voorzorgcirkel.coordination.texts;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.coordination.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Where help is needed, as coarse as the circle needs it: a street, a building or a neighbourhood
 * ("Lindenlaan", "De Wartburg", "Muziekwijk"), never an address.
 *
 * <p>A house number is refused: the only digits allowed are those of an ordinal that starts the
 * name ("1e Jacobsstraat", "2de Hugo de Grootstraat") and years shortened with an apostrophe
 * ("Plein '40-'45", also with the typographic apostrophe), which no house number is written as; so
 * "Lindenlaan 12", "Lindenlaan 12a", "Lindenlaan12" and "12 Lindenlaan" are refused. A year in full
 * ("Plein 1944") cannot be told from a house number and is refused too: give the neighbourhood. A
 * name is one line and does not start with = + - @
 * (which a spreadsheet runs as a formula). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Area {

  /** The longest area text, in characters. */
  public static final int MAX_LENGTH = 80;

  /** An ordinal that starts a street name: "1e", "2de", "3rd". */
  private static final Pattern LEADING_ORDINAL = Pattern.compile("^\\d{1,2}(e|de|ste|st|nd|rd|th)\\b");
  /** A year shortened with an apostrophe, straight or typographic: "'40", "\u201940". */
  private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019]\\d{2}(?!\\d)");

  private final String name;

  private Area(String name) {
    this.name = name;
  }

  /**
   * An area by name.
   *
   * @param name a street, building or neighbourhood; 1 to {@value #MAX_LENGTH} characters after
   *     trimming, without a house number or line breaks; not null
   * @return the area
   * @throws NullPointerException if {@code name} is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) naming the field {@code Area.name} and the rule in English and
   *     Dutch, never the value, if the name is blank ({@code notBlank}), too long ({@code Size}),
   *     holds a line break or other control character or starts with = + - @ ({@code Text.name}),
   *     or looks like it holds a house number ({@code noHouseNumber})
   */
  public static Area of(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.strip();
    Problems problems = new Problems("Area").name("name", trimmed, MAX_LENGTH);
    String withoutOrdinal = LEADING_ORDINAL.matcher(trimmed).replaceFirst("");
    if (!problems.any() && hasDigit(SHORT_YEAR.matcher(withoutOrdinal).replaceAll(""))) {
      problems.add("name", "noHouseNumber", Map.of());
    }
    problems.throwIfAny();
    return new Area(trimmed);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name as given, trimmed.
   *
   * @return the name, never null or blank
   */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Area && ((Area) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The area: a street or neighbourhood that every text may show, not personal data.
   *
   * @return for example {@code "Area{Lindenlaan}"}
   */
  @Override
  public String toString() {
    return "Area{" + name + "}";
  }
}
