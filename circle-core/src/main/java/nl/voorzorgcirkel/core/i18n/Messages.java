package nl.voorzorgcirkel.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English and Dutch texts of every message this library shows: validation rules, scope reasons,
 * health findings, exclusion reasons.
 *
 * <p>The texts live in {@code messages.properties} (English) and {@code messages_nl.properties}
 * (Dutch) beside this class, read as UTF-8. They are loaded without {@link java.util.ResourceBundle}
 * so that the JVM's default locale never changes which language a caller gets and so that the
 * lookup works the same on the class path and the module path. Placeholders {@code {name}} are
 * replaced by the given arguments; personal data is never passed as an argument.
 *
 * <p>Thread-safe: the tables are read once and never modified.
 */
public final class Messages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
  private static final Properties ENGLISH = load("messages.properties");
  private static final Properties DUTCH = load("messages_nl.properties");

  private Messages() {}

  /**
   * Whether a text exists for the key in both languages.
   *
   * @param key the message key, not null
   * @return true when English and Dutch texts exist
   */
  public static boolean has(String key) {
    return ENGLISH.containsKey(key) && DUTCH.containsKey(key);
  }

  /**
   * The text for a key in the requested language, with placeholders filled in.
   *
   * @param key the message key, not null; an unknown key is returned as it is
   * @param locale Dutch ({@code nl}) gives Dutch, every other locale English; not null
   * @param arguments values for the placeholders, not null; a missing argument leaves the
   *     placeholder as it is
   * @return the text, never null
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(arguments, "arguments");
    Properties table = "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    String template = table.getProperty(key, ENGLISH.getProperty(key, key));
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16);
    while (matcher.find()) {
      Object value = arguments.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The text for a key in the requested language, without arguments.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @return the text, never null
   */
  public static String format(String key, Locale locale) {
    return format(key, locale, Map.of());
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message table " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message table " + name, e);
    }
    return properties;
  }
}
