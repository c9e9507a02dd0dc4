package nl.voorzorgcirkel.intake.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircleListsTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);

  private static Circle circle() {
    return Circle.builder().id(CircleId.of("muziekwijk-noord-1")).name("Muziekwijk Noord 1")
        .neighbourhood("Muziekwijk Noord").founded(LocalDate.of(2026, 3, 1))
        .addAgreements("Vragen gaan via de appgroep of de verbinders.")
        .addMembers(
            Fixtures.member("m-3").displayName("Ömer Yılmaz").role(Role.CONNECTOR).phoneNumber("06 1234 5678")
                .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR), CapabilityOffer.of(Capability.MEALS))
                .vitality(Vitality.DEPENDENT).build(),
            Fixtures.member("m-1").displayName("Anna de Vries").contact(ContactChannel.PHONE)
                .phoneNumber("+31 36 123 4567").build(),
            Fixtures.member("m-2").displayName("Bert \"de Bakker\" <b>vet</b>; zn")
                .addCapabilities(CapabilityOffer.of(Capability.GARDEN)).build(),
            Fixtures.member("m-4").displayName("Carla (left)").status(MemberStatus.LEFT).build())
        .build();
  }

  @Test
  void theMemberListHasWhatEveryoneMaySeeAndNoPhoneNumbers() {
    String csv = CircleLists.standard().memberListCsv(circle(), ON);
    assertEquals(String.join("\r\n",
        "Naam;Rol;Bereikbaar via;Wat ik kan",
        "Anna de Vries;deelnemer;telefoon;",
        "\"Bert \"\"de Bakker\"\" <b>vet</b>; zn\";deelnemer;appgroep;tuin",
        "Ömer Yılmaz;verbinder;appgroep;autorit, maaltijden", ""), csv);
    assertFalse(csv.contains("06 1234"));
    String english = CircleLists.builder().locale(Locale.ENGLISH).csvSeparator(',').build().memberListCsv(circle(), ON);
    assertTrue(english.startsWith("Name,Role,Reached by,Offers\r\n"), english);
    assertTrue(english.contains("Ömer Yılmaz,connector,group chat,\"ride by car, meals\""), english);
  }

  @Test
  void offersAreListedByTheirKindOfHelp() {
    Circle circle = Circle.builder().id(CircleId.of("c-1")).name("c").neighbourhood("w").founded(LocalDate.of(2026, 3, 1))
        .addMembers(Fixtures.member("m-1").displayName("Anna").addCapabilities(
            CapabilityOffer.of(Capability.of("boodschappen")), CapabilityOffer.of(Capability.of("naar-de-kapper")))
            .build())
        .build();
    // before: "boodschappen en klusjes buiten de deur, naar-de-kapper" (a member offers a kind once: Member refuses
    // boodschappen and groceries together)
    assertTrue(CircleLists.standard().memberListCsv(circle, ON)
        .contains("Anna;deelnemer;appgroep;boodschappen en klusjes buiten de deur, autorit\r\n"),
        CircleLists.standard().memberListCsv(circle, ON));
  }

  @Test
  void offersAreListedByTheKindsOfTheCirclesOwnVocabulary() {
    Circle circle = Circle.builder().id(CircleId.of("c-1")).name("c").neighbourhood("w").founded(LocalDate.of(2026, 3, 1))
        .addMembers(Fixtures.member("m-1").displayName("Anna").addCapabilities(
            CapabilityOffer.of(Fixtures.REGIOTAXI), CapabilityOffer.of(Capability.of("klusbus"))).build())
        .build();
    CapabilityVocabulary own = Fixtures.ownVocabulary().with(
        VocabularyEntry.of(Capability.of("klusbus"), "odd-job van", "klussenbus"));
    assertTrue(CircleLists.standard().memberListCsv(circle, ON).contains("Anna;deelnemer;appgroep;regiotaxi, klusbus\r\n"),
        CircleLists.standard().memberListCsv(circle, ON));
    // before: "regiotaxi, klusbus" whatever the vocabulary, there being no way to give it
    String csv = CircleLists.builder().vocabulary(own).build().memberListCsv(circle, ON);
    assertTrue(csv.contains("Anna;deelnemer;appgroep;autorit, klussenbus\r\n"), csv);
  }

  @Test
  void thePhoneListIsForTheConnectorsAndSaysWhomToCall() {
    String csv = CircleLists.standard().phoneListCsv(circle(), ON);
    assertEquals(String.join("\r\n",
        "Naam;Telefoon;Bereikbaar via;Bellen;Rol",
        "Anna de Vries;'+31 36 123 4567;telefoon;ja;deelnemer", // Excel would compute +31 ...
        "\"Bert \"\"de Bakker\"\" <b>vet</b>; zn\";geen nummer;appgroep;nee;deelnemer",
        "Ömer Yılmaz;06 1234 5678;appgroep;nee;verbinder", ""), csv);
    String html = CircleLists.standard().phoneListHtml(circle(), ON);
    assertTrue(html.contains("<h1>Telefoonlijst van Muziekwijk Noord 1</h1>"), html);
    assertTrue(html.contains("Alleen voor de verbinders"), html);
    assertTrue(html.contains("<td>+31 36 123 4567</td>"), html);
  }

  @Test
  void htmlEscapesWhatPeopleTyped() {
    String html = CircleLists.standard().memberListHtml(circle(), ON);
    assertFalse(html.contains("<b>vet</b>"), html);
    assertTrue(html.contains("&lt;b&gt;vet&lt;/b&gt;"), html);
    assertTrue(html.contains("Muziekwijk Noord, 3 deelnemers op 26 november 2026"), html);
    assertFalse(html.contains("Carla"), "a member who left is not listed");
  }

  @Test
  void theWelcomeSheetIsDutchWithTheConnectorsNumbersAndNoHealthData() {
    String html = CircleLists.builder().organisation("Welzijn Almere", "036 000 0000").build()
        .welcomeSheetHtml(circle(), ON);
    assertTrue(html.contains("<h1>Welkom in Muziekwijk Noord 1</h1>"), html);
    assertTrue(html.contains("gestart op 1 maart 2026"), html);
    assertTrue(html.contains("<tr><td>Ömer Yılmaz</td><td>06 1234 5678</td></tr>"), html);
    assertTrue(html.contains("wijkverpleging"), html);
    assertTrue(html.contains("<li>Vragen gaan via de appgroep of de verbinders.</li>"), html);
    assertTrue(html.contains("<footer>Welzijn Almere · 036 000 0000</footer>"), html);
    assertFalse(html.contains("+31 36 123 4567"), "only the connectors' numbers are on the sheet");
    assertFalse(html.toLowerCase(Locale.ROOT).contains("afhankelijk"), "vitality is health data");
    String english = CircleLists.builder().locale(Locale.ENGLISH).build().welcomeSheetHtml(circle(), ON);
    assertTrue(english.contains("<h1>Welcome to Muziekwijk Noord 1</h1>"), english);
    assertFalse(english.contains("<footer>"), english);
  }

  @Test
  void anOrganisationCanUseItsOwnWelcomeTemplate() {
    CircleLists own = CircleLists.builder().welcomeTemplate("<p>{{circle}}: {{#connectors}}{{name}} {{/connectors}}</p>").build();
    assertEquals("<p>Muziekwijk Noord 1: Ömer Yılmaz </p>", own.welcomeSheetHtml(circle(), ON));
    assertTrue(CircleLists.standard().welcomeSheetHtml(circle(), ON).startsWith("<!DOCTYPE html>"),
        "another instance keeps the standard sheet");
    assertThrows(IllegalArgumentException.class, () -> CircleLists.builder().welcomeTemplate("{{#open}}"));
  }

  @Test
  void everyListOfEveryCircleIsWrittenAndSpreadsheetsReadTheAccents(@TempDir Path dir) throws IOException {
    List<Path> files = CircleLists.standard().writeAll(List.of(circle()), ON, dir.resolve("lijsten"));
    assertEquals(List.of("muziekwijk-noord-1-members.csv", "muziekwijk-noord-1-members.html",
        "muziekwijk-noord-1-phone-list.csv", "muziekwijk-noord-1-phone-list.html", "muziekwijk-noord-1-welcome.html"),
        files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    byte[] csv = Files.readAllBytes(files.get(0));
    assertEquals("\uFEFFNaam;", new String(csv, 0, 8, StandardCharsets.UTF_8));
  }

  @Test
  void anInternationalPhoneNumberIsDefusedInThePhoneList() {
    // Excel opening the CSV would take +31 36 123 4567 for a formula (the spaces are its
    // intersection operator) and +31361234567 for a number without its +; the visible apostrophe
    // is the lesser harm (a number starting with a hyphen, -1234567, is no phone number: Member
    // refuses it, user test 3, F12)
    String csv = CircleLists.standard().phoneListCsv(circle(), ON);
    assertTrue(csv.contains(";'+31 36 123 4567;"), csv);
    assertFalse(csv.contains(";+31"), csv);
  }

  @Test
  void aPhoneNumberASpreadsheetWouldReadAsANumberKeepsItsLeadingZero() {
    // user test 6, J4: opened in Excel or LibreOffice, 0612345678 became the number 612345678
    Circle circle = circle().withMember(circle().member(MemberId.of("m-1")).orElseThrow().toBuilder()
        .phoneNumber("0612345678").build());
    String csv = CircleLists.standard().phoneListCsv(circle, ON);
    assertTrue(csv.contains("Anna de Vries;'0612345678;telefoon;"), csv);
    assertTrue(csv.startsWith("Naam;Telefoon;"), "the header is not a number: " + csv);
    String html = CircleLists.standard().phoneListHtml(circle, ON);
    assertTrue(html.contains("<td>0612345678</td>"), "HTML shows the number as it is: " + html);
  }
}
