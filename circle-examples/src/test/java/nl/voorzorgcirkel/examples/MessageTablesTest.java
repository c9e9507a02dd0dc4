package nl.voorzorgcirkel.examples;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: the English and Dutch message tables of every module stay in step (the same keys, the
 * same placeholders), and the Dutch texts are Dutch: no English words, no enum constants, no field
 * names of the code. The same for the labels of the capability vocabulary.
 */
class MessageTablesTest {

  /** Common English words that are not also Dutch words. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "to", "must", "not", "with", "for",
      "from", "this", "that", "member", "members", "request", "requests", "circle", "circles",
      "cannot", "can", "has", "have", "who", "which", "would", "should", "will", "by", "than", "more",
      "less", "only", "every", "each", "nobody", "already", "asked", "accepted", "declined",
      "cancelled", "expired", "referred", "paused", "state", "objective", "penalty", "load", "cost",
      "policy", "meets", "misses", "read", "refused", "candidates", "help", "helped", "given",
      "field", "row", "column", "value", "days", "hours", "could", "you", "someone", "been",
      "reply", "answer", "call", "calls", "sheet", "area", "today", "needed", "thank", "next", "step");
  /** Capitals that are Dutch words or names, not constants of the code. */
  private static final Set<String> CAPITALS = Set.of("INFO", "WAARSCHUWING", "PROBLEEM", "UTF", "JSON",
      "CSV"); // "CSV UTF-8", the name of the format Excel saves, in Dutch too
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");
  private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");
  /** A noun with its plural ending in brackets or after a slash: "member(s)", "rij(en)", "kandidaat/kandidaten". */
  private static final Pattern OPEN_NUMBER = Pattern.compile("\\p{L}\\((s|en)\\)|\\b(\\p{L}{4,})\\p{L}*/\\3");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_.]+}");
  /**
   * The start of a count's choice of words, {@code {count,choice,}, or of a number's notation,
   * {@code {hours,number,}: the placeholder {@code {count}}, {@code {hours}}.
   */
  private static final Pattern CHOICE = Pattern.compile("\\{[A-Za-z0-9_.]+,(choice|number),");

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageTablesTest.class.getResourceAsStream(path)) {
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
    Matcher choice = CHOICE.matcher(text);
    while (choice.find()) {
      found.add(choice.group().substring(0, choice.group().indexOf(',')) + "}");
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nl/voorzorgcirkel/core/i18n/messages", "/nl/voorzorgcirkel/matching/internal/messages",
      "/nl/voorzorgcirkel/coordination/internal/messages", "/nl/voorzorgcirkel/intake/internal/messages",
      "/nl/voorzorgcirkel/simulation/i18n/messages", "/nl/voorzorgcirkel/examples/demo"})
  void englishAndDutchHaveTheSameKeysAndPlaceholdersAndTheDutchIsDutch(String table) throws IOException {
    Properties english = load(table + ".properties");
    Properties dutch = load(table + "_nl.properties");
    assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()),
        "keys in one table and not the other");
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
      String nl = dutch.getProperty(key);
      if (!placeholders(nl).equals(placeholders(english.getProperty(key)))) {
        problems.add(key + ": placeholders differ");
      }
      String words = CHOICE.matcher(PLACEHOLDER.matcher(nl).replaceAll(" ")).replaceAll(" ");
      Matcher word = WORD.matcher(words);
      while (word.find()) {
        if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
          problems.add(key + ": English word '" + word.group() + "' in " + nl);
        }
      }
      Stream.of(CONSTANT.matcher(words), CAMEL_CASE.matcher(words)).forEach(m -> {
        while (m.find()) {
          if (!CAPITALS.contains(m.group())) {
            problems.add(key + ": code name '" + m.group() + "' in " + nl);
          }
        }
      });
    }
    assertEquals(List.of(), problems);
  }

  /**
   * A count chooses its words ({@code {count,choice,1#1 member|1<{count} members}}): no table writes
   * "member(s)", "deelnemer(s)" or "rij(en)" for the reader to work out.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/nl/voorzorgcirkel/core/i18n/messages", "/nl/voorzorgcirkel/matching/internal/messages",
      "/nl/voorzorgcirkel/coordination/internal/messages", "/nl/voorzorgcirkel/intake/internal/messages",
      "/nl/voorzorgcirkel/simulation/i18n/messages", "/nl/voorzorgcirkel/examples/demo"})
  void noTextLeavesTheNumberOfANounOpen(String table) throws IOException {
    List<String> problems = new ArrayList<>();
    for (String language : List.of(".properties", "_nl.properties")) {
      Properties texts = load(table + language);
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        if (OPEN_NUMBER.matcher(texts.getProperty(key)).find()) {
          problems.add(key + language + ": " + texts.getProperty(key));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The capability vocabulary: every kind of help in its order has an English and a Dutch label,
   * the Dutch one Dutch, and no key names a kind of help outside the order.
   */
  @Test
  void everyKindOfHelpHasAnEnglishAndADutchLabelAndTheDutchIsDutch() throws IOException {
    Properties table = load("/nl/voorzorgcirkel/core/model/capability-vocabulary.properties");
    List<String> problems = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (String code : table.getProperty("order").split(",", -1)) {
      order.add(code.strip());
    }
    assertTrue(order.size() >= 11, "the standard catalogue and the needs referred elsewhere");
    for (String code : order) {
      String english = table.getProperty(code + ".en");
      String dutch = table.getProperty(code + ".nl");
      if (english == null || english.isBlank() || dutch == null || dutch.isBlank()) {
        problems.add(code + ": a label is missing");
        continue;
      }
      Matcher word = WORD.matcher(dutch);
      while (word.find()) {
        if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
          problems.add(code + ": English word '" + word.group() + "' in " + dutch);
        }
      }
    }
    for (String key : table.stringPropertyNames()) {
      if (!key.equals("order") && !order.contains(key.substring(0, Math.max(0, key.lastIndexOf('.'))))) {
        problems.add(key + ": names no kind of help of the order");
      }
    }
    assertEquals(List.of(), problems);
  }
}
