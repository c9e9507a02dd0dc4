package nl.voorzorgcirkel.matching.fairness;

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
import java.util.stream.Stream;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link FairnessStrategy} contract, run against every strategy we ship. */
class FairnessStrategyContractTest {

  static Stream<Arguments> strategies() {
    List<String> names = List.of("none", "least-loaded", "relative-to-capacity",
        "deficit-round-robin", "leximin", "notification-fatigue");
    return IntStream.range(0, names.size())
        .mapToObj(i -> Arguments.of(names.get(i), FairnessStrategies.all().get(i)));
  }

  static List<MemberLoad> loads(long seed, int n) {
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void prioritiesAreInRangeDeterministicAndIndependentOfOrder(String name, FairnessStrategy strategy) {
    Props.property("fairness-contract " + name, 1_000)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, n) -> {
          List<MemberLoad> loads = List.copyOf(loads(seed, n));
          Duration duration = Duration.ofMinutes(1 + Math.floorMod(seed, 180));
          double[] priorities = strategy.priorities(loads, duration);
          assertEquals(n, priorities.length);
          for (double p : priorities) {
            assertTrue(p >= 0 && p <= 1, "priority out of [0, 1]: " + p);
          }
          assertArrayEquals(priorities, strategy.priorities(loads, duration), "deterministic");
          List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
          Collections.shuffle(order, new Random(seed));
          List<MemberLoad> shuffled = order.stream().map(loads::get).toList();
          double[] again = strategy.priorities(shuffled, duration);
          for (int i = 0; i < n; i++) {
            assertEquals(priorities[order.get(i)], again[i], 1e-12, "depends on list position");
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void sayingNoIsNeverAPenaltyNorCountsAsHelp(String name, FairnessStrategy strategy) {
    Props.property("fairness-declines-never-count " + name, 500)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, n) -> {
          List<MemberLoad> loads = loads(seed, n);
          Random random = new Random(seed);
          List<MemberLoad> moreDeclines = new ArrayList<>();
          for (MemberLoad l : loads) {
            int asked = l.timesAsked() + random.nextInt(10);
            moreDeclines.add(new MemberLoad(l.member(), l.load(), l.capacity(), asked,
                random.nextInt(asked + 1)));
          }
          Duration duration = Duration.ofMinutes(60);
          if (!name.equals("notification-fatigue")) {
            // only the notification strategy reads asks; no strategy reads declines
            assertArrayEquals(strategy.priorities(loads, duration), strategy.priorities(moreDeclines, duration));
          }
          List<MemberLoad> declinesOnly = new ArrayList<>();
          for (MemberLoad l : loads) {
            declinesOnly.add(new MemberLoad(l.member(), l.load(), l.capacity(), l.timesAsked(),
                random.nextInt(l.timesAsked() + 1)));
          }
          assertArrayEquals(strategy.priorities(loads, duration), strategy.priorities(declinesOnly, duration));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void nobodyWhoGaveMoreIsAskedBeforeAnEqualWhoGaveLess(String name, FairnessStrategy strategy) {
    // two members with the same capacity: the one who gave less never gets a lower priority
    Props.property("fairness-monotone " + name, 1_000)
        .forAll(integers().between(0, 600), integers().between(0, 600), integers().between(1, 1200))
        .checkAssert((a, b, capacity) -> {
          List<MemberLoad> loads = List.of(
              new MemberLoad(MemberId.of("a"), Duration.ofMinutes(a), Duration.ofMinutes(capacity)),
              new MemberLoad(MemberId.of("b"), Duration.ofMinutes(b), Duration.ofMinutes(capacity)));
          double[] p = strategy.priorities(loads, Duration.ofMinutes(60));
          if (a < b) {
            assertTrue(p[0] >= p[1], "gave less but asked later");
          }
        });
  }
}
