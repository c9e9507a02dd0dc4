package nl.voorzorgcirkel.coordination.texts;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where help is needed, as coarse as the circle needs it: a street, a building or a neighbourhood
 * ("Lindenlaan", "De Wartburg", "Muziekwijk"), never an address.
 *
 * <p>A house number is refused: the only digits allowed are those of an ordinal that starts the
 * name ("1e Jacobsstraat", "2de Hugo de Grootstraat"), so "Lindenlaan 12", "Lindenlaan 12a",
 * "Lindenlaan12" and "12 Lindenlaan" are refused. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Area {

  /** The longest area text, in characters. */
  public static final int MAX_LENGTH = 80;

  /** An ordinal that starts a street name: "1e", "2de", "3rd". */
  private static final Pattern LEADING_ORDINAL = Pattern.compile("^\\d{1,2}(e|de|ste|st|nd|rd|th)\\b");

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
   * @throws IllegalArgumentException naming the rule (never the value) if the name is blank, too
   *     long, has a line break or looks like it holds a house number
   */
  public static Area of(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("area: must not be blank");
    }
    if (trimmed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("area: at most " + MAX_LENGTH + " characters");
    }
    if (trimmed.indexOf('\n') >= 0 || trimmed.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("area: must be one line");
    }
    if (hasDigit(LEADING_ORDINAL.matcher(trimmed).replaceFirst(""))) {
      throw new IllegalArgumentException(
          "area: a street, building or neighbourhood without a house number (no number after the name)");
    }
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
