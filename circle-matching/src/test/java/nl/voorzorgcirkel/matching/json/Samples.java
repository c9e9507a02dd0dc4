package nl.voorzorgcirkel.matching.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithms;
import nl.voorzorgcirkel.matching.formation.FormationPolicy;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.testing.matching.Instances;
import nl.voorzorgcirkel.testing.matching.RandomPools;

/** Random results from a seed, of every kind a service returns: the same seed, the same result. */
final class Samples {

  private static final MatchingStrategy STRATEGY = MatchingStrategies.standard();

  private Samples() {}

  /**
   * A ranking of a random request in a circle of 2 to 15, after a few rounds of asking in which
   * some said no and others have not answered; now and then a request the circle refers elsewhere.
   */
  static Ranking ranking(long seed) {
    RandomModel random = new RandomModel(seed);
    Instances instance = Instances.random(seed, random.between(2, 15));
    HelpRequest request = random.chance(0.1)
        ? instance.request().toBuilder().capability(Capability.of("showering")).build()
        : instance.request();
    RequestLifecycle lifecycle = RequestLifecycle.open(request);
    Instant at = request.createdAt();
    for (int round = 0, rounds = random.between(0, 3); round < rounds; round++) {
      List<RankedCandidate> ask = STRATEGY.rank(lifecycle, instance.snapshot()).askFirst();
      if (ask.isEmpty()) {
        break;
      }
      at = at.plusSeconds(60);
      lifecycle = lifecycle.ask(at, null, ask.stream().map(RankedCandidate::member).toList());
      for (RankedCandidate c : ask) {
        if (random.chance(0.5)) {
          at = at.plusSeconds(60);
          lifecycle = lifecycle.decline(at, c.member());
        }
      }
    }
    return STRATEGY.rank(lifecycle, instance.snapshot());
  }

  /** A plan for 1 to 8 random requests of the circle's members, now and then one it refers. */
  static AssignmentPlan plan(long seed) {
    RandomModel random = new RandomModel(seed);
    int size = random.between(2, 15);
    Instances instance = Instances.random(seed, size);
    List<HelpRequest> requests = new ArrayList<>();
    requests.add(instance.request());
    for (int i = 2, n = random.between(1, 8); i <= n; i++) {
      HelpRequest request = random.request(RequestId.of("r-" + i), MemberId.of("m-" + random.between(0, size - 1)),
          Fixtures.NOW);
      requests.add(random.chance(0.1) ? request.toBuilder().capability(Capability.of("wound-care")).build() : request);
    }
    return BatchAssignment.standard().plan(requests, instance.snapshot());
  }

  /** The health check of a random circle of 2 to 15. */
  static HealthReport health(long seed) {
    RandomModel random = new RandomModel(seed);
    return CircleHealthCheck.check(Instances.random(seed, random.between(2, 15)).circle(), Fixtures.TODAY);
  }

  /** Circles formed from a random pool of 8 to 60 in 1 to 3 neighbourhoods. */
  static FormationResult formation(long seed) {
    RandomModel random = new RandomModel(seed);
    return FormationAlgorithms.recursiveBisection(FormationPolicy.standard(), seed)
        .form(RandomPools.pool(seed, random.between(8, 60), random.between(1, 3)), Fixtures.TODAY);
  }
}
