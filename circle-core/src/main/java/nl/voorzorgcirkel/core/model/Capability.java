package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * A kind of help: what a member can offer and what a request needs.
 *
 * <p>The vocabulary is open: an organisation adds its own with {@link #of(String)}, for example
 * {@code Capability.of("knitting")} (a code whose words the vocabulary knows is read as the kind
 * of help they name: {@code bike-repair} as small jobs; see {@link
 * CapabilityVocabulary#canonical}). The standard catalogue ({@link #standard()}) covers the
 * help circles give: rides, accompanying, groceries and errands, meals, small jobs, the garden,
 * visits, digital help, paperwork, pets and social activities. Personal and nursing care is not a
 * capability a circle offers: the {@link CapabilityVocabulary} knows the words for it, a member
 * cannot offer it, and {@code nl.voorzorgcirkel.core.scope} refers such requests elsewhere.
 *
 * <p>A code is 1 to 64 characters of lower-case letters, digits and single hyphens ({@code
 * "ride-by-car"}). Two capabilities are equal when their codes are. A code may also be words a
 * {@link CapabilityVocabulary} knows ({@code Capability.of("boodschappen")}): equality stays by
 * code, but scope and matching read it as the kind of help it names ({@link
 * CapabilityVocabulary#canonical}), so a request or an offer so written is groceries and errands.
 * Immutable and thread-safe (a value keeps the answer of that reading for the vocabulary asked
 * last, which is not part of the value); serialised to JSON as the code.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class Capability implements Comparable<Capability> {

  /** Driving someone by car, for example to the hospital when a shared taxi cannot be arranged. */
  public static final Capability RIDE_BY_CAR = of("ride-by-car");
  /** Going along to an appointment: the GP, the hospital, the municipality. */
  public static final Capability ACCOMPANY_TO_APPOINTMENT = of("accompany-to-appointment");
  /** Groceries and errands, including taking something somewhere and back. */
  public static final Capability GROCERIES_AND_ERRANDS = of("groceries-and-errands");
  /** Cooking for someone or sharing a meal. */
  public static final Capability MEALS = of("meals");
  /** Small jobs in and around the house: a lamp, a curtain rail, a blocked drain. */
  public static final Capability SMALL_JOBS = of("small-jobs");
  /** Help in the garden or on the balcony. */
  public static final Capability GARDEN = of("garden");
  /** A visit, a chat, company. */
  public static final Capability VISITS_AND_COMPANY = of("visits-and-company");
  /** Help with a phone, tablet, computer or app. */
  public static final Capability DIGITAL_HELP = of("digital-help");
  /** Letters, forms and administration. */
  public static final Capability PAPERWORK = of("paperwork");
  /** Walking the dog, feeding the cat. */
  public static final Capability PET_CARE = of("pet-care");
  /** Organising or joining social activities: cycling tours, handicrafts, walks. */
  public static final Capability SOCIAL_ACTIVITIES = of("social-activities");

  private static final List<Capability> STANDARD = List.of(
      RIDE_BY_CAR, ACCOMPANY_TO_APPOINTMENT, GROCERIES_AND_ERRANDS, MEALS, SMALL_JOBS, GARDEN,
      VISITS_AND_COMPANY, DIGITAL_HELP, PAPERWORK, PET_CARE, SOCIAL_ACTIVITIES);

  /**
   * The last answer of {@link CapabilityVocabulary#canonical} for this value: the vocabulary and the
   * kind of help, as one array written whole (a racing read sees an old pair or a new one, never a
   * mix), so matching reads a request's kind of help once per value and not once per member. Not
   * part of the value: equality, hash code and JSON ignore it.
   */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute: see above
  volatile Object @org.jspecify.annotations.Nullable [] kind;

  Capability() {}

  /**
   * The capability with the given code; a standard code gives the catalogue's value.
   *
   * @param code lower-case letters, digits and single hyphens, 1 to 64 characters
   * @return the capability
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the code breaks the rule
   */
  public static Capability of(String code) {
    return ImmutableCapability.of(code);
  }

  /**
   * The capability whose code is made of typed words, for a platform that lets people type the
   * help they need or offer: accents removed, lower case, every run of other characters than the
   * letters {@code a-z} and digits one hyphen, no hyphen at either end. {@code "Hulp bij Douchen"}
   * gives {@code hulp-bij-douchen}, {@code "dóuchen"} {@code douchen}, {@code "naar de huisarts!"}
   * {@code naar-de-huisarts}; a letter that has no plain form without its accent ({@code ß},
   * {@code ø}) counts as a separator. The code is read by the vocabulary as the words would be
   * ({@link CapabilityVocabulary#resolve}, {@link CapabilityVocabulary#canonical}), so:
   *
   * <pre>{@code
   * Capability typed = Capability.fromWords("Hulp bij het Douchen");
   * typed.code();                                             // "hulp-bij-het-douchen"
   * ScopePolicies.standard().assess(request.toBuilder().capability(typed).build()); // personal care
   * }</pre>
   *
   * Codes are shown in {@code toString()},
   * logs and exports, so words that name a person ({@code "mama wassen"}) become part of the code:
   * offer people a list of kinds of help where you can, and keep free text in the request's
   * description. Digits are kept: a phone number or house number typed into the text ({@code "bel
   * 0612345678"}) ends up in the code, and so in {@code toString()} and logs; strip such text
   * before making a code, or offer a list. Thread-safe; never returns null.
   *
   * @param words the typed words, not null
   * @return the capability, equal to {@code of(code)} for the code described
   * @throws NullPointerException naming {@code words} if it is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     wordsForCode} if the text has no letter {@code a-z} once accents are removed, or {@code
   *     codeLength} if the code would be longer than 64 characters; in English and Dutch, never quoting
   *     the text
   * @since 0.1.0
   */
  public static Capability fromWords(String words) {
    String normal = CapabilityVocabulary.normalise(Objects.requireNonNull(words, "words"));
    StringBuilder code = new StringBuilder(normal.length());
    boolean letter = false;
    boolean gap = false;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && code.length() > 0) {
          code.append('-');
        }
        gap = false;
        letter |= c >= 'a';
        code.append(c);
      } else {
        gap = true;
      }
    }
    if (!letter) {
      throw Arguments.invalid("Capability", "words", "wordsForCode", Map.of());
    }
    if (code.length() > 64) {
      throw Arguments.invalid("Capability", "words", "codeLength", Map.of("max", 64));
    }
    return of(code.toString());
  }

  /**
   * The standard catalogue, in a fixed order.
   *
   * @return an unmodifiable list of 11 capabilities
   */
  public static List<Capability> standard() {
    return STANDARD;
  }

  /**
   * The code, for example {@code "ride-by-car"}.
   *
   * @return the code, never null
   */
  @Value.Parameter
  @NotBlank
  @Size(min = 1, max = 64)
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{vzc.Pattern.capabilityCode}")
  public abstract String code();

  /**
   * Whether this capability is in the standard catalogue.
   *
   * @return true for the 11 standard capabilities
   */
  public boolean inStandardCatalogue() {
    return STANDARD.contains(this);
  }

  /**
   * A readable name from the {@linkplain CapabilityVocabulary#standard() standard vocabulary}: the
   * English or Dutch label of the kind of help it reads this capability as ({@link
   * CapabilityVocabulary#label}: by code, synonym or the words of the code, so {@code
   * naar-de-kapper} is "ride by car"), the code for any other.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the label, never null
   */
  public String label(Locale locale) {
    return CapabilityVocabulary.standard().label(this, locale);
  }

  /** Orders by code. */
  @Override
  public int compareTo(Capability other) {
    return code().compareTo(other.code());
  }

  /**
   * The code.
   *
   * @return {@link #code()}
   */
  @Override
  public String toString() {
    return code();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
