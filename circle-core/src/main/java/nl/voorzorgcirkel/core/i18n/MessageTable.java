package nl.voorzorgcirkel.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English and a Dutch table of texts, read as UTF-8 from {@code messages.properties} and {@code
 * messages_nl.properties} in the package of the module that owns them. Not API: shared by this
 * library's modules only.
 *
 * <p>Loaded without {@link java.util.ResourceBundle} so that the JVM's default locale never changes
 * which language a caller gets, and the lookup works the same on the class path and the module
 * path. Placeholders {@code {name}} are replaced by arguments; personal data is never passed as
 * an argument. A text that depends on a count chooses with {@link java.text.ChoiceFormat}'s
 * pattern: {@code {times,choice,0#not before|1#once before|1<{times} times before}}, the chosen
 * part with its own placeholders filled in. Thread-safe: the tables are read once and never
 * modified.
 */
public final class MessageTable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

  private final Properties english;
  private final Properties dutch;

  private MessageTable(Properties english, Properties dutch) {
    this.english = english;
    this.dutch = dutch;
  }

  /**
   * Reads the tables through the owner's own resource lookup.
   *
   * <p>On the module path a module's resources are encapsulated: only code of that module may read
   * them (unless the package is opened). So the owner passes a function that opens a resource by
   * name relative to its own package, written in its own module, for example {@code name ->
   * Texts.class.getResourceAsStream(name)}; this class, in another module, could not.
   *
   * @param owner the class whose package holds the two files, for messages, not null
   * @param open opens a resource of the owner's package by name, or returns null; not null
   * @return the table
   * @throws IllegalStateException if a file is missing
   */
  public static MessageTable load(Class<?> owner, Function<String, InputStream> open) {
    return new MessageTable(read(owner, open, "messages.properties"),
        read(owner, open, "messages_nl.properties"));
  }

  /**
   * Whether a text exists for the key in both languages.
   *
   * @param key the message key, not null
   * @return true when English and Dutch texts exist
   */
  public boolean has(String key) {
    return english.containsKey(key) && dutch.containsKey(key);
  }

  /**
   * The text for a key in the requested language, with placeholders filled in.
   *
   * @param key the message key, not null; an unknown key is returned as it is
   * @param locale Dutch ({@code nl}) gives Dutch, every other locale English; not null
   * @param arguments values for the placeholders, not null; a missing argument leaves the
   *     placeholder as it is; a {@link Bilingual} gives its text in the language
   * @return the text, never null
   */
  public String format(String key, Locale locale, Map<String, ?> arguments) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(arguments, "arguments");
    Properties table = "nl".equals(locale.getLanguage()) ? dutch : english;
    String template = choose(table.getProperty(key, english.getProperty(key, key)), arguments);
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16);
    while (matcher.find()) {
      Object value = arguments.get(matcher.group(1));
      String text = value == null ? matcher.group()
          : value instanceof Bilingual ? ((Bilingual) value).in(locale) : String.valueOf(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The template with each {@code {name,choice,pattern}} replaced by the part of the pattern that
   * the number argument {@code name} chooses; left as it is when the argument is missing or not a
   * number.
   */
  private static String choose(String template, Map<String, ?> arguments) {
    int start = template.indexOf(CHOICE_MARK);
    if (start < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length());
    int done = 0;
    while (start >= 0) {
      int open = template.lastIndexOf('{', start);
      int end = closing(template, open);
      if (end < 0) {
        break;
      }
      String name = template.substring(open + 1, start);
      Object value = arguments.get(name);
      out.append(template, done, open);
      if (value instanceof Number) {
        String pattern = template.substring(start + CHOICE_MARK.length(), end);
        out.append(new ChoiceFormat(pattern).format(((Number) value).doubleValue()));
      } else {
        out.append(template, open, end + 1);
      }
      done = end + 1;
      start = template.indexOf(CHOICE_MARK, done);
    }
    return out.append(template, done, template.length()).toString();
  }

  private static final String CHOICE_MARK = ",choice,";

  /** The index of the brace that closes the one at {@code open}, counting nested braces; or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Properties read(Class<?> owner, Function<String, InputStream> open, String name) {
    Properties properties = new Properties();
    try (InputStream in = open.apply(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message table " + name + " beside " + owner.getName());
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message table " + name, e);
    }
    return properties;
  }
}
