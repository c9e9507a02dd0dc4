package nl.voorzorgcirkel.testing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.ranking.AskStatus;
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
 * failing {@link #rulesEveryCandidatePasses()}; no candidate's start on a day they are away or
 * paused; candidates by score, ties by member id; scores in {@code [0, 1]}
 * that add up from their parts; the same ranking every time and whatever the members' order;
 * {@code order()} the candidates of {@code rank()}; the notification budget respected; exclusion
 * texts in English and Dutch. A second check ranks requests under way ({@code rank(lifecycle, ...)}):
 * nobody who said no or has not answered yet is asked first, and each member is reported as not
 * asked, awaiting an answer or having declined as the lifecycle says (see {@link
 * #honoursTheRequestsLifecycle}). A third ranks requests seen at random moments around their
 * window: no candidate starts before now, and a request whose time has passed has none (see
 * {@link #neverStartsBeforeNow}). A fourth checks that a decline counts only for the request
 * declined: members who said no to another request are ranked for this one exactly as if they had
 * not answered it (see {@link #aDeclineChangesNothingForOtherRequests}).
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
          check(instance, ranking, seed);
          candidates.addAndGet(ranking.candidates().size());
          exclusions.addAndGet(ranking.exclusions().size());
          assertEquals(outcome(ranking), outcome(strategy.rank(instance.request(), instance.snapshot())),
              "expected the same ranking when the same request and snapshot are ranked again (deterministic),"
                  + " but it changed (candidates with scores, then exclusions; circle seed " + seed + ")");
          assertEquals(ranking, strategy.rank(instance.request(), instance.snapshot()),
              "expected an equal Ranking when ranked again (deterministic); circle seed " + seed);
          assertEquals(outcome(ranking), outcome(strategy.rank(instance.request(), instance.shuffled(seed))),
              "expected the same ranking with the circle's members in another order, but it changed: a"
                  + " strategy must not depend on member order (ties go by member id); circle seed " + seed);
          List<MemberId> ranked = sameOrder(strategy, instance, ranking, seed);
          assertEquals(ranked, strategy.order(instance.request(), instance.shuffled(seed)),
              "expected order() to give the same member ids with the circle's members in another order;"
                  + " circle seed " + seed);
        });
    // the random instances must exercise both sides, or the checks above prove little
    assertTrue(candidates.get() > 200, "expected more than 200 candidates over the random circles, so the"
        + " checks prove something, but the strategy ranked " + candidates + " (does it exclude nearly everyone?);"
        + " property seed " + Props.SEED);
    assertTrue(exclusions.get() > 200, "expected more than 200 exclusions over the random circles, but the"
        + " strategy made " + exclusions + " (does it drop the standard hard rules?); property seed " + Props.SEED);
  }

  /**
   * Checks, on random circles and random progress of the request (members asked, some of whom
   * said no), what a ranking with the request's lifecycle promises: nobody who said no, and nobody
   * asked who has not answered yet, is asked first; those asked and not answered are reported as
   * {@linkplain Ranking#awaitingAnswer() awaiting an answer}; those who said no are excluded or
   * reported as {@linkplain Ranking#declined() having declined}; the others as not asked; and
   * {@code order(lifecycle, ...)} gives the candidates of {@code rank(lifecycle, ...)}.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   * @since 0.1.0
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void honoursTheRequestsLifecycle(MatchingStrategy strategy, TestInfo test) {
    AtomicInteger declinedSeen = new AtomicInteger();
    AtomicInteger awaitingSeen = new AtomicInteger();
    Props.property("matching-contract-lifecycle " + test.getDisplayName(), 400)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          RequestLifecycle lifecycle = progress(instance, seed);
          Ranking ranking = strategy.rank(lifecycle, instance.snapshot());
          Set<MemberId> first = new HashSet<>();
          ranking.askFirst().forEach(c -> first.add(c.member()));
          for (MemberId no : lifecycle.declinedBy()) {
            assertFalse(first.contains(no), "expected " + no + ", who said no, not to be asked first again,"
                + " but askFirst() holds them; circle seed " + seed);
          }
          for (MemberId waiting : lifecycle.pendingHelpers()) {
            assertFalse(first.contains(waiting), "expected " + waiting + ", who was asked and has not answered"
                + " yet, not to be asked first again, but askFirst() holds them; circle seed " + seed);
          }
          Set<MemberId> awaiting = new HashSet<>();
          ranking.awaitingAnswer().forEach(c -> awaiting.add(c.member()));
          Set<MemberId> declined = new HashSet<>();
          ranking.declined().forEach(c -> declined.add(c.member()));
          for (RankedCandidate c : ranking.candidates()) {
            boolean asked = lifecycle.pendingHelpers().contains(c.member());
            boolean saidNo = lifecycle.declinedBy().contains(c.member());
            assertEquals(asked, awaiting.contains(c.member()),
                c.member() + (asked ? " was asked and is not reported as awaiting an answer"
                    : " is reported as awaiting an answer but was not asked")
                    + " (expected awaitingAnswer() to hold exactly the members asked who have not answered);"
                    + " circle seed " + seed);
            assertEquals(saidNo, declined.contains(c.member()),
                c.member() + (saidNo ? " said no and is not reported as having declined"
                    : " is reported as having declined but did not")
                    + " (expected declined() to hold exactly the candidates who said no); circle seed " + seed);
            assertEquals(asked ? AskStatus.AWAITING_ANSWER : saidNo ? AskStatus.DECLINED : AskStatus.NOT_ASKED,
                c.askStatus(), "expected " + c.member() + "'s ask status from the lifecycle (asked and not"
                    + " answered: AWAITING_ANSWER; said no: DECLINED; else NOT_ASKED); circle seed " + seed);
            if (asked) {
              awaitingSeen.incrementAndGet();
            }
            if (saidNo) {
              declinedSeen.incrementAndGet();
            }
          }
          List<MemberId> ranked = new ArrayList<>();
          ranking.candidates().forEach(c -> ranked.add(c.member()));
          assertEquals(ranked, strategy.order(lifecycle, instance.snapshot()),
              "expected order(lifecycle, ...) to give the member ids of rank(lifecycle, ...)'s candidates, in"
                  + " order; circle seed " + seed);
          assertEquals(outcome(ranking), outcome(strategy.rank(lifecycle, instance.shuffled(seed))),
              "expected the same ranking of the request under way with the circle's members in another order,"
                  + " but it changed; circle seed " + seed);
          assertEquals(ranking, strategy.rank(lifecycle, instance.shuffled(seed)),
              "expected an equal Ranking with the circle's members in another order; circle seed " + seed);
        });
    assertTrue(declinedSeen.get() > 40, "expected more than 40 candidates who said no over the random circles,"
        + " but the strategy ranked " + declinedSeen + " (does it exclude whoever said no? the specification"
        + " moves them to the end instead); property seed " + Props.SEED);
    assertTrue(awaitingSeen.get() > 40, "expected more than 40 candidates awaiting an answer over the random"
        + " circles, but the strategy ranked " + awaitingSeen + "; property seed " + Props.SEED);
  }

  /**
   * The instance's request under way: some members other than the requester asked, a minute after
   * it was filed, and some of those said no a minute later.
   */
  private static RequestLifecycle progress(Instances instance, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<MemberId> others = new ArrayList<>();
    for (Member m : instance.circle().members()) {
      if (!m.id().equals(instance.request().requester())) {
        others.add(m.id());
      }
    }
    others.sort(null);
    List<MemberId> asked = new ArrayList<>();
    for (MemberId m : others) {
      if (random.nextInt(3) > 0) {
        asked.add(m);
      }
    }
    Instant at = instance.request().createdAt().plus(Duration.ofMinutes(1));
    RequestLifecycle lifecycle = RequestLifecycle.open(instance.request());
    if (asked.isEmpty()) {
      return lifecycle;
    }
    lifecycle = lifecycle.ask(at, null, asked);
    for (MemberId m : asked) {
      if (random.nextBoolean()) {
        lifecycle = lifecycle.decline(at.plus(Duration.ofMinutes(1)), m);
      }
    }
    return lifecycle;
  }

  /**
   * Checks, on random circles seen at random moments from a day before the request's window to
   * ten days after its start, that help never starts before the snapshot's now: no candidate's
   * earliest start lies before now, a request whose time has passed ({@link MatchContext#isOver()}:
   * a fixed start before now, or too little of the window left) has no candidates, and the rest of
   * the specification holds at every such moment.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   * @since 0.1.0
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void neverStartsBeforeNow(MatchingStrategy strategy, TestInfo test) {
    AtomicInteger over = new AtomicInteger();
    AtomicInteger begun = new AtomicInteger();
    Props.property("matching-contract-now " + test.getDisplayName(), 400)
        .forAll(longs().all(), integers().between(2, 15), integers().between(-1_440, 14_400))
        .checkAssert((seed, size, minutes) -> {
          Instances random = Instances.random(seed, size);
          Instant now = random.request().window().start().plus(Duration.ofMinutes(minutes));
          Instances instance = random.at(now);
          Ranking ranking = strategy.rank(instance.request(), instance.snapshot());
          check(instance, ranking, seed);
          for (RankedCandidate c : ranking.candidates()) {
            assertFalse(c.earliestStart().orElseThrow().isBefore(now),
                "expected no earliest start before the snapshot's now " + now + ", but " + c.member()
                    + " would start at " + c.earliestStart().orElseThrow() + "; circle seed " + seed);
          }
          if (instance.context().isOver()) {
            assertEquals(List.of(), ranking.candidates(), "expected no candidates for a request whose time has"
                + " passed (MatchContext.isOver()) at " + now + ", but the ranking has "
                + ranking.candidates().size() + "; circle seed " + seed);
            over.incrementAndGet();
          } else if (minutes > 0 && !ranking.candidates().isEmpty()) {
            begun.incrementAndGet();
          }
          sameOrder(strategy, instance, ranking, seed);
        });
    // both sides: requests whose time has passed, and windows under way that still have room
    assertTrue(over.get() > 50, "expected more than 50 random requests whose time has passed, but there were "
        + over + "; property seed " + Props.SEED);
    assertTrue(begun.get() > 20, "expected more than 20 windows under way that still have candidates, but the"
        + " strategy ranked candidates in " + begun + "; property seed " + Props.SEED);
  }

  /**
   * Checks, on random circles, that saying no is never held against a member on another request
   * (the specification: a decline moves the decliner to the end of, or excludes them from, the
   * request they declined only). Another request of the circle, filed two days before now, was put
   * to some members a day and a half ago and some of them said no a day ago; the instance's request
   * must be ranked the same (the same candidates with the same scores in the same order, the same
   * exclusions with the same rules) as when those members had not answered yet. A strategy that
   * excludes or scores members by {@link MatchContext#timesDeclined} fails here.
   *
   * @param strategy the strategy under test
   * @param test the test's name, shown with the property's seed
   * @since 0.1.0
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  public void aDeclineChangesNothingForOtherRequests(MatchingStrategy strategy, TestInfo test) {
    AtomicInteger declinersRanked = new AtomicInteger();
    Props.property("matching-contract-decline-elsewhere " + test.getDisplayName(), 400)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          Instant now = instance.snapshot().now();
          HelpRequest elsewhere = instance.request().toBuilder().id(RequestId.of("r-elsewhere"))
              .createdAt(now.minus(Duration.ofDays(2))).build();
          SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
          List<MemberId> asked = new ArrayList<>();
          List<MemberId> saidNo = new ArrayList<>();
          for (Member m : instance.circle().members()) {
            if (!m.id().equals(elsewhere.requester()) && random.nextInt(3) > 0) {
              asked.add(m.id());
              if (saidNo.isEmpty() || random.nextBoolean()) {
                saidNo.add(m.id());
              }
            }
          }
          if (asked.isEmpty()) {
            return;
          }
          asked.sort(null);
          RequestLifecycle unanswered = RequestLifecycle.open(elsewhere)
              .ask(now.minus(Duration.ofHours(36)), null, asked);
          RequestLifecycle declined = unanswered;
          for (MemberId m : saidNo) {
            declined = declined.decline(now.minus(Duration.ofDays(1)), m);
          }
          Ranking without = strategy.rank(instance.request(),
              instance.snapshot().withAskHistory(AskHistory.from(List.of(unanswered))));
          Ranking with = strategy.rank(instance.request(),
              instance.snapshot().withAskHistory(AskHistory.from(List.of(declined))));
          assertEquals(outcome(without), outcome(with), saidNo
              + " said no to another request, and this request's ranking changed (candidates with their"
              + " scores, then exclusions with their rules; a decline must count for the declined"
              + " request only: expected the ranking as when they had not answered); circle seed " + seed);
          declinersRanked.addAndGet(saidNo.size());
        });
    assertTrue(declinersRanked.get() > 200, "expected more than 200 members who said no elsewhere over the"
        + " random circles, but there were " + declinersRanked + "; property seed " + Props.SEED);
  }

  /** A ranking as the candidates' ids and scores in order, then the exclusions' ids and rules. */
  private static List<String> outcome(Ranking ranking) {
    List<String> outcome = new ArrayList<>();
    ranking.candidates().forEach(c -> outcome.add(c.member() + " " + c.score()));
    ranking.exclusions().forEach(e -> outcome.add(e.member() + " excluded: " + e.code()));
    return outcome;
  }

  /** Checks that {@code order()} gives the candidates of the ranking, in order; returns them. */
  private static List<MemberId> sameOrder(MatchingStrategy strategy, Instances instance, Ranking ranking,
      long seed) {
    List<MemberId> ranked = new ArrayList<>();
    ranking.candidates().forEach(c -> ranked.add(c.member()));
    assertEquals(ranked, strategy.order(instance.request(), instance.snapshot()),
        "expected order() to give the member ids of rank()'s candidates, in order; circle seed " + seed);
    return ranked;
  }

  private void check(Instances instance, Ranking ranking, long seed) {
    String at = "; circle seed " + seed;
    Set<MemberId> seen = new HashSet<>();
    MatchContext context = instance.context();
    double previous = Double.POSITIVE_INFINITY;
    MemberId previousId = null;
    for (RankedCandidate c : ranking.candidates()) {
      assertTrue(seen.add(c.member()), "expected each member once among the candidates, but " + c.member()
          + " is there twice" + at);
      assertFalse(c.member().equals(instance.request().requester()), "expected the requester " + c.member()
          + " never to be a candidate for their own request, but they are" + at);
      Member member = instance.circle().member(c.member()).orElseThrow();
      for (HardRule rule : rulesEveryCandidatePasses()) {
        Optional<Exclusion> broken = rule.check(context, member);
        assertEquals(Optional.empty(), broken.map(Exclusion::code), "expected every candidate to pass the"
            + " standard hard rules, but candidate " + c.member() + " fails rule " + broken.map(Exclusion::code)
            .orElse("") + at);
      }
      Duration after = context.weekLoad(member).plus(instance.request().expectedDuration());
      assertTrue(after.compareTo(member.capacityPerWeek()) <= 0, "expected candidates within their weekly"
          + " capacity of " + member.capacityPerWeek() + " with this request, but " + c.member() + " would reach "
          + after + at);
      Instant start = c.earliestStart().orElseThrow();
      Instant end = start.plus(instance.request().expectedDuration());
      assertTrue(member.isAvailableOn(LocalDate.ofInstant(start, instance.snapshot().zone())),
          "expected candidates to be available on the day of their earliest start, but " + c.member()
              + " is away or paused on " + LocalDate.ofInstant(start, instance.snapshot().zone()) + at);
      for (Commitment promised : instance.snapshot().commitments().overlapping(member.id(), start, end,
          HardRules.DEFAULT_TRAVEL_BUFFER)) {
        // another leg of the same trip may follow on without travel time, but not overlap
        boolean sameTrip = instance.request().trip().isPresent() && promised.trip().equals(instance.request().trip());
        assertTrue(sameTrip && !promised.overlaps(start, end, Duration.ZERO), "expected no candidate with"
            + " another commitment within the travel buffer of " + start + " to " + end + ", but " + c.member()
            + " would be at two places at once" + at);
      }
      assertTrue(c.score() >= 0 && c.score() <= 1 + 1e-12, "expected a score between 0 and 1, but "
          + c.member() + " has " + c.score() + at);
      assertEquals(c.score(), c.parts().stream().mapToDouble(ScorePart::contribution).sum(), 1e-9,
          "expected " + c.member() + "'s score to be the sum of its parts' contributions" + at);
      assertTrue(c.score() < previous || (c.score() == previous && previousId != null && c.member().compareTo(previousId) > 0),
          "expected candidates ordered by score, highest first, then by member id, but " + c.member() + " ("
              + c.score() + ") follows " + previousId + " (" + previous + ")" + at);
      previous = c.score();
      previousId = c.member();
    }
    for (Exclusion e : ranking.exclusions()) {
      assertTrue(seen.add(e.member()), "expected each member once, as a candidate or excluded, but "
          + e.member() + " is both or excluded twice" + at);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String message = e.message(locale);
        assertFalse(message.isBlank() || message.matches(".*\\{[A-Za-z0-9_.]+}.*"), "expected a readable"
            + " message in " + locale + " for exclusion " + e.code() + " of " + e.member()
            + ", but it is blank or has an unfilled {placeholder}" + at);
      }
    }
    assertEquals(instance.circle().members().size(), seen.size(), "expected every one of the circle's "
        + instance.circle().members().size() + " members as a candidate or excluded, but " + seen.size()
        + " are" + at);
    assertEquals(Math.min(ranking.notificationBudget(), ranking.candidates().size()), ranking.askFirst().size(),
        "expected askFirst() to hold as many candidates as the notification budget allows" + at);
    assertEquals(ranking.candidates().size(), ranking.askFirst().size() + ranking.askNext().size(),
        "expected askFirst() and askNext() to hold every candidate between them" + at);
  }
}
