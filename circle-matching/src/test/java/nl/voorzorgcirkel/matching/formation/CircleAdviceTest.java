package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import org.junit.jupiter.api.Test;

class CircleAdviceTest {

  private static final LocalDate ON = Fixtures.TODAY;
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  private static Member member(String id, double north, Capability offer, int birthYear, Vitality vitality) {
    return Fixtures.member(id).home(GeoPoint.of(52.37 + north / 111_195.0, 5.22)).birthYear(birthYear)
        .vitality(vitality).addCapabilities(CapabilityOffer.of(offer)).build();
  }

  private static Circle circle(String id, double north, int size) {
    Circle.Builder b = Circle.builder().id(CircleId.of(id)).name(id).neighbourhood("w").founded(ON);
    for (int i = 0; i < size; i++) {
      b.addMembers(member(id + "-m" + i, north + 20 * i, Capability.VISITS_AND_COMPANY, 1940,
          i % 2 == 0 ? Vitality.VITAL : Vitality.DEPENDENT));
    }
    return b.build();
  }

  @Test
  void aSmallAgeingCircleIsToldWhomToRecruitInEnglishAndDutch() {
    List<RecruitNeed> needs = CircleAdvice.needs(circle("c", 0, 6), ON, POLICY);
    assertEquals(List.of("members", "capability", "vital", "connector", "younger"),
        needs.stream().map(RecruitNeed::kind).collect(Collectors.toList()));
    RecruitNeed groceries = needs.get(1);
    assertEquals(Capability.GROCERIES_AND_ERRANDS, groceries.capabilityNeeded().orElseThrow());
    assertEquals("recruit 2 more members who offer groceries and errands", groceries.message(Locale.ENGLISH));
    assertEquals("werf nog 2 deelnemers die boodschappen en klusjes buiten de deur aanbieden",
        groceries.message(Locale.forLanguageTag("nl")));
    assertEquals(2, needs.get(0).count());
    assertEquals(1, needs.get(2).count(), "8 members need 4 vital; 3 are");
    assertEquals(6, needs.get(4).count(), "6 of 6 are over 80: 6 younger needed to be half");
  }

  @Test
  void theBestCandidatesFillTheMostGapsAndLiveClose() {
    Circle circle = circle("c", 0, 6);
    List<Candidate> pool = List.of(
        Candidate.of(member("p-young-driver", 50, Capability.GROCERIES_AND_ERRANDS, 1960, Vitality.VITAL), true),
        Candidate.of(member("p-groceries", 40, Capability.GROCERIES_AND_ERRANDS, 1940, Vitality.DEPENDENT), false),
        Candidate.of(member("p-far", 5_000, Capability.GROCERIES_AND_ERRANDS, 1960, Vitality.VITAL), true),
        new Candidate(member("p-avoided", 30, Capability.GROCERIES_AND_ERRANDS, 1960, Vitality.VITAL)
            .toBuilder().avoids(List.of(MemberId.of("c-m0"))).build(), true, List.of()));
    List<CandidateFit> fits = CircleAdvice.bestCandidates(circle, ON, pool, POLICY, 5);
    assertEquals(List.of("p-young-driver", "p-groceries"),
        fits.stream().map(f -> f.candidate().value()).collect(Collectors.toList()));
    assertEquals(List.of("members", "capability:groceries-and-errands", "vital", "connector", "younger"),
        fits.get(0).meets());
  }

  @Test
  void twoSmallNeighboursMergeAndALargeCircleSplits() {
    List<Circle> circles = List.of(circle("a", 0, 5), circle("b", 200, 5), circle("c", 20_000, 5),
        circle("d", 40_000, 18));
    List<Restructuring> advice = CircleAdvice.restructure(circles, ON, POLICY);
    assertEquals(List.of("merge", "split"), advice.stream().map(Restructuring::kind).collect(Collectors.toList()));
    assertEquals(List.of(CircleId.of("a"), CircleId.of("b")), advice.get(0).circles());
    assertEquals(10, advice.get(0).groups().get(0).size());
    assertEquals(List.of(9, 9), advice.get(1).groups().stream().map(List::size).collect(Collectors.toList()));
    assertTrue(advice.get(1).message(Locale.ENGLISH).startsWith("split circle d into two circles of 9 + 9 members"));
  }

  @Test
  void aSplitKeepsEveryMemberAndBothHalvesWithinSize() {
    Props.property("split-partitions-the-circle", 300)
        .forAll(longs().all(), integers().between(16, 30))
        .checkAssert((seed, size) -> {
          java.util.Random random = new java.util.Random(seed);
          List<Member> members = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            members.add(member("m-" + i, random.nextDouble() * 1_400, Capability.MEALS, 1950, Vitality.VITAL)
                .toBuilder().role(i < 2 ? Role.CONNECTOR : Role.MEMBER).build());
          }
          List<List<Member>> halves = CircleAdvice.split(members, POLICY);
          Set<MemberId> all = new HashSet<>();
          halves.forEach(h -> h.forEach(m -> all.add(m.id())));
          assertEquals(size, all.size());
          assertEquals(size, halves.get(0).size() + halves.get(1).size());
          assertTrue(halves.get(0).size() >= POLICY.minSize() && halves.get(1).size() >= POLICY.minSize());
        });
  }
}
