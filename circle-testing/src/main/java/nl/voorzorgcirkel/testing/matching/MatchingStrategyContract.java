package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.matching.ranking.ScorePart;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link MatchingStrategy}: extend this class, list your strategies in {@link
 * #strategies()}, and JUnit checks each on 400 random circles ({@link Instances}) against the
 * interface's specification: every member a candidate or excluded, once; never the requester, nor
 * a member the request would take past their weekly capacity (help given plus help promised), nor
 * one whose promised help at set times it would overlap (with the default travel buffer), nor one
 * failing {@link
 * #rulesEveryCandidatePasses()}; candidates by score, ties by member id; scores in {@code [0, 1]}
 * that add up from their parts; the same ranking every time and whatever the members' order;
 * {@code order()} the candidates of {@code rank()}; the notification budget respected; exclusion
 * texts in English and Dutch.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MatchingStrategyContract {

  /** For subclasses. */
  protected MatchingStrategyContract() {}

  /**
   * The strategies to check, each with the name shown in the test report.
   *
   * @return the strategies, not empty
   */
  protected abstract List<Named<MatchingStrategy>> strategies();

  /**
   * The hard rules no candidate of the strategies may fail: by the specification, not the
   * requester and within capacity. A subclass whose strategies apply more rules names them.
   *
   * @return the rules
   */
  protected List<HardRule> rulesEveryCandidatePasses() {
    return List.of(HardRules.notTheRequester(), HardRules.withinCapacity());
  }

  /**
   * Checks the specification on random circles.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void honoursTheContract(MatchingStrategy strategy, TestInfo test) {
    AtomicInteger candidates = new AtomicInteger();
    AtomicInteger exclusions = new AtomicInteger();
    Props.property("matching-contract " + test.getDisplayName(), 400)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          Ranking ranking = strategy.rank(instance.request(), instance.snapshot());
          check(instance, ranking);
          candidates.addAndGet(ranking.candidates().size());
          exclusions.addAndGet(ranking.exclusions().size());
          assertEquals(ranking, strategy.rank(instance.request(), instance.snapshot()), "deterministic");
          assertEquals(ranking, strategy.rank(instance.request(), instance.shuffled(seed)),
              "independent of member order");
          List<MemberId> ranked = new ArrayList<>();
          ranking.candidates().forEach(c -> ranked.add(c.member()));
          assertEquals(ranked, strategy.order(instance.request(), instance.snapshot()),
              "order() gives the candidates of rank(), in order");
          assertEquals(ranked, strategy.order(instance.request(), instance.shuffled(seed)),
              "order() is independent of member order");
        });
    // the random instances must exercise both sides, or the checks above prove little
    assertTrue(candidates.get() > 200, "too few candidates generated: " + candidates);
    assertTrue(exclusions.get() > 200, "too few exclusions generated: " + exclusions);
  }

  private void check(Instances instance, Ranking ranking) {
    Set<MemberId> seen = new HashSet<>();
    MatchContext context = instance.context();
    double previous = Double.POSITIVE_INFINITY;
    MemberId previousId = null;
    for (RankedCandidate c : ranking.candidates()) {
      assertTrue(seen.add(c.member()), "member twice: " + c.member());
      assertFalse(c.member().equals(instance.request().requester()), "the requester is a candidate");
      Member member = instance.circle().member(c.member()).orElseThrow();
      for (HardRule rule : rulesEveryCandidatePasses()) {
        assertEquals(Optional.empty(), rule.check(context, member), "a candidate fails a hard rule");
      }
      Duration after = context.weekLoad(member).plus(instance.request().expectedDuration());
      assertTrue(after.compareTo(member.capacityPerWeek()) <= 0, "candidate past capacity");
      Instant start = c.earliestStart().orElseThrow();
      Instant end = start.plus(instance.request().expectedDuration());
      for (Commitment promised : instance.snapshot().commitments().overlapping(member.id(), start, end,
          HardRules.DEFAULT_TRAVEL_BUFFER)) {
        // another leg of the same trip may follow on without travel time, but not overlap
        boolean sameTrip = instance.request().trip().isPresent() && promised.trip().equals(instance.request().trip());
        assertTrue(sameTrip && !promised.overlaps(start, end, Duration.ZERO), "a candidate would be at two places at once");
      }
      assertTrue(c.score() >= 0 && c.score() <= 1 + 1e-12, "score out of range");
      assertEquals(c.score(), c.parts().stream().mapToDouble(ScorePart::contribution).sum(), 1e-9);
      assertTrue(c.score() < previous || (c.score() == previous && previousId != null && c.member().compareTo(previousId) > 0),
          "not ordered by score, then member id");
      previous = c.score();
      previousId = c.member();
    }
    for (Exclusion e : ranking.exclusions()) {
      assertTrue(seen.add(e.member()), "member both candidate and excluded, or twice: " + e.member());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String message = e.message(locale);
        assertFalse(message.isBlank() || message.matches(".*\\{[A-Za-z0-9_.]+}.*"), "bad message: " + message);
      }
    }
    assertEquals(instance.circle().members().size(), seen.size(), "a member is missing");
    assertEquals(Math.min(ranking.notificationBudget(), ranking.candidates().size()), ranking.askFirst().size());
    assertEquals(ranking.candidates().size(), ranking.askFirst().size() + ranking.askNext().size());
  }
}
