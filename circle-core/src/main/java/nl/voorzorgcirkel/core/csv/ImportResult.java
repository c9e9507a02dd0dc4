package nl.voorzorgcirkel.core.csv;

import java.util.List;
import java.util.Objects;

/**
 * What an import yields: the valid rows, each with its row number, and every problem found.
 *
 * <p>Immutable and thread-safe if the values are.
 *
 * @param <T> the type of value a row becomes
 * @since 0.1.0
 */
public final class ImportResult<T> {

  /**
   * One accepted row.
   *
   * @param row the row as a spreadsheet shows it (the header is row 1; a line break inside a quoted
   *     cell does not start a row), as {@link RowError#row()} names rows
   * @param value the value the row became, not null
   * @param <T> the value's type
   */
  public record Row<T>(int row, T value) {
    /**
     * Checks the components.
     *
     * @param row see the record description
     * @param value see the record description
     */
    public Row {
      Objects.requireNonNull(value, "value");
    }
  }

  private final List<Row<T>> rows;
  private final List<RowError> errors;
  private final List<RowError> reviews;
  private final List<String> ignoredColumns;

  /**
   * A result, for importers of other lists built on {@link CsvTable}.
   *
   * @param rows the accepted rows, not null
   * @param errors every problem found, not null
   * @param ignoredColumns header columns left out, not null
   * @param <T> the type of value a row becomes
   * @return the result
   */
  public static <T> ImportResult<T> of(List<Row<T>> rows, List<RowError> errors, List<String> ignoredColumns) {
    return new ImportResult<>(rows, errors, List.of(), ignoredColumns);
  }

  /**
   * A result with rows kept that someone should look at.
   *
   * @param rows the accepted rows, not null
   * @param errors every problem that cost a row, not null
   * @param reviews problems in rows that were kept, not null
   * @param ignoredColumns header columns left out, not null
   * @param <T> the type of value a row becomes
   * @return the result
   * @since 0.1.0
   */
  public static <T> ImportResult<T> of(List<Row<T>> rows, List<RowError> errors, List<RowError> reviews,
      List<String> ignoredColumns) {
    return new ImportResult<>(rows, errors, reviews, ignoredColumns);
  }

  ImportResult(List<Row<T>> rows, List<RowError> errors, List<RowError> reviews, List<String> ignoredColumns) {
    this.rows = List.copyOf(rows);
    this.errors = List.copyOf(errors);
    this.reviews = List.copyOf(reviews);
    this.ignoredColumns = List.copyOf(ignoredColumns);
  }

  /**
   * The valid rows, in file order.
   *
   * @return an unmodifiable list
   */
  public List<Row<T>> rows() {
    return rows;
  }

  /**
   * The values of the valid rows, in file order.
   *
   * @return an unmodifiable list
   */
  public List<T> values() {
    return rows.stream().map(Row::value).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Every problem found, by row; empty when every row was valid.
   *
   * @return an unmodifiable list
   */
  public List<RowError> errors() {
    return errors;
  }

  /**
   * Problems in rows that were kept, for someone to look at: offers in words the vocabulary does
   * not know, read in {@link OfferMode#LENIENT} mode; a member reached by phone or through a
   * connector without a phone number ({@code phone-missing}); an avoided id that no row of the file
   * has ({@code unknown-id}, naming the item's place in the cell, not the id); and, once per
   * column, a value in a column without a name in the header row ({@code unnamed-column}, naming
   * the column's position and spreadsheet letter), which nobody reads. They are not errors: {@link
   * #isComplete()} and {@link ImportMode#ALL_OR_NOTHING} do not count them.
   *
   * @return an unmodifiable list, by row; empty when nothing needs a look
   * @since 0.1.0
   */
  public List<RowError> reviews() {
    return reviews;
  }

  /**
   * Header columns this import does not know, which were left out (a spreadsheet's own notes,
   * for example). Header cells without a name are no columns and are not listed: a value under
   * one is listed in {@link #reviews()}.
   *
   * @return an unmodifiable list of header names, in file order
   */
  public List<String> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * Whether every row was valid.
   *
   * @return true if there are no errors
   */
  public boolean isComplete() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return "ImportResult{rows=" + rows.size() + ", errors=" + errors.size()
        + (reviews.isEmpty() ? "" : ", reviews=" + reviews.size()) + "}";
  }
}
