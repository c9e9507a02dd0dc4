package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 9, finding 5: a rule that checks two fields named its check method
 * ({@code birthYearFitsJoined}) as the path; the path now names the field users set. The rule keeps
 * its name, for programs that match on it. Failed before the fix.
 */
class CrossFieldPathTest {

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.type() + "." + v.path() + ":" + v.rule()).sorted().toList();
  }

  @Test
  void aBirthYearThatDoesNotFitTheJoinDateNamesTheBirthYear() throws Exception {
    Member anna = Fixtures.member("m-1").joined(LocalDate.of(2025, 3, 1)).build();
    InvalidValueException built = assertThrows(InvalidValueException.class,
        () -> anna.toBuilder().birthYear(2020).build());
    assertEquals(List.of("Member.birthYear:Member.birthYearFitsJoined"), rules(built));
    assertEquals("ongeldige waarde (1): Member.birthYear: het geboortejaar moet 18 tot 125 jaar voor het jaar"
        + " liggen waarin de deelnemer lid werd", built.message(Locale.forLanguageTag("nl")));

    Circle circle = Fixtures.circle(3).build();
    String json = CircleJson.newMapper().writeValueAsString(circle);
    String birthYear = "\"birthYear\":1950";
    InvalidValueException read = assertThrows(InvalidValueException.class,
        () -> CircleJson.read(json.replaceFirst(birthYear, "\"birthYear\":2020"), Circle.class));
    assertEquals(List.of("Circle.members[0].birthYear:Member.birthYearFitsJoined"), rules(read));
  }

  @Test
  void aMemberWhoAvoidsThemselvesNamesTheAvoids() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Fixtures.member("m-1").addAvoids(MemberId.of("m-1")).build());
    assertEquals(List.of("Member.avoids:Member.doesNotAvoidThemselves"), rules(e));
  }
}
