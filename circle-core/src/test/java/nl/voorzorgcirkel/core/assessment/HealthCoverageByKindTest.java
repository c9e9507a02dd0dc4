package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * The health check counts offers by kind of help, as the standard vocabulary reads them: offers
 * written as synonyms are their kind, and one member offering a kind twice counts once.
 */
class HealthCoverageByKindTest {

  private static final Map<Capability, Capability> WORDS =
      Fixtures.wordsAsCodes(CapabilityVocabulary.standard(), true);

  /** Ten members offering meals; m-1 and m-2 offer the given capabilities too. */
  private static Circle circle(List<Capability> first, List<Capability> second) {
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < 10; i++) {
      Member.Builder m = Fixtures.member("m-" + i).home(GeoPoint.of(52.379 + i * 0.0004, 5.223))
          .addCapabilities(CapabilityOffer.of(Capability.MEALS));
      for (Capability c : i == 1 ? first : i == 2 ? second : List.<Capability>of()) {
        m.addCapabilities(CapabilityOffer.of(c));
      }
      builder.addMembers(m.build());
    }
    return builder.build();
  }

  private static List<HealthFinding> failures(Circle circle) {
    return CircleHealthCheck.check(circle, Fixtures.TODAY).findings(HealthCode.SINGLE_POINT_OF_FAILURE);
  }

  @Test
  void offersWrittenAsTwoWordsOfOneKindAreOneKindWithTwoMembers() {
    // before: two kinds, boodschappen and groceries, each a single point of failure
    assertEquals(List.of(), failures(circle(List.of(Capability.of("boodschappen")),
        List.of(Capability.of("groceries")))));
  }

  @Test
  void aCodeReadAsAKindCountsForThatKind() {
    // naar-de-kapper is a trip, so a ride: with autorit it is one kind offered by two members
    assertEquals(List.of(), failures(circle(List.of(Capability.of("autorit")),
        List.of(Capability.of("naar-de-kapper")))));
  }

  /** A circle drawn from a seed; with {@code word}, every offer of its kind written as that word. */
  private static Circle drawn(long seed, Capability word, Capability kind) {
    Random random = new Random(seed);
    Circle.Builder builder = Fixtures.circle(0);
    int size = 6 + random.nextInt(9);
    for (int i = 0; i < size; i++) {
      Member.Builder m = Fixtures.member("m-" + i).home(GeoPoint.of(52.379 + i * 0.0004, 5.223));
      List<Capability> kinds = new ArrayList<>(Capability.standard());
      int offers = random.nextInt(4);
      for (int k = 0; k < offers; k++) {
        Capability offered = kinds.remove(random.nextInt(kinds.size()));
        m.addCapabilities(CapabilityOffer.of(offered.equals(kind) ? word : offered));
      }
      if (random.nextInt(5) == 0) {
        m.addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(2)));
      }
      builder.addMembers(m.build());
    }
    return builder.build();
  }

  @Test
  void everyWordOfCircleHelpIsCheckedAsItsKind() {
    Props.property("every word of circle help is checked as its kind", 10)
        .forAll(longs().all())
        .checkAssert(seed -> WORDS.forEach((word, kind) -> assertEquals(
            CircleHealthCheck.check(drawn(seed, kind, kind), Fixtures.TODAY),
            CircleHealthCheck.check(drawn(seed, word, kind), Fixtures.TODAY),
            word + " as " + kind + ", circle seed " + seed)));
  }
}
