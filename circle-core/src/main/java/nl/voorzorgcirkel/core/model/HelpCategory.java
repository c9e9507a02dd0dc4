package nl.voorzorgcirkel.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * Whether a kind of help is something neighbours do for each other, or belongs with professional
 * care. Every {@link Capability} has one, looked up in a {@link CapabilityVocabulary}; a scope
 * policy decides from it where a request is referred.
 *
 * <p>Circles do not give personal or nursing care ("we don't shower each other; we don't replace
 * district nursing"); regular household cleaning is arranged through the municipality and medical
 * questions go to the GP.
 *
 * @since 0.1.0
 */
public enum HelpCategory {
  /** Help a circle gives: rides, errands, meals, small jobs, visits, activities. */
  CIRCLE_HELP("circle-help"),
  /** Personal care: washing, showering, dressing, help with the toilet. */
  PERSONAL_CARE("personal-care"),
  /** Nursing care: wound care, giving medication, support stockings, other nursing tasks. */
  NURSING_CARE("nursing-care"),
  /** Regular household cleaning, as opposed to a small job. */
  HOUSEHOLD_HELP("household-help"),
  /** A medical question or complaint. */
  MEDICAL("medical");

  private final String code;

  HelpCategory(String code) {
    this.code = code;
  }

  /**
   * A stable code, for example {@code "personal-care"}; the reason code of a referral.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Whether this is help a circle gives.
   *
   * @return true only for {@link #CIRCLE_HELP}
   */
  public boolean isCircleHelp() {
    return this == CIRCLE_HELP;
  }

  /**
   * The category with a code.
   *
   * @param code a code such as {@code "personal-care"}, not null; case and the separator ({@code
   *     -} or {@code _}) do not matter
   * @return the category
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if no category has that code
   *     (an {@link IllegalArgumentException}, in English and Dutch)
   */
  public static HelpCategory ofCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (HelpCategory category : values()) {
      if (category.code.equals(wanted)) {
        return category;
      }
    }
    StringJoiner codes = new StringJoiner(", ");
    for (HelpCategory category : values()) {
      codes.add(category.code);
    }
    throw Arguments.invalid("HelpCategory", "code", "oneOf", Map.of("codes", codes.toString()));
  }
}
