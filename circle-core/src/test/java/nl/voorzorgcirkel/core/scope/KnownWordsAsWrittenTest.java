package nl.voorzorgcirkel.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import org.junit.jupiter.api.Test;

/**
 * A word that names a kind of help alone is what was meant, not a typing error of another: {@code
 * tillen-geven} (lifting) was read as {@code pillen geven} (giving pills) on main and on scope11.
 * Only words that name nothing alone are corrected freely ({@code aride by car}); a known word is
 * corrected only into the kind of help the phrase already names ({@code ride by cat}) or, so that a
 * typing error never takes care out of a referral, into care when the phrase names none ({@code
 * personal car}). Failed before: {@code tillen-geven}, {@code hond-verzorgen} (read as wound care),
 * {@code boodschappen-voor-wondzorg} (read as wound care).
 */
class KnownWordsAsWrittenTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();

  private static HelpCategory category(String code) {
    return VOCABULARY.category(Capability.of(code));
  }

  @Test
  void aKnownWordIsNotATypingErrorOfAnother() {
    assertEquals(HelpCategory.PERSONAL_CARE, category("tillen-geven"), "lifting, not pillen geven");
    assertEquals(List.of(Capability.of("personal-care")), VOCABULARY.readOffers("tillen geven").found());
    assertEquals(HelpCategory.NURSING_CARE, category("pillen-geven"));
    assertEquals(List.of(Capability.PET_CARE), VOCABULARY.readOffers("hond verzorgen").found(), "not wond verzorgen");
  }

  @Test
  void unknownWordsAndWordsOfTheSameKindAreStillCorrected() {
    for (String ride : List.of("aride by car", "ride by cat", "ride by ear", "ride buy car")) {
      assertEquals(List.of(Capability.RIDE_BY_CAR), VOCABULARY.readOffers(ride).found(), ride);
      assertTrue(VOCABULARY.readOffers(ride).isComplete(), ride);
    }
    assertEquals(List.of(Capability.PET_CARE), VOCABULARY.readOffers("pet car").found());
    assertEquals(List.of(Capability.SMALL_JOBS), VOCABULARY.readOffers("smalljobs in the house").found());
  }

  @Test
  void aTypingErrorIntoAKnownWordNeverTakesCareOutOfAReferral() {
    for (String code : List.of("personal-car", "foot-car", "nail-car", "oral-car", "cat-heter", "tablet-ten",
        "toile-bezoek", "lift-ing", "naar-bad-brengen")) {
      assertTrue(CareChecks.referral(code).isPresent(), code + " is not referred");
      assertTrue(CareChecks.offerRefused(code), code + " is offered");
      assertTrue(CareChecks.fileRefuses(code.replace('-', ' ')), code + " is offered in a file");
    }
  }

  @Test
  void careThatAnErrandIsForIsTheErrandAndCareStaysCareAcrossAnd() {
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS),
        VOCABULARY.readOffers("boodschappen voor wondzorg").found());
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS), VOCABULARY.readOffers("shopping for wound care").found());
    assertEquals(HelpCategory.PERSONAL_CARE, category("boodschappen-voor-moeder-en-douchen"));
    assertEquals(HelpCategory.NURSING_CARE, category("insuline-spuiten-voor-de-buurman"));
    assertEquals(HelpCategory.NURSING_CARE, category("hulp-voor-wondzorg"));
  }

  @Test
  void aFileRefusesCareInEnglishAndDutchWithoutThePersonalData() {
    for (String words : List.of("tillen geven", "naar de wc", "personal car")) {
      RowError error = CareChecks.fileErrors(words).stream().filter(e -> e.rule().equals("offer-out-of-scope"))
          .findFirst().orElseThrow();
      String english = error.message(Locale.ENGLISH);
      String dutch = error.message(Locale.forLanguageTag("nl"));
      assertTrue(english.contains("cannot be offered in a circle"), english);
      assertTrue(dutch.contains("kan in een cirkel niet aangeboden worden"), dutch);
      assertFalse(english.contains("Anna") || dutch.contains("Anna"), "the member's name in " + english);
    }
    assertEquals(Optional.of(ReferralTarget.DISTRICT_NURSING), CareChecks.referral("naar-de-wc"));
  }
}
