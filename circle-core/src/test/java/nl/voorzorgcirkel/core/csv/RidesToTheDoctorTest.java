package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * A ride to the doctor or the hospital is circle help (DOMAIN.md: rides, e.g. to the hospital);
 * giving medication or wound care is not. A helper reported that "rit naar dokter" in the sign-up
 * list's offers was refused as a medical question: the reading of offers took every word the
 * vocabulary knows as a kind of help offered, so "dokter", the ride's destination, became a medical
 * question of its own. Words of household help and medical questions now count only as the whole
 * of a part of an offer, as they already did in a capability code ({@code rit-naar-dokter}).
 */
class RidesToTheDoctorTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();
  private static final List<String> RIDES = List.of("rit", "autorit", "rijden", "brengen", "vervoer", "lift",
      "ride", "car ride", "give a lift", "drive", "transport", "brengen en halen");
  private static final List<String> TO = List.of("naar", "naar de", "naar het", "to", "to the", "");
  private static final List<String> PLACES = List.of("dokter", "huisarts", "ziekenhuis", "doctor", "gp",
      "hospital", "Dokter", "ZIEKENHUIS");

  private static ImportResult<Member> offering(String... offers) {
    return offering(ImportMode.ALL_OR_NOTHING, offers);
  }

  private static ImportResult<Member> offering(ImportMode mode, String... offers) {
    StringBuilder csv = new StringBuilder("Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wat ik kan\r\n");
    for (int i = 0; i < offers.length; i++) {
      csv.append("m-").append(i + 1).append(";Lid;1950;52,37;5,22;1-3-2025;").append(offers[i]).append("\r\n");
    }
    return MemberCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8), mode);
  }

  private static List<Capability> offered(ImportResult<Member> result) {
    return result.values().get(0).capabilities().stream().map(o -> o.capability()).collect(Collectors.toList());
  }

  @Test
  void whatTheHelperReportedIsARide() {
    ImportResult<Member> result = offering("rit naar dokter", "ride to the doctor", "naar de huisarts brengen",
        "ziekenhuisrit", "rit van en naar het ziekenhuis, boodschappen", "begeleiding naar het ziekenhuis");
    assertEquals(List.of(), result.errors().stream().map(e -> e.message(Locale.ENGLISH)).collect(Collectors.toList()));
    assertEquals(List.of(), result.reviews());
    assertEquals(List.of(List.of(Capability.RIDE_BY_CAR), List.of(Capability.RIDE_BY_CAR),
        List.of(Capability.RIDE_BY_CAR), List.of(Capability.RIDE_BY_CAR),
        List.of(Capability.RIDE_BY_CAR, Capability.GROCERIES_AND_ERRANDS), List.of(Capability.ACCOMPANY_TO_APPOINTMENT)),
        result.values().stream().map(m -> m.capabilities().stream().map(o -> o.capability())
            .collect(Collectors.toList())).collect(Collectors.toList()));
  }

  /** Every ride phrasing, destination before or after the ride, is a ride: as an offer and as a code. */
  @Test
  void everyRideToTheDoctorOrTheHospitalIsARide() {
    Props.property("ride-to-the-doctor", 1_000)
        .forAll(integers().between(0, RIDES.size() - 1), integers().between(0, TO.size() - 1),
            integers().between(0, PLACES.size() - 1), integers().between(0, 1))
        .checkAssert((ride, to, place, after) -> {
          String where = (TO.get(to) + " " + PLACES.get(place)).strip();
          String offer = after == 1 ? where + " " + RIDES.get(ride) : RIDES.get(ride) + " " + where;
          ImportResult<Member> result = offering(offer);
          assertEquals(List.of(), result.errors(), offer);
          assertEquals(List.of(), result.reviews(), offer);
          assertEquals(List.of(Capability.RIDE_BY_CAR), offered(result), offer);
          String code = CapabilityVocabulary.normalise(offer).replace(' ', '-');
          assertEquals(HelpCategory.CIRCLE_HELP, VOCABULARY.category(Capability.of(code)), code);
        });
  }

  /**
   * Care in the same offer stays refused, and the doctor alone, or joined to a ride by "and", is
   * still a medical question: the rule reads what the help is about, it does not hide care. Going
   * to the doctor ({@code "naar de huisarts"}) is a trip since user test 11, as {@code
   * "naar-pedicure"} is: a ride, no longer a medical question.
   */
  @Test
  void careBesideARideAndTheDoctorAloneAreStillRefused() {
    ImportResult<Member> result = offering(ImportMode.VALID_ROWS, "rit naar dokter en insuline spuiten", "ride to the hospital, wound care",
        "dokter", "naar de huisarts", "rijden en medisch advies", "koken en stofzuigen", "boodschappen voor het huishouden");
    assertEquals(List.of("2:offer-out-of-scope:giving medication", "3:offer-out-of-scope:wound care",
        "4:offer-out-of-scope:medical question",
        "6:offer-out-of-scope:medical question", "7:offer-out-of-scope:household cleaning"),
        result.errors().stream().map(e -> e.row() + ":" + e.rule() + ":"
            + (e.message(Locale.ENGLISH).contains("cannot be")
                ? e.message(Locale.ENGLISH).replaceAll(".*: (.*) cannot be.*", "$1") : "?"))
            .collect(Collectors.toList()));
    assertTrue(result.reviews().isEmpty(), result.reviews().toString());
    assertEquals(List.of(Capability.RIDE_BY_CAR), offered(result)); // row 5, naar de huisarts: a trip
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS), result.values().get(1).capabilities().stream()
        .map(o -> o.capability()).collect(Collectors.toList())); // row 8
  }
}
