package nl.voorzorgcirkel.core.lifecycle;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * How often each member was asked to help and how often they said no, read from requests'
 * lifecycles: the notification load a member carries, which a fairness strategy may spread
 * (Manshadi and Rodilitz, "Online volunteer notification", Management Science 2022, on
 * notification fatigue).
 *
 * <p>Asks and declines are not help: a member who is asked often and says no has given nothing,
 * and owes nothing. Every {@link RequestEvent.Asked} counts once for each member it asked; every
 * {@link RequestEvent.Declined} once for the member who declined (an asked member who says no, or
 * a helper who withdraws).
 *
 * <p>Immutable and thread-safe; a count over a period costs a binary search in the member's own
 * events.
 *
 * @since 0.1.0
 */
public final class AskHistory {

  private static final AskHistory EMPTY = new AskHistory(Map.of(), Map.of(), 0, 0);
  private static final Instant[] NONE = new Instant[0];

  /** Per member, each time they were asked, sorted. */
  private final Map<MemberId, Instant[]> asked;
  /** Per member, each time they said no, sorted. */
  private final Map<MemberId, Instant[]> declined;
  private final int asks;
  private final int declines;

  private AskHistory(Map<MemberId, Instant[]> asked, Map<MemberId, Instant[]> declined, int asks, int declines) {
    this.asked = asked;
    this.declined = declined;
    this.asks = asks;
    this.declines = declines;
  }

  /**
   * The history in which nobody was asked.
   *
   * @return the empty history
   */
  public static AskHistory empty() {
    return EMPTY;
  }

  /**
   * The asks and declines of a set of requests.
   *
   * @param lifecycles the requests' lifecycles, not null, without null elements; each request
   *     should appear once
   * @return the history
   */
  public static AskHistory from(Collection<RequestLifecycle> lifecycles) {
    Map<MemberId, Instant[]> asked = new HashMap<>();
    Map<MemberId, Instant[]> declined = new HashMap<>();
    Map<MemberId, Integer> askCount = new HashMap<>();
    Map<MemberId, Integer> declineCount = new HashMap<>();
    int asks = 0;
    int declines = 0;
    for (RequestLifecycle lifecycle : lifecycles) {
      for (Transition transition : Objects.requireNonNull(lifecycle, "lifecycle").history()) {
        RequestEvent event = transition.event();
        if (event instanceof RequestEvent.Asked) {
          for (MemberId member : ((RequestEvent.Asked) event).helpers()) {
            add(asked, askCount, member, event.at());
            asks++;
          }
        } else if (event instanceof RequestEvent.Declined) {
          add(declined, declineCount, ((RequestEvent.Declined) event).helper(), event.at());
          declines++;
        }
      }
    }
    return new AskHistory(sorted(asked, askCount), sorted(declined, declineCount), asks, declines);
  }

  private static void add(Map<MemberId, Instant[]> times, Map<MemberId, Integer> counts, MemberId member,
      Instant at) {
    Instant[] list = times.getOrDefault(member, NONE);
    int n = counts.getOrDefault(member, 0);
    if (n == list.length) {
      list = Arrays.copyOf(list, Math.max(4, n * 2));
      times.put(member, list);
    }
    list[n] = at;
    counts.put(member, n + 1);
  }

  private static Map<MemberId, Instant[]> sorted(Map<MemberId, Instant[]> times, Map<MemberId, Integer> counts) {
    Map<MemberId, Instant[]> out = new HashMap<>();
    times.forEach((member, list) -> {
      Instant[] exact = Arrays.copyOf(list, Objects.requireNonNull(counts.get(member), "count"));
      Arrays.sort(exact);
      out.put(member, exact);
    });
    return out;
  }

  /**
   * How often a member was asked in {@code [from, to)}, whatever they answered.
   *
   * @param member the member, not null
   * @param from start (included), not null
   * @param to end (excluded), not null
   * @return 0 or more
   */
  public int timesAsked(MemberId member, Instant from, Instant to) {
    return count(asked, member, from, to);
  }

  /**
   * How often a member said no (declined when asked, or withdrew) in {@code [from, to)}.
   *
   * @param member the member, not null
   * @param from start (included), not null
   * @param to end (excluded), not null
   * @return 0 or more
   */
  public int timesDeclined(MemberId member, Instant from, Instant to) {
    return count(declined, member, from, to);
  }

  /**
   * Whether nobody was ever asked.
   *
   * @return true for a history without asks or declines
   */
  public boolean isEmpty() {
    return asks == 0 && declines == 0;
  }

  private static int count(Map<MemberId, Instant[]> times, MemberId member, Instant from, Instant to) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Instant[] list = times.get(member);
    if (list == null) {
      return 0;
    }
    return Math.max(0, firstAtLeast(list, to) - firstAtLeast(list, from));
  }

  /** The first index whose time is at or after an instant. */
  private static int firstAtLeast(Instant[] list, Instant instant) {
    int low = 0;
    int high = list.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (list[mid].isBefore(instant)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Counts only: who was asked is not for logs. */
  @Override
  public String toString() {
    return "AskHistory{asks=" + asks + ", declines=" + declines + "}";
  }
}
