package nl.voorzorgcirkel.testing.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;

/**
 * A random matching problem: a circle of 2 to 15 members, a ledger of up to 60 earlier occasions
 * of help over the past five weeks (some of them occurrences of a series), up to 3 pieces of help
 * members promised at set times near the request's window (some of them legs of the request's
 * trip), and a request of member {@code m-0} that most members offer (some requests in a series or
 * on a trip).
 *
 * @param circle the circle, not null
 * @param snapshot the circle, its ledger, its commitments and now ({@link Fixtures#NOW}), not null
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
    // help some members promised already, at set times near the request's window; some of it
    // another leg of the request's trip
    List<Commitment> promised = new ArrayList<>();
    for (int i = 0, n = random.between(0, 4); i < n && size > 1; i++) {
      Instant start = request.window().start().plus(Duration.ofMinutes(random.between(-120, 240)));
      Duration length = Duration.ofMinutes(random.between(15, 180));
      Commitment.Builder commitment = Commitment.builder()
          .request(RequestId.of("c-" + i)).helper(MemberId.of("m-" + random.between(1, size - 1)))
          .recipient(MemberId.of("m-0")).capability(request.capability())
          .window(TimeWindow.fixed(start, start.plus(length))).duration(length);
      if (request.trip().isPresent() && random.chance(0.5)) {
        commitment.trip(request.trip().get());
      }
      promised.add(commitment.build());
    }
    return new Instances(circle, CircleSnapshot.at(circle, ledger, now)
        .withCommitments(CommitmentBook.of(promised)), request);
  }

  /**
   * The same circle, ledger, commitments and now, with the members in another order.
   *
   * @param seed the seed of the shuffle
   * @return the snapshot
   */
  public CircleSnapshot shuffled(long seed) {
    List<Member> members = new ArrayList<>(circle.members());
    Collections.shuffle(members, new Random(seed));
    return CircleSnapshot.at(circle.toBuilder().members(members).build(), snapshot.ledger(), snapshot.now())
        .withCommitments(snapshot.commitments());
  }

  /**
   * The same circle, ledger, commitments and request, seen at another now: before the request's
   * window, while it runs or after it.
   *
   * @param now the snapshot's now, not null
   * @return the instance
   * @since 0.1.0
   */
  public Instances at(Instant now) {
    return new Instances(circle, CircleSnapshot.at(circle, snapshot.ledger(), now)
        .withCommitments(snapshot.commitments()), request);
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
