package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import org.junit.jupiter.api.Test;

/**
 * A Dutch compound of care with one typing error is care, as a whole word with one is: the property
 * of {@link OneCareRecognitionPropertyTest} generated {@code duochehulp}, which was read as circle
 * help (on main as well: the compound reader took no typing errors; the new words of user test 11
 * only changed which variants the fixed seed drew). A typing error is corrected only to a compound
 * whose second word the vocabulary knows, so a compound of a care word and a thing stays what it is.
 */
class CompoundTypingErrorTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();

  private static HelpCategory category(String code) {
    return VOCABULARY.category(Capability.of(code));
  }

  @Test
  void aCompoundOfCareWithOneTypingErrorIsCare() {
    for (String code : List.of("duochehulp", "douchheulp", "douchhulp", "douchehlup", "doucehhulp")) {
      assertEquals(HelpCategory.PERSONAL_CARE, category(code), code);
    }
  }

  @Test
  void theCorrectionNeedsAWordTheVocabularyKnows() {
    for (String code : List.of("douchegordijn-ophangen", "douchestoel-monteren", "insulineophalen", "pedicurerit")) {
      assertEquals(HelpCategory.CIRCLE_HELP, category(code), code);
    }
  }
}
