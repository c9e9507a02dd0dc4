package nl.voorzorgcirkel.core.csv;

/**
 * What an import does with offers in people's own words that the vocabulary does not know
 * ({@code "pianoles"}, or a typing error too large to correct). They never become kinds of help of
 * their own: a member's {@code autorijden} must match a request for a ride by car.
 *
 * @since 0.1.0
 */
public enum OfferMode {
  /**
   * Refuse the row: an error names the row, the column, which item of the cell is not known, the
   * nearest kinds of help ("did you mean") and the known labels.
   */
  STRICT,
  /**
   * Keep the row with the offers that were understood, and list the unknown item for review in
   * {@link ImportResult#reviews()}, with the same text as in strict mode.
   */
  LENIENT
}
