package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The exact advice for small circles whose answer is worked out by hand: ages at 75 and 80, the
 * connectors still needed, which circles merge (ties, the first circle as partner, sizes at the
 * edges) and how a circle splits (around the first farthest pair, by pull, everyone at one spot).
 */
class CircleAdviceKnownValuesTest {

  private static final LocalDate ON = Fixtures.TODAY; // 2026
  private static final double METRES_PER_DEGREE = 111_195.0;

  /** A member {@code north} metres north of a fixed spot. */
  private static Member member(String id, double north) {
    return Fixtures.member(id).home(GeoPoint.of(52.37 + north / METRES_PER_DEGREE, 5.22)).build();
  }

  private static Circle circle(String id, List<Member> members) {
    return Circle.builder().id(CircleId.of(id)).name(id).neighbourhood("w").founded(ON).members(members).build();
  }

  /** {@code size} members at one spot, ids {@code prefix1} and up. */
  private static Circle together(String id, String prefix, int size) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      members.add(member(prefix + i, 0));
    }
    return circle(id, members);
  }

  private static List<String> advice(List<Restructuring> advice) {
    return advice.stream().map(r -> r.kind() + " " + r.circles() + " " + r.groups()).collect(Collectors.toList());
  }

  @Test
  void membersOfExactlyEightyCountAsOldAndACandidateOfExactlySeventyFiveIsNotYounger() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    // two of 80 (born 1946), one of 79: the old are the majority, one younger member needed
    Circle circle = circle("c", List.of(member("m-1", 0).toBuilder().birthYear(1946).build(),
        member("m-2", 0).toBuilder().birthYear(1946).build(), member("m-3", 0).toBuilder().birthYear(1947).build()));
    assertEquals(List.of(new RecruitNeed("younger", null, 1)), CircleAdvice.needs(circle, ON, policy));
    List<CandidateFit> fits = CircleAdvice.bestCandidates(circle, ON, List.of(
        Candidate.of(member("p-75", 10).toBuilder().birthYear(1951).build(), false),
        Candidate.of(member("p-74", 20).toBuilder().birthYear(1952).build(), false)), policy, 2);
    assertEquals(List.of("p-74 [younger]", "p-75 []"), fits.stream()
        .map(f -> f.candidate() + " " + f.meets()).collect(Collectors.toList()));
  }

  @Test
  void aCircleWithOneConnectorOfTwoNeedsOneMore() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 2, 1000, Map.of(), 0.0);
    Circle circle = circle("c", List.of(member("m-1", 0).toBuilder().role(Role.CONNECTOR).build(), member("m-2", 0)));
    assertEquals(List.of(new RecruitNeed("connector", null, 1)), CircleAdvice.needs(circle, ON, policy));
  }

  @Test
  void aCircleExactlyAtTheMinimumDoesNotMerge() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    assertEquals(List.of(), CircleAdvice.restructure(List.of(together("c-1", "a-", 2), together("c-2", "b-", 2)),
        ON, policy));
  }

  @Test
  void aPartnerAtTheTargetSizeIsNotAskedToMergeButOneBelowIs() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    assertEquals(List.of(), CircleAdvice.restructure(List.of(together("c-1", "a-", 3), together("c-2", "b-", 1)),
        ON, policy));
    // the first circle in order, at the minimum but under the target, takes in the small one; the
    // merged group is in id order
    assertEquals(List.of("merge [c-2, c-1] [[a-1, a-2, z-1]]"), advice(CircleAdvice.restructure(
        List.of(together("c-2", "z-", 1), together("c-1", "a-", 2)), ON, policy)));
  }

  @Test
  void circlesThatTogetherReachExactlyTheMaximumMerge() {
    FormationPolicy policy = new FormationPolicy(3, 4, 5, 0, 1000, Map.of(), 0.0);
    assertEquals(List.of("merge [c-1, c-2] [[a-1, a-2, b-1, b-2, b-3]]"), advice(CircleAdvice.restructure(
        List.of(together("c-1", "a-", 2), together("c-2", "b-", 3)), ON, policy)));
  }

  @Test
  void ofEquallyClosePartnersTheFirstByIdIsChosen() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    assertEquals(List.of("merge [c-1, c-2] [[a-1, b-1]]"), advice(CircleAdvice.restructure(
        List.of(together("c-3", "c-", 1), together("c-2", "b-", 1), together("c-1", "a-", 1)), ON, policy)));
  }

  @Test
  void aCircleSplitsByWhichEndOfItsFarthestPairEachMemberIsCloserTo() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    // on a line, hundreds of metres north: ids and places in a different order
    int[] at = {2, 0, 5, 1, 4, 3};
    List<Member> six = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      six.add(member("m-" + i, at[i] * 100));
    }
    // the ends are m-1 (0 m) and m-2 (500 m); m-0, m-3 are closer to m-1, m-4, m-5 to m-2
    List<Restructuring> advice = CircleAdvice.restructure(List.of(circle("c", six)), ON, policy);
    assertEquals(List.of("split [c] [[m-0, m-1, m-3], [m-2, m-4, m-5]]"), advice(advice));
    assertEquals(200, advice.get(0).farthestMetres(), 1);
  }

  @Test
  void ofTwoEquallyFarPairsTheFirstDecidesTheSplit() {
    FormationPolicy policy = new FormationPolicy(2, 3, 5, 0, 1000, Map.of(), 0.0);
    // m-0 and m-2 share a spot, 500 m from m-1: the pair m-0, m-1 comes first, so m-0's side is first
    int[] at = {0, 5, 0, 1, 4, 2};
    List<Member> six = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      six.add(member("m-" + i, at[i] * 100));
    }
    assertEquals(six.get(0).home().distanceMetresTo(six.get(1).home()),
        six.get(1).home().distanceMetresTo(six.get(2).home()), "two pairs exactly equally far apart");
    assertEquals(List.of("split [c] [[m-0, m-2, m-3, m-5], [m-1, m-4]]"),
        advice(CircleAdvice.restructure(List.of(circle("c", six)), ON, policy)));
  }

  @Test
  void aCircleWhoseMembersShareOneSpotSplitsInIdOrderWithTheLargerHalfFirst() {
    FormationPolicy policy = new FormationPolicy(3, 4, 6, 0, 1000, Map.of(), 0.0);
    assertEquals(List.of("split [c] [[m-1, m-2, m-3, m-4], [m-5, m-6, m-7]]"),
        advice(CircleAdvice.restructure(List.of(together("c", "m-", 7)), ON, policy)));
  }
}
