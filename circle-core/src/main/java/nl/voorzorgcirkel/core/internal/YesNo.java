package nl.voorzorgcirkel.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Yes and no as sign-up lists write them, in English and Dutch, as Excel writes booleans ({@code
 * WAAR}, {@code ONWAAR}) and as people mark a box ({@code x}): the one list every CSV reader of the
 * library accepts in its yes/no columns ({@code Woont alleen}, {@code Wil verbinder zijn}), so that
 * a word one column takes the other does not refuse. Not API. Thread-safe: stateless.
 */
public final class YesNo {

  /** Every accepted word, in its normal form, with its meaning; sorted, for a stable message. */
  private static final Map<String, Boolean> WORDS;

  static {
    Map<String, Boolean> words = new TreeMap<>();
    List.of("yes", "ja", "j", "y", "x", "1", "true", "waar").forEach(word -> words.put(word, Boolean.TRUE));
    List.of("no", "nee", "n", "0", "false", "onwaar").forEach(word -> words.put(word, Boolean.FALSE));
    WORDS = java.util.Collections.unmodifiableMap(words);
  }

  /** The accepted words, sorted, comma separated: the list the errors show. */
  public static final String ACCEPTED = String.join(", ", WORDS.keySet());

  private YesNo() {}

  /**
   * The meaning of a cell: its words compared without case and white space around them.
   *
   * @param cell the cell's text, not null; an empty cell has no meaning (the column's default
   *     applies)
   * @return yes or no, or empty for an empty cell or a word not in the list
   */
  public static Optional<Boolean> of(String cell) {
    return Optional.ofNullable(WORDS.get(cell.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The accepted words with their meaning, sorted.
   *
   * @return an unmodifiable map
   */
  public static Map<String, Boolean> words() {
    return WORDS;
  }
}
