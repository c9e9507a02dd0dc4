package nl.voorzorgcirkel.core.csv;

import static nl.voorzorgcirkel.core.csv.CsvFiles.bytes;
import static nl.voorzorgcirkel.core.csv.CsvFiles.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * User test 17 on sign-up lists, each failed before its fix. M1: a name that looks like a formula
 * gave rule {@code Text.name} and a bad phone number or avoids item {@code Pattern}, names from the
 * library's inside. M2: a person's name in {@code Liever niet met} was told it "must start with a
 * letter or digit", which it does; the problem is the space. L3: {@code Rol} {@code lid} (Dutch for
 * member) was refused. L4: {@code Geboortejaar} {@code 19500} gave {@code number-range} "must be
 * from 1 to 9999", not the birth year's rule.
 */
class UserTest17IntakeTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Telefoon;Rol;"
      + "Liever niet met\r\n";

  private static ImportResult<Member> read(String file) {
    return MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
  }

  @Test
  void aFormulaNameAndABadPhoneNumberHaveCodesOfTheirOwn() {
    ImportResult<Member> result = read(HEADER
        + "m-1;\"=HYPERLINK(\"\"http://x\"\";\"\"Jan\"\")\";1948;52,37;5,22;1-3-2025;;;\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;-612345678;;\r\n");
    assertEquals(List.of("2:Naam:name-format", "3:Telefoon:phone-format"), problems(result.errors()));
    assertTrue(result.errors().get(0).message(Locale.ENGLISH).endsWith("nor start with = + - @, which spreadsheets run as"
        + " a formula"), result.errors().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aNameInTheAvoidsColumnIsToldWhatTheColumnHoldsAndThatAnIdHasNoSpace() {
    ImportResult<Member> result = read(HEADER
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;;;m-2, Karel Geheim\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;;;\r\n");
    assertEquals(List.of("2:Liever niet met:id-list"), problems(result.errors()));
    RowError error = result.errors().get(0);
    assertEquals("row 2, column Liever niet met: item 2 of 2 is not an id: this column holds the ids (numbers) that"
        + " other people in the list have in column Nr, separated by commas; an id has no spaces (write the id, not"
        + " the name) and is 1 to 64 letters, digits, dots, underscores, colons or hyphens, starting with a letter or"
        + " digit", error.message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Liever niet met: onderdeel 2 van 2 is geen nummer: deze kolom bevat de nummers (id's)"
        + " die andere mensen in de lijst in kolom Nr hebben, gescheiden door komma's; een nummer heeft geen spaties"
        + " (schrijf het nummer, niet de naam) en bestaat uit 1 tot 64 letters, cijfers, punten, liggende streepjes,"
        + " dubbele punten of koppeltekens, beginnend met een letter of cijfer", error.message(DUTCH));
    String all = error.message(Locale.ENGLISH) + error.message(DUTCH) + error;
    assertFalse(all.contains("Karel") || all.contains("Geheim"), all);
  }

  @Test
  void inAFileSeparatedByCommasTheIdsAreSeparatedBySemicolonsAndTheMessageSaysSo() {
    ImportResult<Member> result = read("id,name,birth year,latitude,longitude,joined,avoids\n"
        + "m-1,Jan,1948,52.37,5.22,2025-03-01,Karel Geheim; m-2\n"
        + "m-2,Piet,1948,52.37,5.22,2025-03-01,\n");
    assertEquals(List.of("2:avoids:id-list"), problems(result.errors()));
    assertTrue(result.errors().get(0).message(Locale.ENGLISH).contains("item 1 of 2 is not an id: this column holds the"
        + " ids (numbers) that other people in the list have in column id, separated by semicolons;"));
    assertTrue(result.errors().get(0).message(DUTCH).contains("in kolom id hebben, gescheiden door puntkomma's;"));
  }

  @Test
  void lidAndParticipantAreMembers() {
    ImportResult<Member> result = read(HEADER
        + "m-1;Jan;1948;52,37;5,22;1-3-2025;;lid;\r\n"
        + "m-2;Piet;1948;52,37;5,22;1-3-2025;;Participant;\r\n"
        + "m-3;Kees;1948;52,37;5,22;1-3-2025;;verbinder;\r\n"
        + "m-4;Ria;1948;52,37;5,22;1-3-2025;;leden;\r\n");
    assertEquals(List.of(Role.MEMBER, Role.MEMBER, Role.CONNECTOR), result.values().stream().map(Member::role).toList());
    assertEquals(List.of("5:Rol:choice"), problems(result.errors()));
    assertEquals("row 5, column Rol: is not one of the accepted words (connector, deelnemer, lid, member, participant,"
        + " verbinder)", result.errors().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aWholeNumberThatIsNoBirthYearBreaksTheBirthYearsRule() {
    for (String year : List.of("19500", "0", "-1948", "99999")) {
      ImportResult<Member> result = read(HEADER + "m-1;Jan;" + year + ";52,37;5,22;1-3-2025;;;\r\n");
      assertEquals(List.of("2:Geboortejaar:birth-year"), problems(result.errors()), year);
      assertEquals("row 2, column Geboortejaar: must be 18 to 125 years before the year of joining",
          result.errors().get(0).message(Locale.ENGLISH), year);
      assertEquals("rij 2, kolom Geboortejaar: moet 18 tot 125 jaar voor het jaar van aanmelding liggen",
          result.errors().get(0).message(DUTCH), year);
    }
    // without a join date to check it against, the same rule
    ImportResult<Member> noDate = read(HEADER + "m-1;Jan;19500;52,37;5,22;;;;\r\n");
    assertEquals(List.of("2:Geboortejaar:birth-year", "2:Aangemeld op:required"), problems(noDate.errors()));
    // what is no whole number keeps its own rule
    assertEquals(List.of("2:Geboortejaar:whole-number"),
        problems(read(HEADER + "m-1;Jan;1948,5;52,37;5,22;1-3-2025;;;\r\n").errors()));
  }

  @Test
  void aModelRuleTheTableDoesNotKnowIsStillALowerCaseHyphenatedCode() {
    Violation unknown = Violation.of("Circle", "members[2]", "Circle.someNewRule2", "vzc.x", Map.of());
    assertEquals("some-new-rule", RowError.of(2, "Naam", unknown).rule());
    assertEquals("assert-true", RowError.ruleOf(Violation.of("Member", "x", "AssertTrue", "vzc.x", Map.of())));
    assertEquals("id-format", RowError.ruleOf(Violation.of("BuildingId", "value", "Pattern", "vzc.x", Map.of())));
    assertEquals("phone-format", RowError.ruleOf(Violation.of("Member", "phoneNumber", "Pattern", "vzc.x", Map.of())));
    assertEquals("rule", RowError.hyphenated("Member.42"));
  }

  @Test
  void anIdListItemOutsideItsCellIsRefusedInEnglishAndDutch() {
    // user test 17b: the factory's one argument error was an English IllegalArgumentException
    CsvTable table = CsvTable.parse(bytes(HEADER));
    nl.voorzorgcirkel.core.validation.InvalidValueException refused = org.junit.jupiter.api.Assertions.assertThrows(
        nl.voorzorgcirkel.core.validation.InvalidValueException.class,
        () -> RowError.ofIdListItem(table, 2, "Liever niet met", 3, 2));
    assertEquals("item", refused.violations().get(0).path());
    assertEquals("between", refused.violations().get(0).rule());
    assertFalse(refused.violations().get(0).message(DUTCH).equals(refused.violations().get(0).message(Locale.ENGLISH)));
    assertEquals("id-list", RowError.ofIdListItem(table, 2, "Liever niet met", 2, 2).rule());
  }
}
