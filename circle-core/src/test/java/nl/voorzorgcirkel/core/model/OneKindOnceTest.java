package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * User test 15, L2: a member offered {@code autorit} with a 30-minute limit and {@code ride-by-car}
 * besides; matching then read the offer without the limit. One kind of help is offered once,
 * whatever code names it.
 */
class OneKindOnceTest {

  private static Member.Builder member() {
    return Member.builder().id(MemberId.of("m-1")).displayName("Zoë Jansen").birthYear(1950)
        .home(GeoPoint.coarse(52.379, 5.223)).joined(LocalDate.of(2025, 3, 1));
  }

  @Test
  void oneKindUnderTwoCodesIsRefusedNamingTheFieldAndTheRuleNotTheMember() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> member().addCapabilities(
        CapabilityOffer.builder().capability(Capability.of("autorit")).maxDuration(Duration.ofMinutes(30)).build(),
        CapabilityOffer.of(Capability.RIDE_BY_CAR)).build());
    assertEquals(List.of("Member.capabilities"), e.violations().stream().map(v -> v.type() + "." + v.path()).toList());
    assertTrue(e.getMessage().contains("autorit and ride-by-car are one kind"), e.getMessage());
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("een soort hulp mag maar één keer"),
        e.message(Locale.forLanguageTag("nl")));
    assertFalse(e.getMessage().contains("Zoë"), e.getMessage());
  }

  @Test
  void twoKindsAreTwoOffers() {
    Member m = member().addCapabilities(CapabilityOffer.of(Capability.of("autorit")),
        CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS)).build();
    assertEquals(2, m.capabilities().size());
  }
}
