package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A formation policy requires each kind of help once as its vocabulary reads the codes, as a member
 * offers each kind once ({@code Member.capabilitiesUnique}, {@code Circle.oneOfferPerKind}). Before,
 * a policy requiring {@code regiotaxi} and {@code ride-by-car}, one kind under a circle's own
 * vocabulary, was taken: coverage and advice then named rides twice, each with its own count, and
 * the forming weighed the one kind twice.
 */
class OneRequirementPerKindTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Map<Capability, Integer> TWO_CODES_FOR_RIDES =
      Map.of(Fixtures.REGIOTAXI, 1, Capability.RIDE_BY_CAR, 2, Capability.VISITS_AND_COMPANY, 2);

  @Test
  void twoCodesOfOneKindAreRefusedNamingBothPlacesAndTheKindInEnglishAndDutch() {
    FormationPolicy standard = new FormationPolicy(4, 6, 8, 1, 1500, TWO_CODES_FOR_RIDES, 0.0);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> standard.withVocabulary(Fixtures.ownVocabulary()));
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals("oneRequirementPerKind", v.rule());
    assertEquals("requiredCapabilities[ride-by-car]", v.path());
    assertEquals("FormationPolicy.requiredCapabilities[ride-by-car]: requires the kind of help ride by car twice:"
        + " requiredCapabilities[regiotaxi] and requiredCapabilities[ride-by-car] are one kind as the policy's"
        + " vocabulary reads them; require each kind of help once", v.message(Locale.ENGLISH));
    assertEquals("FormationPolicy.requiredCapabilities[ride-by-car]: vraagt de soort hulp autorit twee keer:"
        + " requiredCapabilities[regiotaxi] en requiredCapabilities[ride-by-car] zijn één soort zoals de woordenlijst"
        + " van het beleid ze leest; vraag elke soort hulp maar één keer", v.message(DUTCH));
    // the constructor with the vocabulary refuses it the same way
    assertEquals(v, assertThrows(InvalidValueException.class, () -> new FormationPolicy(4, 6, 8, 1, 1500,
        TWO_CODES_FOR_RIDES, 0.0, Fixtures.ownVocabulary())).violations().get(0));
  }

  @Test
  void aSynonymOfTheStandardVocabularyIsRefusedByItToo() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new FormationPolicy(4, 6, 8, 1, 1500,
        Map.of(Capability.of("autorit"), 1, Capability.RIDE_BY_CAR, 1), 0.0));
    assertEquals("requiredCapabilities[ride-by-car]", e.violations().get(0).path());
    assertEquals("oneRequirementPerKind", e.violations().get(0).rule());
  }

  @Test
  void codesTheVocabularyReadsAsDifferentKindsStayAsTheyAre() {
    // the standard vocabulary does not know regiotaxi: a kind of its own there, so nothing is refused
    FormationPolicy standard = new FormationPolicy(4, 6, 8, 1, 1500, TWO_CODES_FOR_RIDES, 0.0);
    assertEquals(3, standard.requiredCapabilities().size());
    assertEquals(2, FormationPolicy.standard().withVocabulary(Fixtures.ownVocabulary()).requiredCapabilities().size());
  }
}
