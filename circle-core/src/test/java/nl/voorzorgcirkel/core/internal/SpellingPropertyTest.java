package nl.voorzorgcirkel.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

class SpellingPropertyTest {

  /** The textbook table, without cut-off, to check the fast one against. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void theCutOffNeverChangesADistanceWithinTheLimit() {
    Props.property("spelling-distance", 3000)
        .forAll(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 9),
            strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 9), integers().between(0, 4))
        .checkAssert((a, b, limit) -> {
          int exact = reference(a, b);
          assertEquals(Math.min(exact, limit + 1), Spelling.distance(a, b, limit));
          assertEquals(Spelling.distance(a, b, limit), Spelling.distance(b, a, limit));
        });
  }

  @Test
  void oneTypingErrorIsOne() {
    assertEquals(1, Spelling.distance("boodschapen", "boodschappen", 2));
    assertEquals(1, Spelling.distance("koekn", "koken", 2));
    assertEquals(1, Spelling.distance("tuim", "tuin", 2));
    assertEquals(0, Spelling.distance("tuin", "tuin", 0));
    assertEquals(2, Spelling.distance("afwassen", "wassen", 1), "past the limit: limit + 1");
    assertEquals(2, Spelling.distance("afwassen", "wassen", 5));
  }
}
