package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    assertTrue(e.getMessage().contains("offers 1 and 2 (counted from 1) are one kind, ride by car"), e.getMessage());
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

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * User test 16, M1: the error named a fixed example (autorit and ride-by-car) whatever the codes
   * were, and the Dutch another one. It names the offers by their places and the kind by the
   * vocabulary's label, the same in both languages.
   */
  @Test
  void theErrorNamesTheOffersThatClashAndTheirKindInBothLanguages() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> member().capabilities(List.of(
        CapabilityOffer.of(Capability.of("small-jobs")), CapabilityOffer.of(Capability.of("boodschappen")),
        CapabilityOffer.of(Capability.of("groceries")))).build());
    assertEquals("Member.capabilities: a kind of help may be offered only once, also under two codes that name it:"
        + " offers 2 and 3 (counted from 1) are one kind, groceries and errands",
        e.violations().get(0).message(Locale.ENGLISH));
    assertEquals("Member.capabilities: een soort hulp mag maar één keer aangeboden worden, ook niet onder twee"
        + " codes die haar noemen: aanbod 2 en 3 (geteld vanaf 1) zijn één soort, boodschappen en klusjes buiten"
        + " de deur", e.violations().get(0).message(DUTCH));
    assertFalse(e.getMessage().contains("autorit") || e.message(DUTCH).contains("kapper"), e.getMessage());
  }

  /** A code the vocabulary has no entry for is never echoed: it could name a health matter. */
  @Test
  void aCodeOfOnesOwnGivenTwiceIsNotEchoed() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> member().capabilities(List.of(
        CapabilityOffer.of(Capability.of("knitting")), CapabilityOffer.of(Capability.of("knitting")))).build());
    assertTrue(e.getMessage().endsWith("offers 1 and 2 (counted from 1) are one kind, the same code"), e.getMessage());
    assertTrue(e.message(DUTCH).endsWith("aanbod 1 en 2 (geteld vanaf 1) zijn één soort, dezelfde code"),
        e.message(DUTCH));
    assertFalse(e.getMessage().contains("knitting") || e.message(DUTCH).contains("knitting"), e.getMessage());
    assertEquals(Map.of("first", 1, "second", 2), Map.of("first", e.violations().get(0).arguments().get("first"),
        "second", e.violations().get(0).arguments().get("second")));
  }
}
