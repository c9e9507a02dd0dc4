package nl.voorzorgcirkel.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.address.Addresses.HouseNumber;
import org.junit.jupiter.api.Test;

class AddressesTest {

  private static HouseNumber number(int number, String addition) {
    return new HouseNumber(number, addition.isEmpty() ? Optional.empty() : Optional.of(addition));
  }

  @Test
  void postcodesAsPeopleWriteThem() {
    assertEquals(Optional.of("1234AB"), Addresses.postcode("1234 ab"));
    assertEquals(Optional.of("1234AB"), Addresses.postcode(" 1234AB "));
    assertEquals(Optional.of("1234AB"), Addresses.postcode("1234-Ab"));
    assertEquals(Optional.of("1234AB"), Addresses.postcode("1234\u00a0 AB"));
    assertEquals(Optional.empty(), Addresses.postcode("0234 AB"), "no postcode starts with 0");
    assertEquals(Optional.empty(), Addresses.postcode("1234 A"));
    assertEquals(Optional.empty(), Addresses.postcode("12345 AB"));
    assertEquals(Optional.empty(), Addresses.postcode("1234"), "an area is no postcode");
    assertEquals("1234", Addresses.compactPostcode(" 1234 "));
  }

  @Test
  void houseNumbersWithALetterOrAnAddition() {
    assertEquals(Optional.of(number(12, "")), Addresses.houseNumber("12"));
    assertEquals(Optional.of(number(12, "A")), Addresses.houseNumber("12a"));
    assertEquals(Optional.of(number(12, "A")), Addresses.houseNumber(" 12 A "));
    assertEquals(Optional.of(number(12, "A")), Addresses.houseNumber("12-a"));
    assertEquals(Optional.of(number(12, "2")), Addresses.houseNumber("12-2"));
    assertEquals(Optional.of(number(12, "2")), Addresses.houseNumber("12 - 2"));
    assertEquals(Optional.of(number(12, "2")), Addresses.houseNumber("12/2"));
    assertEquals(Optional.of(number(12, "bis")), Addresses.houseNumber("12 bis"));
    assertEquals(Optional.of(number(12, "A-3")), Addresses.houseNumber("12A-3"));
    assertEquals(Optional.of(number(99_999, "")), Addresses.houseNumber("99999"));
    for (String bad : new String[] {"", "0", "123456", "a12", "12 this is far too long", "12!", "-3"}) {
      assertEquals(Optional.empty(), Addresses.houseNumber(bad), bad);
    }
    assertEquals("12A", number(12, "A").toString());
    assertEquals("12-2", number(12, "2").toString());
  }

  @Test
  void aStreetAndNumberInOneCell() {
    Addresses.StreetAddress a = Addresses.streetAddress("kerkstraat 12 a").orElseThrow();
    assertEquals("Kerkstraat", a.street());
    assertEquals(number(12, "A"), a.houseNumber());
    assertEquals(number(3, "2"), Addresses.streetAddress("Van 't Hoffstraat 3-2").orElseThrow().houseNumber());
    assertEquals("2e Helmersstraat", Addresses.streetAddress("2e Helmersstraat 5").orElseThrow().street());
    assertEquals("Plein 1944", Addresses.streetAddress("Plein 1944 12").orElseThrow().street());
    assertEquals(number(12, ""), Addresses.streetAddress("Plein 1944 12").orElseThrow().houseNumber());
    assertEquals("Ravelplein", Addresses.streetAddress("  RAVELPLEIN ,  3 ").orElseThrow().street());
    assertEquals(Optional.empty(), Addresses.streetAddress("Kerkstraat"));
    assertEquals(Optional.empty(), Addresses.streetAddress("12"));
    assertEquals("StreetAddress[redacted]", a.toString());
  }

  @Test
  void streetAndPlaceNamesGetTidyCaseAndSpacing() {
    assertEquals("Kerkstraat", Addresses.name("  KERKSTRAAT "));
    assertEquals("Van 't Hoffstraat", Addresses.name("van 't   hoffstraat"));
    assertEquals("Lange Nieuwstraat", Addresses.name("lange nieuwstraat"));
    assertEquals("'s-Gravenhage", Addresses.name("'S-GRAVENHAGE"));
    assertEquals("Bergen op Zoom", Addresses.name("BERGEN OP ZOOM"));
    assertEquals("2e Helmersstraat", Addresses.name("2E HELMERSSTRAAT"));
    assertEquals("Noord-Scharwoude", Addresses.name("noord-scharwoude"));
    assertEquals("IJsselmonde", Addresses.name("IJsselmonde"), "mixed case is kept");
    assertEquals("", Addresses.name("   "));
  }

  @Test
  void namesAreComparedWithoutCaseAccentsOrPunctuation() {
    assertEquals(Addresses.key("Van 't Hoff-straat"), Addresses.key("van t hoffstraat"));
    assertEquals(Addresses.key("Crème Straat"), Addresses.key("cremestraat"));
    assertEquals("a3", Addresses.key("A-3"));
  }

  @Test
  void cleaningTwiceChangesNothingAndNumbersSurviveTheirOwnText() {
    Props.property("address-clean-up-idempotent", 2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 30), integers().between(1, 99_999),
            strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 3))
        .checkAssert((text, n, addition) -> {
          assertEquals(Addresses.name(text), Addresses.name(Addresses.name(text)));
          assertEquals(Addresses.key(text), Addresses.key(Addresses.key(text)));
          assertEquals(Addresses.compactPostcode(text), Addresses.compactPostcode(Addresses.compactPostcode(text)));
          HouseNumber written = Addresses.houseNumber(n + " " + addition).orElseThrow();
          assertEquals(n, written.number());
          assertEquals(Optional.of(written), Addresses.houseNumber(written.toString()));
        });
  }
}
