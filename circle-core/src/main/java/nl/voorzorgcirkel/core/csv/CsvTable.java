package nl.voorzorgcirkel.core.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSV file as lines of fields, for reading the lists organisations keep: the format of {@link
 * MemberCsv} (UTF-8 with or without byte-order mark, comma or semicolon separated, one record per
 * line, RFC 4180 quotes within a line), without any meaning attached, so that other importers can
 * read their own columns with the same rules and report problems as {@link RowError}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvTable {

  /**
   * One data line.
   *
   * @param row the line number in the file (the header is row 1)
   * @param fields the fields, trimmed; empty when the line could not be read
   * @param problem the rule the line broke ({@code unterminated-quote}, {@code text-after-quote},
   *     {@code field-too-long}, {@code encoding}), or null when it was read
   */
  public record Line(int row, List<String> fields, String problem) {
    /**
     * Checks and copies the components.
     *
     * @param row see the record description
     * @param fields see the record description
     * @param problem see the record description
     */
    public Line {
      fields = List.copyOf(fields);
    }

    /**
     * The problem as an error to report, if the line could not be read.
     *
     * @return the error, or empty
     */
    public Optional<RowError> error() {
      return problem == null ? Optional.empty()
          : Optional.of(new RowError(row, null, problem, "csv." + problem, Map.of()));
    }
  }

  private final int headerRow;
  private final List<String> header;
  private final char delimiter;
  private final List<Line> lines;

  private CsvTable(int headerRow, List<String> header, char delimiter, List<Line> lines) {
    this.headerRow = headerRow;
    this.header = List.copyOf(header);
    this.delimiter = delimiter;
    this.lines = List.copyOf(lines);
  }

  /**
   * Reads a file.
   *
   * @param bytes the file, not null
   * @return the table
   * @throws ImportException if the file has no readable header row
   */
  public static CsvTable parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    // Invalid UTF-8 becomes U+FFFD; a line holding one is reported, the others are read.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstBreak = text.indexOf('\n');
    char delimiter = CsvLines.delimiter(firstBreak < 0 ? text : text.substring(0, firstBreak));
    List<CsvLines.Line> parsed = CsvLines.lines(text, delimiter);
    if (parsed.isEmpty() || parsed.get(0).problem() != null) {
      int row = parsed.isEmpty() ? 1 : parsed.get(0).number();
      throw new ImportException(List.of(new RowError(row, null, "no-header", "csv.no-header", Map.of())));
    }
    List<Line> lines = new ArrayList<>();
    for (CsvLines.Line line : parsed.subList(1, parsed.size())) {
      String problem = line.problem();
      if (problem == null && String.join("", line.fields()).indexOf('\uFFFD') >= 0) {
        problem = "encoding";
      }
      lines.add(new Line(line.number(), problem == null ? line.fields() : List.of(), problem));
    }
    return new CsvTable(parsed.get(0).number(), parsed.get(0).fields(), delimiter, lines);
  }

  /**
   * The line number of the header row: 1 unless the file starts with blank lines.
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
   * The data lines, in file order; blank lines are left out.
   *
   * @return an unmodifiable list
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * The index of the first header column whose name matches one of the given names, ignoring
   * case, spaces, hyphens and underscores.
   *
   * @param names accepted names, not null
   * @return the index, or -1 if no column matches
   */
  public int column(List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(normalName(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A header name as matched: lower case, without spaces, hyphens and underscores.
   *
   * @param name a column name, not null
   * @return the normal form, for example {@code "liever niet met"} becomes {@code "lievernietmet"}
   */
  public static String normalName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }
}
