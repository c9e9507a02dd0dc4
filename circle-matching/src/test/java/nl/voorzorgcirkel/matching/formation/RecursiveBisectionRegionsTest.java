package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exchanges between circles of different regions (FormationAlgorithms#recursiveBisection, step
 * "Exchanges"): sizes change only within a region, so between regions candidates are traded one
 * for one.
 */
class RecursiveBisectionRegionsTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  @Test
  void betweenANeighbourhoodAndTheRestConnectorsAreTradedOneForOneAndTheSizesStay() {
    // thirteen of Noord, the first four willing to connect, and 300 m north eleven of no known
    // neighbourhood: two regions, circles of 13 and 11. The eleven get two connectors by trades;
    // moving a connector over (12 and 12, more even) would change the sizes between regions
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      Candidate c = RandomPools.at(String.format("n-%02d", i), 40 * (i / 6), 40 * (i % 6));
      pool.add(new Candidate(c.member(), i < 4, List.of(), Optional.of("Noord")));
    }
    for (int i = 0; i < 11; i++) {
      pool.add(RandomPools.at(String.format("r-%02d", i), 300 + 40 * (i / 6), 40 * (i % 6)));
    }
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(List.of(11, 13), result.circles().stream().map(c -> c.circle().members().size()).sorted()
        .collect(Collectors.toList()));
    assertEquals(1.0, result.quality().connectorShare(), result.quality().toString());
    for (FormedCircle circle : result.circles()) {
      assertEquals(2, circle.circle().connectorsOn(ON).size(), circle.circle().id().toString());
    }
  }

  /**
   * Noord's candidates and, 300 m east, Zuid's: a circle each. The first of Noord wants to be with
   * the first of Zuid, or the other way round; as nobody joins a circle without someone of their
   * own neighbourhood unless someone there is whom they want to be with, the one who wishes may
   * move over, and does, even where that leaves a circle at the minimum or fills one to the
   * maximum (sizes between regions change only for a wish).
   */
  @ParameterizedTest(name = "Noord {0}, Zuid {1}, Noord wishes: {2}")
  @CsvSource({"12, 11, true", "9, 8, true", "14, 15, false", "8, 9, false"})
  void aCandidateJoinsACircleOfAnotherNeighbourhoodWhereSomeoneTheyWantToBeWithIs(int noord, int zuid, boolean noordWishes) {
    MemberId n0 = MemberId.of("n-00");
    MemberId z0 = MemberId.of("z-00");
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < noord; i++) {
      Candidate c = RandomPools.at(String.format("n-%02d", i), 40 * (i / 6), 40 * (i % 6));
      pool.add(new Candidate(c.member(), false, i == 0 && noordWishes ? List.of(z0) : List.of(), Optional.of("Noord")));
    }
    for (int i = 0; i < zuid; i++) {
      Candidate c = RandomPools.at(String.format("z-%02d", i), 40 * (i / 6), 300 + 40 * (i % 6));
      pool.add(new Candidate(c.member(), false, i == 0 && !noordWishes ? List.of(n0) : List.of(), Optional.of("Zuid")));
    }
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON);
    assertEquals(List.of(), result.notPlaced());
    assertEquals(1.0, result.quality().preferencesHonoured(), result.quality().toString());
    FormedCircle together = result.circles().stream().filter(c -> c.circle().member(z0).isPresent())
        .findFirst().orElseThrow();
    assertTrue(together.circle().member(n0).isPresent());
    assertEquals(noordWishes ? zuid + 1 : noord + 1, together.circle().members().size());
    assertEquals(noordWishes ? "Zuid" : "Noord", together.circle().neighbourhood());
  }

  @Test
  void aWishBetweenTheTwoEndsOfARowIsMetByATradeBetweenTheTwoCircles() {
    // 22 in a row 40 m apart make 11 and 11 (a-00 to a-10, a-11 to a-21); a-00 wants to be with
    // a-21 at the far end: one of them changes places with someone of the other circle
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      Candidate c = RandomPools.at(String.format("a-%02d", i), 0, 40 * i);
      pool.add(i == 0 ? new Candidate(c.member(), false, List.of(MemberId.of("a-21"))) : c);
    }
    FormationResult without = FormationAlgorithms.recursiveBisection(POLICY, 1).form(
        pool.stream().map(c -> Candidate.of(c.member(), false)).collect(Collectors.toList()), ON);
    assertEquals(List.of(11, 11), sizes(without));
    assertTrue(without.circles().get(0).circle().member(MemberId.of("a-21")).isEmpty()
        != without.circles().get(0).circle().member(MemberId.of("a-00")).isEmpty(),
        "without the wish the two ends are apart");
    FormationResult result = FormationAlgorithms.recursiveBisection(POLICY, 1).form(pool, ON);
    assertEquals(List.of(11, 11), sizes(result));
    assertEquals(1.0, result.quality().preferencesHonoured(), result.quality().toString());
  }

  private static List<Integer> sizes(FormationResult result) {
    return result.circles().stream().map(c -> c.circle().members().size()).sorted().collect(Collectors.toList());
  }
}

