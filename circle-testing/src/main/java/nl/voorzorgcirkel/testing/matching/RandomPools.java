package nl.voorzorgcirkel.testing.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.RandomModel;

/**
 * Pools of candidates for forming circles: random seniors around a few neighbourhood centres, most
 * within about 600 m of theirs and one in twenty far out, some avoiding or wanting another, some
 * living together in a building; and candidates placed by hand at a distance from one origin.
 * Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class RandomPools {

  /** Latitude of the origin of {@link #at}: Muziekwijk, Almere, in degrees. */
  public static final double LATITUDE = 52.372;
  /** Longitude of the origin of {@link #at}, in degrees. */
  public static final double LONGITUDE = 5.222;

  private static final double METRES_PER_DEGREE = 111_195.0;

  private RandomPools() {}

  /**
   * A pool of candidates {@code c-0} to {@code c-(size-1)} without buildings or neighbourhood
   * names: {@link #city city(seed, size, neighbourhoods, false, 0)}.
   *
   * @param seed the seed; the same seed gives the same pool
   * @param size the number of candidates, 0 or more
   * @param neighbourhoods the number of neighbourhood centres, 1 or more
   * @return the candidates, in id order
   */
  public static List<Candidate> pool(long seed, int size, int neighbourhoods) {
    return city(seed, size, neighbourhoods, false, 0);
  }

  /**
   * A pool of candidates {@code c-0} to {@code c-(size-1)} around neighbourhood centres. With
   * {@code named}, each knows its neighbourhood ({@code "Wijk 0"}, {@code "Wijk 1"}, ...). About
   * {@code buildingShare} of them live in buildings of 2 to 20 residents, who share a spot (within
   * about 20 m) and avoid nobody in their building.
   *
   * @param seed the seed; the same seed gives the same pool
   * @param size the number of candidates, 0 or more
   * @param neighbourhoods the number of neighbourhood centres, 1 or more
   * @param named whether candidates know their neighbourhood's name
   * @param buildingShare the chance that a spot is a building, 0 to 1
   * @return the candidates, in id order
   */
  public static List<Candidate> city(long seed, int size, int neighbourhoods, boolean named,
      double buildingShare) {
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
        int avoided = random.nextInt(Math.max(1, size));
        boolean avoids = random.nextInt(10) == 0 && avoided != i
            && !(inBuilding && avoided >= first && avoided < first + residents);
        Member m = model.member(MemberId.of("c-" + i)).toBuilder()
            .home(GeoPoint.of(lat + random.nextGaussian() * 0.0001, lon + random.nextGaussian() * 0.00015))
            .status(MemberStatus.ACTIVE).pausedUntil(Optional.empty())
            .avoids(avoids ? List.of(MemberId.of("c-" + avoided)) : List.of())
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
    return withoutAvoidingHousemates(pool);
  }

  /** Nobody avoids a resident of their own building, from either side. */
  private static List<Candidate> withoutAvoidingHousemates(List<Candidate> pool) {
    List<Candidate> out = new ArrayList<>(pool.size());
    for (Candidate c : pool) {
      Optional<BuildingId> building = c.member().building();
      if (building.isEmpty() || c.member().avoids().isEmpty()) {
        out.add(c);
        continue;
      }
      List<MemberId> avoids = new ArrayList<>();
      for (MemberId other : c.member().avoids()) {
        int j = Integer.parseInt(other.value().substring(2));
        if (!building.equals(pool.get(j).member().building())) {
          avoids.add(other);
        }
      }
      out.add(new Candidate(c.member().toBuilder().avoids(avoids).build(), c.willingToConnect(),
          c.wantsWith(), c.neighbourhood()));
    }
    return out;
  }

  /**
   * A candidate placed by hand: {@code northMetres} north and {@code eastMetres} east of the
   * origin ({@link #LATITUDE}, {@link #LONGITUDE}), a {@link Fixtures#member} (vital, offering
   * nothing), not willing to connect.
   *
   * @param id the member id, not null
   * @param northMetres metres north of the origin (negative: south), within about 100 km
   * @param eastMetres metres east of the origin (negative: west), within about 100 km
   * @return the candidate
   */
  public static Candidate at(String id, double northMetres, double eastMetres) {
    return Candidate.of(Fixtures.member(id)
        .home(GeoPoint.of(LATITUDE + northMetres / METRES_PER_DEGREE,
            LONGITUDE + eastMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(LATITUDE)))))
        .build(), false);
  }
}
