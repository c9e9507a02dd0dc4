package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link HardRule}: extend this class, list your rules in {@link #rules()}, and
 * JUnit checks each on every member of 300 random circles ({@link Instances}): deterministic,
 * {@code excludes} answering as {@code check} does, an exclusion naming the member it was asked
 * about with a stable code, and texts in English and Dutch without the member's name or an unfilled
 * placeholder.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HardRuleContract {

  /** For subclasses. */
  protected HardRuleContract() {}

  /**
   * The rules to check, each with the name shown in the test report.
   *
   * @return the rules, not empty
   */
  protected abstract List<Named<HardRule>> rules();

  /**
   * Checks the specification on every member of random circles.
   *
   * @param rule the rule under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  public void namesTheMemberItExcludesWithAStableCodeAndText(HardRule rule, TestInfo test) {
    Props.property("hard-rule-contract " + test.getDisplayName(), 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          for (Member member : instance.circle().members()) {
            Optional<Exclusion> first = rule.check(instance.context(), member);
            String at = " (member " + member.id() + ", circle of " + size + ", circle seed " + seed + ")";
            assertEquals(first, rule.check(instance.context(), member),
                "expected the same answer when the same member is checked again (deterministic)" + at);
            assertEquals(first.isPresent(), rule.excludes(instance.context(), member),
                "expected excludes(...) to be true exactly when check(...) gives an exclusion" + at);
            first.ifPresent(e -> {
              assertEquals(member.id(), e.member(), "expected the exclusion to name the member checked" + at);
              assertFalse(e.code().isBlank(), "expected a stable, non-blank code for the exclusion" + at);
              for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                String text = e.message(locale);
                assertFalse(text.matches(".*\\{[A-Za-z0-9_.]+}.*") || text.startsWith("exclusion."),
                    "expected a readable text in " + locale + " for exclusion code " + e.code()
                        + ", but it has an unfilled {placeholder} or no text of its own (exclusion.<code>)" + at);
                assertFalse(text.contains(member.displayName()), "expected no personal data in the text in "
                    + locale + " for exclusion code " + e.code() + ", but it holds the member's display name"
                    + " (not repeated here)" + at);
              }
            });
          }
        });
  }
}
