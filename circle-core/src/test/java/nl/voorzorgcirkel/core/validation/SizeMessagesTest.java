package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * User test 16, L2: the size rule of values that cannot be blank read "must have a size between 0
 * and 64" ({@code Capability.of}, {@code MemberId}) and "0 and 100" ({@code displayName}), a lower
 * bound no such value can have. It states the true range, in characters, in English and Dutch.
 */
class SizeMessagesTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static Violation only(Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(1, e.violations().size(), e.getMessage());
    return e.violations().get(0);
  }

  @Test
  void aTooLongRequiredTextSaysOneToItsMaximumInBothLanguages() {
    Violation capability = only(() -> Capability.of("a".repeat(10_000)));
    assertEquals("Capability.code: must be 1 to 64 characters long", capability.message(Locale.ENGLISH));
    assertEquals("Capability.code: moet 1 tot en met 64 tekens lang zijn", capability.message(DUTCH));
    assertEquals(Map.of("min", 1, "max", 64), capability.arguments());

    Violation id = only(() -> MemberId.of("m".repeat(65)));
    assertEquals("must be 1 to 64 characters long", id.ruleMessage(Locale.ENGLISH));
    assertEquals("moet 1 tot en met 64 tekens lang zijn", id.ruleMessage(DUTCH));

    Violation name = only(() -> Member.builder().id(MemberId.of("m-1")).displayName("Anna".repeat(26))
        .birthYear(1950).home(GeoPoint.coarse(52.379, 5.223)).joined(LocalDate.of(2025, 3, 1)).build());
    assertEquals(List.of("displayName", "Size"), List.of(name.path(), name.rule()));
    assertEquals("must be 1 to 100 characters long", name.ruleMessage(Locale.ENGLISH));
    assertEquals("moet 1 tot en met 100 tekens lang zijn", name.ruleMessage(DUTCH));
  }

  @Test
  void aTextThatMayBeEmptySaysOnlyItsMaximum() {
    Violation v = Violation.of("HelpRequest", "description", "Size", "jakarta.validation.constraints.Size.message",
        Map.of("min", 0, "max", 2000));
    assertEquals("must be at most 2000 characters long", v.ruleMessage(Locale.ENGLISH));
    assertEquals("mag hoogstens 2000 tekens lang zijn", v.ruleMessage(DUTCH));
  }
}
