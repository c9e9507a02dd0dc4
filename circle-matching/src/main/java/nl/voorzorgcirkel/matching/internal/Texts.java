package nl.voorzorgcirkel.matching.internal;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.i18n.MessageTable;

/**
 * The matching module's English and Dutch texts: exclusion reasons, score explanations, reasons a
 * request stayed unplaced. Not API. Thread-safe.
 */
public final class Texts {

  /** Read through this module's own lookup: on the module path only it may open these files. */
  private static final MessageTable TABLE =
      MessageTable.load(Texts.class, name -> Texts.class.getResourceAsStream(name));

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
   * Whether the key has English and Dutch texts.
   *
   * @param key the key, not null
   * @return true if both exist
   */
  public static boolean has(String key) {
    return TABLE.has(key);
  }
}
