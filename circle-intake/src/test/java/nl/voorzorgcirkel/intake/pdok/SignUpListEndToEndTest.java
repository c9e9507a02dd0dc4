package nl.voorzorgcirkel.intake.pdok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.address.Geocoder;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.OfferMode;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.matching.formation.CandidateCsv;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithms;
import nl.voorzorgcirkel.matching.formation.FormationPolicy;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.formation.FormedCircle;
import org.junit.jupiter.api.Test;

/**
 * A welfare organisation's sign-up list as Excel NL saves it (byte-order mark, semicolons, CR LF,
 * Dutch headers, addresses, offers in people's own words, a note over two lines in one cell, one
 * typing error in a birth year and one offer nobody knows; rows are numbered as a spreadsheet
 * shows them, so the note over two lines moves no row after it: user test 11, M3), geocoded from the national service's recorded answers with a table of
 * postcode centres as fallback, read into candidates and formed into circles.
 */
class SignUpListEndToEndTest {

  private static final LocalDate ON = LocalDate.of(2025, 4, 1);

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SignUpListEndToEndTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> problems(List<nl.voorzorgcirkel.core.csv.RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  private static ImportResult<Candidate> read(ReplayServer server, ImportOptions options) throws IOException {
    Geocoder geocoder = PdokLocatieserver.builder().endpoint(server.endpoint()).requestsPerSecond(1_000).build()
        .orElse(PostcodeCentroids.read(resource("postcode-centres.csv")));
    return CandidateCsv.reader().withGeocoder(geocoder).withOptions(options)
        .read(resource("aanmeldingen-muziekwijk.csv"), ImportMode.VALID_ROWS);
  }

  @Test
  void theSampleExportImportsWithExactlyTheExpectedRowsAndErrorsAndFormsCirclesThatMeetThePolicy()
      throws IOException {
    try (ReplayServer server = new ReplayServer()) {
      ImportResult<Candidate> result = read(server, ImportOptions.standard());
      assertEquals(List.of("5:Geboortejaar:whole-number", "19:Wil helpen met:offer-unknown"),
          problems(result.errors()));
      assertEquals("rij 19, kolom Wil helpen met: onderdeel 1 van 1 is geen soort hulp die deze lijst kent "
          + "(bekend: autorit, begeleiding naar een afspraak, boodschappen en klusjes buiten de deur, maaltijden, "
          + "kleine klussen in huis, tuin, bezoek en gezelschap, digitale hulp, papierwerk en administratie, "
          + "zorg voor huisdieren, sociale activiteiten)", result.errors().get(1).message(Locale.forLanguageTag("nl")));
      assertEquals(24, result.values().size());
      assertEquals(List.of("Opmerkingen"), result.ignoredColumns());
      Map<String, Long> byNeighbourhood = result.values().stream().collect(Collectors.groupingBy(
          c -> c.neighbourhood().orElse("?"), Collectors.counting()));
      assertEquals(Map.of("Muziekwijk Noord", 12L, "Muziekwijk Zuid", 12L), byNeighbourhood,
          "from the recorded answers and, for two postcodes the service does not know, the centres table");
      Candidate annie = result.values().get(0);
      assertEquals(LocalDate.of(2025, 3, 1), annie.member().joined());
      assertTrue(annie.member().livesAlone());
      assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.VISITS_AND_COMPANY),
          annie.member().capabilities().stream().map(o -> o.capability()).collect(Collectors.toList()));
      assertEquals(GeoPoint.coarse(annie.member().home().latitude(), annie.member().home().longitude()),
          annie.member().home(), "only the coarse position is kept");
      assertEquals(5, result.values().stream().filter(c -> c.member().building().equals(annie.member().building()))
          .count(), "Vivaldistraat 40 A to F is one building (D was refused)");
      assertEquals(5, result.values().stream().filter(Candidate::willingToConnect).count());
      for (ReplayServer.Request request : server.requests()) {
        String asked = request.query().toString();
        for (String street : List.of("Vivaldistraat", "Beethovenstraat", "Mozartlaan", "Griegstraat", "Chopinstraat")) {
          assertFalse(asked.contains(street), "only postcode and house number leave the import: " + asked);
        }
      }

      FormationResult formed = FormationAlgorithms.recursiveBisection(FormationPolicy.standard(), 1)
          .form(result.values(), ON);
      assertEquals(List.of(), formed.notPlaced());
      assertEquals(2, formed.circles().size());
      for (FormedCircle circle : formed.circles()) {
        assertTrue(circle.meetsPolicy(), circle.circle().id() + ": " + circle.breaches());
        assertEquals(12, circle.circle().members().size());
      }
      assertEquals(List.of("Muziekwijk Noord", "Muziekwijk Zuid"), formed.circles().stream()
          .map(c -> c.circle().neighbourhood()).sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void lenientlyTheMemberWithAnUnknownOfferIsKeptAndListedForReview() throws IOException {
    try (ReplayServer server = new ReplayServer()) {
      ImportResult<Candidate> result = read(server, ImportOptions.standard().withOffers(OfferMode.LENIENT));
      assertEquals(List.of("5:Geboortejaar:whole-number"), problems(result.errors()));
      assertEquals(List.of("19:Wil helpen met:offer-unknown"), problems(result.reviews()));
      assertEquals(25, result.values().size());
      Candidate sjaak = result.values().stream().filter(c -> c.id().value().equals("18")).findFirst().orElseThrow();
      assertEquals(List.of(Capability.MEALS),
          sjaak.member().capabilities().stream().map(o -> o.capability()).collect(Collectors.toList()));
      assertEquals(Optional.of("Muziekwijk Zuid"), sjaak.neighbourhood());
    }
  }
}
