package nl.voorzorgcirkel.testing.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.testing.RandomModel;

/**
 * Random pools of candidates for forming circles: seniors around a few neighbourhood centres, most
 * within about 600 m of theirs and one in twenty far out, some avoiding or wanting another.
 * Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class RandomPools {

  private RandomPools() {}

  /**
   * A pool of candidates {@code c-0} to {@code c-(size-1)}.
   *
   * @param seed the seed; the same seed gives the same pool
   * @param size the number of candidates, 0 or more
   * @param neighbourhoods the number of neighbourhood centres, 1 or more
   * @return the candidates, in id order
   */
  public static List<Candidate> pool(long seed, int size, int neighbourhoods) {
    RandomModel model = new RandomModel(seed);
    Random random = new Random(seed);
    double[][] centres = new double[neighbourhoods][];
    for (int k = 0; k < neighbourhoods; k++) {
      centres[k] = new double[] {52.30 + random.nextDouble() * 0.2, 5.10 + random.nextDouble() * 0.3};
    }
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double[] c = centres[random.nextInt(neighbourhoods)];
      // most live within about 600 m of their neighbourhood's centre; a few far out
      double spread = random.nextInt(20) == 0 ? 0.05 : 0.006;
      MemberId avoided = MemberId.of("c-" + random.nextInt(Math.max(1, size)));
      Member m = model.member(MemberId.of("c-" + i)).toBuilder()
          .home(GeoPoint.of(c[0] + random.nextGaussian() * spread, c[1] + random.nextGaussian() * spread * 1.6))
          .status(MemberStatus.ACTIVE).pausedUntil(java.util.Optional.empty())
          .avoids(random.nextInt(10) == 0 && !avoided.value().equals("c-" + i) ? List.of(avoided) : List.of())
          .build();
      List<MemberId> wants = new ArrayList<>();
      if (random.nextInt(5) == 0) {
        MemberId friend = MemberId.of("c-" + random.nextInt(size));
        if (!friend.equals(m.id())) {
          wants.add(friend);
        }
      }
      pool.add(new Candidate(m, random.nextInt(4) == 0, wants));
    }
    return pool;
  }
}
