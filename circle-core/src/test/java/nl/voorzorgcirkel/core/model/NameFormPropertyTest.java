package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * A name is shown on member lists, call sheets and printed phone lists: no character in it may
 * break a line or change how it reads without showing (user test 3, finding 5: a right-to-left
 * override, a line separator, a next-line and a zero-width space were accepted, because the rule
 * knew only ASCII's control characters).
 */
class NameFormPropertyTest {

  /** C0 and C1 controls, line and paragraph separators, and the invisible characters refused. */
  private static final String REFUSED = "\u0000\t\n\r\u001F\u007F\u0080\u0085\u009F\u2028\u2029"
      + "\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF";

  private static Violation refusal(String name) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Fixtures.member("m-1").displayName(name).build());
    assertEquals(1, e.violations().size(), e::getMessage);
    Violation v = e.violations().get(0);
    assertEquals("displayName", v.path());
    assertFalse(e.getMessage().contains(name), "the name is not quoted");
    return v;
  }

  @Test
  void aRefusedCharacterAnywhereInANameRefusesIt() {
    Props.property("name-refuses-control-and-invisible-characters", 3_000)
        .forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 30),
            integers().between(0, REFUSED.length() - 1),
            strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 30))
        .checkAssert((before, which, after) -> {
          String name = "A" + before + REFUSED.charAt(which) + after;
          assertEquals("Text.name", refusal(name).rule());
          // the same name without it is a name
          assertEquals("A" + before + after, Fixtures.member("m-1").displayName("A" + before + after).build()
              .displayName());
        });
  }

  @Test
  void namesOfEveryScriptAndTheirJoinersAreKept() {
    for (String name : List.of("Zoë van den Berg-Ağaoğlu", "O'Brien", "Øyvind Æbelø", "محمد",
        "می\u200Cخواهم", "Anna\u200DMarie", "Jan (Janus) de Vries", "李小龍")) {
      assertEquals(name, Fixtures.member("m-1").displayName(name).build().displayName());
    }
  }

  @Test
  void theTextSaysWhatIsRefusedInEnglishAndDutch() {
    Violation v = refusal("Anna\u202EeilA");
    assertTrue(v.message(Locale.ENGLISH).contains("invisible characters"), v.message(Locale.ENGLISH));
    assertTrue(v.message(Locale.forLanguageTag("nl")).contains("onzichtbare tekens"),
        v.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void aCircleAndItsNeighbourhoodFollowTheSameRule() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Fixtures.circle(10).name("Kring\u2028Noord").neighbourhood("Noord\u0085").build());
    assertEquals(List.of("name:Text.name", "neighbourhood:Text.name"),
        e.violations().stream().map(x -> x.path() + ":" + x.rule()).sorted().toList(), e::getMessage);
  }
}
