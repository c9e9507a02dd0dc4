package nl.voorzorgcirkel.core.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * How the CSV readers read a cell of a number column: one reading, so that every reader says the
 * same of the same cell. A number is ASCII digits with an optional sign and a decimal point or
 * comma, written out; it is read exactly, whatever its size, and then held against the column's
 * range in the column's unit. So each cell gets one error for one cause:
 *
 * <ul>
 *   <li>{@code number}, "must be a number": not a number ({@code NaN}, {@code Infinity}, {@code
 *       0x1p4}, {@code 52.3d}, words);
 *   <li>{@code number-exponent}, "must be written out in digits, without an exponent": a number in
 *       scientific notation ({@code 2,5e1}, {@code 1E+3}), which nobody types in an hours, count or
 *       degrees column and a spreadsheet shows only for a number far out of range (user test 12,
 *       L7: {@code 2,5e1} was read as 25 hours);
 *   <li>{@code whole-number}, "must be a whole number": in a column of whole numbers, not a number
 *       or a number with a fraction ({@code 1948.0} is whole);
 *   <li>{@code number-range}, "must be from 0 to 40 hours": a number outside the column's range,
 *       however large ({@code 9999999999999999999999}) or small ({@code -1}), in the
 *       column's unit (hours in an hours column, never the model's minutes).
 * </ul>
 *
 * <p>Not API. Thread-safe: stateless.
 */
public final class NumberCells {

  /** A number written out: digits, a sign, a decimal point or comma. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)");
  /** A number in scientific notation: refused, but told apart from what is no number. */
  private static final Pattern EXPONENT = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)[eE][+-]?[0-9]+");
  /** No unit: the numbers are counts or years. */
  private static final Bilingual NO_UNIT = new Bilingual("", "");

  /**
   * The numbers a column takes.
   *
   * @param min the least, not null
   * @param max the most, not null
   * @param whole whether only whole numbers are taken
   * @param unit the unit with a leading space in each language ({@code " hours"}, {@code " uur"}),
   *     or empty texts for none; not null
   */
  public record Range(BigDecimal min, BigDecimal max, boolean whole, Bilingual unit) {
    /**
     * Checks the components.
     *
     * @param min see the record description
     * @param max see the record description
     * @param whole see the record description
     * @param unit see the record description
     */
    public Range {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      Objects.requireNonNull(unit, "unit");
    }

    /**
     * Decimal numbers from {@code min} to {@code max} in a unit.
     *
     * @param min the least
     * @param max the most
     * @param english the unit in English, such as {@code "hours"}; not null
     * @param dutch the unit in Dutch, such as {@code "uur"}; not null
     * @return the range
     */
    public static Range decimal(long min, long max, String english, String dutch) {
      return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false,
          new Bilingual(" " + english, " " + dutch));
    }

    /**
     * Whole numbers from {@code min} to {@code max}, without a unit.
     *
     * @param min the least
     * @param max the most
     * @return the range
     */
    public static Range whole(long min, long max) {
      return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, NO_UNIT);
    }
  }

  /** Degrees north: -90 to 90. */
  public static final Range LATITUDE = Range.decimal(-90, 90, "degrees", "graden");
  /** Degrees east: -180 to 180. */
  public static final Range LONGITUDE = Range.decimal(-180, 180, "degrees", "graden");

  /**
   * A cell read: its value, or the rule it breaks with the arguments of its message.
   *
   * @param value the number, exact; null when a rule is broken
   * @param rule the broken rule's code ({@code number}, {@code whole-number}, {@code
   *     number-exponent}, {@code number-range}), or null when read; the message key is {@code "csv." + rule}
   * @param arguments the message's arguments (the range and unit), never the cell's value
   */
  public record Cell(@Nullable BigDecimal value, @Nullable String rule, Map<String, Object> arguments) {
    /**
     * Copies the arguments.
     *
     * @param value see the record description
     * @param rule see the record description
     * @param arguments see the record description
     */
    public Cell {
      arguments = Map.copyOf(arguments);
    }
  }

  private NumberCells() {}

  /**
   * Reads a cell that is not empty.
   *
   * @param text the cell, stripped, not empty; not null
   * @param range the column's numbers, not null
   * @return the value, or the one rule the cell breaks
   */
  public static Cell read(String text, Range range) {
    if (!NUMBER.matcher(text).matches()) {
      String rule = EXPONENT.matcher(text).matches() ? "number-exponent" : range.whole() ? "whole-number" : "number";
      return new Cell(null, rule, Map.of());
    }
    BigDecimal value = new BigDecimal(text.replace(',', '.')); // digits only: always a number
    if (range.whole() && value.stripTrailingZeros().scale() > 0) {
      return new Cell(null, "whole-number", Map.of());
    }
    if (value.compareTo(range.min()) < 0 || value.compareTo(range.max()) > 0) {
      return outOfRange(range);
    }
    return new Cell(value, null, Map.of());
  }

  private static Cell outOfRange(Range range) {
    return new Cell(null, "number-range", Map.of("min", range.min().toPlainString(), "max",
        range.max().toPlainString(), "unit", range.unit()));
  }
}
