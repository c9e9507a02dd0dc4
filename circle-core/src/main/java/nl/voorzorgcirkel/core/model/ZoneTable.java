package nl.voorzorgcirkel.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's clock changes from 1900 to 2200 as plain numbers, made once per zone with {@code
 * java.time}: the offset at an instant, and whether a period has no clock change, by binary search
 * and without objects. {@code java.time} answers the same questions through a cache keyed by boxed
 * years, which costs more than the rest of a ranking's work with times. Outside its years the table
 * answers "not steady", and callers use {@code java.time}.
 *
 * <p>Thread-safe: immutable once made.
 */
final class ZoneTable {

  private static final long FIRST = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
  private static final Map<ZoneId, ZoneTable> TABLES = new ConcurrentHashMap<>();

  /** Epoch seconds of each clock change, in order. */
  /** What {@link #steadyOffset} answers when no one offset holds: no zone offset is this small. */
  static final int NOT_STEADY = Integer.MIN_VALUE;

  private final long[] changes;
  /** {@code offsets[0]}: the offset before the first change; {@code offsets[i + 1]}: after change i. */
  private final int[] offsets;

  private ZoneTable(long[] changes, int[] offsets) {
    this.changes = changes;
    this.offsets = offsets;
  }

  /** The table of a zone, made on first use. */
  @SuppressWarnings("ReferenceEquality") // the constant itself takes the fast path; equal zones the map
  static ZoneTable of(ZoneId zone) {
    return zone == WeeklyAvailability.DEFAULT_ZONE ? DefaultZone.TABLE
        : TABLES.computeIfAbsent(zone, ZoneTable::make);
  }

  private static ZoneTable make(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    long[] changes = new long[64];
    int[] offsets = new int[65];
    offsets[0] = rules.getOffset(Instant.ofEpochSecond(FIRST)).getTotalSeconds();
    int n = 0;
    for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(FIRST));
        t != null && t.getInstant().getEpochSecond() < LAST; t = rules.nextTransition(t.getInstant())) {
      if (n == changes.length) {
        changes = Arrays.copyOf(changes, n * 2);
        offsets = Arrays.copyOf(offsets, n * 2 + 1);
      }
      changes[n] = t.getInstant().getEpochSecond();
      offsets[++n] = t.getOffsetAfter().getTotalSeconds();
    }
    return new ZoneTable(Arrays.copyOf(changes, n), Arrays.copyOf(offsets, n + 1));
  }

  /**
   * Whether the clock does not change from {@code from} to {@code to}, both included.
   *
   * @param from epoch seconds
   * @param to epoch seconds, not before {@code from}
   * @return true if no change falls in the period and the period lies within the table's years
   */
  /**
   * The one offset that holds from {@code from} to {@code to} (epoch seconds, both included), or
   * {@link #NOT_STEADY} if the offset changes between them or they lie outside this table.
   */
  int steadyOffset(long from, long to) {
    if (from < FIRST || to >= LAST) {
      return NOT_STEADY;
    }
    // the changes before the first at or after from have happened, and none follows up to to
    int i = firstAtOrAfter(from);
    return i == changes.length || changes[i] > to ? offsets[i] : NOT_STEADY;
  }

  private int firstAtOrAfter(long second) {
    int i = Arrays.binarySearch(changes, second); // the changes are distinct
    return i >= 0 ? i : -i - 1;
  }

  /** The table of the zone of Dutch circles, read without a map lookup. */
  private static final class DefaultZone {
    static final ZoneTable TABLE = TABLES.computeIfAbsent(WeeklyAvailability.DEFAULT_ZONE, ZoneTable::make);
  }
}
