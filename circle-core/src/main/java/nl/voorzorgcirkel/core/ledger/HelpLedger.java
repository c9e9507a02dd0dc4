package nl.voorzorgcirkel.core.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * The append-only record of help given in a circle, and the loads it adds up to.
 *
 * <p>A ledger is an immutable value: {@link #append(HelpRecord)} returns a new ledger and leaves
 * this one as it was, so a ledger can be handed to matching as a snapshot while new help is
 * recorded. Appending to the newest ledger takes amortised constant time (the new ledger shares
 * storage with the old one, which sees only its own records); appending to an older ledger copies.
 *
 * <p>Loads count help <em>given</em>, by start time, over half-open periods {@code [from, to)}.
 * Help received is reported by {@link #receivedBy}, never used against a member.
 *
 * <p>Thread-safe: any number of threads may read and append.
 *
 * @since 0.1.0
 */
public final class HelpLedger {

  private final Storage storage;
  private final int size;

  private HelpLedger(Storage storage, int size) {
    this.storage = storage;
    this.size = size;
  }

  /**
   * The empty ledger.
   *
   * @return a ledger without records
   */
  public static HelpLedger empty() {
    return new HelpLedger(new Storage(new HelpRecord[0]), 0);
  }

  /**
   * A ledger with the given records, in order.
   *
   * @param records the records, not null, without null elements
   * @return the ledger
   */
  public static HelpLedger of(List<HelpRecord> records) {
    HelpRecord[] copy = records.toArray(new HelpRecord[0]);
    for (int i = 0; i < copy.length; i++) {
      Objects.requireNonNull(copy[i], "records[" + i + "]");
    }
    return new HelpLedger(new Storage(copy), copy.length);
  }

  /**
   * A ledger with one more record at the end; this ledger is unchanged.
   *
   * @param record the record, not null
   * @return the new ledger
   */
  public HelpLedger append(HelpRecord record) {
    Objects.requireNonNull(record, "record");
    Storage next = storage.appendAt(size, record);
    return new HelpLedger(next, size + 1);
  }

  /**
   * Every record, in the order appended.
   *
   * @return an unmodifiable list
   */
  public List<HelpRecord> records() {
    HelpRecord[] elements = storage.elements();
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
   * @param helper the member, not null
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return the summed effort, zero or more
   */
  public Duration givenBy(MemberId helper, Instant from, Instant to) {
    Objects.requireNonNull(helper, "helper");
    checkPeriod(from, to);
    long seconds = 0;
    HelpRecord[] elements = storage.elements();
    for (int i = 0; i < size; i++) {
      HelpRecord r = elements[i];
      if (r.helper().equals(helper) && inPeriod(r.start(), from, to)) {
        seconds += r.effort().getSeconds();
      }
    }
    return Duration.ofSeconds(seconds);
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
    long seconds = 0;
    HelpRecord[] elements = storage.elements();
    for (int i = 0; i < size; i++) {
      HelpRecord r = elements[i];
      if (r.recipient().equals(recipient) && inPeriod(r.start(), from, to)) {
        seconds += r.effort().getSeconds();
      }
    }
    return Duration.ofSeconds(seconds);
  }

  /**
   * The load of every member who helped in {@code [from, to)}: one pass over the ledger.
   *
   * @param from start of the period (included), not null
   * @param to end of the period (excluded), not null
   * @return an unmodifiable map sorted by member id; members who gave no help are absent
   */
  public SortedMap<MemberId, Duration> loads(Instant from, Instant to) {
    checkPeriod(from, to);
    TreeMap<MemberId, Duration> loads = new TreeMap<>();
    HelpRecord[] elements = storage.elements();
    for (int i = 0; i < size; i++) {
      HelpRecord r = elements[i];
      if (inPeriod(r.start(), from, to)) {
        loads.merge(r.helper(), r.effort(), Duration::plus);
      }
    }
    return Collections.unmodifiableSortedMap(loads);
  }

  /**
   * How often {@code helper} helped {@code recipient} before an instant: familiarity, since people
   * prefer a helper they know.
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
    int count = 0;
    HelpRecord[] elements = storage.elements();
    for (int i = 0; i < size; i++) {
      HelpRecord r = elements[i];
      if (r.helper().equals(helper) && r.recipient().equals(recipient) && r.start().isBefore(before)) {
        count++;
      }
    }
    return count;
  }

  /** Ledgers are equal when they hold equal records in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof HelpLedger && records().equals(((HelpLedger) other).records());
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

  private static boolean inPeriod(Instant t, Instant from, Instant to) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }

  /**
   * Shared, growing storage. Slots below a ledger's size are never written again, so a ledger
   * reads its records without locking once it holds a reference to the array.
   */
  private static final class Storage {
    private HelpRecord[] elements;
    private int used;

    Storage(HelpRecord[] elements) {
      this.elements = elements;
      this.used = elements.length;
    }

    synchronized HelpRecord[] elements() {
      return elements;
    }

    /** Appends in place when {@code size} is the newest end, else copies into new storage. */
    synchronized Storage appendAt(int size, HelpRecord record) {
      if (size == used) {
        if (used == elements.length) {
          elements = Arrays.copyOf(elements, Math.max(8, used * 2));
        }
        elements[used++] = record;
        return this;
      }
      HelpRecord[] copy = Arrays.copyOf(elements, Math.max(8, size * 2));
      copy[size] = record;
      Storage fresh = new Storage(copy);
      fresh.used = size + 1;
      return fresh;
    }
  }
}
