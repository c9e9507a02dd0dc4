package nl.voorzorgcirkel.core.loneliness;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * The three answers to a statement of the De Jong Gierveld scale, as offered in interviews and on
 * the telephone: "yes", "more or less", "no" ("ja", "min of meer", "nee").
 *
 * @since 0.1.0
 */
public enum LonelinessAnswer {
  /** "yes" / "ja". */
  YES,
  /** "more or less" / "min of meer"; the scale scores it as lonely on every statement. */
  MORE_OR_LESS,
  /** "no" / "nee". */
  NO;

  /**
   * Reads an answer as people and forms write it, in English or Dutch, in any case, with spaces or
   * hyphens: {@code yes}, {@code ja}; {@code more or less}, {@code more-or-less}, {@code
   * min of meer}, {@code min-of-meer}, {@code MORE_OR_LESS}; {@code no}, {@code nee}.
   *
   * @param text the answer, not null
   * @param field the field or cell it came from, for the error (for example {@code
   *     "row 4, EMPTINESS"}), not null; never the member's name
   * @return the answer
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     lonelinessAnswer} naming the field, in English and Dutch, if the text is none of these
   */
  public static LonelinessAnswer parse(String text, String field) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    String t = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
        .replaceAll("\\s+", " ");
    return switch (t) {
      case "yes", "ja" -> YES;
      case "more or less", "min of meer" -> MORE_OR_LESS;
      case "no", "nee" -> NO;
      default -> throw Arguments.invalid("LonelinessAnswer", field, "lonelinessAnswer", Map.of());
    };
  }
}
