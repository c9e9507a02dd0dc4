package nl.voorzorgcirkel.matching.formation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import nl.voorzorgcirkel.core.model.GeoPoint;

/**
 * Candidates' homes projected to metres (equirectangular about the pool's mean latitude) and
 * bucketed in square cells, to find who lives near whom without comparing every pair.
 *
 * <p>Cells are as wide as the distance asked about, widened by the projection's largest scale
 * error over the pool, so that the 3 x 3 cells around a home hold everyone within that distance;
 * exact distances are then checked on the sphere ({@link #within}, as {@link
 * GeoPoint#distanceMetresTo} measures them). Not thread-safe while built, read-only after.
 */
final class Grid {

  private static final double METRES_PER_DEGREE = 111_195.0;
  /**
   * A relative allowance for what a flat projection leaves out (the earth's curvature, the rounded
   * metres per degree): well above (50 km / 6,371 km)^2 = 6e-5 at the policy's largest distance.
   */
  private static final double CURVATURE = 1e-4;

  final double[] x;
  final double[] y;
  final GeoPoint[] homes;
  final double cell;
  /** The projection's largest relative scale error over the pool. */
  final double error;
  private final Map<Long, int[]> cells;

  Grid(List<Candidate> candidates, double metres) {
    int n = candidates.size();
    x = new double[n];
    y = new double[n];
    homes = new GeoPoint[n];
    double meanLat = 0;
    double minLat = 90;
    double maxLat = -90;
    for (int i = 0; i < n; i++) {
      homes[i] = candidates.get(i).member().home();
      meanLat += homes[i].latitude() / n;
      minLat = Math.min(minLat, homes[i].latitude());
      maxLat = Math.max(maxLat, homes[i].latitude());
    }
    double cos = Math.cos(Math.toRadians(meanLat));
    // east-west, the projection scales true distances at latitude L by cos(mean) / cos(L): it
    // compresses them most where |L| is least (on the equator if the pool spans it) and stretches
    // them most where |L| is greatest; a stretch by 1 / r is an error of 1 / r - 1, not 1 - r
    double nearest = minLat <= 0 && maxLat >= 0 ? 0 : Math.min(Math.abs(minLat), Math.abs(maxLat));
    double farthest = Math.min(89, Math.max(Math.abs(minLat), Math.abs(maxLat)));
    error = n == 0 ? 0 : Math.max(0, Math.max(Math.cos(Math.toRadians(nearest)) / cos - 1,
        cos / Math.cos(Math.toRadians(farthest)) - 1));
    cell = metres * (1 + error) + 1;
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      x[i] = homes[i].longitude() * cos * METRES_PER_DEGREE;
      y[i] = homes[i].latitude() * METRES_PER_DEGREE;
      buckets.computeIfAbsent(key((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)),
          k -> new ArrayList<>()).add(i);
    }
    cells = new HashMap<>();
    buckets.forEach((k, list) -> cells.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  private static long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }

  /** The projected distance, in metres: fast, and within the projection's error of the truth. */
  double projected(int a, int b) {
    return Math.hypot(x[a] - x[b], y[a] - y[b]);
  }

  /** Whether two homes are at most {@code metres} apart on the sphere. */
  boolean within(int a, int b, double metres) {
    double dx = x[a] - x[b];
    double dy = y[a] - y[b];
    double squared = dx * dx + dy * dy;
    double outer = metres * (1 + error) + 1;
    double inner = metres / ((1 + error) * (1 + CURVATURE)) - 1;
    // far apart, or close, even allowing for the projection's error: no need for the sphere
    return squared <= inner * inner
        || (squared <= outer * outer && homes[a].distanceMetresTo(homes[b]) <= metres);
  }

  /**
   * Calls {@code action} for every candidate in the 3 x 3 cells around {@code i}, {@code i}
   * excluded: a superset of those within the grid's distance.
   */
  void forEachAround(int i, IntConsumer action) {
    long cx = (long) Math.floor(x[i] / cell);
    long cy = (long) Math.floor(y[i] / cell);
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        int[] in = cells.get(key(cx + dx, cy + dy));
        if (in != null) {
          for (int j : in) {
            if (j != i) {
              action.accept(j);
            }
          }
        }
      }
    }
  }

  /** Every candidate in the 3 x 3 cells around {@code i}, {@code i} excluded, in index order per cell. */
  List<Integer> around(int i) {
    List<Integer> out = new ArrayList<>();
    forEachAround(i, out::add);
    return out;
  }
}
