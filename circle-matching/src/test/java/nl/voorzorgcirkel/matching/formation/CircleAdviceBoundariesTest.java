package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The advice at the edges of the policy: exactly enough is no need, one short is. */
class CircleAdviceBoundariesTest {

  private static final LocalDate ON = Fixtures.TODAY;
  /** 4 to 6 members aiming at 5, 1 connector, 2 offering meals, half vital, within 1,000 m. */
  private static final FormationPolicy POLICY = new FormationPolicy(4, 5, 6, 1, 1000,
      Map.of(Capability.MEALS, 2), 0.5);

  private static Member member(String id, int birthYear, boolean vital, boolean meals, boolean connector,
      double north) {
    Member.Builder b = Fixtures.member(id).birthYear(birthYear)
        .home(GeoPoint.of(52.37 + north / 111_195.0, 5.22))
        .vitality(vital ? Vitality.VITAL : Vitality.DEPENDENT)
        .role(connector ? Role.CONNECTOR : Role.MEMBER);
    if (meals) {
      b.addCapabilities(CapabilityOffer.of(Capability.MEALS));
    }
    return b.build();
  }

  private static Circle circle(String id, List<Member> members) {
    return Circle.builder().id(CircleId.of(id)).name(id).neighbourhood("w").founded(ON).members(members).build();
  }

  /** Four members: two vital, two offering meals, one connector, two of 80 and over. */
  private static List<Member> justEnough(String prefix, double north) {
    return List.of(member(prefix + "1", 1940, true, true, true, north),
        member(prefix + "2", 1940, true, true, false, north + 10),
        member(prefix + "3", 1955, false, false, false, north + 20),
        member(prefix + "4", 1955, false, false, false, north + 30));
  }

  private static List<String> kinds(List<RecruitNeed> needs) {
    return needs.stream().map(n -> n.kind() + " " + n.count()).collect(Collectors.toList());
  }

  @Test
  void exactlyWhatThePolicyAsksNeedsNothing() {
    assertEquals(List.of(), kinds(CircleAdvice.needs(circle("c", justEnough("m-", 0)), ON, POLICY)));
  }

  @Test
  void oneShortOfEachRuleIsOneNeed() {
    List<Member> members = new ArrayList<>(justEnough("m-", 0));
    members.set(0, member("m-1", 1940, false, false, false, 0)); // not vital, no meals, no connector
    members.remove(3); // three members
    assertEquals(List.of("members 1", "capability 1", "vital 1", "connector 1", "younger 1"),
        kinds(CircleAdvice.needs(circle("c", members), ON, POLICY)));
  }

  @Test
  void bestCandidatesAreOrderedByNeedsMetThenDistanceAndLimited() {
    List<Member> members = new ArrayList<>(justEnough("m-", 0));
    members.set(1, member("m-2", 1940, true, false, false, 10)); // one meals offer short
    Circle circle = circle("c", members);
    List<Candidate> pool = List.of(
        Candidate.of(member("p-far-meals", 1960, true, true, false, 900), false),
        Candidate.of(member("p-near-meals", 1960, true, true, false, 100), false),
        Candidate.of(member("p-near", 1960, true, false, false, 50), false),
        Candidate.of(member("p-too-far", 1960, true, true, false, 1_100), false),
        Candidate.of(members.get(0), false));
    List<CandidateFit> fits = CircleAdvice.bestCandidates(circle, ON, pool, POLICY, 3);
    assertEquals(List.of("p-near-meals", "p-far-meals", "p-near"),
        fits.stream().map(f -> f.candidate().value()).collect(Collectors.toList()));
    assertEquals(List.of("capability:meals"), fits.get(0).meets());
    assertEquals(100, fits.get(0).farthestMetres(), 1);
    assertEquals(2, CircleAdvice.bestCandidates(circle, ON, pool, POLICY, 2).size());
    assertThrows(IllegalArgumentException.class, () -> CircleAdvice.bestCandidates(circle, ON, pool, POLICY, 0));
  }

  @Test
  void circlesMergeOnlyWithinTheMaximumAndTheDistance() {
    List<Member> three = justEnough("a-", 0).subList(0, 3);
    Circle a = circle("a", three);
    Circle b = circle("b", justEnough("b-", 300).subList(0, 3)); // 3 + 3 = 6: the maximum
    Circle c = circle("c", justEnough("c-", 600)); // 4: already the minimum
    Circle far = circle("d", justEnough("d-", 5_000).subList(0, 2));
    List<Restructuring> advice = CircleAdvice.restructure(List.of(far, c, b, a), ON, POLICY);
    assertEquals(List.of("merge"), advice.stream().map(Restructuring::kind).collect(Collectors.toList()));
    assertEquals(List.of(CircleId.of("a"), CircleId.of("b")), advice.get(0).circles());
    assertEquals(List.of(List.of("a-1", "a-2", "a-3", "b-1", "b-2", "b-3")), advice.get(0).groups().stream()
        .map(g -> g.stream().map(MemberId::value).collect(Collectors.toList())).collect(Collectors.toList()));
    assertEquals(320, advice.get(0).farthestMetres(), 1);
    assertEquals("merge circles a, b into one of 6 members (farthest apart 320 m)",
        advice.get(0).message(java.util.Locale.ENGLISH));
    // four and three make seven: over the maximum, no merge
    assertEquals(List.of(), CircleAdvice.restructure(List.of(circle("e", justEnough("e-", 0)),
        circle("f", justEnough("f-", 100).subList(0, 3))), ON, POLICY));
  }

  @Test
  void aCircleOneOverTheMaximumSplitsAroundItsFarthestPair() {
    List<Member> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(member("m-" + i, 1950, true, false, false, i * 100));
    }
    List<Restructuring> advice = CircleAdvice.restructure(List.of(circle("big", seven)), ON, POLICY);
    assertEquals(1, advice.size());
    assertEquals("split", advice.get(0).kind());
    // a line of seven, 100 m apart, split around its ends: the halves are held to the minimum of 4
    List<List<String>> groups = advice.get(0).groups().stream()
        .map(g -> g.stream().map(MemberId::value).collect(Collectors.toList())).collect(Collectors.toList());
    assertEquals(List.of(List.of("m-0", "m-1", "m-2", "m-3"), List.of("m-4", "m-5", "m-6")).get(0).size(),
        Math.max(groups.get(0).size(), groups.get(1).size()));
    assertEquals(7, groups.get(0).size() + groups.get(1).size());
    assertEquals(List.of(), CircleAdvice.restructure(List.of(circle("six", seven.subList(0, 6))), ON, POLICY));
  }
}
