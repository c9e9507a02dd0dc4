package nl.voorzorgcirkel.testing.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;

/**
 * A random matching problem: a circle of 2 to 15 members, a ledger of up to 60 earlier occasions
 * of help over the past five weeks, and a request of member {@code m-0} that most members offer.
 *
 * @param circle the circle, not null
 * @param snapshot the circle, its ledger and now ({@link Fixtures#NOW}), not null
 * @param request the request, not null
 * @since 0.1.0
 */
public record Instances(Circle circle, CircleSnapshot snapshot, HelpRequest request) {

  /**
   * A random instance.
   *
   * @param seed the seed; the same seed gives the same instance
   * @param size the number of members, 2 to 15
   * @return the instance
   */
  public static Instances random(long seed, int size) {
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
    return new Instances(circle, CircleSnapshot.at(circle, ledger, now), request);
  }

  /**
   * The same circle, ledger and now, with the members in another order.
   *
   * @param seed the seed of the shuffle
   * @return the snapshot
   */
  public CircleSnapshot shuffled(long seed) {
    List<Member> members = new ArrayList<>(circle.members());
    Collections.shuffle(members, new Random(seed));
    return CircleSnapshot.at(circle.toBuilder().members(members).build(), snapshot.ledger(), snapshot.now());
  }

  /**
   * The context in which hard rules and soft scores see the request, with the default load window
   * of 28 days.
   *
   * @return a new context
   */
  public MatchContext context() {
    return MatchContext.of(request, snapshot, Duration.ofDays(28));
  }
}
