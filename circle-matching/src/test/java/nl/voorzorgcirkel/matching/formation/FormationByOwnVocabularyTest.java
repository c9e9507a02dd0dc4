package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Forming and advice given a policy with a circle's own vocabulary read the required kinds of help
 * and the offers as it does: {@code regiotaxi}, a synonym of rides there, meets a requirement of
 * rides.
 */
class FormationByOwnVocabularyTest {

  private static final LocalDate ON = Fixtures.TODAY;
  /** Two members must offer rides; 4 to 8 members, one connector. */
  private static final FormationPolicy RIDES =
      new FormationPolicy(4, 6, 8, 1, 1500, Map.of(Capability.RIDE_BY_CAR, 2), 0.0);

  /** Six members offering visits, 20 m apart; m-0 offers autorit too, m-1 regiotaxi. */
  private static List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Member.Builder m = Fixtures.member("m-" + i).home(GeoPoint.of(52.37 + 20 * i / 111_195.0, 5.22))
          .vitality(Vitality.VITAL).addCapabilities(CapabilityOffer.of(Capability.VISITS_AND_COMPANY));
      if (i < 2) {
        m.addCapabilities(CapabilityOffer.of(i == 0 ? Capability.of("autorit") : Fixtures.REGIOTAXI));
      }
      members.add(m.role(i == 0 ? Role.CONNECTOR : Role.MEMBER).build());
    }
    return members;
  }

  private static List<String> needs(FormationPolicy policy) {
    Circle circle = Circle.builder().id(CircleId.of("c-1")).name("c").neighbourhood("w").founded(ON)
        .members(members()).build();
    return CircleAdvice.needs(circle, ON, policy).stream()
        .map(n -> n.kind() + n.capabilityNeeded().map(c -> ":" + c.code()).orElse("")).collect(Collectors.toList());
  }

  @Test
  void aPolicyReadsTheStandardVocabularyUnlessGivenTheCirclesOwn() {
    assertSame(CapabilityVocabulary.standard(), RIDES.vocabulary());
    FormationPolicy own = RIDES.withVocabulary(Fixtures.ownVocabulary());
    assertSame(Fixtures.ownVocabulary(), own.vocabulary());
    assertEquals(RIDES.requiredCapabilities(), own.requiredCapabilities());
  }

  @Test
  void adviceCountsAnOfferInTheCirclesOwnCodeForTheKindItNames() {
    assertEquals(List.of("capability:ride-by-car"), needs(RIDES));
    // before: the same need, the offers being read by the standard vocabulary
    assertEquals(List.of(), needs(RIDES.withVocabulary(Fixtures.ownVocabulary())));
  }

  @Test
  void everyAlgorithmFormsACircleThatMeetsTheRequirementByTheCirclesOwnCode() {
    List<Candidate> pool = members().stream().map(m -> Candidate.of(m, m.role() == Role.CONNECTOR))
        .collect(Collectors.toList());
    FormationPolicy own = RIDES.withVocabulary(Fixtures.ownVocabulary());
    Map<String, FormationAlgorithm> algorithms = Map.of("compact growth", FormationAlgorithms.compactGrowth(own, 7),
        "recursive bisection", FormationAlgorithms.recursiveBisection(own, 7),
        "nearest neighbour", FormationAlgorithms.nearestNeighbourBaseline(own));
    for (String name : new java.util.TreeSet<>(algorithms.keySet())) {
      FormationResult result = algorithms.get(name).form(pool, ON);
      assertEquals(1, result.circles().size(), name);
      FormedCircle formed = result.circles().get(0);
      // before: a coverage breach (one member offering rides) and two single points of failure
      assertEquals(List.of(), formed.breaches(), name);
      assertEquals(List.of(), formed.health().findings(HealthCode.SINGLE_POINT_OF_FAILURE).stream()
          .filter(f -> !f.capability().orElseThrow().equals(Capability.VISITS_AND_COMPANY)).toList(),
          name);
    }
  }
}
