package nl.voorzorgcirkel.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class AddressAndGeocoderTest {

  private static final Address HOME = Address.builder().street("Zuiderzeelaan").houseNumber(12).addition("A")
      .postcode("1318 ab").place("Almere").build();

  @Test
  void anAddressShowsNothingOfItselfAndNormalisesItsPostcodeAsAKey() {
    assertEquals(Optional.of("1318AB"), HOME.postcodeKey());
    String text = HOME.toString();
    for (String secret : List.of("Zuiderzeelaan", "12", "1318", "Almere")) {
      assertFalse(text.contains(secret), text);
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Address.builder().street("Zuiderzeelaan").houseNumber(12).build());
    assertEquals(List.of("postcode:Address.locatable"),
        e.violations().stream().map(v -> v.path() + ":" + v.rule()).collect(Collectors.toList()));
    assertEquals("een adres heeft een postcode nodig, of een straat en een plaats",
        e.violations().get(0).ruleMessage(Locale.forLanguageTag("nl")));
    assertFalse(assertThrows(InvalidValueException.class,
        () -> HOME.toBuilder().postcode("0000 XX").build()).getMessage().contains("0000"));
  }

  @Test
  void aLocationIsAlwaysCoarse() {
    Location location = Location.of(GeoPoint.of(52.372_449, 5.222_51), Precision.ADDRESS);
    assertEquals(52.372, location.point().latitude());
    assertEquals(5.223, location.point().longitude());
    assertEquals("Location{ADDRESS}", location.toString());
    assertThrows(IllegalArgumentException.class, () -> new Location(location.point(), Precision.ADDRESS,
        Optional.of(" "), Optional.empty(), Optional.empty()));
  }

  @Test
  void postcodeCentresComeFromTheUsersTableWithTheAreaAsFallback() {
    String table = "\uFEFFPostcode;Breedtegraad;Lengtegraad;Buurt\r\n"
        + "1318 AB;52,3721;5,2229;Muziekwijk Noord\r\n"
        + "1318;52,370;5,220;\r\n"
        + "1319AA;52.38;5.23;Regenboogbuurt\r\n";
    PostcodeCentroids centres = PostcodeCentroids.read(table.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, centres.size());
    Location exact = centres.locate(HOME).orElseThrow();
    assertEquals(Precision.POSTCODE, exact.precision());
    assertEquals(GeoPoint.of(52.372, 5.223), exact.point());
    assertEquals(Optional.of("Muziekwijk Noord"), exact.neighbourhood());
    Location area = centres.locate(HOME.toBuilder().postcode("1318 ZZ").build()).orElseThrow();
    assertEquals(Precision.POSTCODE_AREA, area.precision());
    assertEquals(Optional.empty(), area.neighbourhood());
    assertEquals(Optional.empty(), centres.locate(HOME.toBuilder().postcode("9999 ZZ").build()));
    assertEquals(Optional.empty(), centres.locate(Address.builder().street("Kerkstraat").houseNumber(1)
        .place("Almere").build()));
  }

  @Test
  void aBadTableIsRefusedWithEveryRowAndColumnNamed() {
    ImportException missing = assertThrows(ImportException.class,
        () -> PostcodeCentroids.read("postcode;lat\n1318AB;52.3\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("1:longitude:missing-column"), codes(missing));
    ImportException bad = assertThrows(ImportException.class, () -> PostcodeCentroids.read(
        ("postcode,latitude,longitude\n13X8,52.3,5.2\n1318AB,95,5.2\n1318AC,x,\n1318AB,52.3,5.2\n")
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("2:postcode:postcode", "3:latitude:number-range", "4:latitude:number",
        "4:longitude:required"), codes(bad));
    assertEquals("rij 2, kolom postcode: moet een Nederlandse postcode zijn zoals 1318 AB, of een gebied zoals 1318",
        bad.errors().get(0).message(Locale.forLanguageTag("nl")));
    ImportException twice = assertThrows(ImportException.class, () -> PostcodeCentroids.read(
        "postcode,latitude,longitude\n1318AB,52.3,5.2\n1318 ab,52.3,5.2\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("3:postcode:duplicate-postcode"), codes(twice));
  }

  private static List<String> codes(ImportException e) {
    return e.errors().stream().map(r -> r.row() + ":" + r.column().orElse("-") + ":" + r.rule())
        .collect(Collectors.toList());
  }

  @Test
  void aBuiltTableRefusesMalformedAndRepeatedPostcodes() {
    PostcodeCentroids.Builder builder = PostcodeCentroids.builder().add("1318 AB", GeoPoint.of(52.37, 5.22), null);
    assertThrows(IllegalArgumentException.class, () -> builder.add("1318ab", GeoPoint.of(52.37, 5.22), null));
    assertThrows(IllegalArgumentException.class, () -> builder.add("131", GeoPoint.of(52.37, 5.22), null));
    assertEquals("PostcodeCentroids{1 postcodes}", builder.build().toString());
  }

  @Test
  void theFallbackAnswersWhenTheFirstDoesNotKnowOrCannotAnswer() {
    Location found = Location.of(GeoPoint.of(52.37, 5.22), Precision.POSTCODE);
    AtomicInteger asked = new AtomicInteger();
    Geocoder fallback = address -> {
      asked.incrementAndGet();
      return Optional.of(found);
    };
    Geocoder unknown = address -> Optional.empty();
    Geocoder down = address -> {
      throw new GeocodingException(GeocodingException.Reason.TIMEOUT, "PDOK Locatieserver", 0, null);
    };
    Geocoder knows = address -> Optional.of(Location.of(GeoPoint.of(52.0, 5.0), Precision.ADDRESS));
    assertSame(found, unknown.orElse(fallback).locate(HOME).orElseThrow());
    assertSame(found, down.orElse(fallback).locate(HOME).orElseThrow());
    assertEquals(Precision.ADDRESS, knows.orElse(fallback).locate(HOME).orElseThrow().precision());
    assertEquals(2, asked.get());
    GeocodingException e = assertThrows(GeocodingException.class, () -> down.orElse(unknown).locate(HOME));
    assertEquals("PDOK Locatieserver did not answer in time, and the fallback does not know the address either",
        e.getMessage());
    assertEquals("PDOK Locatieserver antwoordde niet op tijd, en de achtervang kent het adres ook niet",
        e.message(Locale.forLanguageTag("nl")));
    assertEquals(GeocodingException.Reason.TIMEOUT, e.reason());
    assertTrue(new GeocodingException(GeocodingException.Reason.REFUSED, "x", 503, null).getMessage()
        .contains("503"));
  }
}
