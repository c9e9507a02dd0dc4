package nl.voorzorgcirkel.core.csv;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as lines of fields, for reading the lists organisations keep: the format of {@link
 * MemberCsv} (UTF-8 with or without byte-order mark, comma or semicolon separated, RFC 4180
 * quotes, which may hold line breaks; lines ending in CR LF, LF or CR), without any meaning
 * attached, so that other importers can read their own columns with the same rules and report
 * problems as {@link RowError}s.
 *
 * <p><b>Rows.</b> Problems name the row a spreadsheet shows ({@link Line#row()}): the records
 * counted from 1, the header and blank lines included, so a note over two lines in a quoted cell
 * keeps the rows after it where Excel and LibreOffice show them. The line in the file, for a text
 * editor, is {@link Line#line()}.
 *
 * <p>The parsing is FastCSV's. On top of it, a broken line costs only itself: a record that the
 * parser refuses, or that spans lines without the header's number of fields (a quote opened and
 * not closed), is reported by its row, and reading goes on with the line after its first line,
 * the next row. A record with fewer fields than the header, or with a value beyond the header, is
 * refused with one error ({@code field-count}, "the row has 6 fields where the header row has
 * 14"), whatever its cells hold: a cell missing or one too many puts every cell after it in the
 * wrong column, and the cells a truncated row lacks would silently take their columns' defaults
 * (user test 16, M2; the errors of its cells would only mislead, user test 12, L5). Two shapes
 * spreadsheets write are not short or long: empty fields beyond the header (separators at the end
 * of a line, up to the sheet's widest row) are read as absent, and fields missing under header
 * cells without a name at the end (columns nobody reads) are not missed; but should a cell of a
 * row with empty fields beyond the header break a rule, the row is refused as {@code field-count}
 * too, as a separator inside it may have moved its cells. Every reader of this package and of
 * the library's other modules reads rows through this class, streamed or whole, so all refuse
 * the same rows.
 * Limits that bound the memory a file can take: a field holds at most 10,000 characters, a line
 * at most 1,000 fields. A line whose fields are all empty or invisible (white space of any kind,
 * non-breaking and zero-width spaces, a byte-order mark) is blank and left out (its row still
 * counts); a file of nothing else (empty, only a byte-order mark, only blank lines or separators)
 * is refused as empty ({@code no-header}, "the file is empty").
 *
 * <p>A table is either {@linkplain #parse(byte[]) read whole} or {@linkplain #open(InputStream)
 * streamed}: a streamed table reads one line at a time, in memory that does not grow with the
 * file, and its lines are visited once with {@link #forEachLine}. A parsed table is immutable and
 * thread-safe; a streamed one is for one thread.
 *
 * @since 0.1.0
 */
public final class CsvTable implements Closeable {

  /**
   * One data record: one row of the spreadsheet, which may span lines of the file when a quoted
   * cell holds a line break.
   *
   * @param row the record's row as a spreadsheet (Excel, LibreOffice) shows it: records counted
   *     from 1, the header and blank lines included, so the header is row 1 unless blank lines come
   *     first; a line break inside a quoted cell does not start a row. This is the row every
   *     {@link RowError} of the record names. 1 or more
   * @param line the line of the file where the record starts, counting line ends (CR LF, LF or
   *     CR) from 1, for a text editor: the row, plus the line breaks inside quoted cells of the
   *     records before it. 1 or more; equal to the row in a file without such line breaks
   * @param fields the fields, trimmed; empty when the line could not be read; for a line whose
   *     problem is {@code field-too-long} and whose column is known, every field, the too long one
   *     empty; for a line whose problem is {@code field-count}, the fields as read, which may stand
   *     in the wrong columns
   * @param problem the rule the line broke ({@code unterminated-quote}, {@code text-after-quote},
   *     {@code field-too-long}, {@code too-many-fields}, {@code field-count}, {@code encoding}), or
   *     null when it was read
   * @param column the header name of the column whose cell broke the rule, when known; null
   *     otherwise
   * @param arguments the arguments of the problem's message, never a cell's value: for a line with
   *     fewer or more fields than the header, the line's number of fields ({@code fields}) and the
   *     header's ({@code header}), for its {@code field-count} error (the problem, or the one error
   *     of a line read with empty fields beyond the header whose cells break a rule); empty
   *     otherwise; not null
   */
  public record Line(int row, int line, List<String> fields, @Nullable String problem, @Nullable String column,
      Map<String, Integer> arguments) {
    /**
     * Checks and copies the components.
     *
     * @param row see the record description
     * @param line see the record description
     * @param fields see the record description
     * @param problem see the record description
     * @param column see the record description
     * @param arguments see the record description
     */
    public Line {
      fields = List.copyOf(fields);
      arguments = Map.copyOf(arguments);
    }

    /**
     * A record without arguments for its problem's message.
     *
     * @param row see the record description
     * @param line see the record description
     * @param fields see the record description
     * @param problem see the record description
     * @param column see the record description
     */
    public Line(int row, int line, List<String> fields, @Nullable String problem, @Nullable String column) {
      this(row, line, fields, problem, column, Map.of());
    }

    /**
     * A record on one line of a file without line breaks in quoted cells before it: its line is
     * its row.
     *
     * @param row see the record description
     * @param fields see the record description
     * @param problem see the record description
     * @param column see the record description
     */
    public Line(int row, List<String> fields, @Nullable String problem, @Nullable String column) {
      this(row, row, fields, problem, column);
    }

    /**
     * A record, read or refused as a whole, with no column to blame, whose line is its row.
     *
     * @param row see the record description
     * @param fields see the record description
     * @param problem see the record description
     */
    public Line(int row, List<String> fields, @Nullable String problem) {
      this(row, row, fields, problem, null);
    }

    /**
     * The cell at a column, without white space around it.
     *
     * @param column the column's index, as {@link CsvTable#column} gives it; -1 for a column the
     *     file lacks
     * @return the cell; empty for -1 or when the line has fewer cells
     * @since 0.1.0
     */
    public String cell(int column) {
      return column < 0 || column >= fields.size() ? "" : fields.get(column).strip();
    }

    /**
     * The errors of a line that was read, or, when there are any and the line has empty fields
     * beyond the header, the one error that says its length ({@code field-count}): the cells after
     * an extra separator stand in the wrong columns, so their errors would mislead.
     *
     * @param cellErrors the errors of the line's cells, in order; not null
     * @return the errors to report
     */
    List<RowError> orFieldCount(List<RowError> cellErrors) {
      return cellErrors.isEmpty() || arguments.isEmpty() ? cellErrors
          : List.of(new RowError(row, null, "field-count", "csv.field-count", arguments));
    }

    /**
     * The problem as an error to report, if the line could not be read.
     *
     * @return the error, or empty
     */
    public Optional<RowError> error() {
      String refused = problem;
      return refused == null ? Optional.empty()
          : Optional.of(new RowError(row, column, refused, "csv." + refused, arguments));
    }

    /**
     * The row, the line, the number of fields and the problem, never the fields: cells hold names,
     * phone numbers and birth years.
     *
     * @return for example {@code "Line{row=7, line=8, fields=12}"}
     */
    @Override
    public String toString() {
      return "Line{row=" + row + ", line=" + line + ", fields=" + fields.size() + (problem == null ? "" : ", problem=" + problem)
          + (column == null ? "" : ", column=" + column) + "}";
    }
  }

  private final int headerRow;
  private final List<String> header;
  private final char delimiter;
  /** The lines of a parsed table; null for a streamed one. */
  private final @Nullable List<Line> lines;
  /** The reader of a streamed table; null for a parsed one. */
  private final @Nullable CsvStream stream;
  private boolean visited;

  private CsvTable(CsvStream stream, @Nullable List<Line> lines) {
    this.headerRow = stream.headerRow();
    this.header = stream.header();
    this.delimiter = stream.delimiter();
    this.lines = lines == null ? null : List.copyOf(lines);
    this.stream = lines == null ? stream : null;
  }

  /**
   * Reads a whole file.
   *
   * @param bytes the file, not null
   * @return the table
   * @throws ImportException if the file has no readable header row
   */
  public static CsvTable parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (CsvStream stream = CsvStream.open(new ByteArrayInputStream(bytes))) {
      List<Line> lines = new ArrayList<>();
      stream.forEachRemaining(lines::add);
      return new CsvTable(stream, lines);
    }
  }

  /**
   * Opens a file to read as it streams in: the header row now, the lines with {@link
   * #forEachLine}. Close the table (or the stream) when done.
   *
   * @param in the file's bytes, not null; closed by {@link #close()}
   * @return the table, positioned after the header
   * @throws ImportException if the file has no readable header row
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public static CsvTable open(InputStream in) {
    return new CsvTable(CsvStream.open(Objects.requireNonNull(in, "in")), null);
  }

  /**
   * Visits every data line in file order, blank lines left out: a parsed table's as often as
   * asked, a streamed table's once, as they are read.
   *
   * @param action what to do with each line, not null
   * @throws IllegalStateException if the lines of a streamed table were visited before
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public void forEachLine(Consumer<Line> action) {
    Objects.requireNonNull(action, "action");
    List<Line> parsed = lines;
    CsvStream streamed = stream;
    if (parsed != null) {
      parsed.forEach(action);
      return;
    }
    if (visited || streamed == null) {
      throw new IllegalStateException("the lines of a streamed table are read once");
    }
    visited = true;
    streamed.forEachRemaining(action);
  }

  /**
   * Reads every data line with a reader that reports what is wrong with it, and refuses the file
   * with every error once all lines are read: for tables that are used only when every row is
   * good. A line the parser refused is reported without reaching the reader.
   *
   * @param reader reads one line, adding the line's errors to the list it is given (empty at the
   *     start of each line, so an empty list after reading means the line is good); not null
   * @throws ImportException with every line's errors in file order, if any line has one
   * @throws IllegalStateException if the lines of a streamed table were visited before
   * @since 0.1.0
   */
  public void readAll(BiConsumer<Line, List<RowError>> reader) {
    Objects.requireNonNull(reader, "reader");
    List<RowError> errors = new ArrayList<>();
    forEachLine(line -> {
      Optional<RowError> refused = line.error();
      if (refused.isPresent()) {
        errors.add(refused.get());
        return;
      }
      List<RowError> lineErrors = new ArrayList<>();
      reader.accept(line, lineErrors);
      errors.addAll(line.orFieldCount(lineErrors));
    });
    if (!errors.isEmpty()) {
      throw new ImportException(RowError.withEncodingHint(errors));
    }
  }

  /**
   * Closes a streamed table's stream; nothing for a parsed table.
   *
   * @throws java.io.UncheckedIOException if the stream cannot be closed
   */
  @Override
  public void close() {
    CsvStream streamed = stream;
    if (streamed != null) {
      streamed.close();
    }
  }

  /**
   * The row of the header, as a spreadsheet shows it: 1 unless the file starts with blank lines
   * (each an empty row).
   *
   * @return 1 or more
   */
  public int headerRow() {
    return headerRow;
  }

  /**
   * The header row's names, as written.
   *
   * @return an unmodifiable list
   */
  public List<String> header() {
    return header;
  }

  /**
   * The field separator: a comma or a semicolon.
   *
   * @return the separator
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The separator for lists inside a field: {@code |}, or the one of comma and semicolon that the
   * file does not use to separate fields.
   *
   * @return the regular expression that splits a list field
   */
  public String listSeparators() {
    return "[|" + (delimiter == ',' ? ";" : ",") + "]";
  }

  /**
   * The data lines of a parsed table, in file order; blank lines are left out.
   *
   * @return an unmodifiable list
   * @throws IllegalStateException for a streamed table: read its lines with {@link #forEachLine}
   */
  public List<Line> lines() {
    List<Line> parsed = lines;
    if (parsed == null) {
      throw new IllegalStateException("a streamed table's lines are read with forEachLine");
    }
    return parsed;
  }

  /**
   * The index of the first header column whose name matches one of the given names, ignoring
   * case, spaces, hyphens and underscores.
   *
   * @param names accepted names, not null
   * @return the index, or -1 if no column matches
   * @throws ImportException with rule {@code duplicate-column} on the header row, naming the
   *     second column, if two columns match: which of them holds the values cannot be guessed, and
   *     taking the first would lose the other without a word (the columns are named by their
   *     position when the header row holds a number or a date, as a data row read as the header
   *     does: its cells are not quoted)
   */
  public int column(List<String> names) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(normalName(header.get(i)))) {
        if (found >= 0) {
          throw new ImportException(List.of(RowError.ofDuplicateColumn(headerRow, header, i, found)));
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * Spaces (also the non-breaking and other Unicode spaces a header copied from Word or a web page
   * holds), invisible format characters (zero-width space, word joiner, byte order mark), dashes
   * and hyphens of every kind, and underscores.
   */
  private static final Pattern NOT_IN_NAMES = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Pd}_]");

  /**
   * A header name as matched: lower case, without spaces, hyphens and underscores, counting
   * Unicode spaces (such as U+00A0, the non-breaking space), invisible format characters and
   * Unicode dashes as spaces and hyphens.
   *
   * @param name a column name, not null
   * @return the normal form, for example {@code "liever niet met"} becomes {@code "lievernietmet"}
   */
  public static String normalName(String name) {
    return NOT_IN_NAMES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
