package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.voorzorgcirkel.core.Fixtures;
import nl.voorzorgcirkel.core.Props;
import nl.voorzorgcirkel.core.RandomModel;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link MatchingStrategy} contract, run against every implementation we ship. */
class MatchingStrategyContractTest {

  static Stream<Arguments> strategies() {
    return Stream.of(
        Arguments.of("standard", MatchingStrategies.standard()),
        Arguments.of("no fairness", MatchingStrategies.builder()
            .fairness(FairnessStrategies.none(), 0).build()),
        Arguments.of("least loaded", MatchingStrategies.builder()
            .fairness(FairnessStrategies.leastLoaded(), 0.5).build()),
        Arguments.of("deficit round robin", MatchingStrategies.builder()
            .fairness(FairnessStrategies.deficitRoundRobin(), 0.5).build()),
        Arguments.of("leximin, distance only", MatchingStrategies.builder()
            .fairness(FairnessStrategies.leximin(), 1)
            .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
            .score(SoftScores.capabilityFit(), 0).notificationBudget(3).build()),
        Arguments.of("extra rule", MatchingStrategies.builder()
            .addRule((context, member) -> member.id().value().endsWith("3")
                ? java.util.Optional.of(Exclusion.of(member.id(), "ends-in-three", java.util.Map.of()))
                : java.util.Optional.empty())
            .build()));
  }

  /** A random circle of 2 to 15 members, a ledger of earlier help and a request of member m-0. */
  static Instance instance(long seed, int size) {
    RandomModel random = new RandomModel(seed);
    Circle generated = random.circle(size);
    HelpRequest request = random.request(RequestId.of("r-1"), MemberId.of("m-0"), Fixtures.NOW);
    // most members offer what is asked, so that rankings have candidates as well as exclusions
    List<Member> members = new ArrayList<>();
    for (Member m : generated.members()) {
      members.add(random.chance(0.7) && !m.offers(request.capability())
          ? m.toBuilder().addCapabilities(CapabilityOffer.of(request.capability())).build() : m);
    }
    Circle circle = generated.toBuilder().members(members).build();
    HelpLedger ledger = HelpLedger.empty();
    Instant now = Fixtures.NOW;
    for (int i = 0, n = random.between(0, 60); i < n; i++) {
      ledger = ledger.append(random.record(size, now.minus(Duration.ofDays(35)), Duration.ofDays(42)));
    }
    // help some members promised already, at set times near the request's window
    List<nl.voorzorgcirkel.core.commitment.Commitment> promised = new ArrayList<>();
    for (int i = 0, n = random.between(0, 4); i < n && size > 1; i++) {
      MemberId helper = MemberId.of("m-" + random.between(1, size - 1));
      Instant start = request.window().start().plus(Duration.ofMinutes(random.between(-120, 240)));
      Duration length = Duration.ofMinutes(random.between(15, 180));
      promised.add(nl.voorzorgcirkel.core.commitment.Commitment.builder()
          .request(RequestId.of("c-" + i)).helper(helper).recipient(MemberId.of("m-0"))
          .capability(request.capability())
          .window(nl.voorzorgcirkel.core.model.TimeWindow.fixed(start, start.plus(length)))
          .duration(length).build());
    }
    return new Instance(circle, CircleSnapshot.at(circle, ledger, now)
        .withCommitments(nl.voorzorgcirkel.core.commitment.CommitmentBook.of(promised)), request);
  }

  record Instance(Circle circle, CircleSnapshot snapshot, HelpRequest request) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void honoursTheContract(String name, MatchingStrategy strategy) {
    java.util.concurrent.atomic.AtomicInteger candidates = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger exclusions = new java.util.concurrent.atomic.AtomicInteger();
    Props.property("matching-contract " + name, 400)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instance instance = instance(seed, size);
          Ranking ranking = strategy.rank(instance.request(), instance.snapshot());
          checkContract(instance, ranking);
          candidates.addAndGet(ranking.candidates().size());
          exclusions.addAndGet(ranking.exclusions().size());
          assertEquals(ranking, strategy.rank(instance.request(), instance.snapshot()), "deterministic");
          assertEquals(ranking, strategy.rank(instance.request(), shuffled(instance, seed)),
              "independent of member order");
          List<MemberId> ranked = new ArrayList<>();
          ranking.candidates().forEach(c -> ranked.add(c.member()));
          assertEquals(ranked, strategy.order(instance.request(), instance.snapshot()),
              "order() gives the candidates of rank(), in order");
          assertEquals(ranked, strategy.order(instance.request(), shuffled(instance, seed)),
              "order() is independent of member order");
        });
    // the random instances must exercise both sides, or the checks above prove little
    assertTrue(candidates.get() > 300, "too few candidates generated: " + candidates);
    assertTrue(exclusions.get() > 300, "too few exclusions generated: " + exclusions);
  }

  private static CircleSnapshot shuffled(Instance instance, long seed) {
    List<Member> members = new ArrayList<>(instance.circle().members());
    Collections.shuffle(members, new Random(seed));
    Circle circle = instance.circle().toBuilder().members(members).build();
    return CircleSnapshot.at(circle, instance.snapshot().ledger(), instance.snapshot().now())
        .withCommitments(instance.snapshot().commitments());
  }

  private static void checkContract(Instance instance, Ranking ranking) {
    Set<MemberId> seen = new HashSet<>();
    MatchContext context = new MatchContext(instance.request(), instance.snapshot(),
        Duration.ofDays(MatchingStrategies.DEFAULT_LOAD_WINDOW_DAYS));
    double previous = Double.POSITIVE_INFINITY;
    MemberId previousId = null;
    for (Candidate c : ranking.candidates()) {
      assertTrue(seen.add(c.member()), "member twice: " + c.member());
      assertFalse(c.member().equals(instance.request().requester()), "the requester is a candidate");
      Member member = instance.circle().member(c.member()).orElseThrow();
      for (HardRule rule : HardRules.standard()) {
        assertEquals(java.util.Optional.empty(), rule.check(context, member),
            "a candidate fails a hard rule");
      }
      Duration after = context.weekLoad(member).plus(instance.request().expectedDuration());
      assertTrue(after.compareTo(member.capacityPerWeek()) <= 0, "candidate past capacity");
      Instant start = c.earliestStart().orElseThrow();
      assertTrue(instance.snapshot().commitments().overlapping(member.id(), start,
          start.plus(instance.request().expectedDuration()), HardRules.DEFAULT_TRAVEL_BUFFER).isEmpty(),
          "a candidate would be at two places at once");
      assertTrue(c.score() >= 0 && c.score() <= 1 + 1e-12, "score out of range");
      assertEquals(c.score(), c.parts().stream().mapToDouble(ScorePart::contribution).sum(), 1e-9);
      assertTrue(c.score() < previous || c.score() == previous && c.member().compareTo(previousId) > 0,
          "not ordered by score, then member id");
      previous = c.score();
      previousId = c.member();
    }
    for (Exclusion e : ranking.exclusions()) {
      assertTrue(seen.add(e.member()), "member both candidate and excluded, or twice: " + e.member());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String message = e.message(locale);
        assertFalse(message.isBlank() || message.contains("{"), "bad message: " + message);
      }
    }
    assertEquals(instance.circle().members().size(), seen.size(), "a member is missing");
    assertEquals(Math.min(ranking.notificationBudget(), ranking.candidates().size()), ranking.askFirst().size());
    assertEquals(ranking.candidates().size(), ranking.askFirst().size() + ranking.askNext().size());
  }
}
