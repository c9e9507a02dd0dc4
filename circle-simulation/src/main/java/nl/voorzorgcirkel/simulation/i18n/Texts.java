package nl.voorzorgcirkel.simulation.i18n;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.i18n.MessageTable;

/**
 * The simulation module's English and Dutch texts, from {@code messages.properties} and {@code
 * messages_nl.properties} beside this class, read by the core's {@link MessageTable} as every
 * module's texts are. Not API. Thread-safe.
 */
public final class Texts {

  private static final MessageTable TABLE =
      MessageTable.load(Texts.class, name -> Texts.class.getResourceAsStream(name));

  /** Dutch. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private Texts() {}

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
   * The text for a key, placeholders filled in; see {@link MessageTable#format}.
   *
   * @param key the message key, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @param arguments values for the placeholders, not null
   * @return the text, never null
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return TABLE.format(key, locale, arguments);
  }

  /**
   * The text for a key without arguments.
   *
   * @param key the message key, not null
   * @param locale the language, not null
   * @return the text, never null
   */
  public static String format(String key, Locale locale) {
    return TABLE.format(key, locale, Map.of());
  }

  /**
   * The text for a key in both languages.
   *
   * @param key the message key, not null
   * @param arguments values for the placeholders, not null
   * @return the English and the Dutch text
   */
  public static Bilingual both(String key, Map<String, ?> arguments) {
    return new Bilingual(format(key, Locale.ENGLISH, arguments), format(key, DUTCH, arguments));
  }

  /**
   * A number in the reader's notation (Dutch decimal comma), rounded to {@code decimals} places,
   * with grouping.
   *
   * @param value the number
   * @param decimals 0 or more
   * @param locale the language, not null
   * @return the text
   */
  public static String number(double value, int decimals, Locale locale) {
    return MessageTable.number(value, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), locale);
  }

  /**
   * The language a {@code --lang} value or a locale stands for: Dutch for {@code nl}, else English.
   *
   * @param locale any locale, not null
   * @return {@link #DUTCH} or {@link Locale#ENGLISH}
   */
  public static Locale language(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
  }
}
