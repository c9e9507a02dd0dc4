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
  /** A phone number in international form: {@code +}, then digits in groups of single spaces. */
  private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+[0-9]+( [0-9]+)*");

  private SpreadsheetCells() {}

  /**
   * A cell a spreadsheet will not run: one that starts with {@code = + - @}, a tab or a carriage
   * return gets an apostrophe before it, whatever follows (also {@code -1234567}: a payload needs no
   * letter to mislead, {@code -1+1}), with one exception: a phone number in international form, a
   * {@code +} followed by digits and single spaces only ({@code +31 6 12345678}), is written as it
   * is. It holds no operator, reference or function, so a spreadsheet can at most show it as a
   * number, while the apostrophe showed in every cell of a phone list opened in Excel (user test 5,
   * H10); {@code +31-6-...} or {@code +1+1} still get one. A lone {@code -}, the empty mark of the
   * lists, is left as it is. Other cells are returned as they are.
   *
   * @param cell the cell's text, not null
   * @return the text to write, not null
   */
  public static String defused(String cell) {
    Objects.requireNonNull(cell, "cell");
    boolean formula = !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !cell.equals("-")
        && !INTERNATIONAL_PHONE.matcher(cell).matches();
    return formula ? "'" + cell : cell;
  }
}
