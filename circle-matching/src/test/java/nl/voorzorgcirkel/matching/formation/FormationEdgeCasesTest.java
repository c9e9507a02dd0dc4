package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pools a platform hands over before anyone has signed up, or when one person has (user test
 * 14, L8): an empty pool does not read as complete success, a lone candidate is told the pool is
 * too small, and a null in the pool is named with its index.
 */
class FormationEdgeCasesTest {

  private static final LocalDate ON = LocalDate.of(2026, 12, 5);
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  static Stream<FormationAlgorithm> algorithms() {
    return Stream.of(FormationAlgorithms.recursiveBisection(POLICY, 1), FormationAlgorithms.compactGrowth(POLICY, 1),
        FormationAlgorithms.nearestNeighbourBaseline(POLICY));
  }

  static Stream<FormationAlgorithm> placingAlgorithms() {
    return Stream.of(FormationAlgorithms.recursiveBisection(POLICY, 1), FormationAlgorithms.compactGrowth(POLICY, 1));
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void anEmptyPoolReportsNoneOfNonePlacedNotAHundredPercent(FormationAlgorithm algorithm) {
    FormationResult result = algorithm.form(List.of(), ON);
    assertEquals(List.of(), result.circles());
    assertEquals(List.of(), result.notPlaced());
    FormationQuality quality = result.quality();
    assertEquals(0, quality.candidates());
    assertEquals(0.0, quality.placedShare(), "nobody placed out of nobody is not complete success");
    assertEquals("0 of 0 candidates placed: the pool is empty, no circles formed", quality.describe(Locale.ENGLISH));
    assertEquals("0 van 0 kandidaten geplaatst: de groep is leeg, geen cirkels gevormd", quality.describe(DUTCH));
  }

  @ParameterizedTest
  @MethodSource("placingAlgorithms")
  void aLoneCandidateIsToldThePoolIsTooSmall(FormationAlgorithm algorithm) {
    FormationResult result = algorithm.form(List.of(Candidate.of(Fixtures.member("m-1").build(), true)), ON);
    assertEquals(List.of(), result.circles());
    assertEquals(1, result.notPlaced().size());
    NotPlaced alone = result.notPlaced().get(0);
    assertEquals("pool-too-small", alone.reason());
    assertEquals(Map.of("candidates", 1, "min", POLICY.minSize()), alone.figures());
    assertEquals("the pool holds only this candidate; a circle needs at least " + POLICY.minSize(),
        alone.message(Locale.ENGLISH));
    assertEquals("de groep bevat alleen deze kandidaat; een cirkel heeft er minstens " + POLICY.minSize() + " nodig",
        alone.message(DUTCH));
    assertEquals(1, result.quality().candidates());
    assertEquals("0 of 1 candidate placed, no circles formed", result.quality().describe(Locale.ENGLISH));
    assertEquals("0 van 1 kandidaat geplaatst, geen cirkels gevormd", result.quality().describe(DUTCH));
  }

  @ParameterizedTest
  @MethodSource("placingAlgorithms")
  void aPoolSmallerThanACircleSaysSoForEveryone(FormationAlgorithm algorithm) {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 1; i < POLICY.minSize(); i++) {
      pool.add(Candidate.of(Fixtures.member("m-" + i).build(), false));
    }
    FormationResult result = algorithm.form(pool, ON);
    assertEquals(pool.size(), result.notPlaced().size());
    for (NotPlaced n : result.notPlaced()) {
      assertEquals("pool-too-small", n.reason());
      assertEquals("the pool holds only " + pool.size() + " candidates; a circle needs at least " + POLICY.minSize(),
          n.message(Locale.ENGLISH));
    }
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void aNullInThePoolIsNamedWithItsIndex(FormationAlgorithm algorithm) {
    List<Candidate> pool = Arrays.asList(Candidate.of(Fixtures.member("m-1").build(), false), null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> algorithm.form(pool, ON));
    assertEquals("pool[1]", e.getMessage());
    DataAccess access = DataPolicy.standard().access(Reader.FORMATION, ConsentRegister.empty());
    NullPointerException viaAccess = assertThrows(NullPointerException.class, () -> algorithm.form(pool, ON, access));
    assertEquals("pool[1]", viaAccess.getMessage());
    assertEquals("pool", assertThrows(NullPointerException.class, () -> algorithm.form(null, ON)).getMessage());
  }
}
