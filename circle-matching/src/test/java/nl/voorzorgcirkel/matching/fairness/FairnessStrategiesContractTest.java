package nl.voorzorgcirkel.matching.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.FairnessStrategyContract;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link FairnessStrategy} contract, run against every strategy this module ships. */
class FairnessStrategiesContractTest extends FairnessStrategyContract {

  private static final List<String> NAMES = List.of("none", "least-loaded", "relative-to-capacity",
      "deficit-round-robin", "leximin", "notification-fatigue");

  @Override
  protected List<Named<FairnessStrategy>> strategies() {
    return IntStream.range(0, NAMES.size())
        .mapToObj(i -> Named.of(NAMES.get(i), FairnessStrategies.all().get(i)))
        .collect(Collectors.toList());
  }

  /** Ours beyond the contract: only the notification strategy reads how often members were asked. */
  static List<Named<FairnessStrategy>> strategiesThatIgnoreAsks() {
    return IntStream.range(0, NAMES.size())
        .filter(i -> !NAMES.get(i).equals("notification-fatigue"))
        .mapToObj(i -> Named.of(NAMES.get(i), FairnessStrategies.all().get(i)))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategiesThatIgnoreAsks")
  void onlyTheNotificationStrategyReadsAsks(FairnessStrategy strategy, TestInfo test) {
    Props.property("fairness-asks-ignored " + test.getDisplayName(), 500)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, n) -> {
          List<MemberLoad> loads = loads(seed, n);
          Random random = new Random(seed);
          List<MemberLoad> moreAsks = new ArrayList<>();
          for (MemberLoad l : loads) {
            int asked = l.timesAsked() + random.nextInt(10);
            moreAsks.add(new MemberLoad(l.member(), l.load(), l.capacity(), asked, random.nextInt(asked + 1)));
          }
          Duration duration = Duration.ofMinutes(60);
          assertArrayEquals(strategy.priorities(loads, duration), strategy.priorities(moreAsks, duration));
        });
  }
}
