package nl.voorzorgcirkel.intake.internal;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.i18n.MessageTable;

/**
 * The intake module's English and Dutch texts: the lists' headings and the welcome sheet. Not API.
 * Thread-safe.
 */
public final class Texts {

  private static final MessageTable TABLE = MessageTable.load(Texts.class, name -> Texts.class.getResourceAsStream(name));

  private Texts() {}

  /**
   * The text for a key with placeholders filled in; an unknown key is returned as it is.
   *
   * @param key the key, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @param arguments placeholder values, not null
   * @return the text
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return TABLE.format(key, locale, arguments);
  }

  /**
   * The text for a key without placeholders.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @return the text
   */
  public static String format(String key, Locale locale) {
    return TABLE.format(key, locale, Map.of());
  }
}
