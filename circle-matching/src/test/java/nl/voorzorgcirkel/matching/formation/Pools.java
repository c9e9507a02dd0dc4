package nl.voorzorgcirkel.matching.formation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;

/** Random pools of candidates around a few neighbourhood centres, and hand-placed candidates. */
final class Pools {

  /** Muziekwijk, Almere: the origin of hand-placed candidates. */
  static final double LAT = 52.372;
  static final double LON = 5.222;

  private Pools() {}

  /** Random candidates (from {@link RandomModel}) around the centres, no building, no neighbourhood. */
  static List<Candidate> pool(long seed, int size, int neighbourhoods) {
    return city(seed, size, neighbourhoods, false, 0);
  }

  /**
   * Random candidates around neighbourhood centres; with {@code named}, each knows its
   * neighbourhood ("Wijk 0", "Wijk 1", ...); {@code buildingShare} of them live in buildings of 2
   * to 20 residents who share a spot (within about 20 m) and avoid nobody in it.
   */
  static List<Candidate> city(long seed, int size, int neighbourhoods, boolean named, double buildingShare) {
    RandomModel model = new RandomModel(seed);
    Random random = new Random(seed);
    double[][] centres = new double[neighbourhoods][];
    for (int k = 0; k < neighbourhoods; k++) {
      centres[k] = new double[] {52.30 + random.nextDouble() * 0.2, 5.10 + random.nextDouble() * 0.3};
    }
    List<Candidate> pool = new ArrayList<>();
    int buildings = 0;
    for (int i = 0; i < size; ) {
      int k = random.nextInt(neighbourhoods);
      double[] c = centres[k];
      // most live within about 600 m of their neighbourhood's centre; a few far out
      double spread = random.nextInt(20) == 0 ? 0.05 : 0.006;
      double lat = c[0] + random.nextGaussian() * spread;
      double lon = c[1] + random.nextGaussian() * spread * 1.6;
      boolean inBuilding = random.nextDouble() < buildingShare;
      int residents = inBuilding ? Math.min(size - i, 2 + random.nextInt(19)) : 1;
      Optional<BuildingId> building = inBuilding ? Optional.of(BuildingId.of("b-" + buildings++)) : Optional.empty();
      int first = i;
      for (int r = 0; r < residents; r++, i++) {
        MemberId avoided = MemberId.of("c-" + random.nextInt(Math.max(1, size)));
        boolean avoids = random.nextInt(10) == 0 && !avoided.value().equals("c-" + i)
            && !(inBuilding && sameBuilding(avoided, first, first + residents));
        Member m = model.member(MemberId.of("c-" + i)).toBuilder()
            .home(GeoPoint.of(lat + random.nextGaussian() * 0.0001, lon + random.nextGaussian() * 0.00015))
            .status(MemberStatus.ACTIVE).pausedUntil(Optional.empty())
            .avoids(avoids ? List.of(avoided) : List.of())
            .building(building)
            .build();
        List<MemberId> wants = new ArrayList<>();
        if (random.nextInt(5) == 0) {
          MemberId friend = MemberId.of("c-" + random.nextInt(size));
          if (!friend.equals(m.id())) {
            wants.add(friend);
          }
        }
        pool.add(new Candidate(m, random.nextInt(4) == 0, wants,
            named ? Optional.of("Wijk " + k) : Optional.empty()));
      }
    }
    // nobody avoids a resident of their own building, from either side
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : pool) {
      List<MemberId> avoids = new ArrayList<>();
      for (MemberId other : c.member().avoids()) {
        int j = Integer.parseInt(other.value().substring(2));
        if (c.member().building().isEmpty() || !c.member().building().equals(pool.get(j).member().building())) {
          avoids.add(other);
        }
      }
      out.add(new Candidate(c.member().toBuilder().avoids(avoids).build(), c.willingToConnect(),
          c.wantsWith(), c.neighbourhood()));
    }
    return out;
  }

  private static boolean sameBuilding(MemberId id, int from, int to) {
    int j = Integer.parseInt(id.value().substring(2));
    return j >= from && j < to;
  }

  /** A candidate at the given offset in metres from the origin, vital, offering nothing. */
  static Candidate at(String id, double northMetres, double eastMetres) {
    return Candidate.of(Fixtures.member(id)
        .home(GeoPoint.of(LAT + northMetres / 111_195.0,
            LON + eastMetres / (111_195.0 * Math.cos(Math.toRadians(LAT)))))
        .build(), false);
  }
}
