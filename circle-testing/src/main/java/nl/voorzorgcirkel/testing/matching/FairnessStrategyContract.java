package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;
import nl.voorzorgcirkel.matching.fairness.MemberLoad;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link FairnessStrategy}: extend this class, list your strategies in {@link
 * #strategies()}, and JUnit checks each on 1,000 random load vectors of 1 to 20 members (some
 * with no load, some with no capacity): one priority per candidate, each in {@code [0, 1]},
 * deterministic and independent of list position; and a member who gave less than another of the
 * same capacity never gets a lower priority; saying no never changes a priority.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FairnessStrategyContract {

  /** For subclasses. */
  protected FairnessStrategyContract() {}

  /**
   * The strategies to check, each with the name shown in the test report.
   *
   * @return the strategies, not empty
   */
  protected abstract List<Named<FairnessStrategy>> strategies();

  /**
   * Random loads of {@code n} members {@code m-0} to {@code m-(n-1)}: a quarter gave nothing,
   * a fifth set no capacity, a third were never asked; the others were asked up to 29 times and
   * said no to some of those asks.
   *
   * @param seed the seed
   * @param n the number of members
   * @return the loads
   */
  public static List<MemberLoad> loads(long seed, int n) {
    Random random = new Random(seed);
    List<MemberLoad> loads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int asked = random.nextInt(3) == 0 ? 0 : random.nextInt(30);
      loads.add(new MemberLoad(MemberId.of("m-" + i),
          Duration.ofMinutes(random.nextInt(4) == 0 ? 0 : random.nextInt(600)),
          Duration.ofMinutes(random.nextInt(5) == 0 ? 0 : random.nextInt(1200)),
          asked, asked == 0 ? 0 : random.nextInt(asked + 1)));
    }
    return loads;
  }

  /**
   * Priorities are in range, deterministic and independent of list position.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void prioritiesAreInRangeDeterministicAndIndependentOfOrder(FairnessStrategy strategy, TestInfo test) {
    Props.property("fairness-contract " + test.getDisplayName(), 1_000)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, n) -> {
          List<MemberLoad> loads = List.copyOf(loads(seed, n));
          Duration duration = Duration.ofMinutes(1 + Math.floorMod(seed, 180));
          double[] priorities = strategy.priorities(loads, duration);
          String at = " (" + n + " members, request of " + duration + ", loads seed " + seed + ")";
          assertEquals(n, priorities.length, "expected one priority per member, in the list's order" + at);
          for (int i = 0; i < n; i++) {
            double p = priorities[i];
            assertTrue(p >= 0 && p <= 1, "expected priorities between 0 and 1, but " + loads.get(i).member()
                + " has " + p + at);
          }
          assertArrayEquals(priorities, strategy.priorities(loads, duration),
              "expected the same priorities for the same loads again (deterministic)" + at);
          List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
          Collections.shuffle(order, new Random(seed));
          List<MemberLoad> shuffled = order.stream().map(loads::get).toList();
          double[] again = strategy.priorities(shuffled, duration);
          for (int i = 0; i < n; i++) {
            assertEquals(priorities[order.get(i)], again[i], 1e-12, "expected " + shuffled.get(i).member()
                + "'s priority not to depend on their position in the list, but it changed when the list was"
                + " shuffled" + at);
          }
        });
  }

  /**
   * Saying no is never a penalty, nor does it count as help: with the same loads, capacities and
   * asks, any number of declines gives the same priorities. (A strategy may read how often a member
   * was asked, to spare those asked most; it must not read how often they said no.)
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void sayingNoIsNeverAPenaltyNorCountsAsHelp(FairnessStrategy strategy, TestInfo test) {
    Props.property("fairness-declines-never-count " + test.getDisplayName(), 500)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, n) -> {
          List<MemberLoad> loads = loads(seed, n);
          Random random = new Random(seed);
          List<MemberLoad> otherDeclines = new ArrayList<>();
          for (MemberLoad l : loads) {
            otherDeclines.add(new MemberLoad(l.member(), l.load(), l.capacity(), l.timesAsked(),
                random.nextInt(l.timesAsked() + 1)));
          }
          Duration duration = Duration.ofMinutes(60);
          assertArrayEquals(strategy.priorities(loads, duration), strategy.priorities(otherDeclines, duration),
              "expected the same priorities whatever the number of times members said no (saying no is never a"
                  + " penalty nor counts as help; read timesAsked, never timesDeclined), but they changed ("
                  + n + " members, loads seed " + seed + ")");
        });
  }

  /**
   * Of two members with the same capacity, the one who gave less is never asked later.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void nobodyWhoGaveMoreIsAskedBeforeAnEqualWhoGaveLess(FairnessStrategy strategy, TestInfo test) {
    Props.property("fairness-monotone " + test.getDisplayName(), 1_000)
        .forAll(integers().between(0, 600), integers().between(0, 600), integers().between(1, 1200))
        .checkAssert((a, b, capacity) -> {
          List<MemberLoad> loads = List.of(
              new MemberLoad(MemberId.of("a"), Duration.ofMinutes(a), Duration.ofMinutes(capacity)),
              new MemberLoad(MemberId.of("b"), Duration.ofMinutes(b), Duration.ofMinutes(capacity)));
          double[] p = strategy.priorities(loads, Duration.ofMinutes(60));
          if (a < b) {
            assertTrue(p[0] >= p[1], "expected a member who gave " + a + " min to have at least the priority"
                + " of an equal who gave " + b + " min (capacity " + capacity + " min each), but they got "
                + p[0] + " against " + p[1]);
          }
        });
  }
}
