package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.Instances;
import org.junit.jupiter.api.Test;

/**
 * What a context keeps about each member it was asked about: asked about many members in any
 * order, by their own ids and by equal copies, it answers for each as a fresh context asked about
 * that member alone does.
 */
class MatchContextFactsPropertyTest {

  private record Facts(long weekLoad, long windowLoad, int timesHelped, double distance) {}

  private static Facts of(MatchContext context, Member member, MemberId id) {
    return new Facts(context.weekLoad(member).toNanos(), context.windowLoad(id).toNanos(),
        context.timesHelpedRequester(id), context.distanceMetres(member));
  }

  @Test
  void aContextAnswersForEachMemberAsAFreshOneDoes() {
    Props.property("match-context-facts-per-member", 300)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instance = Instances.random(seed, size);
          List<Member> members = instance.circle().members();
          List<Facts> alone = new ArrayList<>();
          for (Member m : members) {
            alone.add(of(instance.context(), m, m.id()));
          }
          // one context, every member twice in a random order, half the time by an equal copy of the id
          List<Integer> asks = new ArrayList<>();
          for (int i = 0; i < 2 * members.size(); i++) {
            asks.add(i % members.size());
          }
          Random random = new Random(seed);
          Collections.shuffle(asks, random);
          MatchContext shared = instance.context();
          for (int i : asks) {
            Member m = members.get(i);
            MemberId id = random.nextBoolean() ? m.id() : MemberId.of(m.id().value());
            assertEquals(alone.get(i), of(shared, m, id), "member " + i);
          }
        });
  }
}
