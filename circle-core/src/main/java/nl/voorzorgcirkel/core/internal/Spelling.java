package nl.voorzorgcirkel.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How far apart two words are in typing errors: the optimal string alignment distance (the
 * Damerau-Levenshtein distance where no part is edited twice): the fewest letters inserted,
 * deleted or replaced, or pairs of neighbouring letters swapped, that turn one word into the
 * other. {@code "boodschapen"} is 1 from {@code "boodschappen"}, {@code "koekn"} 1 from {@code
 * "koken"}. Counted in UTF-16 units of words that are already normalised. Not API: shared by this
 * library's modules for their "did you mean" hints. Thread-safe: stateless.
 */
public final class Spelling {

  private Spelling() {}

  /**
   * The distance between two words, or {@code limit + 1} as soon as it is certain to exceed the
   * limit (the common case when comparing a word with a whole vocabulary).
   *
   * @param a a word, not null
   * @param b a word, not null
   * @param limit the largest distance of interest, 0 or more
   * @return the distance, at most {@code limit + 1}
   */
  public static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], limit + 1);
  }

  /**
   * The known word nearest to a word that is not known, for a "did you mean": within one typing
   * error for words up to four letters, two up to eight, three beyond; compared without regard to
   * case. Ties go to the word that comes first in the collection's order.
   *
   * @param word the unknown word, not null
   * @param known the known words, not null, none null
   * @return the nearest known word within the limit, or empty
   */
  public static Optional<String> nearest(String word, Collection<String> known) {
    String lower = word.toLowerCase(Locale.ROOT);
    int limit = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
