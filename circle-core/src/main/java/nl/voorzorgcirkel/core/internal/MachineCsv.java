package nl.voorzorgcirkel.core.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * CSV for programs (R, pandas, spreadsheets' import): comma-separated, LF line ends, a header row,
 * written with FastCSV, which quotes where a cell needs it. The one setting the core's exports and
 * reports share.
 */
public final class MachineCsv {

  private MachineCsv() {}

  /**
   * Writes a header row and one row per value.
   *
   * @param out where to write, not null; flushed, not closed
   * @param header the column names, not null
   * @param rows the values, not null
   * @param cells a value's cells, in the header's order, none null
   * @param what what is written, for the error (for example {@code "the impact report"})
   * @param <T> the type of the values
   * @throws UncheckedIOException if writing fails
   */
  public static <T> void write(Writer out, List<String> header, Iterable<T> rows, Function<T, String[]> cells,
      String what) {
    Objects.requireNonNull(out, "out");
    try {
      CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF).build(out);
      csv.writeRecord(header);
      for (T row : rows) {
        csv.writeRecord(cells.apply(row));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what, e);
    }
  }
}
