package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

/**
 * Candidates at the same position along the axis: the seed decides which side of a cut they go
 * to, not their ids (FormationAlgorithms#recursiveBisection: "the seed only breaks ties between
 * candidates at the same position along an axis").
 */
class RecursiveBisectionTiesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  /** Sixteen candidates who share one home position: two circles of eight. */
  private static List<Candidate> oneSpot() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      pool.add(RandomPools.at(String.format("s-%02d", i), 0, 0));
    }
    return pool;
  }

  private static Set<Set<MemberId>> split(List<Candidate> pool, long seed) {
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, seed).form(pool, ON);
    assertEquals(List.of(), result.notPlaced());
    Set<Set<MemberId>> circles = new HashSet<>();
    for (FormedCircle circle : result.circles()) {
      assertEquals(8, circle.circle().members().size());
      circles.add(circle.circle().members().stream().map(m -> m.id()).collect(Collectors.toCollection(TreeSet::new)));
    }
    return circles;
  }

  @Test
  void whoOfThoseAtOneSpotGoesWhereIsDecidedByTheSeedNotByTheirIds() {
    List<Candidate> pool = oneSpot();
    Set<MemberId> firstEightById = new TreeSet<>();
    for (int i = 0; i < 8; i++) {
      firstEightById.add(MemberId.of(String.format("s-%02d", i)));
    }
    Set<Set<Set<MemberId>>> splits = new HashSet<>();
    boolean notById = false;
    for (long seed = 1; seed <= 8; seed++) {
      Set<Set<MemberId>> split = split(pool, seed);
      splits.add(split);
      notById |= !split.contains(firstEightById);
    }
    assertTrue(splits.size() > 1, "eight seeds, one split: the seed breaks no ties");
    assertTrue(notById, "every seed splits by id");
  }

  @Test
  void theSameSeedSplitsThoseAtOneSpotTheSameWayWhateverTheOrderOfThePool() {
    List<Candidate> pool = oneSpot();
    Set<Set<MemberId>> expected = split(pool, 7);
    Random shuffle = new Random(20261203);
    for (int round = 0; round < 5; round++) {
      List<Candidate> shuffled = new ArrayList<>(pool);
      Collections.shuffle(shuffled, shuffle);
      assertEquals(expected, split(shuffled, 7));
    }
  }

  /** Ten neighbours in a row 40 m apart, then an empty band, then twelve more in the row. */
  private static List<Candidate> rowWithBand(double band) {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(RandomPools.at(String.format("a-%02d", i), 0, 40 * i));
    }
    for (int i = 0; i < 12; i++) {
      pool.add(RandomPools.at(String.format("b-%02d", i), 0, 360 + band + 40 * i));
    }
    return pool;
  }

  private static List<Set<String>> prefixes(FormationResult result) {
    List<Set<String>> out = new ArrayList<>();
    for (FormedCircle circle : result.circles()) {
      out.add(circle.circle().members().stream().map(m -> m.id().value().substring(0, 1))
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    return out;
  }

  @Test
  void anEmptyBandAQuarterOfTheCircleDistanceWideIsTheBorderEvenIfTheSizesAreLessEven() {
    // 22 in a row make 11 and 11; a band of 400 m (a quarter of 1,500 m is 375 m) with nobody in
    // it after the tenth makes 10 and 12 instead, the neighbours on either side kept together
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, 1).form(rowWithBand(400), ON);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(List.of(Set.of("a"), Set.of("b")), prefixes(result));
    assertEquals(10, result.circles().get(0).circle().members().size());
  }

  @Test
  void aBandNarrowerThanAQuarterOfTheCircleDistanceIsNoBorder() {
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, 1).form(rowWithBand(350), ON);
    assertEquals(List.of(11, 11), result.circles().stream().map(c -> c.circle().members().size())
        .collect(Collectors.toList()));
    assertEquals(List.of(Set.of("a", "b"), Set.of("b")), prefixes(result), "a-00 to a-09 and b-00, then the rest");
  }
}
