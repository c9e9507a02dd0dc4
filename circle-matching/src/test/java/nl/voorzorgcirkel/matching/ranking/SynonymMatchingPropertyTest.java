package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 14, H1, as a property over every word of the standard vocabulary that can be a code:
 * a request written with a word of circle help ranks, orders and is placed by a batch exactly as
 * one written with its kind of help's code, and a member who offers the word is matched exactly as
 * one who offers the code; a word of professional care is still referred. Circles are drawn from
 * the seed {@link Props#SEED}: 6 to 14 members, each offering one to three standard kinds of help,
 * and a copy of the circle in which every offer is written as one of its words.
 */
class SynonymMatchingPropertyTest {

  private static final CapabilityVocabulary VOCABULARY = CapabilityVocabulary.standard();

  /** Every term as a code, with its entry's kind of help. */
  private static List<Object[]> words(boolean circleHelp) {
    List<Object[]> words = new ArrayList<>();
    Fixtures.wordsAsCodes(VOCABULARY, circleHelp).forEach((word, kind) -> words.add(new Object[] {word, kind}));
    return words;
  }

  private static final List<Object[]> CIRCLE_HELP = words(true);

  /** A circle; with {@code written}, each offer written as a word of its kind of help, drawn from the seed. */
  private static Circle circle(long seed, boolean written) {
    Random random = new Random(seed);
    int size = 6 + random.nextInt(9);
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < size; i++) {
      Member.Builder m = Fixtures.member("m-" + i).home(GeoPoint.of(52.379 + i * 0.0004, 5.223))
          .capacityPerWeek(Duration.ofHours(1 + random.nextInt(4)));
      List<Capability> kinds = new ArrayList<>(Capability.standard());
      int offers = 1 + random.nextInt(3);
      for (int k = 0; k < offers; k++) {
        Capability kind = kinds.remove(random.nextInt(kinds.size()));
        List<Object[]> synonyms = CIRCLE_HELP.stream().filter(w -> w[1].equals(kind)).toList();
        Capability word = (Capability) synonyms.get(random.nextInt(synonyms.size()))[0];
        m.addCapabilities(CapabilityOffer.of(written ? word : kind));
      }
      builder.addMembers(m.build());
    }
    return builder.build();
  }

  private static HelpRequest request(Capability capability, String requester) {
    return Fixtures.request("r-1", requester).capability(capability).build();
  }

  @Test
  void everyWordOfCircleHelpRanksAndIsPlacedAsItsKind() {
    assertTrue(CIRCLE_HELP.size() > 300, "the vocabulary's words: " + CIRCLE_HELP.size());
    MatchingStrategy standard = MatchingStrategies.standard();
    Props.property("every word of circle help ranks and is placed as its kind", 8)
        .forAll(longs().all(), integers().between(0, 5))
        .checkAssert((seed, requester) -> {
          CircleSnapshot canonical = CircleSnapshot.at(circle(seed, false), HelpLedger.empty(), Fixtures.NOW);
          CircleSnapshot written = CircleSnapshot.at(circle(seed, true), HelpLedger.empty(), Fixtures.NOW);
          String who = "m-" + requester;
          for (Object[] word : CIRCLE_HELP) {
            HelpRequest asWord = request((Capability) word[0], who);
            HelpRequest asKind = request((Capability) word[1], who);
            String why = word[0] + " as " + word[1] + ", circle seed " + seed;
            Ranking expected = standard.rank(asKind, canonical);
            assertEquals(expected, standard.rank(asWord, canonical), why);
            assertEquals(expected, standard.rank(asWord, written), "offers as words: " + why);
            assertEquals(expected, standard.rank(asKind, written), "offers as words: " + why);
            assertEquals(standard.order(asKind, canonical), standard.order(asWord, written), why);
            assertEquals(standard.order(asKind, canonical), standard.order(asWord, canonical), why);
          }
        });
  }

  @Test
  void everyWordOfCircleHelpIsPlacedByABatchAsItsKind() {
    BatchAssignment batch = BatchAssignment.standard();
    Props.property("every word of circle help is placed by a batch as its kind", 3)
        .forAll(longs().all())
        .checkAssert(seed -> {
          CircleSnapshot canonical = CircleSnapshot.at(circle(seed, false), HelpLedger.empty(), Fixtures.NOW);
          CircleSnapshot written = CircleSnapshot.at(circle(seed, true), HelpLedger.empty(), Fixtures.NOW);
          for (Object[] word : CIRCLE_HELP) {
            String why = word[0] + " as " + word[1] + ", circle seed " + seed;
            // two requests, so that the plan weighs one against the other
            List<HelpRequest> asWords = List.of(request((Capability) word[0], "m-0"),
                Fixtures.request("r-2", "m-1").capability((Capability) word[0]).build());
            List<HelpRequest> asKinds = List.of(request((Capability) word[1], "m-0"),
                Fixtures.request("r-2", "m-1").capability((Capability) word[1]).build());
            AssignmentPlan expected = batch.plan(asKinds, canonical);
            AssignmentPlan plan = batch.plan(asWords, written);
            assertEquals(expected.assignments(), plan.assignments(), why);
            assertEquals(expected.unplaced(), plan.unplaced(), why);
            assertEquals(batch.add(batch.plan(asKinds.subList(0, 1), canonical), asKinds.get(1)).assignments(),
                batch.add(batch.plan(asWords.subList(0, 1), written), asWords.get(1)).assignments(), "added: " + why);
          }
        });
  }

  @Test
  void everyWordOfProfessionalCareIsStillReferred() {
    CircleSnapshot written = CircleSnapshot.at(circle(Props.SEED, true), HelpLedger.empty(), Fixtures.NOW);
    for (Object[] word : words(false)) {
      HelpRequest request = request((Capability) word[0], "m-0");
      assertFalse(ScopePolicies.standard().assess(request).isInScope(), word[0].toString());
      assertTrue(MatchingStrategies.standard().rank(request, written).isReferred(), word[0].toString());
      assertEquals(List.of(), MatchingStrategies.standard().order(request, written), word[0].toString());
    }
  }
}
