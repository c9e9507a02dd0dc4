package nl.voorzorgcirkel.simulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.internal.Totals;

/**
 * The figures of some circles of one replication of one design point, in whole numbers, so that
 * results merge exactly: any grouping and order of merges gives the same bits, and so the same
 * report, however the work was split. Immutable and thread-safe.
 *
 * <p>A result is kept in a compact form ({@link #toBytes()}): a few kilobytes for a unit of
 * circles, however many requests they filed, so that many can travel and wait to be merged. The
 * same figures always give the same bytes. Java serialisation writes that form too, and checks it
 * when reading.
 *
 * @since 0.1.0
 */
public final class UnitResult implements Serializable {

  /**
   * 3 since the figures hold the requests with no eligible member (form 2). A result is written as
   * its compact form ({@code Form}), whose version its reader checks with a clear refusal; this
   * one is raised with the form all the same (SerialFormTest pins the shape).
   */
  private static final long serialVersionUID = 3L;
  /** "VZCU": a voorzorgcirkel unit result. */
  private static final int MAGIC = 0x565A4355;
  /**
   * The version of the compact form; a reader refuses any other. 2 since the figures hold the
   * requests with no eligible member ({@link Output#NO_ELIGIBLE_MEMBER}); form 1 has no such count.
   */
  static final int FORM_VERSION = 2;

  /** The design point's index. */
  private final int point;
  /** The replication. */
  private final int replication;
  /** The figures, as {@link Totals#write} writes them. */
  private final byte[] figures;

  private UnitResult(int point, int replication, byte[] figures) {
    this.point = point;
    this.replication = replication;
    this.figures = figures;
  }

  /** A result holding a copy of the totals' figures. */
  static UnitResult of(int point, int replication, Totals totals) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      totals.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UnitResult(point, replication, bytes.toByteArray());
  }

  /**
   * The design point.
   *
   * @return its index, from 0
   */
  public int point() {
    return point;
  }

  /**
   * The replication.
   *
   * @return from 0
   */
  public int replication() {
    return replication;
  }

  /**
   * The sum of this result and another of the same point and replication; neither changes.
   *
   * @param other the other result, not null
   * @return a new result
   * @throws IllegalArgumentException if the other is of another point or replication
   */
  public UnitResult merge(UnitResult other) {
    Objects.requireNonNull(other, "other");
    if (other.point != point || other.replication != replication) {
      throw new IllegalArgumentException("only results of the same point and replication merge");
    }
    Totals sum = totals();
    sum.add(other.totals());
    return of(point, replication, sum);
  }

  /**
   * The circles these figures cover.
   *
   * @return 0 or more
   */
  public long circles() {
    return totals().get(Totals.Count.CIRCLES);
  }

  /** The figures, as new totals that the caller may change. */
  Totals totals() {
    try {
      return Totals.read(new DataInputStream(new ByteArrayInputStream(figures)));
    } catch (IOException e) {
      throw new IllegalStateException("a unit result's own figures cannot be read", e);
    }
  }

  /**
   * The result in its compact form, to store or send: the bytes {@code 56 5A 43 55} ("VZCU"), the
   * form's version (an int, now 2), the point and the replication (ints), then the figures: the
   * whole-number figures, the monthly ones, and the non-zero buckets of the waiting times, all
   * big-endian. Equal results give equal bytes. The form may change between versions of this
   * library; {@link #fromBytes} reads only its own version's.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(figures.length + 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORM_VERSION);
      out.writeInt(point);
      out.writeInt(replication);
      out.write(figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a result that {@link #toBytes()} wrote.
   *
   * @param bytes the compact form, not null
   * @return the result
   * @throws IllegalArgumentException if the bytes are not a unit result of this version, or are
   *     cut short or damaged
   */
  public static UnitResult fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (bytes.length < 16 || in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a unit result: it does not start with VZCU");
      }
      int version = in.readInt();
      if (version != FORM_VERSION) {
        throw new IllegalArgumentException("a unit result of form version " + version + "; this library reads "
            + FORM_VERSION);
      }
      int point = in.readInt();
      int replication = in.readInt();
      if (point < 0 || replication < 0) {
        throw new IllegalArgumentException("a unit result of point " + point + ", replication " + replication);
      }
      Totals totals = Totals.read(in);
      if (in.read() != -1) {
        throw new IllegalArgumentException("a unit result with bytes after its figures");
      }
      return of(point, replication, totals);
    } catch (IOException e) {
      throw new IllegalArgumentException("a unit result cut short", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitResult && ((UnitResult) o).point == point
        && ((UnitResult) o).replication == replication && Arrays.equals(((UnitResult) o).figures, figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(point, replication, Arrays.hashCode(figures));
  }

  @Override
  public String toString() {
    return "UnitResult{point=" + point + ", replication=" + replication + ", bytes=" + figures.length + "}";
  }

  /**
   * Serialises the compact form instead of the fields.
   *
   * @return the form to write
   */
  private Object writeReplace() {
    return new Form(toBytes());
  }

  /**
   * Refuses a stream that holds the fields: a result is only read through its form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a unit result is read through its compact form");
  }

  /** What Java serialisation writes: the compact form, checked when read. */
  private static final class Form implements Serializable {
    /** The first and only version of this form. */
    private static final long serialVersionUID = 1L;
    /** The result's {@link UnitResult#toBytes() compact form}. */
    private final byte[] bytes;

    Form(byte[] bytes) {
      this.bytes = bytes;
    }

    /**
     * The result the form holds, checked.
     *
     * @return the result
     * @throws InvalidObjectException if the form is damaged or of another version
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return fromBytes(bytes);
      } catch (IllegalArgumentException e) {
        InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
