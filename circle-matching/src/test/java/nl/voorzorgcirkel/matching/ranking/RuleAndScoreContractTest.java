package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link HardRule} and {@link SoftScore} contracts, run against every one we ship. */
class RuleAndScoreContractTest {

  static Stream<Arguments> rules() {
    List<String> names = List.of("not-the-requester", "takes-part", "offers-capability",
        "requester-preference", "within-limits", "available", "within-capacity", "no-time-conflict");
    return Stream.concat(java.util.stream.IntStream.range(0, names.size())
        .mapToObj(i -> Arguments.of(names.get(i), HardRules.standard().get(i))),
        Stream.of(Arguments.of("not-declined", HardRules.notDeclined())));
  }

  static Stream<Arguments> scores() {
    return Stream.of(SoftScores.distance(), SoftScores.familiarity(), SoftScores.capabilityFit(),
        SoftScores.slack(), SoftScores.sameTrip(), SoftScores.previousHelper()).map(s -> Arguments.of(s.code(), s));
  }

  private static MatchContext context(MatchingStrategyContractTest.Instance instance) {
    return new MatchContext(instance.request(), instance.snapshot(),
        Duration.ofDays(MatchingStrategies.DEFAULT_LOAD_WINDOW_DAYS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRuleNamesTheMemberItExcludesWithAStableCodeAndText(String name, HardRule rule) {
    Props.property("hard-rule-contract " + name, 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          MatchingStrategyContractTest.Instance instance = MatchingStrategyContractTest.instance(seed, size);
          for (Member member : instance.circle().members()) {
            Optional<Exclusion> first = rule.check(context(instance), member);
            assertEquals(first, rule.check(context(instance), member), "deterministic");
            assertEquals(first.isPresent(), rule.excludes(context(instance), member),
                "excludes answers as check does");
            first.ifPresent(e -> {
              assertEquals(member.id(), e.member());
              assertFalse(e.code().isBlank());
              for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                String text = e.message(locale);
                assertFalse(text.contains("{") || text.startsWith("exclusion."), text);
                assertFalse(text.contains(member.displayName()), "personal data in " + text);
              }
            });
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  void aScoreIsBetweenZeroAndOneDeterministicAndExplained(String name, SoftScore score) {
    Props.property("soft-score-contract " + name, 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          MatchingStrategyContractTest.Instance instance = MatchingStrategyContractTest.instance(seed, size);
          Ranking ranking = MatchingStrategies.standard().rank(instance.request(), instance.snapshot());
          for (Candidate c : ranking.candidates()) {
            Member member = instance.circle().member(c.member()).orElseThrow();
            if (!score.appliesTo(context(instance))) {
              assertTrue(c.part(name).isEmpty(), "a score that does not apply is left out");
              continue;
            }
            double value = score.score(context(instance), member);
            assertTrue(value >= 0 && value <= 1, name + " out of [0, 1]: " + value);
            assertEquals(value, score.score(context(instance), member), "deterministic");
            assertEquals(score.figures(context(instance), member), score.figures(context(instance), member));
            String text = c.part(name).orElseThrow().explain(Locale.forLanguageTag("nl"));
            assertFalse(text.contains("{"), text);
          }
        });
  }
}
