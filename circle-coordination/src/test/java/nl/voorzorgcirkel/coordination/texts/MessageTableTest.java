package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Dutch tables have the same keys and placeholders, and the Dutch is Dutch. */
class MessageTableTest {

  private static final String TABLE = "/nl/voorzorgcirkel/coordination/internal/messages";
  private static final Set<String> ENGLISH = Set.of("the", "and", "to", "with", "for", "request", "member",
      "members", "who", "can", "could", "you", "someone", "nobody", "has", "been", "help", "reply", "answer",
      "call", "calls", "sheet", "area", "today", "needed", "thank", "taken", "expired", "next", "step");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.]+}");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageTableTest.class.getResourceAsStream(path)) {
      assertTrue(in != null, "no table " + path);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void everyKeyInBothLanguagesWithTheSamePlaceholdersAndNoEnglishInTheDutch() throws IOException {
    Properties english = load(TABLE + ".properties");
    Properties dutch = load(TABLE + "_nl.properties");
    assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()));
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
      String nl = dutch.getProperty(key);
      if (!placeholders(nl).equals(placeholders(english.getProperty(key)))) {
        problems.add(key + ": placeholders differ");
      }
      Matcher word = WORD.matcher(PLACEHOLDER.matcher(nl).replaceAll(" "));
      while (word.find()) {
        if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
          problems.add(key + ": English word '" + word.group() + "'");
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
