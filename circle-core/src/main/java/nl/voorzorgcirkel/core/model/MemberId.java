package nl.voorzorgcirkel.core.model;

import java.util.Map;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.HashedValueStyle;
import org.immutables.value.Value;

/**
 * Identifies a member of a circle. See {@link Identifier} for the rules.
 *
 * <p><strong>A member id is a pseudonym.</strong> It is shown as it is in {@code toString()},
 * exception messages, logs, JSON, CSV and the exports for research, so it must never be a phone
 * number, an e-mail address, a name, a citizen service number (BSN) or any other text that says who
 * the member is: use a key of your own administration ({@code m-1042}) or a random one (a UUID). An
 * id that is only digits and the separators {@code . _ : -} with 9 to 15 digits, the shape of a
 * phone number or a BSN ({@code 0612345678}, {@code 06-12345678}), is refused; give a numeric key a
 * prefix ({@code m-123456789}). Other personal data cannot be recognised: keeping it out is the
 * platform's duty.
 *
 * <p>Immutable and thread-safe; serialised to JSON as a plain string.
 *
 * @since 0.1.0
 */
@Value.Immutable
@HashedValueStyle
public abstract class MemberId extends Identifier<MemberId> {

  MemberId() {}

  /**
   * The identifier with the given text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or
   *     digit, and not 9 to 15 digits with only separators between them (a phone number's shape)
   * @return the identifier
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if {@code value} is null or
   *     breaks the rule; rule {@code notPhoneNumber} for a phone number's shape, in English and
   *     Dutch, never quoting the value
   */
  public static MemberId of(String value) {
    return ImmutableMemberId.of(value);
  }

  @Override
  @Value.Check
  void validate() {
    super.validate();
    if (phoneShaped(value())) {
      throw Arguments.invalid("MemberId", "value", "notPhoneNumber", Map.of());
    }
  }

  /** Whether a text is only digits and the separators of an id, with 9 to 15 digits. */
  static boolean phoneShaped(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '-' && c != '.' && c != '_' && c != ':') {
        return false;
      }
    }
    return digits >= 9 && digits <= 15;
  }
}
