package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

/**
 * Left-over candidates (FormationAlgorithms#recursiveBisection, step "Left over"): they join the
 * smallest circle within reach that has room and that they fit in; a building's residents join
 * together or not at all.
 */
class RecursiveBisectionLeftOverTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  /** n neighbours of one neighbourhood on a grid of 40 m steps, six to a row. */
  private static List<Candidate> block(int n, String neighbourhood) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(RandomPools.at(String.format("a-%02d", i), 40 * (i / 6), 40 * (i % 6)).withNeighbourhood(neighbourhood));
    }
    return out;
  }

  /** A candidate of no known neighbourhood 200 m south of the block, in the building if given. */
  private static Candidate outsider(String id, double east, String building) {
    Candidate c = RandomPools.at(id, -200, east);
    return building == null ? c
        : Candidate.of(c.member().toBuilder().building(Optional.of(BuildingId.of(building))).build(), false);
  }

  /** One circle of Noord of the given size and the two residents of one building south of it. */
  private static List<Candidate> circleAndBuildingOfTwo(int size) {
    List<Candidate> pool = new ArrayList<>(block(size, "Noord"));
    pool.add(outsider("x", 100, "hofje"));
    pool.add(outsider("y", 140, "hofje"));
    return pool;
  }

  private static FormationResult form(List<Candidate> pool) {
    return FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON);
  }

  private static List<Integer> sizes(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().size()).sorted().collect(Collectors.toList());
  }

  private static int sizeOfCircleWith(FormationResult result, String id) {
    return result.circles().stream().filter(c -> c.circle().member(MemberId.of(id)).isPresent())
        .mapToInt(c -> c.circle().members().size()).findFirst().orElse(0);
  }

  @Test
  void aLeftOverCandidateJoinsTheSmallerOfTwoCirclesWithinReach() {
    // nineteen of Noord make circles of 9 and 10; the outsider, of no neighbourhood, is left over
    // by the bisection and joins the circle of 9
    List<Candidate> pool = new ArrayList<>(block(19, "Noord"));
    pool.add(outsider("x", 100, null));
    FormationResult result = form(pool);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(List.of(10, 10), sizes(result));
  }

  @Test
  void aLeftOverBuildingJoinsACircleWithExactlyRoomForAllItsResidents() {
    // a circle of 13 and the two residents of one building: 15 is the maximum
    FormationResult result = form(circleAndBuildingOfTwo(13));
    assertEquals(List.of(), result.notPlaced());
    assertEquals(List.of(15), sizes(result));
  }

  @Test
  void aLeftOverBuildingDoesNotJoinACircleWithRoomForOnlyOneOfItsResidents() {
    FormationResult result = form(circleAndBuildingOfTwo(14));
    assertEquals(List.of(14), sizes(result));
    assertEquals(List.of("x", "y"), result.notPlaced().stream().map(p -> p.candidate().value()).collect(Collectors.toList()));
    assertEquals("no-room-nearby", result.notPlaced().get(0).reason());
  }

  @Test
  void aLeftOverBuildingDoesNotJoinACircleOneOfItsResidentsAvoids() {
    // room for both, but y avoids a member of the circle: neither joins
    List<Candidate> pool = new ArrayList<>(block(13, "Noord"));
    pool.add(outsider("x", 100, "hofje"));
    Candidate y = outsider("y", 140, "hofje");
    pool.add(Candidate.of(y.member().toBuilder().avoids(List.of(MemberId.of("a-05"))).build(), false));
    FormationResult result = form(pool);
    assertEquals(List.of(13), sizes(result));
    assertEquals(0, sizeOfCircleWith(result, "x"));
    assertEquals(2, result.notPlaced().size());
  }

  @Test
  void ofTwelveNeighboursTheOneWhoAvoidsTwoOthersIsLeftOutNotEitherOfThem() {
    // one circle of twelve cannot hold a-05, who avoids a-01 and a-02: a-05 clashes twice, they
    // once each, so a-05 is the one who loses the circle, and cannot join it afterwards
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : block(12, "Noord")) {
      pool.add(c.id().value().equals("a-05")
          ? new Candidate(c.member().toBuilder().avoids(List.of(MemberId.of("a-01"), MemberId.of("a-02"))).build(),
              false, List.of(), c.neighbourhood())
          : c);
    }
    FormationResult result = form(pool);
    assertEquals(List.of(11), sizes(result));
    assertEquals(List.of("a-05"), result.notPlaced().stream().map(p -> p.candidate().value()).collect(Collectors.toList()));
    assertEquals("avoids-nearby", result.notPlaced().get(0).reason());
  }
}

