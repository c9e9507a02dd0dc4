package nl.voorzorgcirkel.matching.formation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NavigableSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Finds the real reason each candidate left out of every circle was not placed, the same way for
 * every algorithm: the first of the reasons listed in {@link NotPlaced} that holds.
 */
final class NotPlacedReasons {

  private NotPlacedReasons() {}

  /**
   * The candidates not in any group, by id, each with its reason.
   *
   * @param groups the circles formed
   * @param candidates the pool, sorted by id
   * @param policy the policy
   */
  static List<NotPlaced> of(List<List<Candidate>> groups, List<Candidate> candidates,
      FormationPolicy policy) {
    Map<MemberId, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (Candidate c : groups.get(g)) {
        groupOf.put(c.id(), g);
      }
    }
    int n = candidates.size();
    int[] circleOf = new int[n];
    List<Integer> unplaced = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      circleOf[i] = groupOf.getOrDefault(candidates.get(i).id(), -1);
      if (circleOf[i] < 0) {
        unplaced.add(i);
      }
    }
    if (unplaced.isEmpty()) {
      return List.of();
    }
    double limit = policy.maxDistanceMetres();
    Grid grid = new Grid(candidates, limit);
    int[] everyone = new int[n];
    for (int i = 0; i < n; i++) {
      everyone[i] = i;
    }
    int[] component = new Components(grid, limit).of(everyone);
    Map<Integer, Integer> componentSize = new HashMap<>();
    for (int c : component) {
      componentSize.merge(c, 1, Integer::sum);
    }
    List<NotPlaced> out = new ArrayList<>();
    for (int i : unplaced) {
      MemberId id = candidates.get(i).id();
      boolean anyone = false;
      TreeSet<Integer> near = new TreeSet<>();
      List<Integer> mates = new ArrayList<>(List.of(i));
      Optional<BuildingId> building = candidates.get(i).member().building();
      for (int j : grid.around(i)) {
        if (grid.within(i, j, limit)) {
          anyone = true;
          if (circleOf[j] >= 0) {
            near.add(circleOf[j]);
          } else if (building.isPresent() && building.equals(candidates.get(j).member().building())) {
            mates.add(j);
          }
        }
      }
      int size = componentSize.getOrDefault(component[i], 0);
      if (n < policy.minSize()) {
        out.add(new NotPlaced(id, "pool-too-small", Map.of("candidates", n, "min", policy.minSize())));
      } else if (!anyone) {
        out.add(new NotPlaced(id, "no-one-within-distance", Map.of("maxMetres", policy.maxDistanceMetres())));
      } else if (size < policy.minSize()) {
        out.add(new NotPlaced(id, "below-minimum-size", Map.of("candidates", size, "min", policy.minSize())));
      } else {
        out.add(reasonNear(id, near, mates, groups, candidates, policy));
      }
    }
    return out;
  }

  private static NotPlaced reasonNear(MemberId id, NavigableSet<Integer> near, List<Integer> mates,
      List<List<Candidate>> groups, List<Candidate> candidates, FormationPolicy policy) {
    boolean avoided = false;
    boolean full = false;
    for (int g : near) {
      List<Candidate> circle = groups.get(g);
      boolean within = true;
      boolean avoids = false;
      for (int i : mates) {
        Candidate c = candidates.get(i);
        for (Candidate member : circle) {
          within &= c.member().home().distanceMetresTo(member.member().home()) <= policy.maxDistanceMetres();
          avoids |= c.member().avoids().contains(member.id()) || member.member().avoids().contains(c.id());
        }
      }
      // a full circle is full however far its other members live; one with room is only
      // avoided if distance would not keep them apart anyway
      boolean room = circle.size() + mates.size() <= policy.maxSize();
      avoided |= room && within && avoids;
      full |= !room;
    }
    if (avoided) {
      return new NotPlaced(id, "avoids-nearby", Map.of());
    }
    if (full) {
      return new NotPlaced(id, "no-room-nearby", Map.of("max", policy.maxSize(), "together", mates.size()));
    }
    return new NotPlaced(id, "too-spread-out", Map.of("min", policy.minSize(),
        "maxMetres", policy.maxDistanceMetres()));
  }
}
