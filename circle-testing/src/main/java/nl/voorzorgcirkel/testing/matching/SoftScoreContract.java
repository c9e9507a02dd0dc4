package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.matching.ranking.SoftScore;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link SoftScore}: extend this class, list your scores in {@link #scores()},
 * and JUnit checks each on every eligible member of 300 random circles ({@link Instances}), with
 * the score added to the standard strategy: left out of the ranking for a request it does not
 * {@linkplain SoftScore#appliesTo apply to}; otherwise a value in {@code [0, 1]}, deterministic,
 * the same figures every time without the member's name, and an explanation in English and
 * Dutch.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SoftScoreContract {

  /** For subclasses. */
  protected SoftScoreContract() {}

  /**
   * The scores to check, each with the name shown in the test report.
   *
   * @return the scores, not empty
   */
  protected abstract List<Named<SoftScore>> scores();

  /**
   * Checks the specification on the candidates of random circles.
   *
   * @param score the score under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  public void isBetweenZeroAndOneDeterministicAndExplained(SoftScore score, TestInfo test) {
    MatchingStrategy strategy = MatchingStrategies.builder().score(score, 0.2).build();
    Props.property("soft-score-contract " + test.getDisplayName(), 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          if (score.appliesTo(instance.context())) {
            // before ranking, which refuses a score out of range with a message of its own
            for (Member member : instance.circle().members()) {
              double value = score.score(instance.context(), member);
              assertTrue(value >= 0 && value <= 1, "expected a score between 0 and 1, but it is " + value
                  + " (score " + score.code() + ", member " + member.id() + ", circle seed " + seed + ")");
            }
          }
          Ranking ranking = strategy.rank(instance.request(), instance.snapshot());
          for (RankedCandidate c : ranking.candidates()) {
            Member member = instance.circle().member(c.member()).orElseThrow();
            MatchContext context = instance.context();
            String at = " (score " + score.code() + ", member " + member.id() + ", circle seed " + seed + ")";
            if (!score.appliesTo(context)) {
              assertTrue(c.part(score.code()).isEmpty(), "expected a score that does not apply to the request"
                  + " (appliesTo false) to be left out of the candidate's parts, but it is there" + at);
              continue;
            }
            double value = score.score(context, member);
            assertTrue(value >= 0 && value <= 1, "expected a score between 0 and 1, but it is " + value + at);
            assertEquals(value, score.score(instance.context(), member),
                "expected the same score for the same member again (deterministic)" + at);
            assertEquals(score.figures(context, member), score.figures(instance.context(), member),
                "expected the same figures for the same member again (deterministic)" + at);
            assertFalse(score.figures(context, member).toString().contains(member.displayName()),
                "expected no personal data in the figures, but they hold the member's display name (not"
                    + " repeated here)" + at);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
              String text = c.part(score.code()).orElseThrow().explain(locale);
              assertFalse(text.matches(".*\\{[A-Za-z0-9_.]+}.*"), "expected a readable explanation in " + locale
                  + ", but it has an unfilled {placeholder}: does the message table have every figure's name?" + at);
            }
          }
        });
  }
}
