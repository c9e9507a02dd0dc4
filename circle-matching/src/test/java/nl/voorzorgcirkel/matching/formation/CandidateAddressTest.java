package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.address.Buildings;
import nl.voorzorgcirkel.core.address.Geocoder;
import nl.voorzorgcirkel.core.address.GeocodingException;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.OfferMode;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/** Sign-up lists with addresses instead of coordinates, geocoded as they are read. */
class CandidateAddressTest {

  private static final String HEADER = "Nr;Naam;Adres;Postcode;Woonplaats;Geboortejaar;Aangemeld op;"
      + "Wil helpen met;Wil verbinder zijn;Gebouw;Buurt";

  private static final PostcodeCentroids CENTRES = PostcodeCentroids.builder()
      .add("1318BC", GeoPoint.of(52.3762, 5.2178), "Muziekwijk Noord")
      .add("1318KA", GeoPoint.of(52.3668, 5.2236), "Muziekwijk Zuid")
      .build();

  private static ImportResult<Candidate> read(CandidateCsv.Reader reader, String... lines) {
    return reader.read(("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8),
        ImportMode.VALID_ROWS);
  }

  private static List<String> problems(ImportResult<?> result) {
    return result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  @Test
  void aBuildingNameWithoutLettersOrDigitsRefusesTheRowNamingTheColumn() {
    ImportResult<Candidate> result = read(CandidateCsv.reader().withGeocoder(CENTRES),
        "1;An;Vivaldistraat 40A;1318 bc;ALMERE;1944;1-3-2025;boodschappen doen;ja;???;",
        "2;Bo;Vivaldistraat 40 B;1318BC;Almere;1949;1-3-2025;autorijden;nee;De Hofstede;");
    assertEquals(List.of("2:Gebouw:id-format"), problems(result), "a name of no letters: one cause, one error");
    assertEquals(List.of(MemberId.of("2")), result.values().stream().map(c -> c.member().id()).toList());
  }

  @Test
  void aNeighbourhoodColumnFirstIsKnownAndANameOfAHundredCharactersIsTheLongestAccepted() {
    String header = "Buurt;Nr;Naam;Adres;Postcode;Woonplaats;Geboortejaar;Aangemeld op;Wil helpen met;"
        + "Wil verbinder zijn;Gebouw";
    String longest = "w".repeat(100);
    String file = header + "\r\n" + longest + ";1;An;Vivaldistraat 40A;1318 bc;ALMERE;1944;1-3-2025;koken;ja;\r\n"
        + longest + "w;2;Bo;Vivaldistraat 40 B;1318BC;Almere;1949;1-3-2025;koken;nee;";
    ImportResult<Candidate> result = CandidateCsv.reader().withGeocoder(CENTRES)
        .read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of(), result.ignoredColumns(), "the neighbourhood column in the first place is known");
    assertEquals(List.of("3:Buurt:neighbourhood"), problems(result), "101 characters are refused");
    assertEquals(Optional.of(longest), result.values().get(0).neighbourhood());
  }

  @Test
  void theReaderSaysWhetherItGeocodesWithoutNamingAnyAddress() {
    String plain = CandidateCsv.reader().toString();
    String geocoded = CandidateCsv.reader().withGeocoder(CENTRES).toString();
    assertTrue(plain.startsWith("CandidateCsv.Reader{") && !plain.contains("geocoded"), plain);
    assertTrue(geocoded.startsWith("CandidateCsv.Reader{") && geocoded.contains(", geocoded, "), geocoded);
  }

  @Test
  void addressesAreGeocodedWithNeighbourhoodAndBuildingAndOnlyTheCoarsePositionIsKept() {
    List<Address> asked = new ArrayList<>();
    Geocoder recording = address -> {
      asked.add(address);
      return CENTRES.locate(address);
    };
    ImportResult<Candidate> result = read(CandidateCsv.reader().withGeocoder(recording),
        "1;An;Vivaldistraat 40A;1318 bc;ALMERE;1944;1-3-2025;boodschappen doen;ja;;",
        "2;Bo;Vivaldistraat 40 B;1318BC;Almere;1949;1-3-2025;autorijden;nee;;",
        "3;Cor;Griegstraat 1;1318 KA;Almere;1950;2025-03-01;koken;nee;De Hofstede;Zuid-Oost");
    assertEquals(List.of(), problems(result));
    assertEquals(List.of(), result.ignoredColumns(), "address, building and neighbourhood columns are known");
    Candidate an = result.values().get(0);
    assertEquals(GeoPoint.coarse(52.3762, 5.2178), an.member().home());
    assertEquals(Optional.of("Muziekwijk Noord"), an.neighbourhood(), "from the geocoder");
    assertTrue(an.willingToConnect());
    assertEquals(an.member().building(), result.values().get(1).member().building(),
        "40A and 40B share a building");
    assertTrue(an.member().building().isPresent());
    Candidate cor = result.values().get(2);
    assertEquals(Optional.of(BuildingId.of("de-hofstede")), cor.member().building(), "the column wins");
    assertEquals(Optional.of("Zuid-Oost"), cor.neighbourhood(), "the column wins");
    assertEquals(Optional.of("1318BC"), asked.get(0).postcode(), "the address as cleaned");
    assertEquals(Optional.of("A"), asked.get(0).addition());
    assertEquals(Optional.of("Vivaldistraat"), asked.get(1).street());
  }

  @Test
  void anAddressTheGeocoderDoesNotKnowOrCannotAnswerForIsARowErrorInBothLanguages() {
    Geocoder failing = address -> {
      if (address.postcodeKey().orElse("").equals("9999ZZ")) {
        throw new GeocodingException(GeocodingException.Reason.TIMEOUT, "PDOK Locatieserver", 0, null);
      }
      return CENTRES.locate(address);
    };
    ImportResult<Candidate> result = read(CandidateCsv.reader().withGeocoder(failing),
        "1;An;Dorpsweg 1;1000 AA;Almere;1944;1-3-2025;koken;;;",
        "2;Bo;Dorpsweg 2;9999 ZZ;Almere;1944;1-3-2025;koken;;;",
        "3;Cor;;;;1944;1-3-2025;koken;;;",
        "4;Dien;Vivaldistraat 40C;1318BC;Almere;1944;1-3-2025;koken;;;");
    assertEquals(List.of("2:Adres:address-not-found", "3:Adres:geocoding-failed", "4:-:no-home"), problems(result));
    assertEquals(1, result.values().size());
    assertEquals("rij 3, kolom Adres: het adres kon niet worden opgezocht: PDOK Locatieserver antwoordde niet op tijd",
        result.errors().get(1).message(Locale.forLanguageTag("nl")));
    assertFalse(result.errors().toString().contains("Dorpsweg") || result.errors().toString().contains("9999"));
  }

  /**
   * User test 13, M4: without a geocoder, a row with an address and no coordinates was told
   * "column Breedtegraad: a value is required" (and Lengtegraad). It is told that the reader has no
   * geocoder for its address; a row with neither that it needs an address or coordinates.
   */
  @Test
  void withoutAGeocoderARowWithAnAddressIsToldTheReaderHasNoGeocoder() {
    String header = "Nr;Naam;Geboortejaar;Aangemeld op;Adres;Postcode;Woonplaats;Breedtegraad;Lengtegraad;"
        + "Wil helpen met";
    String csv = header + "\n1;Zwaantje Pietersma;1944;1-3-2025;;;;;;boodschappen\n"
        + "2;Geertje Adresloos;1945;1-3-2025;Geheimstraat 12A;1318 AB;Almere;;;koken\n"
        + "3;Klaas Coordinaat;1946;1-3-2025;;;;52,379;5,223;bezoek\n";
    ImportResult<Candidate> result = CandidateCsv.reader().read(csv.getBytes(StandardCharsets.UTF_8),
        ImportMode.VALID_ROWS);
    assertEquals(List.of("2:-:no-home", "3:Adres:no-geocoder"), problems(result));
    assertEquals(List.of(MemberId.of("3")), result.values().stream().map(c -> c.member().id()).toList());
    assertEquals("row 2: the row needs an address or coordinates and has neither",
        result.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 2: de rij heeft een adres of coördinaten nodig en heeft geen van beide",
        result.errors().get(0).message(Locale.forLanguageTag("nl")));
    assertEquals("row 3, column Adres: the row has an address but no coordinates, and this reader has no geocoder"
        + " to turn the address into coordinates: read the list with CandidateCsv.reader().withGeocoder(...), or"
        + " fill in Breedtegraad and Lengtegraad", result.errors().get(1).message(Locale.ENGLISH));
    assertEquals("rij 3, kolom Adres: de rij heeft een adres maar geen coördinaten, en deze lezer heeft geen"
        + " geocoder om het adres in coördinaten om te zetten: lees de lijst in met een geocoder die adressen"
        + " opzoekt, of vul Breedtegraad en Lengtegraad in",
        result.errors().get(1).message(Locale.forLanguageTag("nl")));
    assertFalse(result.errors().toString().contains("Geheimstraat") || result.errors().toString().contains("1318"));
  }

  @Test
  void lenientOffersKeepTheRowAndTheOrganisationsComplexesFindBuildings() {
    CandidateCsv.Reader reader = CandidateCsv.reader().withGeocoder(CENTRES)
        .withOptions(ImportOptions.standard().withOffers(OfferMode.LENIENT))
        .withBuildings(Buildings.builder().add(BuildingId.of("complex-7"), "1318KA", 1, 11, Buildings.Side.ODD).build());
    ImportResult<Candidate> result = read(reader,
        "1;An;Griegstraat 3;1318KA;Almere;1944;1-3-2025;pianoles en koken;;;",
        "2;Bo;Griegstraat 4;1318KA;Almere;1944;1-3-2025;koken;;;");
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("2:Wil helpen met:offer-unknown"), result.reviews().stream()
        .map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
    assertEquals(Optional.of(BuildingId.of("complex-7")), result.values().get(0).member().building());
    assertEquals(Optional.empty(), result.values().get(1).member().building(), "even numbers are not in it");
  }
}
