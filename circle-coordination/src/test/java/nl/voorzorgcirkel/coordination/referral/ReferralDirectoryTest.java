package nl.voorzorgcirkel.coordination.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ReferralDirectoryTest {

  private static final ReferralContact NURSING = ReferralContact.of(ReferralTarget.DISTRICT_NURSING,
      "District nursing team North", "Wijkverpleging team Noord", "0485 123 456");
  private static final ReferralContact TEAM = ReferralContact.of(ReferralTarget.SOCIAL_TEAM,
      "Social team Boxmeer", "Sociaal team Boxmeer", "14 0485");

  @Test
  void aContactNamesItselfInTheReadersLanguageWithHowToReachIt() {
    assertEquals("Wijkverpleging team Noord, 0485 123 456", NURSING.whomToCall(Locale.forLanguageTag("nl")));
    assertEquals("District nursing team North, 0485 123 456", NURSING.whomToCall(Locale.ENGLISH));
    ReferralContact both = ReferralContact.builder(ReferralTarget.SOCIAL_TEAM).name(" Team ", "Team")
        .phone("+31 (0)485 123456").email("team@example.org").build();
    assertEquals("Team, +31 (0)485 123456 of team@example.org", both.whomToCall(Locale.forLanguageTag("nl")));
    ReferralContact mail = ReferralContact.builder(ReferralTarget.HOME_CARE).name("Home care", "Thuiszorg")
        .email("zorg@example.org").build();
    assertEquals("Home care, zorg@example.org", mail.whomToCall(Locale.ENGLISH));
    assertEquals(Optional.empty(), mail.phone());
    // a contact person's name put here by mistake never reaches a log
    assertEquals("ReferralContact{DISTRICT_NURSING}", NURSING.toString());
  }

  @Test
  void badContactsAreRefusedWithEveryRuleAtOnceInEnglishAndDutchWithoutTheValue() {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> ReferralContact.builder(ReferralTarget.DISTRICT_NURSING).name(" ", "=HYPERLINK(x)")
            .phone("call 0485-12").email("jan.jansen at example.org").build());
    assertEquals(List.of("english", "dutch", "phone", "email"), refused.violations().stream().map(Violation::path)
        .toList());
    assertEquals(List.of("notBlank", "Text.name", "phone", "email"),
        refused.violations().stream().map(Violation::rule).toList());
    assertEquals("ReferralContact.phone: moet een telefoonnummer zijn: alleen cijfers, spaties en + - ( ), met 3 tot"
        + " 15 cijfers", refused.violations().get(2).message(Locale.forLanguageTag("nl")));
    assertFalse(refused.getMessage().contains("jan.jansen") || refused.getMessage().contains("0485"));
    InvalidValueException unreachable = assertThrows(InvalidValueException.class,
        () -> ReferralContact.builder(ReferralTarget.DISTRICT_NURSING).name("a", "b").build());
    assertEquals("ReferralContact.phone: needs a phone number or an e-mail address",
        unreachable.violations().get(0).message(Locale.ENGLISH));
    assertThrows(InvalidValueException.class, () -> ReferralContact.of(ReferralTarget.GENERAL_PRACTITIONER, "GP",
        "Huisarts", "12"));
    assertThrows(InvalidValueException.class, () -> ReferralContact.of(ReferralTarget.GENERAL_PRACTITIONER, "GP",
        "Huisarts", "0123456789012345"));
    assertThrows(InvalidValueException.class, () -> ReferralContact.of(ReferralTarget.GENERAL_PRACTITIONER,
        "x".repeat(ReferralContact.MAX_NAME_LENGTH + 1), "Huisarts", "0485 123 456"));
  }

  @Test
  void aCirclesOwnContactsComeBeforeItsOrganisationsAndATargetHasOneContact() {
    ReferralContact otherNursing = ReferralContact.of(ReferralTarget.DISTRICT_NURSING, "Nursing", "Verpleging",
        "0485 999 999");
    ReferralDirectory organisation = ReferralDirectory.of(List.of(TEAM, otherNursing));
    ReferralDirectory circle = ReferralDirectory.of(List.of(NURSING)).withFallback(organisation);
    assertEquals(Optional.of(NURSING), circle.contact(ReferralTarget.DISTRICT_NURSING));
    assertEquals(Optional.of(TEAM), circle.contact(ReferralTarget.SOCIAL_TEAM));
    assertEquals(Optional.empty(), circle.contact(ReferralTarget.HOME_CARE));
    assertEquals(List.of(NURSING, TEAM), circle.contacts(), "in the order of the targets");
    assertEquals("ReferralDirectory[DISTRICT_NURSING, SOCIAL_TEAM]", circle.toString());
    assertEquals(List.of(), ReferralDirectory.empty().contacts());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> ReferralDirectory.of(List.of(NURSING, TEAM, otherNursing)));
    assertEquals("ReferralDirectory.contacts: DISTRICT_NURSING appears more than once",
        twice.violations().get(0).message(Locale.ENGLISH));
  }
}
