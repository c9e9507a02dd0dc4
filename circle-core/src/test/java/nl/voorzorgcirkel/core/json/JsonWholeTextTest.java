package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link CircleJson#read} reads the whole text, as {@code ResultJson} and scenario files do: text
 * after the JSON value (a second document, a stray word) is refused rather than silently left
 * unread, and an empty text is said to be empty rather than "not an object" (review of user test
 * 7's wrong-type messages).
 */
class JsonWholeTextTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static InvalidValueException refused(String text) {
    return assertThrows(InvalidValueException.class, () -> CircleJson.read(text, Member.class));
  }

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.type() + "." + v.path() + ":" + v.rule()).toList();
  }

  @Test
  void textAfterTheValueIsRefusedWithItsLineAndColumnWithoutQuotingIt() throws JsonProcessingException {
    String member = CircleJson.newMapper().writeValueAsString(Fixtures.member("m-1").build());
    for (String after : List.of(" " + member, " 5", " \"Geheimnaam\"")) {
      InvalidValueException e = refused(member + after);
      assertEquals(List.of("Member.:json"), rules(e), after);
      assertEquals(true, e.getMessage().contains("(line 1, column ")
          && e.getMessage().contains("more text follows the end of the JSON value"), e.getMessage());
      assertEquals(true, e.message(DUTCH).contains("na het einde van de JSON-waarde staat nog tekst"),
          e.message(DUTCH));
      assertFalse(e.getMessage().contains("Geheimnaam") || e.message(DUTCH).contains("Geheimnaam"), e.getMessage());
    }
    // a word after the value that is no JSON at all is a syntax error there
    InvalidValueException word = refused(member + "\nGeheimnaam");
    assertEquals(List.of("Member.:json"), rules(word));
    assertEquals(true, word.getMessage().contains("(line 2, column 1)"), word.getMessage());
    assertFalse(word.getMessage().contains("Geheimnaam"), word.getMessage());
  }

  @Test
  void anEmptyTextIsSaidToBeEmpty() {
    for (String text : List.of("", "  \n ")) {
      InvalidValueException e = refused(text);
      assertEquals(List.of("Member.:json"), rules(e));
      assertEquals(true, e.getMessage().contains("the text is empty"), e.getMessage());
      assertEquals(true, e.message(DUTCH).contains("de tekst is leeg"), e.message(DUTCH));
    }
  }
}
