package nl.voorzorgcirkel.core.csv;

/**
 * What an import does with a file that has bad rows.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /** Return the valid rows and the complete list of errors. */
  VALID_ROWS,
  /** Return every row or, if any row is bad, throw {@link ImportException} with every error. */
  ALL_OR_NOTHING
}
