package nl.voorzorgcirkel.simulation.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The figures of any number of circle runs of one replication of one design point, added up with
 * exact arithmetic (whole numbers only; per-circle fractions such as a Gini coefficient in fixed
 * point), so that adding runs in any order or grouping gives the same bits: a replication's
 * figures do not depend on how its circles were split into work or in what order the parts
 * finished. Not thread-safe; serialisable for distributed runs.
 */
public final class Totals implements Serializable {

  /**
   * 2 since the counts hold {@link Count#NO_ELIGIBLE}: totals of an earlier build would be read one
   * count off. Raised with every change of the counts (SerialFormTest pins the shape).
   */
  private static final long serialVersionUID = 2L;

  /** Fixed-point scale of per-circle fractions. */
  public static final double FIXED = 1e12;
  /** Waits are counted per minute up to a week, then per hour up to 400 days, then lumped. */
  static final int MINUTE_BUCKETS = 7 * 24 * 60;
  static final int HOUR_BUCKETS = 400 * 24;

  /** The whole-number figures. */
  public enum Count {
    /** Circle runs added. */
    CIRCLES,
    /** Needs that arose in the period. */
    NEEDS,
    /** Needs never posted (reluctance). */
    NOT_POSTED,
    /** Requests posted in the period. */
    POSTED,
    /** Of those, helped. */
    HELPED,
    /** Of those, expired and referred. */
    EXPIRED,
    /** Of those, still open or under way at the end. */
    OPEN_AT_END,
    /** Of those, taken at the moment they were posted (no wait). */
    TAKEN_AT_ONCE,
    /** Of those, posted when no member of the circle was eligible: nobody to ask at all. */
    NO_ELIGIBLE,
    /** Seconds from posting to a yes, summed over the helped. */
    WAIT_SECONDS,
    /** Asks sent to members for requests posted in the period. */
    ASKS,
    /** Of those asks, answered yes. */
    YES,
    /** Seconds of help that started in the period. */
    HELP_SECONDS,
    /** Capacity the helpers set, integrated over the period (seconds of help allowed). */
    CAPACITY_SECONDS,
    /** Seconds helpers were busy within the period. */
    BUSY_SECONDS,
    /** Helper-seconds in the period (helpers present times time). */
    HELPER_SECONDS,
    /** Requests waiting, integrated over the period (request-seconds). */
    QUEUE_SECONDS,
    /** Seconds of the period, summed over circles. */
    PERIOD_SECONDS,
    /** Helper-weeks with more help than the helper's capacity. */
    WEEKS_OVER_CAPACITY,
    /** Active members at the end, summed over circles. */
    FINAL_SIZE,
    /** Circles that fell below their minimum size. */
    BELOW_MINIMUM,
    /** Circles that lost a kind of help they covered at the start of the period. */
    LOSING_A_KIND,
    /** Days from the run's start until they lost it, summed. */
    DAYS_TO_LOSE,
    /** Circles with help given, over which load fairness is averaged. */
    FAIRNESS_CIRCLES,
    /** Gini of loads in fixed point, summed over those circles. */
    GINI,
    /** Jain's index in fixed point, summed. */
    JAIN,
    /** Largest over mean load in fixed point, summed. */
    MAX_OVER_MEAN,
    /** Contacts of members in the period, each counted for both people it names (contact on). */
    CONTACTS,
    /** Days members were in their circle in the period. */
    MEMBER_DAYS,
    /** Members living alone who were in their circle in the period. */
    ALONE,
    /** Of those, members without contact for more than N days on a day at home. */
    ALONE_WITHOUT_CONTACT,
    /** Check-in alarms in the period: a buddy or the connectors asked to ring, once per step. */
    ALARMS,
    /** Of those, alarms for a member who was fine (away, or simply not seen). */
    FALSE_ALARMS,
    /** Unwell spells that began in the period. */
    UNWELL_SPELLS,
    /** Of those, spells ended by a contact before the run's end. */
    UNWELL_FOUND,
    /** Days from a spell's start until the contact that found the member, summed over those. */
    DAYS_UNTIL_FOUND
  }

  /** The monthly whole-number figures. */
  public enum MonthlyCount {
    /** Requests posted in the month. */
    POSTED,
    /** Of those, helped. */
    HELPED,
    /** Seconds of help that started in the month. */
    HELP_SECONDS,
    /** Active members at the month's start, summed over circles. */
    SIZE,
    /** Kinds of help covered at the month's start, summed over circles. */
    COVERAGE,
    /** Vital active members at the month's start, summed over circles. */
    VITAL,
    /** Contacts in the month, each counted for both people it names (contact on). */
    CONTACTS,
    /** Days members were in their circle in the month. */
    MEMBER_DAYS,
    /** Members living alone in their circle in the month. */
    ALONE,
    /** Of those, members without contact for more than N days on a day at home in the month. */
    ALONE_WITHOUT_CONTACT,
    /** Check-in alarms in the month. */
    ALARMS
  }

  final long[] counts = new long[Count.values().length];
  final long[] waits = new long[MINUTE_BUCKETS + HOUR_BUCKETS + 1];
  /** One past the highest wait bucket that may be non-zero: loops over the waits stop there. */
  private int waitsEnd;
  final long[][] monthly;

  /**
   * Empty totals for a number of measured months.
   *
   * @param months 1 or more
   */
  public Totals(int months) {
    monthly = new long[MonthlyCount.values().length][months];
  }

  /**
   * Adds other totals (exact, in any order).
   *
   * @param other totals with the same months, not null
   */
  public void add(Totals other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    for (int i = 0; i < other.waitsEnd; i++) {
      waits[i] += other.waits[i];
    }
    waitsEnd = Math.max(waitsEnd, other.waitsEnd);
    for (int m = 0; m < monthly.length; m++) {
      for (int i = 0; i < monthly[m].length; i++) {
        monthly[m][i] += other.monthly[m][i];
      }
    }
  }

  /**
   * A whole-number figure.
   *
   * @param count which
   * @return the sum
   */
  public long get(Count count) {
    return counts[count.ordinal()];
  }

  /**
   * A monthly figure.
   *
   * @param count which
   * @param month the measured month, from 0
   * @return the sum
   */
  public long get(MonthlyCount count, int month) {
    return monthly[count.ordinal()][month];
  }

  /**
   * The number of measured months.
   *
   * @return 1 or more
   */
  public int months() {
    return monthly[0].length;
  }

  /**
   * The requests posted in the period that a helper took, with their waits in the histogram.
   *
   * @return 0 or more
   */
  public long acceptedInPeriod() {
    long total = 0;
    for (int i = 0; i < waitsEnd; i++) {
      total += waits[i];
    }
    return total;
  }

  /** Sets every figure to zero, as new. */
  public void clear() {
    Arrays.fill(counts, 0);
    Arrays.fill(waits, 0, waitsEnd, 0);
    waitsEnd = 0;
    for (long[] m : monthly) {
      Arrays.fill(m, 0);
    }
  }

  void add(Count count, long value) {
    counts[count.ordinal()] += value;
  }

  void addMonthly(MonthlyCount count, int month, long value) {
    monthly[count.ordinal()][month] += value;
  }

  void addWait(long seconds) {
    long minutes = seconds / 60;
    int bucket = minutes < MINUTE_BUCKETS ? (int) minutes
        : (int) Math.min(MINUTE_BUCKETS + (minutes - MINUTE_BUCKETS) / 60, waits.length - 1L);
    waits[bucket]++;
    waitsEnd = Math.max(waitsEnd, bucket + 1);
  }

  /**
   * The wait (hours) at or below which a share of the helped requests were helped, to the
   * histogram's resolution (a minute up to a week, an hour up to 400 days).
   *
   * @param share 0 to 1
   * @return hours, or NaN if nothing was helped
   */
  public double waitQuantileHours(double share) {
    long total = acceptedInPeriod();
    if (total == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(share * total));
    long seen = 0;
    for (int i = 0; i < waitsEnd; i++) {
      seen += waits[i];
      if (seen >= rank) {
        return i < MINUTE_BUCKETS ? i / 60.0 : (MINUTE_BUCKETS + (i - MINUTE_BUCKETS) * 60.0) / 60.0;
      }
    }
    return Double.NaN;
  }

  /**
   * Writes the figures in a compact form that {@link #read} reads back: the number of whole-number
   * figures and each, the number of monthly figures, of months and each, then the number of
   * non-zero wait buckets and each bucket's index and count, in ascending order. Equal totals give
   * equal bytes.
   *
   * @param out where to, not null
   * @throws IOException if {@code out} fails
   */
  public void write(DataOutput out) throws IOException {
    out.writeShort(counts.length);
    for (long c : counts) {
      out.writeLong(c);
    }
    out.writeShort(monthly.length);
    out.writeShort(months());
    for (long[] m : monthly) {
      for (long c : m) {
        out.writeLong(c);
      }
    }
    int nonZero = 0;
    for (int i = 0; i < waitsEnd; i++) {
      nonZero += waits[i] == 0 ? 0 : 1;
    }
    out.writeInt(nonZero);
    for (int i = 0; i < waitsEnd; i++) {
      if (waits[i] != 0) {
        out.writeShort(i);
        out.writeLong(waits[i]);
      }
    }
  }

  /**
   * Reads figures that {@link #write} wrote.
   *
   * @param in where from, not null
   * @return the totals
   * @throws IOException if {@code in} fails or ends early
   * @throws IllegalArgumentException if the figures are not in this version's form
   */
  public static Totals read(DataInput in) throws IOException {
    int countFigures = in.readUnsignedShort();
    if (countFigures != Count.values().length) {
      throw new IllegalArgumentException("holds " + countFigures + " figures; this version has "
          + Count.values().length);
    }
    long[] counts = new long[countFigures];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = in.readLong();
    }
    int monthlyFigures = in.readUnsignedShort();
    int months = in.readUnsignedShort();
    if (monthlyFigures != MonthlyCount.values().length || months < 1) {
      throw new IllegalArgumentException("holds " + monthlyFigures + " monthly figures over " + months
          + " months; this version has " + MonthlyCount.values().length + " over 1 or more");
    }
    Totals totals = new Totals(months);
    System.arraycopy(counts, 0, totals.counts, 0, counts.length);
    for (long[] m : totals.monthly) {
      for (int i = 0; i < months; i++) {
        m[i] = in.readLong();
      }
    }
    int nonZero = in.readInt();
    if (nonZero < 0 || nonZero > totals.waits.length) {
      throw new IllegalArgumentException("holds " + nonZero + " wait buckets; there are " + totals.waits.length);
    }
    int previous = -1;
    for (int k = 0; k < nonZero; k++) {
      int bucket = in.readUnsignedShort();
      long count = in.readLong();
      if (bucket <= previous || bucket >= totals.waits.length || count <= 0) {
        throw new IllegalArgumentException("wait bucket " + bucket + " with count " + count
            + " is out of order or range");
      }
      totals.waits[bucket] = count;
      previous = bucket;
    }
    totals.waitsEnd = previous + 1;
    return totals;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Totals && Arrays.equals(counts, ((Totals) o).counts)
        && Arrays.equals(waits, ((Totals) o).waits) && Arrays.deepEquals(monthly, ((Totals) o).monthly);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }
}
