package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfferReadingTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();

  private static OfferReading read(String cell) {
    return VOCABULARY.readOffers(cell);
  }

  @Test
  void wordsPeopleWriteMapToTheVocabularysKindsOfHelp() {
    OfferReading reading = read("Boodschappen doen, AUTORIJDEN en kóken; brengen en halen | een praatje");
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.RIDE_BY_CAR, Capability.MEALS,
        Capability.VISITS_AND_COMPANY), reading.found());
    assertEquals(List.of(), reading.unknown());
    assertTrue(reading.isComplete());
    assertEquals(0, reading.corrected());
    assertEquals(4, reading.items());
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS),
        read("boodschappen en klusjes buiten de deur").found(), "a label with 'en' in it is one kind of help");
    assertEquals(List.of(Capability.RIDE_BY_CAR, Capability.MEALS), read("autorijden en koken").found(),
        "two kinds of help in one item");
    assertEquals(List.of(Capability.GARDEN, Capability.PAPERWORK), read("Garden / tax return").found(),
        "English labels and synonyms too");
  }

  @Test
  void outOfScopeWordsAreFoundSoTheyCanBeRefusedWithTheReason() {
    OfferReading reading = read("koken, douchen");
    assertEquals(List.of(Capability.MEALS, Capability.of("washing")), reading.found());
    assertEquals(HelpCategory.PERSONAL_CARE, VOCABULARY.category(reading.found().get(1)));
  }

  @Test
  void aTypingErrorInALongEnoughWordIsCorrectedAndCounted() {
    OfferReading reading = read("boodschapen, koekn");
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.MEALS), reading.found());
    assertEquals(2, reading.corrected());
    OfferReading shortWord = read("tuim");
    assertEquals(List.of(), shortWord.found(), "four letters are too few to correct");
    assertEquals(1, shortWord.unknown().size());
    assertEquals(Capability.GARDEN, shortWord.unknown().get(0).suggestions().get(0));
  }

  @Test
  void onlyANearKindOfHelpIsSuggestedNotAnyWithinTwoLetters() {
    // user test 5, H8: knitting got "did you mean 'paperwork'?" (breien is two from brieven)
    for (String unrelated : List.of("breien", "schaken", "zwemmen", "pianoles", "bridge", "yoga")) {
      OfferReading reading = read(unrelated);
      assertEquals(List.of(), reading.found(), unrelated);
      assertEquals(List.of(), reading.unknown().get(0).suggestions(), unrelated);
    }
    // real typing errors are still corrected, or suggested when too far to correct
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS), read("boodschapen").found());
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS), read("boodchapen").unknown().get(0).suggestions());
    assertEquals(Capability.GARDEN, read("tuim").unknown().get(0).suggestions().get(0));
    // user test 10, finding 11: word forms of the vocabulary's words are read, not suggested
    assertEquals(List.of(Capability.VISITS_AND_COMPANY), read("bezoekje").found());
    assertEquals(List.of(Capability.VISITS_AND_COMPANY), read("bezoekjes").found());
  }

  @Test
  void unknownPartsAreToldByTheirPlaceWithTheNearestKindsOfHelp() {
    OfferReading reading = read("koken, pianoles en bezoek, tuim");
    assertEquals(List.of(Capability.MEALS, Capability.VISITS_AND_COMPANY), reading.found());
    assertEquals(2, reading.unknown().size());
    assertEquals(new OfferReading.Unknown(2, "pianoles", List.of()), reading.unknown().get(0));
    assertEquals(3, reading.unknown().get(1).item());
    assertEquals(Capability.GARDEN, reading.unknown().get(1).suggestions().get(0));
    assertEquals(3, reading.items());
    assertEquals(List.of(), read(" , ;").found());
    assertEquals(0, read(" , ;").items());
  }

  @Test
  void wordsBesidePersonalOrNursingCareSayWhomItIsForAndAreNotUnknown() {
    // user test 9, L8: "moeder wassen" was washing and "moeder" an unknown kind of help
    for (String cell : List.of("moeder wassen", "wassen van moeder", "oma helpen met douchen", "wondzorg moeder")) {
      OfferReading reading = read(cell);
      assertEquals(1, reading.found().size(), cell);
      assertEquals(List.of(), reading.unknown(), cell);
    }
    assertEquals(List.of(new OfferReading.Unknown(1, "breien", List.of())), read("douchen en breien").unknown(),
        "a part of its own after 'en' is still read");
    assertEquals(List.of(new OfferReading.Unknown(1, "buren", List.of())),
        read("boodschappen voor de buren").unknown(), "beside circle help the words are still told");
  }

  @Test
  void theWordsOfACellNeverAppearInToString() {
    OfferReading reading = read("koken, pianoles");
    assertFalse(reading.toString().contains("pianoles"), reading.toString());
    assertFalse(reading.unknown().get(0).toString().contains("pianoles"));
  }
}
