package nl.voorzorgcirkel.core.csv;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a generated member list of a given size in megabytes through {@link MemberCsv} and
 * prints the rows read, the errors and the heap's peak; run by {@code LargeFileTest} in a JVM of
 * its own with a small heap.
 */
public final class LargeFileProbe {

  private LargeFileProbe() {}

  /** A member list made line by line as it is read: the file itself never sits in memory. */
  static final class GeneratedList extends InputStream {
    private final long size;
    private long served;
    private byte[] line = "id;naam;geboortejaar;breedtegraad;lengtegraad;lid sinds;hulpaanbod;uren per week\r\n"
        .getBytes(StandardCharsets.UTF_8);
    private int at;
    private long rows;

    GeneratedList(long size) {
      this.size = size;
    }

    long rows() {
      return rows;
    }

    @Override
    public int read() {
      if (at == line.length) {
        if (served >= size) {
          return -1;
        }
        rows++;
        line = ("m-" + rows + ";\"Deelnemer " + rows + ", Almere\";" + (1930 + rows % 60) + ";52,"
            + (300 + rows % 700) + ";5," + (200 + rows % 300) + ";01-03-2025;autorit|maaltijden;"
            + (rows % 5) + ",5\r\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      served++;
      return line[at++];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }
  }

  /**
   * Runs the probe.
   *
   * @param args the size in megabytes; then {@code collect} to read with {@link
   *     MemberCsv#read(InputStream, ImportMode)}, which keeps every member
   */
  public static void main(String[] args) {
    GeneratedList file = new GeneratedList(Long.parseLong(args[0]) * 1_000_000L);
    AtomicLong read = new AtomicLong();
    ImportResult<?> result;
    if (args.length > 1 && args[1].equals("collect")) {
      result = MemberCsv.read(file, ImportMode.VALID_ROWS);
      read.set(result.rows().size());
    } else {
      result = MemberCsv.read(file, row -> read.incrementAndGet());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("rows=" + read.get() + " of " + file.rows() + " errors=" + result.errors().size()
        + " peakHeapMB=" + peak / 1_000_000);
  }
}
