package nl.voorzorgcirkel.matching.internal;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import org.jspecify.annotations.Nullable;

/**
 * The distances between the homes of one circle's members, each measured once ({@link
 * GeoPoint#distanceMetresTo}, from a helper's home to the requester's) and kept for as long as the
 * same circle value is ranked on the same thread: homes do not move, and a circle's members ask
 * each other hundreds of times a year, so most rankings would measure the same few pairs again.
 *
 * <p>The value kept is the one {@code helper.home().distanceMetresTo(requester.home())} returns,
 * measured the same way, so it is equal to it to the last bit. Members are found by identity: a
 * member object that is not one of the circle's own gets {@code -1} from {@link #indexOf} and is
 * measured by its caller.
 *
 * <p>Not API. Confined to one thread: {@link #of} keeps the last table of each thread, weakly
 * referenced, so an idle thread holds no one's home and the collector may drop a table at any
 * time (the next ranking of the circle measures again).
 */
public final class HomeDistances {

  private static final ThreadLocal<WeakReference<HomeDistances>> LAST = new ThreadLocal<>();

  private final Circle circle;
  private final Member[] members;
  /** By the requester's index: each member's distance to their home, -1 where not measured yet. */
  private final double[] @Nullable [] toHomeOf;
  /** Where {@link #indexOf} starts looking: after the member it found last. */
  private int next;

  private HomeDistances(Circle circle) {
    this.circle = circle;
    List<Member> all = circle.members();
    this.members = all.toArray(new Member[0]);
    this.toHomeOf = new double[members.length][];
  }

  /**
   * The table of a circle value: this thread's last one if it was for the same value (by
   * identity), otherwise a new one that replaces it.
   *
   * @param circle the circle, not null
   * @return the table; use it on this thread only
   */
  public static HomeDistances of(Circle circle) {
    Objects.requireNonNull(circle, "circle");
    WeakReference<HomeDistances> last = LAST.get();
    HomeDistances table = last == null ? null : last.get();
    if (table == null || table.circle != circle) {
      table = new HomeDistances(circle);
      LAST.set(new WeakReference<>(table));
    }
    return table;
  }

  /**
   * Where a member object stands in the circle's list, by identity.
   *
   * @param member the member, not null
   * @return the index, or -1 if the object is not one of the circle's own
   */
  public int indexOf(Member member) {
    // a ranking asks about the members in the circle's order: start after the last one found
    int n = members.length;
    for (int k = 0, i = next; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
      if (members[i] == member) {
        next = i + 1 == n ? 0 : i + 1;
        return i;
      }
    }
    return -1;
  }

  /**
   * The distance from one member's home to another's, as {@code
   * helper.home().distanceMetresTo(requester.home())} measures it, measured on first use.
   *
   * @param helper the helper's index, from {@link #indexOf}
   * @param requester the requester's index, from {@link #indexOf}
   * @return metres, 0 or more
   */
  public double metres(int helper, int requester) {
    double[] row = toHomeOf[requester];
    if (row == null) {
      row = new double[members.length];
      Arrays.fill(row, -1);
      toHomeOf[requester] = row;
    }
    double d = row[helper];
    if (d < 0) {
      d = members[helper].home().distanceMetresTo(members[requester].home());
      row[helper] = d;
    }
    return d;
  }
}
