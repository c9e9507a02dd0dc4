package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;

/** The guarantees every algorithm in {@link FormationAlgorithms} except the baseline gives. */
final class FormationChecks {

  static final Set<String> REASONS = Set.of("pool-too-small", "no-one-within-distance", "below-minimum-size",
      "avoids-nearby", "no-room-nearby", "too-spread-out");

  private FormationChecks() {}

  /**
   * Every candidate placed once or reported; sizes, distance and avoidance kept; the breaches
   * exactly the rules each circle misses; the texts filled in.
   *
   * @return the circle of each placed candidate's id
   */
  static Map<MemberId, String> assertValid(List<Candidate> pool, FormationResult result, FormationPolicy policy) {
    Map<MemberId, Candidate> byId = pool.stream().collect(Collectors.toMap(Candidate::id, c -> c));
    Map<MemberId, String> circleOf = new HashMap<>();
    Set<MemberId> seen = new HashSet<>();
    for (FormedCircle circle : result.circles()) {
      List<Candidate> group = circle.circle().members().stream().map(m -> byId.get(m.id()))
          .collect(Collectors.toList());
      for (Member m : circle.circle().members()) {
        assertTrue(seen.add(m.id()), "in two circles: " + m.id());
        circleOf.put(m.id(), circle.circle().id().value());
      }
      int n = group.size();
      assertTrue(n >= policy.minSize() && n <= policy.maxSize(), "size " + n);
      assertTrue(Evaluation.farthest(group) <= policy.maxDistanceMetres(), "too far apart");
      for (Candidate a : group) {
        for (Candidate b : group) {
          assertFalse(a.member().avoids().contains(b.id()), "avoided pair together");
        }
      }
      Set<String> expected = new HashSet<>();
      policy.requiredCapabilities().forEach((capability, min) -> {
        if (group.stream().filter(c -> c.member().offers(capability)).count() < min) {
          expected.add("coverage");
        }
      });
      if (group.stream().filter(Candidate::willingToConnect).count() < policy.connectors()) {
        expected.add("connectors");
      }
      long vital = group.stream().filter(c -> c.member().vitality() == Vitality.VITAL).count();
      if ((double) vital / n < policy.minVitalShare()) {
        expected.add("vitality");
      }
      assertEquals(expected, circle.breaches().stream().map(PolicyBreach::rule).collect(Collectors.toSet()));
      assertEquals(circle.breaches().isEmpty(), circle.meetsPolicy());
      circle.breaches().forEach(b -> assertFalse(b.message(Locale.forLanguageTag("nl")).contains("{")));
    }
    for (NotPlaced p : result.notPlaced()) {
      assertTrue(seen.add(p.candidate()), "placed and not placed: " + p.candidate());
      assertTrue(REASONS.contains(p.reason()), p.reason());
      assertFalse(p.message(Locale.ENGLISH).contains("{"), p.message(Locale.ENGLISH));
      assertFalse(p.message(Locale.forLanguageTag("nl")).contains("{"));
    }
    assertEquals(pool.size(), seen.size(), "a candidate was lost");
    return circleOf;
  }
}
