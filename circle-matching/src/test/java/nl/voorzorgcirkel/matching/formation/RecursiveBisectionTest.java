package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import org.junit.jupiter.api.Test;
import nl.voorzorgcirkel.testing.matching.RandomPools;

class RecursiveBisectionTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();
  private static final Locale NL = Locale.forLanguageTag("nl");

  private static FormationResult form(List<Candidate> pool) {
    return FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON);
  }

  private static List<Integer> sizes(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().size()).sorted()
        .collect(Collectors.toList());
  }

  /** n candidates on a grid of 40 m steps starting at the offset, named, ids prefix-0 ... */
  private static List<Candidate> block(String prefix, int n, double north, double east, String neighbourhood) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Candidate c = RandomPools.at(prefix + "-" + i, north + 40 * (i / 6), east + 40 * (i % 6));
      out.add(neighbourhood == null ? c : c.withNeighbourhood(neighbourhood));
    }
    return out;
  }

  @Test
  void thirtyThreeNeighboursMakeThreeCirclesOfElevenNotTwelveTwelveAndNine() {
    FormationResult result = form(block("a", 33, 0, 0, null));
    assertEquals(List.of(11, 11, 11), sizes(result));
    assertEquals(List.of(), result.notPlaced());
    FormationResult old = FormationAlgorithms.compactGrowth(POLICY, 1).form(block("a", 33, 0, 0, null), ON);
    assertEquals(List.of(9, 12, 12), sizes(old), "the first algorithm, for comparison");
  }

  @Test
  void twoNeighbourhoodsAreNotMixedAndTheCirclesAreNamedAfterThem() {
    List<Candidate> pool = new ArrayList<>(block("m", 20, 0, 0, "Muziekwijk Noord"));
    // the other neighbourhood starts 1.2 km east: close enough to share a circle, but it is not theirs
    pool.addAll(block("r", 13, 0, 1_200, "Regenboogbuurt"));
    FormationResult result = form(pool);
    assertEquals(List.of(10, 10, 13), sizes(result));
    for (FormedCircle circle : result.circles()) {
      Set<String> prefixes = circle.circle().members().stream().map(m -> m.id().value().substring(0, 1))
          .collect(Collectors.toSet());
      assertEquals(1, prefixes.size(), "mixed: " + circle.circle().id());
    }
    assertEquals(List.of("muziekwijk-noord-1", "muziekwijk-noord-2", "regenboogbuurt-1"),
        result.circles().stream().map(c -> c.circle().id().value()).sorted().collect(Collectors.toList()));
    FormedCircle rainbow = result.circles().stream()
        .filter(c -> c.circle().id().value().equals("regenboogbuurt-1")).findFirst().orElseThrow();
    assertEquals("Regenboogbuurt 1", rainbow.circle().name());
    assertEquals("Regenboogbuurt", rainbow.circle().neighbourhood());
    assertEquals(0.0, result.quality().mixedNeighbourhoodShare());
  }

  @Test
  void withoutNamesCirclesAreNumberedInAnUnknownNeighbourhood() {
    FormationResult result = form(block("a", 10, 0, 0, null));
    assertEquals("circle-1", result.circles().get(0).circle().id().value());
    assertEquals("Circle 1", result.circles().get(0).circle().name());
    assertEquals("unknown", result.circles().get(0).circle().neighbourhood());
  }

  @Test
  void threeNeighboursAreRefusedBecauseThreeIsBelowTheMinimumNotBecauseOfDistance() {
    List<Candidate> pool = new ArrayList<>(block("a", 24, 0, 0, null));
    // three within 65 m of each other, 5 km from everyone else
    pool.add(RandomPools.at("x-1", 5_000, 0));
    pool.add(RandomPools.at("x-2", 5_040, 0));
    pool.add(RandomPools.at("x-3", 5_040, 50));
    for (FormationAlgorithm algorithm : List.of(FormationAlgorithms.recursiveBisection(POLICY, 1),
        FormationAlgorithms.compactGrowth(POLICY, 1))) {
      FormationResult result = algorithm.form(pool, ON);
      assertEquals(3, result.notPlaced().size());
      NotPlaced x = result.notPlaced().get(0);
      assertEquals("below-minimum-size", x.reason());
      assertEquals(Map.of("candidates", 3, "min", 8), x.figures());
      assertEquals("only 3 candidates, this one included, live within reach of one another; "
          + "a circle needs at least 8", x.message(Locale.ENGLISH));
      assertEquals("maar 3 kandidaten, deze meegeteld, wonen binnen bereik van elkaar; "
          + "een cirkel heeft er minstens 8 nodig", x.message(NL));
    }
  }

  @Test
  void aLoneCandidateIsRefusedForLivingAlone() {
    List<Candidate> pool = new ArrayList<>(block("a", 12, 0, 0, null));
    pool.add(RandomPools.at("x", 9_000, 0));
    NotPlaced x = form(pool).notPlaced().get(0);
    assertEquals("no-one-within-distance", x.reason());
    assertEquals("niemand anders in de groep woont binnen 1500 m", x.message(NL));
  }

  @Test
  void fullCirclesAreTheReasonWhenTheyAre() {
    // fifteen in one neighbourhood make one full circle; the one candidate from the next
    // neighbourhood, 300 m away, has no circle of their own and no room in this one
    List<Candidate> pool = new ArrayList<>(block("a", 15, 0, 0, "Muziekwijk"));
    pool.add(RandomPools.at("b", 300, 0).withNeighbourhood("Regenboogbuurt"));
    FormationResult result = form(pool);
    assertEquals(List.of(15), sizes(result));
    NotPlaced b = result.notPlaced().get(0);
    assertEquals("no-room-nearby", b.reason());
    assertEquals("the circles within reach are full: none has room for 1 more within the maximum of 15",
        b.message(Locale.ENGLISH));
  }

  @Test
  void connectorsAreSpreadSoEveryCircleGetsTwoWhereThePoolAllows() {
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 33, 0, 0, null)) {
      // the six willing connectors all live in the first row and a half
      int i = Integer.parseInt(c.id().value().substring(2));
      pool.add(new Candidate(c.member(), i < 6, List.of()));
    }
    FormationResult result = form(pool);
    assertEquals(List.of(11, 11, 11), sizes(result));
    for (FormedCircle circle : result.circles()) {
      assertEquals(2, circle.circle().connectorsOn(ON).size(), circle.circle().id().toString());
      assertTrue(circle.breaches().stream().noneMatch(b -> b.rule().equals("connectors")));
    }
    assertEquals(1.0, result.quality().connectorShare());
  }

  @Test
  void aBuildingIsKeptTogetherAndALargeOneSplitEvenly() {
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 40, 0, 0, null)) {
      int i = Integer.parseInt(c.id().value().substring(2));
      // residents 0-9 (every other one) live in De Zonnehof, 20-39 in the large De Boog
      Optional<BuildingId> building = i < 20 && i % 2 == 0 ? Optional.of(BuildingId.of("zonnehof"))
          : i >= 20 ? Optional.of(BuildingId.of("boog")) : Optional.empty();
      pool.add(Candidate.of(c.member().toBuilder().building(building).build(), false));
    }
    FormationResult result = form(pool);
    assertEquals(List.of(), result.notPlaced());
    Map<String, Set<String>> circlesOf = new java.util.TreeMap<>();
    for (FormedCircle circle : result.circles()) {
      for (Member m : circle.circle().members()) {
        m.building().ifPresent(b -> circlesOf.computeIfAbsent(b.value(), k -> new HashSet<>())
            .add(circle.circle().id().value()));
      }
    }
    assertEquals(1, circlesOf.get("zonnehof").size(), "zonnehof split");
    assertEquals(2, circlesOf.get("boog").size(), "twenty residents make two circles");
    for (String id : circlesOf.get("boog")) {
      FormedCircle circle = result.circles().stream().filter(c -> c.circle().id().value().equals(id))
          .findFirst().orElseThrow();
      assertEquals(10, circle.circle().members().stream().filter(m -> m.building().isPresent()).count());
    }
    assertEquals(1.0, result.quality().buildingsKeptTogether());
  }

  @Test
  void aBuildingAcrossTheOnlyBalancedCutGoesToOneSideInsteadOfLeavingSevenWithoutACircle() {
    // 22 neighbours in two columns of eleven rows; De Zonnehof's eight residents live in the
    // middle rows, seven neighbours north and seven south of it. Along the column the only cuts
    // are 7 and 15 (7 is below the minimum): this made one circle of 15 and left 7 "no room
    // nearby", where the building with three neighbours makes 11 and 11
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      Candidate c = RandomPools.at("a-" + i, 40 * (i / 2), 40 * (i % 2));
      Optional<BuildingId> building = i >= 7 && i < 15 ? Optional.of(BuildingId.of("zonnehof")) : Optional.empty();
      pool.add(Candidate.of(c.member().toBuilder().building(building).build(), false));
    }
    FormationResult result = form(pool);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().buildingsKeptTogether());
  }

  @Test
  void peopleWhoAvoidEachOtherAreNeverTogether() {
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 12, 0, 0, null)) {
      Member m = c.member();
      if (m.id().value().equals("a-0")) {
        m = m.toBuilder().avoids(List.of(MemberId.of("a-1"))).build();
      }
      pool.add(Candidate.of(m, false));
    }
    FormationResult result = form(pool);
    assertEquals(1, result.circles().size());
    assertEquals(List.of(MemberId.of("a-0")), result.notPlaced().stream().map(NotPlaced::candidate)
        .collect(Collectors.toList()));
    assertEquals("avoids-nearby", result.notPlaced().get(0).reason());
    assertTrue(result.circles().get(0).circle().member(MemberId.of("a-1")).isPresent());
  }

  @Test
  void wishesToBeTogetherAreMetBySwapsWhenNothingElseIsLost() {
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 22, 0, 0, null)) {
      // a-0 (first row) wants to be with a-21 (last row), who lands in the other circle at first
      pool.add(c.id().value().equals("a-0") ? new Candidate(c.member(), false, List.of(MemberId.of("a-21"))) : c);
    }
    FormationResult result = form(pool);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().preferencesHonoured());
  }

  @Test
  void vitalMembersGatherWhereACircleCanMeetTheRuleRatherThanSpreadOverTwoThatBothFallShort() {
    // 22 neighbours make two circles of 11, each needing 6 vital members; only 8 of the 22 are
    // vital, 4 in each half: spread evenly neither circle meets the rule, gathered one does
    FormationPolicy vitality = new FormationPolicy(8, 12, 15, 0, 1_500, Map.of(), 0.5);
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 22, 0, 0, null)) {
      int i = Integer.parseInt(c.id().value().substring(2));
      boolean vital = i == 0 || i == 2 || i == 4 || i == 7 || i == 14 || i == 16 || i == 19 || i == 21;
      pool.add(Candidate.of(c.member().toBuilder()
          .vitality(vital ? Vitality.VITAL : Vitality.SOME_LIMITATIONS).build(), false));
    }
    FormationResult result = FormationAlgorithms.recursiveBisection(vitality, 1).form(pool, ON);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(0.5, result.quality().vitalityShare(), result.quality().toString());
    assertEquals(0.5, result.quality().meetingPolicyShare());
  }

  @Test
  void aBuildingOfWillingConnectorsMovesToTheCircleThatHasNone() {
    // the four willing connectors live in two buildings of two in the corner of the first two
    // rows and columns, so the bisection puts them in one circle: only by moving a whole
    // building (against two neighbours) can each circle get its two
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 22, 0, 0, null)) {
      int i = Integer.parseInt(c.id().value().substring(2));
      Optional<BuildingId> building = i == 0 || i == 6 ? Optional.of(BuildingId.of("noord"))
          : i == 1 || i == 7 ? Optional.of(BuildingId.of("zuid")) : Optional.empty();
      pool.add(new Candidate(c.member().toBuilder().building(building).build(), building.isPresent(), List.of()));
    }
    FormationResult result = form(pool);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().connectorShare(), result.quality().toString());
    assertEquals(1.0, result.quality().buildingsKeptTogether());
  }

  @Test
  void aBuildingOfVitalResidentsIsSplitWhereKeepingItWholeLeavesTheOtherCircleShort() {
    // 22 neighbours in two columns of eleven rows make two circles of 11, each needing 6 vital
    // members; the 12 vital ones are the eight residents of De Zonnehof (the first four rows) and
    // the last four: whole, the building leaves the other circle with four, and it cannot move
    // whole (8 against 3 would break the sizes), so two of its residents change places
    FormationPolicy vitality = new FormationPolicy(8, 12, 15, 0, 1_500, Map.of(), 0.5);
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      Candidate c = RandomPools.at("a-" + i, 40 * (i / 2), 40 * (i % 2));
      Optional<BuildingId> building = i < 8 ? Optional.of(BuildingId.of("zonnehof")) : Optional.empty();
      boolean vital = i < 8 || i >= 18;
      pool.add(Candidate.of(c.member().toBuilder().building(building)
          .vitality(vital ? Vitality.VITAL : Vitality.SOME_LIMITATIONS).build(), false));
    }
    FormationResult result = FormationAlgorithms.recursiveBisection(vitality, 1).form(pool, ON);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().vitalityShare(), result.quality().toString());
    assertEquals(0.0, result.quality().buildingsKeptTogether(), "split");
    List<Long> residents = new ArrayList<>();
    for (FormedCircle circle : result.circles()) {
      residents.add(circle.circle().members().stream().filter(m -> m.building().isPresent()).count());
    }
    residents.sort(null);
    assertEquals(List.of(2L, 6L), residents, "two residents leave, no more than the rule needs");
  }

  @Test
  void aSplitBuildingIsNotSplitFurtherThanThePolicyNeeds() {
    // the same building where every neighbour is vital too: nothing is gained by opening it up
    FormationPolicy vitality = new FormationPolicy(8, 12, 15, 0, 1_500, Map.of(), 0.5);
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 22, 0, 0, null)) {
      int i = Integer.parseInt(c.id().value().substring(2));
      Optional<BuildingId> building = i < 20 && i % 2 == 0 ? Optional.of(BuildingId.of("zonnehof")) : Optional.empty();
      pool.add(Candidate.of(c.member().toBuilder().building(building).vitality(Vitality.VITAL).build(), false));
    }
    FormationResult result = FormationAlgorithms.recursiveBisection(vitality, 1).form(pool, ON);
    assertEquals(1.0, result.quality().buildingsKeptTogether());
    assertEquals(1.0, result.quality().vitalityShare());
  }

  @Test
  void aWishToBeTogetherOpensUpABuilding() {
    // a-0 lives in De Zonnehof (the first rows) and wants to be with a-21 in the last row
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("a", 22, 0, 0, null)) {
      int i = Integer.parseInt(c.id().value().substring(2));
      Member m = c.member().toBuilder().building(i < 6 ? Optional.of(BuildingId.of("zonnehof")) : Optional.empty())
          .build();
      pool.add(new Candidate(m, false, i == 0 ? List.of(MemberId.of("a-21")) : List.of()));
    }
    FormationResult result = form(pool);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().preferencesHonoured(), result.quality().toString());
  }

  @Test
  void aCandidateDoesNotMoveIntoACircleOfAnotherNeighbourhoodForAConnector() {
    // two neighbourhoods side by side; all the willing live in the first: the second's circle
    // lacks connectors, but no exchange brings someone from the first neighbourhood into it
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block("m", 12, 0, 0, "Muziekwijk")) {
      int i = Integer.parseInt(c.id().value().substring(2));
      pool.add(new Candidate(c.member(), i < 4, List.of(), c.neighbourhood()));
    }
    pool.addAll(block("r", 12, 0, 300, "Regenboogbuurt"));
    FormationResult result = form(pool);
    assertEquals(0.0, result.quality().mixedNeighbourhoodShare());
    assertEquals(0.5, result.quality().connectorShare());
  }

  @Test
  void circlesForGivesTheCountWhoseMeanSizeIsNearestTheTarget() {
    assertEquals(0, RecursiveBisection.circlesFor(7, POLICY));
    assertEquals(1, RecursiveBisection.circlesFor(8, POLICY));
    assertEquals(1, RecursiveBisection.circlesFor(15, POLICY));
    assertEquals(2, RecursiveBisection.circlesFor(16, POLICY));
    assertEquals(3, RecursiveBisection.circlesFor(30, POLICY));
    assertEquals(3, RecursiveBisection.circlesFor(33, POLICY));
    assertEquals(250, RecursiveBisection.circlesFor(3_000, POLICY));
    FormationPolicy tight = new FormationPolicy(10, 11, 12, 2, 1500, Map.of(), 0.5);
    assertEquals(0, RecursiveBisection.circlesFor(13, tight), "13 cannot be split into 10 to 12");
    // 28 make two of 14 (2 from the target) rather than three of 9.33 (2.67 from it)
    assertEquals(2, RecursiveBisection.circlesFor(28, POLICY));
    // 8 with a target of 6: one of 8 and two of 4 are both 2 from it; the fewer circles win
    FormationPolicy small = new FormationPolicy(4, 6, 12, 2, 1500, Map.of(), 0.5);
    assertEquals(1, RecursiveBisection.circlesFor(8, small));
    assertEquals(2, RecursiveBisection.circlesFor(9, small), "two of 4.5 are nearer 6 than one of 9");
  }

  @Test
  void connectorsInTheFormedCirclesAreTheWillingOnes() {
    List<Candidate> pool = RandomPools.city(5, 200, 2, true, 0.2);
    Set<MemberId> willing = pool.stream().filter(Candidate::willingToConnect).map(Candidate::id)
        .collect(Collectors.toSet());
    int connectors = 0;
    for (FormedCircle circle : form(pool).circles()) {
      for (Member m : circle.circle().members()) {
        if (m.role() == Role.CONNECTOR) {
          assertTrue(willing.contains(m.id()), m.id().toString());
          connectors++;
        } else {
          assertEquals(Role.MEMBER, m.role());
        }
      }
    }
    assertTrue(connectors > 0);
  }
}
