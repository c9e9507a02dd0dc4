package nl.voorzorgcirkel.core.csv;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cells of CSV files that people open in a spreadsheet (member lists, phone lists, call sheets):
 * a cell a spreadsheet could run as a formula is written with an apostrophe before it, as OWASP
 * advises against CSV injection. The one rule every list this library writes for people follows;
 * CSV for programs (research exports, impact report figures) is written as it is.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SpreadsheetCells {

  /** The characters a spreadsheet may take as the start of a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  /**
   * Text a spreadsheet opening a CSV would turn into a number or a date: digits only, perhaps in
   * parentheses ({@code 0612345678} loses its 0, {@code (0201234567)} becomes negative), or up to
   * three short groups of digits joined by hyphens or slashes ({@code 12-10-2020} becomes a date).
   */
  private static final Pattern READ_AS_NUMBER =
      Pattern.compile("\\(?[0-9]+\\)?|[0-9]{1,4}([-/][0-9]{1,4}){1,2}");

  private SpreadsheetCells() {}

  /**
   * A cell a spreadsheet will not run: one that starts with {@code = + - @}, a tab or a carriage
   * return gets an apostrophe before it, whatever follows. That includes phone numbers in
   * international form: Excel opening a CSV takes {@code +31 6 12345678} for a formula (the space
   * is its intersection operator: an error value such as {@code #NULL!}) and {@code +31612345678}
   * for the number 31612345678 (shown as {@code 3.16E+10}, the {@code +} lost, so a connector
   * would dial a wrong number); the visible apostrophe is the lesser harm. It also includes
   * {@code -1234567}: a payload needs no letter to mislead, {@code -1+1}. A lone {@code -}, the
   * empty mark of the lists, is left as it is. Other cells are returned as they are.
   *
   * @param cell the cell's text, not null
   * @return the text to write, not null
   */
  public static String defused(String cell) {
    Objects.requireNonNull(cell, "cell");
    boolean formula = !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !cell.equals("-");
    return formula ? "'" + cell : cell;
  }

  /**
   * A cell that must keep its text exactly as written, such as a phone number: {@linkplain
   * #defused defused}, and also given an apostrophe when a spreadsheet opening the CSV would read
   * it as a number or a date: digits only, perhaps in parentheses ({@code 0612345678} would lose
   * its leading 0, a connector dialling {@code 612345678}; {@code (0201234567)} would become
   * negative), or up to three short groups of digits joined by {@code -} or {@code /} ({@code
   * 12-10-2020} would become a date). Excel shows the apostrophe; the number stays as written.
   * Phone numbers a spreadsheet keeps as text ({@code 06 12345678}, {@code 020-1234567}) are
   * written as they are.
   *
   * @param cell the cell's text, not null
   * @return the text to write, not null
   */
  public static String asText(String cell) {
    String defused = defused(cell);
    return defused.equals(cell) && READ_AS_NUMBER.matcher(cell).matches() ? "'" + cell : defused;
  }
}
