package nl.voorzorgcirkel.simulation.report;

/** English words for the summary's counts. */
final class Words {

  private Words() {}

  /**
   * A count with its noun in the right number: {@code count(1, "day", "days")} is {@code "1 day"},
   * {@code count(0, "day", "days")} {@code "0 days"}.
   *
   * @param n the count, any value
   * @param one the noun for exactly one, not null
   * @param many the noun for any other count, not null
   * @return the count, a space and the noun
   */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
