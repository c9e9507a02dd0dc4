package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OfferReadingTest {

  private static final UnaryOperator<String> NORMAL = text -> Normalizer.normalize(text, Normalizer.Form.NFD)
      .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();

  private static final SortedMap<String, Capability> TERMS = new TreeMap<>();

  static {
    TERMS.put("boodschappen", Capability.GROCERIES_AND_ERRANDS);
    TERMS.put("boodschappen en klusjes buiten de deur", Capability.GROCERIES_AND_ERRANDS);
    TERMS.put("autorijden", Capability.RIDE_BY_CAR);
    TERMS.put("brengen en halen", Capability.RIDE_BY_CAR);
    TERMS.put("koken", Capability.MEALS);
    TERMS.put("tuin", Capability.GARDEN);
    TERMS.put("tuinieren", Capability.GARDEN);
    TERMS.put("bezoek", Capability.VISITS_AND_COMPANY);
    TERMS.put("praatje", Capability.VISITS_AND_COMPANY);
  }

  private static OfferReading read(String cell) {
    return OfferReading.read(cell, TERMS, NORMAL);
  }

  @Test
  void listsAndLongestPhrasesAreReadAsPeopleWriteThem() {
    OfferReading reading = read("Boodschappen, AUTORIJDEN en kóken; brengen en halen | een praatje");
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.RIDE_BY_CAR, Capability.MEALS,
        Capability.VISITS_AND_COMPANY), reading.found());
    assertEquals(List.of(), reading.unknown());
    assertEquals(0, reading.corrected());
    assertEquals(4, reading.items());
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS),
        read("boodschappen en klusjes buiten de deur").found(), "a label with 'en' in it is one kind of help");
  }

  @Test
  void aTypingErrorInALongEnoughWordIsCorrectedAndCounted() {
    OfferReading reading = read("boodschapen, koekn");
    assertEquals(List.of(Capability.GROCERIES_AND_ERRANDS, Capability.MEALS), reading.found());
    assertEquals(2, reading.corrected());
    OfferReading shortWord = read("tuim");
    assertEquals(List.of(), shortWord.found(), "four letters are too few to correct");
    assertEquals(List.of(new OfferReading.Unknown(1, List.of(Capability.GARDEN))), shortWord.unknown());
  }

  @Test
  void unknownPartsAreToldByTheirPlaceWithTheNearestKindsOfHelp() {
    OfferReading reading = read("koken, pianoles en bezoek, bezoekje");
    assertEquals(List.of(Capability.MEALS, Capability.VISITS_AND_COMPANY), reading.found());
    assertEquals(List.of(new OfferReading.Unknown(2, List.of()), new OfferReading.Unknown(3,
        List.of(Capability.VISITS_AND_COMPANY))), reading.unknown());
    assertEquals(3, reading.items());
    assertEquals(List.of(), read(" , ;").found());
    assertEquals(0, read(" , ;").items());
  }
}
