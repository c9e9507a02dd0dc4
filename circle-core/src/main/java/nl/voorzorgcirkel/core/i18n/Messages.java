package nl.voorzorgcirkel.core.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * The core module's English and Dutch texts: validation rules, scope reasons, lifecycle refusals,
 * health findings. Not API.
 *
 * <p>Thread-safe.
 */
public final class Messages {

  private static final MessageTable TABLE =
      MessageTable.load(Messages.class, name -> Messages.class.getResourceAsStream(name));

  private Messages() {}

  /**
   * Whether a text exists for the key in both languages.
   *
   * @param key the message key, not null
   * @return true when English and Dutch texts exist
   */
  public static boolean has(String key) {
    return TABLE.has(key);
  }

  /**
   * The text for a key, with placeholders filled in; see {@link MessageTable#format}.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @param arguments values for the placeholders, not null
   * @return the text, never null
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return TABLE.format(key, locale, arguments);
  }

  /**
   * The text for a key, without arguments.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @return the text, never null
   */
  public static String format(String key, Locale locale) {
    return TABLE.format(key, locale, Map.of());
  }
}
