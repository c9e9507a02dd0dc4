package nl.voorzorgcirkel.coordination.internal;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.i18n.MessageTable;

/**
 * The coordination module's English and Dutch texts: asks, notices to the group and members,
 * connectors' notices, call sheet headings. Not API. Thread-safe.
 */
public final class Phrases {

  private static final MessageTable TABLE = MessageTable.load(Phrases.class, Phrases.class::getResourceAsStream);

  private Phrases() {}

  /**
   * The text for a key with placeholders filled in; an unknown key is returned as it is.
   *
   * @param key the key, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @param arguments placeholder values, not null; never personal data
   * @return the text
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return TABLE.format(key, locale, arguments);
  }

  /**
   * Whether the key has English and Dutch texts.
   *
   * @param key the key, not null
   * @return true if both exist
   */
  public static boolean has(String key) {
    return TABLE.has(key);
  }
}
