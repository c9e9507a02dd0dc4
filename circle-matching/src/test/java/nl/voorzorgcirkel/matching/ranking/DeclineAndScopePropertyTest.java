package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.Instances;
import org.junit.jupiter.api.Test;

/** Declines and scope, on random circles: properties that hold for every input. */
class DeclineAndScopePropertyTest {

  private static final List<MatchingStrategy> STRATEGIES = List.of(MatchingStrategies.standard(),
      MatchingStrategies.builder().declines(DeclineHandling.EXCLUDE).build(),
      MatchingStrategies.builder().notificationBudget(3).build());

  @Test
  void afterADeclineTheDeclinerIsNotAskedFirstAgainNorPenalisedElsewhere() {
    int[] seen = {0, 0};
    Props.property("decliner-not-asked-first-again", 500)
        .forAll(longs().all(), integers().between(3, 15), integers().between(0, 2))
        .checkAssert((seed, size, which) -> {
          MatchingStrategy strategy = STRATEGIES.get(which);
          Instances instance = Instances.random(seed, size);
          SplittableRandom random = new SplittableRandom(seed);
          RequestLifecycle lifecycle = RequestLifecycle.open(instance.request());
          java.time.Instant at = instance.request().createdAt();
          // a few rounds: ask whom the ranking says to ask first, some of them say no
          for (int round = 0; round < 3; round++) {
            Ranking ranking = strategy.rank(lifecycle, instance.snapshot());
            for (RankedCandidate c : ranking.askFirst()) {
              assertFalse(lifecycle.declinedBy().contains(c.member()), "a decliner is asked first again");
              assertFalse(lifecycle.pendingHelpers().contains(c.member()), "asked twice without an answer");
            }
            assertEquals(ranking.candidates().stream().map(RankedCandidate::member).toList(),
                strategy.order(lifecycle, instance.snapshot()), "order() keeps the ranking's groups");
            if (ranking.askFirst().isEmpty()) {
              break;
            }
            List<MemberId> ask = ranking.askFirst().stream().map(RankedCandidate::member).toList();
            at = at.plusSeconds(60);
            lifecycle = lifecycle.ask(at, null, ask);
            for (MemberId m : ask) {
              if (random.nextBoolean()) {
                at = at.plusSeconds(60);
                lifecycle = lifecycle.decline(at, m);
                seen[0]++;
              }
            }
          }
          Ranking last = strategy.rank(lifecycle, instance.snapshot());
          for (RankedCandidate c : last.askFirst()) {
            assertFalse(lifecycle.declinedBy().contains(c.member()));
          }
          seen[1] += last.declined().size();
          // no penalty on another request: the decliners rank there as if they had said yes
          HelpRequest other = instance.request().toBuilder().id(RequestId.of("r-other")).build();
          RequestLifecycle asksOnly = RequestLifecycle.open(instance.request());
          if (!lifecycle.history().isEmpty()) {
            List<MemberId> everyone = new ArrayList<>(lifecycle.pendingHelpers());
            everyone.addAll(lifecycle.declinedBy());
            if (!everyone.isEmpty()) {
              asksOnly = asksOnly.ask(at, null, everyone);
            }
          }
          assertEquals(strategy.rank(other, instance.snapshot().withRequests(List.of(asksOnly))).candidates(),
              strategy.rank(other, instance.snapshot().withRequests(List.of(lifecycle))).candidates(),
              "a decline changed the ranking of another request");
        });
    assertTrue(seen[0] > 250, "too few declines: " + seen[0]);
    assertTrue(seen[1] > 100, "too few decliners left as candidates at the end: " + seen[1]);
  }

  /** Every word the standard vocabulary has for what a circle refers, written as a capability code. */
  private static List<Capability> outOfScopeCodes() {
    List<Capability> codes = new ArrayList<>();
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      if (entry.category() != HelpCategory.CIRCLE_HELP) {
        for (String term : entry.terms()) {
          codes.add(Capability.of(CapabilityVocabulary.normalise(term).replace(' ', '-')));
        }
      }
    }
    return codes;
  }

  @Test
  void outOfScopeRequestsAreNeverRankedOrAssignedForEverySynonym() {
    List<Capability> codes = outOfScopeCodes();
    assertTrue(codes.size() > 100, "too few words: " + codes.size());
    for (String word : List.of("washing", "showering", "dressing", "toileting", "medication", "wound-care",
        "wassen", "douchen", "aankleden", "toiletgang", "medicatie", "wondzorg")) {
      assertTrue(codes.contains(Capability.of(word)), word);
    }
    Props.property("out-of-scope-never-ranked-or-assigned", 2 * codes.size())
        .forAll(longs().all(), integers().between(0, codes.size() - 1), integers().between(2, 15))
        .checkAssert((seed, index, size) -> {
          Instances instance = Instances.random(seed, size);
          Capability care = codes.get(index);
          HelpRequest request = instance.request().toBuilder().capability(care).build();
          ScopeDecision expected = ScopePolicies.standard().assess(request);
          assertFalse(expected.isInScope(), care.code());
          for (MatchingStrategy strategy : STRATEGIES) {
            Ranking ranking = strategy.rank(request, instance.snapshot());
            assertTrue(ranking.isReferred(), care.code());
            assertEquals(expected, ranking.scope());
            assertTrue(ranking.candidates().isEmpty() && ranking.askFirst().isEmpty());
            assertEquals(List.of(), strategy.order(request, instance.snapshot()));
            assertEquals(List.of(), strategy.order(RequestLifecycle.open(request), instance.snapshot()));
          }
          HelpRequest inScope = instance.request().toBuilder().id(RequestId.of("r-2")).build();
          AssignmentPlan plan = BatchAssignment.standard().plan(List.of(request, inScope), instance.snapshot());
          assertEquals(List.of(request.id()), plan.referrals().stream().map(r -> r.request()).toList());
          assertEquals(expected.referral().orElseThrow(), plan.referrals().get(0).target());
          assertTrue(plan.memberFor(request.id()).isEmpty());
          assertTrue(plan.unplaced().stream().noneMatch(u -> u.request().equals(request.id())));
        });
  }
}
