package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

/**
 * Forming circles and advising them read required capabilities and offers by kind of help, as the
 * standard vocabulary reads them: a requirement of {@code autorit} is met by members offering
 * {@code ride}, and offers written {@code boodschappen} count for groceries and errands.
 */
class FormationByKindTest {

  private static final LocalDate ON = Fixtures.TODAY;
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  private static Member member(String id, int i, Capability... offers) {
    Member.Builder m = Fixtures.member(id).home(GeoPoint.of(52.37 + 20 * i / 111_195.0, 5.22))
        .vitality(Vitality.VITAL).birthYear(1955);
    for (Capability offer : offers) {
      m.addCapabilities(CapabilityOffer.of(offer));
    }
    return m.build();
  }

  /** Eight members offering visits; m-0 and m-1 offer what is given too; two connectors. */
  private static Circle circle(Capability first, Capability second) {
    Circle.Builder b = Circle.builder().id(CircleId.of("c-1")).name("c").neighbourhood("w").founded(ON);
    for (int i = 0; i < 8; i++) {
      Member m = member("m-" + i, i, i == 0 ? new Capability[] {Capability.VISITS_AND_COMPANY, first}
          : i == 1 ? new Capability[] {Capability.VISITS_AND_COMPANY, second}
          : new Capability[] {Capability.VISITS_AND_COMPANY});
      b.addMembers(i < 2 ? m.toBuilder().role(nl.voorzorgcirkel.core.model.Role.CONNECTOR).build() : m);
    }
    return b.build();
  }

  private static List<String> needs(Circle circle, FormationPolicy policy) {
    return CircleAdvice.needs(circle, ON, policy).stream()
        .map(n -> n.kind() + n.capabilityNeeded().map(c -> ":" + c.code()).orElse("")).collect(Collectors.toList());
  }

  @Test
  void offersWrittenAsWordsOfARequiredKindMeetTheRequirement() {
    // before: "capability:groceries-and-errands" was needed, for two members offering groceries
    assertEquals(List.of(), needs(circle(Capability.of("boodschappen"), Capability.of("groceries")), POLICY));
  }

  @Test
  void aRequirementWrittenAsAWordIsMetByOffersOfItsKind() {
    FormationPolicy rides = new FormationPolicy(8, 12, 15, 2, 1500, Map.of(Capability.of("autorit"), 2), 0.5);
    assertEquals(List.of(), needs(circle(Capability.of("ride"), Capability.RIDE_BY_CAR), rides));
    assertEquals(List.of("capability:autorit"), needs(circle(Capability.of("ride"), Capability.MEALS), rides));
  }

  @Test
  void aCandidateOfferingAWordMeetsTheNeedOfItsKind() {
    Circle circle = circle(Capability.MEALS, Capability.MEALS);
    List<Candidate> pool = List.of(Candidate.of(member("p-1", 9, Capability.of("boodschappen")), false));
    List<CandidateFit> fits = CircleAdvice.bestCandidates(circle, ON, pool, POLICY, 5);
    assertEquals(List.of("capability:groceries-and-errands"), fits.get(0).meets());
  }

  /** Every standard kind of help required once, so that every offer counts. */
  private static final FormationPolicy EVERY_KIND = new FormationPolicy(8, 12, 15, 2, 1500,
      Capability.standard().stream().collect(Collectors.toMap(c -> c, c -> 1)), 0.5);

  /** The pool with every offer of {@code kind} written as {@code word}. */
  private static List<Candidate> written(List<Candidate> pool, Capability word, Capability kind) {
    List<Candidate> out = new ArrayList<>(pool.size());
    for (Candidate c : pool) {
      List<CapabilityOffer> offers = new ArrayList<>();
      for (CapabilityOffer offer : c.member().capabilities()) {
        offers.add(offer.capability().equals(kind) ? CapabilityOffer.of(word) : offer);
      }
      out.add(new Candidate(c.member().toBuilder().capabilities(offers).build(), c.willingToConnect(),
          c.wantsWith(), c.neighbourhood()));
    }
    return out;
  }

  /** Per formed circle its members, breaches and health findings; and who was not placed. */
  private static Map<String, Object> outcome(FormationResult result) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    for (FormedCircle formed : result.circles()) {
      outcome.put(formed.circle().id().value(), List.of(
          formed.circle().members().stream().map(Member::id).collect(Collectors.toList()),
          formed.breaches(), formed.health().findings()));
    }
    outcome.put("notPlaced", result.notPlaced());
    return outcome;
  }

  @Test
  void everyWordOfCircleHelpFormsCirclesAsItsKind() {
    Map<Capability, Capability> words = Fixtures.wordsAsCodes(CapabilityVocabulary.standard(), true);
    Props.property("every word of circle help forms circles as its kind", 2)
        .forAll(longs().all())
        .checkAssert(seed -> {
          List<Candidate> pool = RandomPools.pool(seed, 40, 2);
          List<FormationAlgorithm> algorithms = List.of(FormationAlgorithms.compactGrowth(EVERY_KIND, seed),
              FormationAlgorithms.recursiveBisection(EVERY_KIND, seed),
              FormationAlgorithms.nearestNeighbourBaseline(EVERY_KIND));
          for (int a = 0; a < algorithms.size(); a++) {
            FormationAlgorithm algorithm = algorithms.get(a);
            String name = List.of("compact growth", "recursive bisection", "nearest neighbour").get(a);
            Map<String, Object> expected = outcome(algorithm.form(pool, ON));
            words.forEach((word, kind) -> assertEquals(expected, outcome(algorithm.form(written(pool, word, kind), ON)),
                word + " as " + kind + ", " + name + ", pool seed " + seed));
          }
        });
  }
}
