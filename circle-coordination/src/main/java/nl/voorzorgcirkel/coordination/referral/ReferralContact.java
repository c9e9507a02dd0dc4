package nl.voorzorgcirkel.coordination.referral;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.coordination.internal.Phrases;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import org.jspecify.annotations.Nullable;

/**
 * Whom to call for one {@link ReferralTarget} in a circle's area: the local team or desk, with its
 * name in English and Dutch and a phone number or an e-mail address. For example the district
 * nursing team of the neighbourhood, "Wijkverpleging team Noord", 0499 123 456.
 *
 * <p>Meant for organisations, not for private persons: a referral text shows the name and the
 * number to the connectors and to the member referred. {@code toString()} shows only the target,
 * so that a contact person's name put here by mistake never reaches a log. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ReferralContact {

  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Digits, spaces and + - ( ) only; 3 to 15 digits are checked apart. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{3,24}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private final ReferralTarget target;
  private final String english;
  private final String dutch;
  private final @Nullable String phone;
  private final @Nullable String email;

  private ReferralContact(ReferralTarget target, String english, String dutch, @Nullable String phone,
      @Nullable String email) {
    this.target = target;
    this.english = english;
    this.dutch = dutch;
    this.phone = phone;
    this.email = email;
  }

  /**
   * A contact reached by phone.
   *
   * @param target where the referral goes, not null
   * @param english the name in English, for example "District nursing team North"; not null
   * @param dutch the name in Dutch, for example "Wijkverpleging team Noord"; not null
   * @param phone the phone number, not null
   * @return the contact
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException as {@link Builder#build()}
   */
  public static ReferralContact of(ReferralTarget target, String english, String dutch, String phone) {
    return builder(target).name(english, dutch).phone(phone).build();
  }

  /**
   * A builder for the contact of a target.
   *
   * <p>Required: the {@code name} in both languages, and a {@code phone} or an {@code email} (or
   * both); neither has a default. {@code build()} throws {@link
   * nl.voorzorgcirkel.core.validation.InvalidValueException} listing every broken rule at once by
   * field: a missing or too long name on {@code english} or {@code dutch}, neither phone nor e-mail
   * as {@code phoneOrEmail} on {@code phone}, and a malformed {@code phone} or {@code email}.
   *
   * @param target where the referral goes, not null
   * @return a new builder; not thread-safe
   */
  public static Builder builder(ReferralTarget target) {
    return new Builder(Objects.requireNonNull(target, "target"));
  }

  /**
   * Where a referral to this contact goes.
   *
   * @return the target, never null
   */
  public ReferralTarget target() {
    return target;
  }

  /**
   * The name in the reader's language.
   *
   * @param locale Dutch for the Dutch name, any other locale for the English; not null
   * @return the name, never blank
   */
  public String name(Locale locale) {
    return "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? dutch : english;
  }

  /**
   * The phone number, as given (trimmed).
   *
   * @return the number; empty when the contact is reached by e-mail only
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * The e-mail address, as given (trimmed).
   *
   * @return the address; empty when none was given
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The name and how to reach the contact, in one phrase: "Wijkverpleging team Noord, 0499 123
   * 456", the phone before the e-mail address.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the phrase, never null
   */
  public String whomToCall(Locale locale) {
    String how = phone != null && email != null
        ? Phrases.format("contact.phoneAndEmail", locale, Map.of("phone", phone, "email", email))
        : phone != null ? phone : Objects.requireNonNull(email);
    return name(locale) + ", " + how;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReferralContact o && o.target == target && o.english.equals(english)
        && o.dutch.equals(dutch) && Objects.equals(o.phone, phone) && Objects.equals(o.email, email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, english, dutch, phone, email);
  }

  /**
   * The target only.
   *
   * @return for example {@code "ReferralContact{DISTRICT_NURSING}"}
   */
  @Override
  public String toString() {
    return "ReferralContact{" + target + "}";
  }

  /** Builds a contact. Not thread-safe. */
  public static final class Builder {
    private final ReferralTarget target;
    private String english = "";
    private String dutch = "";
    private @Nullable String phone;
    private @Nullable String email;

    private Builder(ReferralTarget target) {
      this.target = target;
    }

    /**
     * Sets the name in both languages.
     *
     * @param inEnglish 1 to {@value ReferralContact#MAX_NAME_LENGTH} characters, one line; not null
     * @param inDutch 1 to {@value ReferralContact#MAX_NAME_LENGTH} characters, one line; not null
     * @return this builder
     */
    public Builder name(String inEnglish, String inDutch) {
      this.english = Objects.requireNonNull(inEnglish, "inEnglish").strip();
      this.dutch = Objects.requireNonNull(inDutch, "inDutch").strip();
      return this;
    }

    /**
     * Sets the phone number.
     *
     * @param number digits, spaces and + - ( ), with 3 to 15 digits ("14 0499" and "+31 499 123
     *     456" both pass); or null for none
     * @return this builder
     */
    public Builder phone(@Nullable String number) {
      this.phone = number == null ? null : number.strip();
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param address an address such as {@code team-noord@example.org}, or null for none
     * @return this builder
     */
    public Builder email(@Nullable String address) {
      this.email = address == null ? null : address.strip();
      return this;
    }

    /**
     * Builds the contact.
     *
     * @return the contact
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException listing every broken rule at
     *     once, each with its field ({@code english}, {@code dutch}, {@code phone}, {@code email}),
     *     in English and Dutch; never the value
     */
    public ReferralContact build() {
      Problems problems = new Problems("ReferralContact")
          .name("english", english, MAX_NAME_LENGTH)
          .name("dutch", dutch, MAX_NAME_LENGTH);
      if (phone == null && email == null) {
        problems.add("phone", "phoneOrEmail", Map.of());
      }
      if (phone != null) {
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < 3 || digits > 15) {
          problems.add("phone", "phone", Map.of());
        }
      }
      if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
        problems.add("email", "email", Map.of());
      }
      problems.throwIfAny();
      return new ReferralContact(target, english, dutch, phone, email);
    }
  }
}
