package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * User test 17 (L): {@code MemberId.of("06-12345678")} was accepted, so a platform using phone
 * numbers as ids would show them in every {@code toString()} and export. An id of only digits and
 * separators with 9 to 15 digits is refused; keys with a prefix, short numbers, UUIDs and long
 * numeric keys are not.
 */
class MemberIdPseudonymTest {

  @Test
  void anIdShapedLikeAPhoneNumberIsRefusedWithoutQuotingIt() {
    for (String id : List.of("06-12345678", "0612345678", "020.123.4567", "31612345678", "123456789",
        "06_12_34_56_78", "0031:6:12345678", "123456789012345")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemberId.of(id), id);
      assertEquals("notPhoneNumber", e.violations().get(0).rule(), id);
      assertEquals("value", e.violations().get(0).path(), id);
      String english = e.message(Locale.ENGLISH);
      String dutch = e.message(Locale.forLanguageTag("nl"));
      assertEquals("invalid value (1): MemberId.value: must be a pseudonym, not a phone number or other personal"
          + " number: only digits and separators with 9 or more digits is refused (give numeric keys a prefix,"
          + " such as m-1042)", english);
      assertFalse(english.contains(id) || dutch.contains(id), id);
      assertFalse(dutch.contains("must"), dutch);
    }
  }

  @Test
  void pseudonymsStayAccepted() {
    for (String id : List.of("m-1", "m-0612345678", "12345678", "1042", "3", "m-anna",
        "0b5e4c2a-8d1f-4c3e-9a7b-2f6d8e1c0a9b", "1234567890123456", "2026-11-26")) {
      assertEquals(id, MemberId.of(id).toString());
    }
  }
}
