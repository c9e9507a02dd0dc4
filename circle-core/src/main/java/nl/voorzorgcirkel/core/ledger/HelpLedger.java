package nl.voorzorgcirkel.core.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import org.jspecify.annotations.Nullable;

/**
 * The append-only record of help given in a circle, and the loads it adds up to.
 *
 * <p>A ledger is an immutable value: {@link #append(HelpRecord)} returns a new ledger and leaves
 * this one as it was, so a ledger can be handed to matching as a snapshot while new help is
 * recorded. Appending to the newest ledger takes amortised constant time (the new ledger shares
 * storage with the old one, which sees only its own records); appending to an older ledger copies.
 *
 * <p>Each occasion of help is recorded once: a ledger refuses a record equal to one it holds, and a
 * second record of the same request (a request is done once; each occurrence of a recurring
 * need is a request of its own).
 *
 * <p>Loads count help <em>given</em>, by start time, over half-open periods {@code [from, to)},
 * to the nanosecond.
 * Help received is reported by {@link #receivedBy}, never used against a member.
 *
 * <p>The ledger keeps indexes as it grows, so that queries read only the records that can count:
 * the positions of each member's records as helper and as recipient, and of each pair's, and the
 * latest start so far, which tells where records of a period can begin. Records may be appended in
 * any order of start time; a ledger whose records arrive roughly in time order (help is recorded
 * when it ends) reads about the records of the period asked for.
 *
 * <p>Thread-safe: any number of threads may read and append.
 *
 * @since 0.1.0
 */
public final class HelpLedger {

  private final Storage storage;
  /** The storage's arrays as they were when this ledger was made; final, so safely published. */
  private final HelpRecord[] elements;
  private final long[] latestStart;
  private final int size;

  private HelpLedger(Storage storage, HelpRecord[] elements, long[] latestStart, int size) {
    this.storage = storage;
    this.elements = elements;
    this.latestStart = latestStart;
    this.size = size;
  }

  /**
   * The empty ledger.
   *
   * @return a ledger without records
   */
  public static HelpLedger empty() {
    return new Storage(new HelpRecord[0]).ledger();
  }

  /**
   * A ledger with the given records, in order.
   *
   * @param records the records, not null, without null elements
   * @return the ledger
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a record repeats, or two
   *     records name the same request
   */
  public static HelpLedger of(List<HelpRecord> records) {
    HelpRecord[] copy = records.toArray(new HelpRecord[0]);
    for (int i = 0; i < copy.length; i++) {
      Objects.requireNonNull(copy[i], "records[" + i + "]");
    }
    return new Storage(copy).ledger();
  }

  /**
   * A ledger with one more record at the end; this ledger is unchanged.
   *
   * @param record the record, not null
   * @return the new ledger
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if this ledger already holds
   *     an equal record, or a record of the same request: help is counted once (in English and
   *     Dutch, naming the request)
   */
  public HelpLedger append(HelpRecord record) {
    Objects.requireNonNull(record, "record");
    return storage.appendAt(size, record);
  }

  /**
   * Every record, in the order appended.
   *
   * @return an unmodifiable list
   */
  public List<HelpRecord> records() {
    HelpRecord[] elements = this.elements;
    int n = size;
    return new AbstractList<>() {
      @Override
      public HelpRecord get(int index) {
        Objects.checkIndex(index, n);
        return elements[index];
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /**
   * The number of records.
   *
   * @return 0 or more
   */
  public int size() {
    return size;
  }

  /**
   * The help a member gave that started in {@code [from, to)}.
   *
   * <p>Reads only the member's own records from the period on: a query over a recent week costs
   * about the number of records in that week, however long the ledger.
   *
   * @param helper the member, not null
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return the summed effort, zero or more
   */
  public Duration givenBy(MemberId helper, Instant from, Instant to) {
    Objects.requireNonNull(helper, "helper");
    checkPeriod(from, to);
    return storage.effortIn(storage.byHelper, helper, from, to, size);
  }

  /**
   * The help a member received that started in {@code [from, to)}: for reports only.
   *
   * @param recipient the member, not null
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return the summed effort, zero or more
   */
  public Duration receivedBy(MemberId recipient, Instant from, Instant to) {
    Objects.requireNonNull(recipient, "recipient");
    checkPeriod(from, to);
    return storage.effortIn(storage.byRecipient, recipient, from, to, size);
  }

  /**
   * The load of every member who helped in {@code [from, to)}: one pass over the records from
   * the period on.
   *
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return an unmodifiable map sorted by member id; members who gave no help are absent
   */
  public SortedMap<MemberId, Duration> loads(Instant from, Instant to) {
    checkPeriod(from, to);
    TreeMap<MemberId, Duration> loads = new TreeMap<>();
    for (int i = firstFrom(from); i < size; i++) {
      HelpRecord r = elements[i];
      if (inPeriod(r.start(), from, to)) {
        loads.merge(r.helper(), r.effort(), Duration::plus);
      }
    }
    return Collections.unmodifiableSortedMap(loads);
  }

  /**
   * How often {@code helper} helped {@code recipient} before an instant: familiarity, since people
   * prefer a helper they know. Reads the pair's own records, and of those only the ones that may
   * start after {@code before}.
   *
   * @param helper the helper, not null
   * @param recipient the recipient, not null
   * @param before only help that started before this instant counts, not null
   * @return the number of occasions, 0 or more
   */
  public int timesHelped(MemberId helper, MemberId recipient, Instant before) {
    Objects.requireNonNull(helper, "helper");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(before, "before");
    return storage.timesHelped(helper, recipient, before, size);
  }

  /** Ledgers are equal when they hold equal records in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof HelpLedger helpLedger && records().equals(helpLedger.records());
  }

  @Override
  public int hashCode() {
    return records().hashCode();
  }

  /**
   * The size only: records name members and are not needed in logs.
   *
   * @return for example {@code "HelpLedger{records=12}"}
   */
  @Override
  public String toString() {
    return "HelpLedger{records=" + size + "}";
  }

  /**
   * The first position whose record may start at or after {@code from}: a binary search on whole
   * seconds, so it may stop a little early; the callers check each record's start.
   */
  private int firstFrom(Instant from) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (latestStart[mid] < from.getEpochSecond()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean inPeriod(Instant t, Instant from, Instant to) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Arguments.invalid("HelpLedger", "to", "notBefore", Map.of("other", "from"));
    }
  }

  /**
   * Shared, growing storage with two indexes: the latest start among the first records (it only
   * grows, so a binary search finds where a period can begin) and each member's record positions
   * as helper and as recipient (they only grow, so a ledger reads the positions below its size).
   * Slots below a ledger's size are never written again, and each ledger keeps the arrays it was
   * made with; only the member indexes are read under the lock, briefly.
   */
  private static final class Storage {
    private HelpRecord[] elements;
    /** {@code latestStart[i]}: the latest start among records {@code 0..i}, in epoch seconds. */
    private long[] latestStart;
    /**
     * Each record's start and effort as numbers: member queries read these arrays, not the
     * records, which after a while are no longer in the processor's cache.
     */
    private long[] startSeconds;
    private int[] startNanos;
    private long[] effortSeconds;
    private int[] effortNanos;
    /** Which request each record answered, for refusing a second record of one request. */
    private final Map<RequestId, Integer> byRequest = new HashMap<>();
    private final Map<MemberId, Positions> byHelper = new HashMap<>();
    private final Map<MemberId, Positions> byRecipient = new HashMap<>();
    private final Map<MemberId, Map<MemberId, Positions>> byPair = new HashMap<>();
    private int used;
    /** The last lookup of {@link #positions}; read and written under the lock. */
    private @Nullable Map<MemberId, Positions> lastIndex;
    private @Nullable MemberId lastMember;
    private @Nullable Positions lastPositions;

    Storage(HelpRecord[] elements) {
      this.elements = elements;
      this.latestStart = new long[elements.length];
      this.startSeconds = new long[elements.length];
      this.startNanos = new int[elements.length];
      this.effortSeconds = new long[elements.length];
      this.effortNanos = new int[elements.length];
      for (int i = 0; i < elements.length; i++) {
        refuseRepeat(i, elements[i]);
        index(i, elements[i]);
      }
      this.used = elements.length;
    }

    synchronized HelpLedger ledger() {
      return new HelpLedger(this, elements, latestStart, used);
    }

    /** Appends in place when {@code size} is the newest end, else copies into new storage. */
    synchronized HelpLedger appendAt(int size, HelpRecord record) {
      if (size != used) {
        return new Storage(Arrays.copyOf(elements, size)).appendAt(size, record);
      }
      refuseRepeat(used, record);
      if (used == elements.length) {
        elements = Arrays.copyOf(elements, Math.max(8, used * 2));
        latestStart = Arrays.copyOf(latestStart, elements.length);
        startSeconds = Arrays.copyOf(startSeconds, elements.length);
        startNanos = Arrays.copyOf(startNanos, elements.length);
        effortSeconds = Arrays.copyOf(effortSeconds, elements.length);
        effortNanos = Arrays.copyOf(effortNanos, elements.length);
      }
      elements[used] = record;
      index(used, record);
      used++;
      return ledger();
    }

    @SuppressWarnings({"JavaInstantGetSecondsGetNano", "JavaDurationGetSecondsGetNano"}) // both parts kept
    private void index(int i, HelpRecord record) {
      long start = record.start().getEpochSecond();
      latestStart[i] = i == 0 ? start : Math.max(start, latestStart[i - 1]);
      startSeconds[i] = start;
      startNanos[i] = record.start().getNano();
      effortSeconds[i] = record.effort().toSeconds();
      effortNanos[i] = record.effort().getNano();
      lastIndex = null; // a member may have positions now that had none
      byHelper.computeIfAbsent(record.helper(), k -> new Positions()).add(i);
      byRecipient.computeIfAbsent(record.recipient(), k -> new Positions()).add(i);
      byPair.computeIfAbsent(record.helper(), k -> new HashMap<>())
          .computeIfAbsent(record.recipient(), k -> new Positions()).add(i);
    }

    /**
     * Refuses a record that repeats one held or its request's, changing nothing; else notes the
     * request (if any) as held: one lookup for a record with a request. A record without one is
     * compared with the helper's records that may start at the same instant (an equal record has
     * the same helper and start): walking back from the helper's newest record and stopping at the
     * first whose running latest start is before the new record's, as {@link #effortIn} does. For
     * records appended about in time order that reads a few records, and keeps no set of all the
     * records, nor hashes each of them.
     */
    private void refuseRepeat(int position, HelpRecord record) {
      if (record.request().isPresent()) {
        if (byRequest.putIfAbsent(record.request().get(), position) != null) {
          throw Arguments.invalid("HelpLedger", "records[" + position + "]", "requestTwice",
              Map.of("request", record.request().get().value()));
        }
      } else if (holdsEqual(record, position)) {
        throw Arguments.invalid("HelpLedger", "records[" + position + "]", "recordTwice", Map.of());
      }
    }

    /** Whether one of the first {@code size} records equals {@code record}. */
    @SuppressWarnings({"JavaInstantGetSecondsGetNano"}) // both parts compared
    private boolean holdsEqual(HelpRecord record, int size) {
      Positions positions = byHelper.get(record.helper());
      if (positions == null) {
        return false;
      }
      long second = record.start().getEpochSecond();
      int nano = record.start().getNano();
      for (int k = positions.endBelow(size) - 1; k >= 0 && latestStart[positions.at[k]] >= second; k--) {
        int i = positions.at[k];
        if (startSeconds[i] == second && startNanos[i] == nano && elements[i].equals(record)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The effort in {@code [from, to)} among one member's records below {@code size}. It
     * walks back from the member's newest record and stops at the first whose running latest
     * start is before {@code from}: every record before it started before {@code from} too. For
     * a recent period that reads about the member's records in it.
     */
    synchronized Duration effortIn(Map<MemberId, Positions> index, MemberId member, Instant from,
        Instant to, int size) {
      Positions positions = positions(index, member);
      if (positions == null) {
        return Duration.ZERO;
      }
      long fromSecond = from.getEpochSecond();
      long seconds = 0;
      long nanos = 0;
      for (int k = positions.endBelow(size) - 1; k >= 0 && latestStart[positions.at[k]] >= fromSecond; k--) {
        int i = positions.at[k];
        if (!startsBefore(i, from) && startsBefore(i, to)) {
          seconds += effortSeconds[i];
          nanos += effortNanos[i];
        }
      }
      return Duration.ofSeconds(seconds, nanos);
    }

    /**
     * A member's positions in an index; the last lookup is kept, as a ranking asks about one
     * member several times in a row.
     */
    private @Nullable Positions positions(Map<MemberId, Positions> index, MemberId member) {
      if (member == lastMember && index == lastIndex) {
        return lastPositions;
      }
      Positions positions = index.get(member);
      lastIndex = index;
      lastMember = member;
      lastPositions = positions;
      return positions;
    }

    /** Whether record {@code i} started before an instant, read from the arrays. */
    private boolean startsBefore(int i, Instant instant) {
      return startSeconds[i] < instant.getEpochSecond()
          || (startSeconds[i] == instant.getEpochSecond() && startNanos[i] < instant.getNano());
    }

    /**
     * Records of a pair below {@code size} that start before {@code before}: walking back from
     * the newest, every record from the first whose running latest start is before {@code
     * before} counts without looking.
     */
    synchronized int timesHelped(MemberId helper, MemberId recipient, Instant before, int size) {
      Positions positions = byPair.getOrDefault(helper, Map.of()).get(recipient);
      if (positions == null) {
        return 0;
      }
      long beforeSecond = before.getEpochSecond();
      int count = 0;
      int k = positions.endBelow(size) - 1;
      for (; k >= 0 && latestStart[positions.at[k]] >= beforeSecond; k--) {
        if (startsBefore(positions.at[k], before)) {
          count++;
        }
      }
      return count + k + 1;
    }
  }

  /** A growing, increasing list of record positions. */
  private static final class Positions {
    private int[] at = new int[4];
    private int count;

    void add(int position) {
      if (count == at.length) {
        at = Arrays.copyOf(at, count * 2);
      }
      at[count++] = position;
    }

    /** How many positions are below {@code size}: all of them, unless the ledger is an older one. */
    int endBelow(int size) {
      return count > 0 && at[count - 1] < size ? count : firstAtLeast(size);
    }

    /** The first k with {@code at[k] >= position}, or {@code count}. */
    int firstAtLeast(int position) {
      int k = Arrays.binarySearch(at, 0, count, position); // positions are distinct
      return k >= 0 ? k : -k - 1;
    }
  }
}
