package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import org.junit.jupiter.api.Test;

/**
 * User test 11: the README's scope text named some kinds of care the vocabulary refers and not
 * others (oral care, foot care, the pedicure and measuring were found in scope before user test
 * 10). The README's table of what a circle refers lists exactly the standard vocabulary's kinds of
 * help that are not circle help, in its order, with their labels and where each is referred, so the
 * two cannot drift apart. Failed before: the README had no such table.
 */
class ReadmeScopeTableTest {

  private static final String HEADER = "| code | kind of care | in Dutch | referred to |";

  /** The table's rows as the vocabulary makes them. */
  private static List<String> expectedRows() {
    List<String> rows = new ArrayList<>();
    for (VocabularyEntry entry : CapabilityVocabulary.standard().entries()) {
      if (!entry.category().isCircleHelp()) {
        String target = ScopePolicies.decisionFor(entry.category()).referral().orElseThrow().label(Locale.ENGLISH);
        rows.add("| `" + entry.capability().code() + "` | " + entry.englishLabel() + " | " + entry.dutchLabel()
            + " | " + target + " |");
      }
    }
    return rows;
  }

  @Test
  void theReadmesScopeTableIsTheVocabularysReferredCare() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int header = lines.indexOf(HEADER);
    assertTrue(header >= 0, "README.md has the scope table, headed " + HEADER);
    List<String> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(lines.get(i));
    }
    assertEquals(String.join("\n", expectedRows()), String.join("\n", rows));
    String table = String.join("\n", rows);
    for (String care : List.of("oral care", "foot and nail care", "pedicure", "measuring")) {
      assertTrue(table.contains(care), care);
    }
  }
}
