package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * What compact growth prefers, on pools where everyone lives at the same spot, so that only the
 * preferences decide: vital members while the circle is short of them, willing connectors, offers
 * of a required capability, people who want each other; and what it does with who is left.
 */
class FormationScoringTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final GeoPoint SPOT = GeoPoint.of(52.37, 5.21);
  /** Sizes 8 to 15, aiming at 12; nothing required unless a test asks. */
  private static final FormationPolicy PLAIN = new FormationPolicy(8, 12, 15, 0, 1500, Map.of(), 0.0);

  private static Candidate candidate(String id, UnaryOperator<Member.Builder> change, boolean willing) {
    return Candidate.of(change.apply(Fixtures.member(id).home(SPOT).vitality(Vitality.VITAL)).build(), willing);
  }

  private static List<Set<String>> circles(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().stream().map(m -> m.id().value())
        .collect(Collectors.toCollection(TreeSet::new))).collect(Collectors.toList());
  }

  @Test
  void vitalMembersAreSpreadSoThatEveryCircleHasItsShare() {
    // ids of dependent members sort first: without the preference the first circle takes them all
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(candidate(String.format("d-%02d", i), b -> b.vitality(Vitality.DEPENDENT), false));
    }
    for (int i = 0; i < 14; i++) {
      pool.add(candidate(String.format("v-%02d", i), b -> b, false));
    }
    FormationPolicy policy = new FormationPolicy(8, 12, 15, 0, 1500, Map.of(), 0.5);
    FormationResult result = FormationAlgorithms.compactGrowth(policy, 3).form(pool, ON);
    assertEquals(2, result.circles().size());
    for (FormedCircle circle : result.circles()) {
      long vital = circle.circle().members().stream().filter(m -> m.vitality() == Vitality.VITAL).count();
      assertTrue(vital * 2 >= circle.circle().members().size(), circles(result).toString());
    }
    assertEquals(1.0, result.quality().vitalityShare());
    assertEquals(1.0, result.quality().meetingPolicyShare());
  }

  @Test
  void willingConnectorsAreSpreadTwoACircle() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pool.add(candidate(String.format("a-%02d", i), b -> b, false));
    }
    for (int i = 0; i < 4; i++) {
      pool.add(candidate("z-" + i, b -> b, true));
    }
    FormationPolicy policy = new FormationPolicy(8, 12, 15, 2, 1500, Map.of(), 0.0);
    FormationResult result = FormationAlgorithms.compactGrowth(policy, 5).form(pool, ON);
    assertEquals(2, result.circles().size());
    for (FormedCircle circle : result.circles()) {
      assertEquals(2, circle.circle().members().stream().filter(m -> m.role() == Role.CONNECTOR).count(),
          circles(result).toString());
      assertEquals(List.of(), circle.breaches());
    }
  }

  @Test
  void offersOfARequiredCapabilityAreSpreadTooAndCoverageIsCounted() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pool.add(candidate(String.format("a-%02d", i), b -> b, false));
    }
    for (int i = 0; i < 4; i++) {
      pool.add(candidate("z-" + i, b -> b.addCapabilities(CapabilityOffer.of(Capability.MEALS)), false));
    }
    FormationPolicy policy = new FormationPolicy(8, 12, 15, 0, 1500, Map.of(Capability.MEALS, 2), 0.0);
    FormationResult result = FormationAlgorithms.compactGrowth(policy, 7).form(pool, ON);
    for (FormedCircle circle : result.circles()) {
      assertEquals(2, circle.circle().members().stream().filter(m -> m.offers(Capability.MEALS)).count(),
          circles(result).toString());
    }
    assertEquals(1.0, result.quality().coverageShare());
    // the same pool with three meals offers: one circle misses the policy, and says so
    FormationResult short3 = FormationAlgorithms.compactGrowth(policy, 7).form(pool.subList(0, 23), ON);
    assertEquals(0.5, short3.quality().coverageShare());
    assertEquals(0.5, short3.quality().meetingPolicyShare());
    PolicyBreach breach = short3.circles().stream().flatMap(c -> c.breaches().stream()).findFirst().orElseThrow();
    assertEquals("coverage", breach.rule());
    assertEquals("meals is offered by 1 member, the policy asks for 2", breach.message(java.util.Locale.ENGLISH));
  }

  @Test
  void peopleWhoWantEachOtherEndUpTogether() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      pool.add(candidate(String.format("a-%02d", i), b -> b, false));
    }
    pool.add(new Candidate(Fixtures.member("z-1").home(SPOT).build(), false, List.of(MemberId.of("z-2"))));
    pool.add(Candidate.of(Fixtures.member("z-2").home(SPOT).build(), false));
    FormationResult result = FormationAlgorithms.compactGrowth(PLAIN, 11).form(pool, ON);
    assertTrue(circles(result).stream().anyMatch(c -> c.containsAll(List.of("z-1", "z-2"))), circles(result).toString());
    assertEquals(1.0, result.quality().preferencesHonoured());
    // the baseline cuts by position, and parts them
    FormationResult baseline = FormationAlgorithms.nearestNeighbourBaseline(PLAIN).form(pool, ON);
    assertEquals(circles(baseline).stream().anyMatch(c -> c.containsAll(List.of("z-1", "z-2"))) ? 1.0 : 0.0,
        baseline.quality().preferencesHonoured());
  }

  @Test
  void whoCannotFormACircleJoinsOneWithRoomAndTheRestIsToldWhy() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      pool.add(candidate(String.format("a-%02d", i), b -> b, false));
    }
    FormationResult result = FormationAlgorithms.compactGrowth(PLAIN, 1).form(pool, ON);
    assertEquals(List.of(15), result.circles().stream().map(c -> c.circle().members().size()).collect(Collectors.toList()));
    assertEquals(1, result.notPlaced().size());
    assertEquals("no-room-nearby", result.notPlaced().get(0).reason());
    assertEquals(15.0 / 16, result.quality().placedShare(), 1e-12);
    // eight can form a circle of their own; seven cannot
    assertEquals(1, FormationAlgorithms.compactGrowth(PLAIN, 1).form(pool.subList(0, 8), ON).circles().size());
    assertEquals(List.of("pool-too-small"), FormationAlgorithms.compactGrowth(PLAIN, 1).form(pool.subList(0, 7), ON)
        .notPlaced().stream().map(NotPlaced::reason).distinct().collect(Collectors.toList()));
  }

  @Test
  void theBaselineJoinsAShortLastGroupOnlyWithinTheMaximum() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      pool.add(candidate(String.format("a-%02d", i), b -> b, false));
    }
    FormationAlgorithm baseline = FormationAlgorithms.nearestNeighbourBaseline(PLAIN);
    assertEquals(List.of(15), baseline.form(pool.subList(0, 15), ON).circles().stream()
        .map(c -> c.circle().members().size()).collect(Collectors.toList()));
    assertEquals(List.of(12, 4), baseline.form(pool, ON).circles().stream()
        .map(c -> c.circle().members().size()).collect(Collectors.toList()));
    assertEquals(List.of(7), baseline.form(pool.subList(0, 7), ON).circles().stream()
        .map(c -> c.circle().members().size()).collect(Collectors.toList()));
  }

  /** Two groups of six on either side of a grid cell's edge, all within 600 m: one circle. */
  @Test
  void neighboursAcrossACellEdgeFindEachOther() {
    double cos = Math.cos(Math.toRadians(52.37));
    double edge = 2 * 1500 / (cos * 111_195.0); // the longitude of a cell edge east of 0
    double edgeLat = 35 * 1500 / 111_195.0; // the latitude of a cell edge
    for (boolean eastWest : new boolean[] {true, false}) {
      List<Candidate> pool = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        double side = i < 6 ? -0.5 : 0.5;
        double offset = (i % 6) * 0.00002;
        GeoPoint home = eastWest
            ? GeoPoint.of(52.37 + offset, edge + side * 300 / (cos * 111_195.0))
            : GeoPoint.of(edgeLat + side * 300 / 111_195.0, 5.21 + offset);
        pool.add(Candidate.of(Fixtures.member(String.format("a-%02d", i)).home(home).build(), false));
      }
      FormationResult result = FormationAlgorithms.compactGrowth(PLAIN, 1).form(pool, ON);
      assertEquals(List.of(12), result.circles().stream().map(c -> c.circle().members().size())
          .collect(Collectors.toList()), eastWest ? "across a north-south edge" : "across an east-west edge");
    }
  }
}
