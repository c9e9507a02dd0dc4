package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import org.junit.jupiter.api.Test;

class MemberCsvTest {

  private static ImportResult<Member> read(String text, ImportMode mode) {
    return MemberCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), mode);
  }

  private static List<String> problems(ImportResult<?> result) {
    return result.errors().stream()
        .map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  @Test
  void readsAnEnglishCommaSeparatedFile() {
    ImportResult<Member> result = read(String.join("\n",
        "id,name,birth year,latitude,longitude,joined,capabilities,hours per week,vitality,role,contact,phone,notes",
        "m-1,\"Jansen, Anna\",1948,52.379,5.223,2025-03-01,ride-by-car|meals,3,vital,connector,phone,+31 6 12345678,likes cats",
        "m-2,Bert,1951,52.380,5.224,2025-03-01,,,,,,,"), ImportMode.VALID_ROWS);
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("notes"), result.ignoredColumns());
    Member anna = result.values().get(0);
    assertEquals("Jansen, Anna", anna.displayName());
    assertEquals(List.of(Capability.RIDE_BY_CAR, Capability.MEALS),
        anna.capabilities().stream().map(o -> o.capability()).collect(Collectors.toList()));
    assertEquals(Duration.ofHours(3), anna.capacityPerWeek());
    assertEquals(Role.CONNECTOR, anna.role());
    assertEquals(ContactChannel.PHONE, anna.contact());
    assertEquals(GeoPoint.of(52.379, 5.223), anna.home());
    assertEquals(3, result.rows().get(1).row());
    assertEquals(Member.DEFAULT_CAPACITY_PER_WEEK, result.values().get(1).capacityPerWeek());
  }

  @Test
  void readsADutchSemicolonFileWithDecimalCommasAndAByteOrderMark() {
    ImportResult<Member> result = read("\uFEFF" + String.join("\r\n",
        "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Hulpaanbod;Uren per week;Vitaliteit;Rol;Contactkanaal",
        "d-7;Bep;1940;52,379;5,223;01-03-2025;Autorit, boodschappen en klusjes buiten de deur;1,5;enige beperkingen;verbinder;via verbinder",
        ""), ImportMode.ALL_OR_NOTHING);
    Member bep = result.values().get(0);
    assertEquals(MemberId.of("d-7"), bep.id());
    assertEquals(LocalDate.of(2025, 3, 1), bep.joined());
    assertEquals(Duration.ofMinutes(90), bep.capacityPerWeek());
    assertEquals(Vitality.SOME_LIMITATIONS, bep.vitality());
    assertEquals(ContactChannel.THROUGH_CONNECTOR, bep.contact());
    assertTrue(bep.offers(Capability.RIDE_BY_CAR) && bep.offers(Capability.GROCERIES_AND_ERRANDS));
  }

  @Test
  void everyBadRowIsReportedWithRowColumnAndRuleAndValidRowsAreKept() {
    String file = String.join("\n",
        "id,name,birth year,latitude,longitude,joined,hours per week,vitality",
        "m-1,Anna,1948,52.379,5.223,2025-03-01,2,vital",
        "m-2,,19x8,52.379,5.223,2025-13-01,2,vital",
        "m-3,Carla,1800,91,5.223,2025-03-01,50,tired",
        "m-1,Anna again,1948,52.379,5.223,2025-03-01,2,vital",
        "m-4,\"Dirk,1948,52.379,5.223,2025-03-01,2,vital",
        "m-5,Els,1950,52.379,5.223,2025-03-01,2,vital");
    ImportResult<Member> result = read(file, ImportMode.VALID_ROWS);
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-5")),
        result.values().stream().map(Member::id).collect(Collectors.toList()));
    assertEquals(List.of(
        "3:birth year:whole-number", "3:joined:date", "3:name:required",
        // a number outside its column's range says the range in the column's unit (user test 11, L1)
        "4:latitude:number-range", "4:hours per week:number-range", "4:vitality:choice", "4:birth year:birth-year",
        "5:id:duplicate-id",
        "6:-:unterminated-quote"), problems(result));
    RowError first = result.errors().get(0);
    assertEquals("row 3, column birth year: must be a whole number", first.message(Locale.ENGLISH));
    assertEquals("rij 3, kolom birth year: moet een geheel getal zijn", first.message(Locale.forLanguageTag("nl")));
    ImportException e = assertThrows(ImportException.class, () -> read(file, ImportMode.ALL_OR_NOTHING));
    assertEquals(result.errors(), e.errors());
    assertFalse(e.getMessage().contains("Carla") || e.getMessage().contains("tired") || e.getMessage().contains("Dirk"),
        e.getMessage());
  }

  @Test
  void readsWhomAMemberAvoidsAndRefusesAvoidingOneself() {
    ImportResult<Member> result = read(String.join("\n",
        "id,name,birth year,latitude,longitude,joined,liever niet met",
        "m-1,Anna,1948,52.379,5.223,2025-03-01,m-2;m-3",
        "m-2,Bert,1950,52.379,5.223,2025-03-01,m-2"), ImportMode.VALID_ROWS);
    assertEquals(List.of(MemberId.of("m-2"), MemberId.of("m-3")), result.values().get(0).avoids());
    assertEquals(List.of("3:liever niet met:avoids-self"), problems(result));
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
    ImportException e = assertThrows(ImportException.class,
        () -> read("id,naam\nm-1,Anna\n", ImportMode.VALID_ROWS));
    assertEquals(List.of("birth year", "latitude", "longitude", "joined"),
        e.errors().stream().map(r -> r.column().orElseThrow()).collect(Collectors.toList()));
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("deze verplichte kolom ontbreekt"));
    assertEquals("no-header", assertThrows(ImportException.class,
        () -> read("", ImportMode.VALID_ROWS)).errors().get(0).rule());
  }

  @Test
  void aMemberCannotOfferPersonalOrNursingCareInAnyWordAndTheRowSaysWhyWithTheScopeReason() {
    ImportResult<Member> result = read("\uFEFF" + String.join("\r\n",
        "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Hulpaanbod",
        "d-1;An;1950;52,379;5,223;01-03-2025;Boodschappen|Douchen",
        "d-2;Bo;1950;52,379;5,223;01-03-2025;Wassen of douchen",
        "d-3;Cor;1950;52,379;5,223;01-03-2025;wondzorg",
        "d-4;Dien;1950;52,379;5,223;01-03-2025;Autorit|koken"), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Hulpaanbod:offer-out-of-scope", "3:Hulpaanbod:offer-out-of-scope",
        "4:Hulpaanbod:offer-out-of-scope"), problems(result));
    assertEquals(1, result.values().size(), "the valid row is kept");
    assertEquals(List.of(Capability.RIDE_BY_CAR, Capability.MEALS), result.values().get(0).capabilities()
        .stream().map(o -> o.capability()).collect(Collectors.toList()), "words resolved by the vocabulary");
    RowError error = result.errors().get(0);
    assertEquals("rij 2, kolom Hulpaanbod: wassen of douchen kan in een cirkel niet aangeboden worden: "
        + "persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging", error.message(NL));
    assertEquals("row 2, column Hulpaanbod: washing or showering cannot be offered in a circle: "
        + "personal care is not something the circle does: it belongs with district nursing",
        error.message(Locale.ENGLISH));
    assertTrue(result.errors().get(2).message(Locale.ENGLISH).startsWith(
        "row 4, column Hulpaanbod: wound care cannot be offered in a circle: nursing care"),
        result.errors().get(2).message(Locale.ENGLISH));
    assertFalse(error.message(Locale.ENGLISH).contains("ouchen"), "the cell's value is not quoted");
  }

  private static final Locale NL = Locale.forLanguageTag("nl");

  private static final String OFFERS = "\uFEFF" + String.join("\r\n",
      "Deelnemer-ID;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Lid sinds;Wat ik kan",
      "d-1;An;1950;52,379;5,223;01-03-2025;Boodschappen doen, autorijden en koken",
      "d-2;Bo;1950;52,379;5,223;01-03-2025;koken, pianoles en bezoek",
      "d-3;Cor;1950;52,379;5,223;01-03-2025;boodschapen / tuinierren",
      "d-4;Dien;1950;52,379;5,223;01-03-2025;autorijden, tuim",
      "d-5;Eef;1950;52,379;5,223;01-03-2025;knitting-club");

  private static List<Capability> offers(Member member) {
    return member.capabilities().stream().map(o -> o.capability()).collect(Collectors.toList());
  }

  @Test
  void offersInPeoplesOwnWordsBecomeTheVocabularysKindsOfHelpNeverNewOnes() {
    ImportResult<Member> result = read(OFFERS, ImportMode.VALID_ROWS);
    assertEquals(List.of(MemberId.of("d-1"), MemberId.of("d-3")),
        result.values().stream().map(Member::id).collect(Collectors.toList()));
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.RIDE_BY_CAR, Capability.MEALS),
        offers(result.values().get(0)));
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.GARDEN), offers(result.values().get(1)),
        "one typing error in a longer word is corrected");
    assertEquals(List.of("3:Wat ik kan:offer-unknown", "5:Wat ik kan:offer-unknown", "6:Wat ik kan:offer-unknown"),
        problems(result));
    assertEquals(List.of(), result.reviews());
    String known = "autorit, begeleiding naar een afspraak, boodschappen en klusjes buiten de deur, maaltijden, "
        + "kleine klussen in huis, tuin, bezoek en gezelschap, digitale hulp, papierwerk en administratie, "
        + "zorg voor huisdieren, sociale activiteiten";
    assertEquals("rij 3, kolom Wat ik kan: onderdeel 2 van 2 is geen soort hulp die deze lijst kent (bekend: "
        + known + ")", result.errors().get(0).message(NL));
    assertEquals("rij 5, kolom Wat ik kan: onderdeel 2 van 2 is geen soort hulp die deze lijst kent; bedoelt u "
        + "'tuin'? (bekend: " + known + ")", result.errors().get(1).message(NL));
    assertTrue(result.errors().get(1).message(Locale.ENGLISH).startsWith("row 5, column Wat ik kan: item 2 of 2 "
        + "is not a kind of help this list knows; did you mean 'garden'? (known: ride by car, "),
        result.errors().get(1).message(Locale.ENGLISH));
    for (RowError error : result.errors()) {
      for (String word : List.of("pianoles", "tuim", "knitting")) {
        assertFalse(error.message(NL).contains(word) || error.message(Locale.ENGLISH).contains(word), word);
      }
    }
  }

  @Test
  void lenientlyTheRowIsKeptWithWhatWasUnderstoodAndTheUnknownPartIsListedForReview() {
    ImportOptions lenient = ImportOptions.standard().withOffers(OfferMode.LENIENT);
    ImportResult<Member> result = MemberCsv.read(new ByteArrayInputStream(OFFERS.getBytes(StandardCharsets.UTF_8)),
        ImportMode.ALL_OR_NOTHING, lenient);
    assertEquals(5, result.values().size(), "nothing is refused, nothing thrown");
    assertEquals(List.of(), result.errors());
    assertTrue(result.isComplete());
    assertEquals(List.of(Capability.MEALS, Capability.VISITS_AND_COMPANY), offers(result.values().get(1)));
    assertEquals(List.of(Capability.RIDE_BY_CAR), offers(result.values().get(3)));
    assertEquals(List.of(), offers(result.values().get(4)), "an unknown word is not made a kind of help");
    assertEquals(List.of(3, 5, 6), result.reviews().stream().map(RowError::row).collect(Collectors.toList()));
    assertEquals(read(OFFERS, ImportMode.VALID_ROWS).errors(), result.reviews(), "the same text as strict");
  }

  /**
   * User test 6, J8: {@code MemberCsv.read(bytes, mode, options)} did not compile, although {@code
   * CandidateCsv} reads bytes with options: the bytes read as the stream does, options applied.
   */
  @Test
  void bytesAreReadWithOptionsAsAStreamIs() {
    ImportOptions lenient = ImportOptions.standard().withOffers(OfferMode.LENIENT);
    byte[] bytes = OFFERS.getBytes(StandardCharsets.UTF_8);
    ImportResult<Member> fromBytes = MemberCsv.read(bytes, ImportMode.VALID_ROWS, lenient);
    ImportResult<Member> fromStream = MemberCsv.read(new ByteArrayInputStream(bytes), ImportMode.VALID_ROWS, lenient);
    assertEquals(fromStream.values(), fromBytes.values());
    assertEquals(fromStream.reviews(), fromBytes.reviews());
    assertEquals(List.of(), fromBytes.errors(), "lenient: the unknown offers are reviews, not errors");
    assertEquals(3, fromBytes.reviews().size());
    assertThrows(NullPointerException.class, () -> MemberCsv.read((byte[]) null, ImportMode.VALID_ROWS, lenient));
    assertThrows(NullPointerException.class, () -> MemberCsv.read(bytes, ImportMode.VALID_ROWS, null));
  }

  @Test
  void anOrganisationsOwnWordsAndKindsOfHelpComeFromItsVocabulary() {
    ImportOptions own = ImportOptions.standard().withVocabulary(CapabilityVocabulary.standard()
        .withSynonyms(Capability.SOCIAL_ACTIVITIES, "pianoles")
        .with(VocabularyEntry.of(Capability.of("knitting-club"), "knitting club", "breiclub")));
    ImportResult<Member> result = MemberCsv.read(new ByteArrayInputStream(OFFERS.getBytes(StandardCharsets.UTF_8)),
        ImportMode.VALID_ROWS, own);
    assertEquals(List.of("5:Wat ik kan:offer-unknown"), problems(result));
    assertEquals(List.of(Capability.MEALS, Capability.SOCIAL_ACTIVITIES, Capability.VISITS_AND_COMPANY),
        offers(result.values().get(1)));
    assertEquals(List.of(Capability.of("knitting-club")), offers(result.values().get(3)));
  }

  @Test
  void theDutchColumnsOfARealSignUpListWithDatesAsExcelWritesThem() {
    ImportResult<Member> result = read("\uFEFF" + String.join("\r\n",
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Telefoon;Aangemeld op;Woont alleen;Wil helpen met;Opmerkingen",
        "1;An de Vries;1948;52,372;5,222;06 12345678;1-3-2025;ja;boodschappen doen, autorijden;",
        "2;Bo Bakker;1951;52,372;5,222;;01-03-2025;nee;koken;",
        "3;Cor;1950;52,372;5,222;;31-2-2025;x;;",
        "4;Dien;1950;52,372;5,222;;2025-03-02;misschien;;"), ImportMode.VALID_ROWS);
    assertEquals(List.of("4:Aangemeld op:date", "5:Woont alleen:choice"), problems(result));
    assertEquals(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)),
        result.values().stream().map(Member::joined).collect(Collectors.toList()));
    assertTrue(result.values().get(0).livesAlone());
    assertFalse(result.values().get(1).livesAlone());
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.RIDE_BY_CAR), offers(result.values().get(0)));
    assertEquals(List.of("Opmerkingen"), result.ignoredColumns());
    assertEquals("rij 4, kolom Aangemeld op: moet een datum zijn, zoals 1-3-2025, 01-03-2025 of 2025-03-01",
        result.errors().get(0).message(NL));
  }

  @Test
  void aMissingColumnIsNamedInTheReadersLanguage() {
    ImportException e = assertThrows(ImportException.class, () -> read(String.join("\r\n",
        "Nr;Naam;Geboortejaar;Postcode;Aangemeld op", "1;An;1948;1318AB;1-3-2025"), ImportMode.VALID_ROWS));
    List<String> dutch = e.errors().stream().map(r -> r.message(NL)).collect(Collectors.toList());
    assertTrue(dutch.contains("rij 1, kolom Breedtegraad: deze verplichte kolom ontbreekt in de kopregel"), dutch.toString());
    assertTrue(e.errors().stream().map(r -> r.message(Locale.ENGLISH)).anyMatch(
        m -> m.equals("row 1, column latitude: this required column is missing from the header")));
  }

  @Test
  void aMisspelledHeaderIsOfferedForTheColumnItMisses() {
    ImportException e = assertThrows(ImportException.class, () -> read(String.join("\r\n",
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemelt op;Email", "1;An;1948;52,3;5,2;1-3-2025;x"),
        ImportMode.VALID_ROWS));
    assertEquals(1, e.errors().size(), e.errors().toString());
    RowError joined = e.errors().get(0);
    assertEquals("missing-column", joined.rule());
    assertEquals("rij 1, kolom Aangemeld op: deze verplichte kolom ontbreekt in de kopregel; bedoelt u de kolom"
        + " 'Aangemelt op'?", joined.message(NL));
    assertEquals("row 1, column joined: this required column is missing from the header; did you mean the column"
        + " 'Aangemelt op'?", joined.message(Locale.ENGLISH));
    // a header far from every name is not offered
    ImportException far = assertThrows(ImportException.class, () -> read(String.join("\r\n",
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Email", "1;An;1948;52,3;5,2;x"), ImportMode.VALID_ROWS));
    assertEquals("row 1, column joined: this required column is missing from the header",
        far.errors().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aQuoteLeftOpenBeforeALaterQuotedCellIsReportedAtItsOwnRowAndNamedAsAPossibleCause() {
    // row 2 opens a quote and never closes it; the parser meets the next quote on row 3
    ImportResult<Member> result = read(String.join("\n",
        "id,name,birth year,latitude,longitude,joined",
        "m-1,\"Anna,1948,52.379,5.223,2025-03-01",
        "m-2,\"Bert\",1950,52.379,5.223,2025-03-01",
        "m-3,Cees,1950,52.379,5.223,2025-03-01"), ImportMode.VALID_ROWS);
    // the broken row costs only itself
    assertEquals(List.of(MemberId.of("m-2"), MemberId.of("m-3")),
        result.values().stream().map(Member::id).collect(Collectors.toList()));
    RowError error = result.errors().get(0);
    assertEquals(2, error.row());
    assertTrue(error.message(Locale.ENGLISH).contains("a quote opened on this line is not closed on it"),
        error.message(Locale.ENGLISH));
    assertTrue(error.message(NL).contains("een aanhalingsteken dat op deze regel opent, sluit niet op deze regel"),
        error.message(NL));
  }
}
