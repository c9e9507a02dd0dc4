package nl.voorzorgcirkel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The examples' own English and Dutch texts, from {@code demo.properties} and {@code
 * demo_nl.properties} beside this class: what an application built on the library writes around
 * the library's texts. Placeholders {@code {name}} are filled from a map. Thread-safe.
 */
final class DemoTexts {

  private static final Properties ENGLISH = load("demo.properties");
  private static final Properties DUTCH = load("demo_nl.properties");

  private DemoTexts() {}

  /** The text of a key in the reader's language (Dutch for {@code nl}), placeholders filled. */
  static String text(Locale locale, String key, Map<String, ?> values) {
    String text = ("nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH).getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no example text " + key);
    }
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return text;
  }

  /**
   * A number with a fixed number of decimals in the reader's notation: a decimal comma in Dutch
   * ({@code 0,366}), a point in English. The one place the examples write a fraction into a text.
   */
  static String number(double value, int digits, Locale locale) {
    return String.format("nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH,
        "%." + digits + "f", value);
  }

  static String text(Locale locale, String key) {
    return text(locale, key, Map.of());
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = DemoTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
