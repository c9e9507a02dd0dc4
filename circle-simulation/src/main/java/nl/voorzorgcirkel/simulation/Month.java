package nl.voorzorgcirkel.simulation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar month of the measured period. Immutable.
 *
 * @param month the year and month, not null
 * @param firstDay the month's first day in the period (the 1st, or the period's start), not null
 * @param days the days of the month in the period, 1 to 31
 * @param partial whether only part of the month is in the period (the first and last may be)
 * @since 0.1.0
 */
public record Month(YearMonth month, LocalDate firstDay, int days, boolean partial) {

  /**
   * The month as {@code 2026-02}, with {@code (partial, 5 days)} when partial.
   *
   * @return the label
   */
  public String label() {
    return partial ? month + " (partial, " + days + " days)" : month.toString();
  }
}
