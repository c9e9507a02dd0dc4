package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A member cannot know their circle's vocabulary, so the rule "each kind of help offered once" is
 * held for a circle's own vocabulary where the circle is read by it.
 */
class OneOfferPerKindByVocabularyTest {

  /** m-1 offers autorit and regiotaxi: two kinds by the standard vocabulary, one by the circle's own. */
  private static Circle circle() {
    return Fixtures.circle(3).addMembers(Fixtures.member("m-9").displayName("Ria de Vries")
        .addCapabilities(CapabilityOffer.of(Capability.MEALS), CapabilityOffer.of(Capability.of("autorit")),
            CapabilityOffer.of(Fixtures.REGIOTAXI)).build()).build();
  }

  @Test
  void theStandardVocabularyReadsRegiotaxiAsNoRide() {
    assertNotEquals(Capability.RIDE_BY_CAR, CapabilityVocabulary.standard().canonical(Fixtures.REGIOTAXI));
    assertEquals(Capability.RIDE_BY_CAR, Fixtures.ownVocabulary().canonical(Fixtures.REGIOTAXI));
    Circle circle = circle(); // the member is valid by the standard vocabulary
    assertSame(circle, circle.requireOneOfferPerKind(CapabilityVocabulary.standard()));
  }

  @Test
  void aKindOfferedTwiceByTheCirclesVocabularyIsRefusedNamingTheMemberIdAndTheKind() {
    // before: membersOffering(ride-by-car, own) listed m-9 once and matching read only the autorit offer
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> circle().requireOneOfferPerKind(Fixtures.ownVocabulary()));
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals("Circle.oneOfferPerKind", v.rule());
    assertEquals("members[3].capabilities[2]", v.path());
    assertEquals("Circle.members[3].capabilities[2]: member m-9 offers the kind of help ride by car twice:"
        + " offers 2 and 3 (counted from 1) are one kind as the circle's vocabulary reads them; offer each kind"
        + " of help once", v.message(Locale.ENGLISH));
    assertTrue(v.message(Locale.forLanguageTag("nl")).contains("deelnemer m-9 biedt de soort hulp autorit"
        + " twee keer aan: aanbod 2 en 3 (geteld vanaf 1)"), v.message(Locale.forLanguageTag("nl")));
    // the codes as given are never echoed: a platform's own word could name a health matter
    assertFalse(v.message(Locale.ENGLISH).contains("regiotaxi"), v.message(Locale.ENGLISH));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      assertFalse(e.message(locale).contains("Ria"), "no name in the message");
    }
    assertFalse(e.getMessage().contains("Ria"), "no name in the message");
    assertThrows(InvalidValueException.class,
        () -> circle().membersOffering(Capability.MEALS, Fixtures.ownVocabulary()), "matching reads it too");
  }
}
