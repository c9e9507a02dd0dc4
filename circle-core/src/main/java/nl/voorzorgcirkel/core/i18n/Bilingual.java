package nl.voorzorgcirkel.core.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A message argument that has a text in each language (a label from the vocabulary, a reason),
 * so that one error renders in English and in Dutch: {@link MessageTable#format} puts in the text
 * of the reader's language. Not API. Never holds personal data.
 *
 * @param english the English text, not null
 * @param dutch the Dutch text, not null
 */
public record Bilingual(String english, String dutch) {

  /**
   * Checks the components.
   *
   * @param english see the record description
   * @param dutch see the record description
   */
  public Bilingual {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(dutch, "dutch");
  }

  /**
   * The text in a language.
   *
   * @param locale Dutch ({@code nl}) gives Dutch, every other locale English; not null
   * @return the text
   */
  public String in(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? dutch : english;
  }

  /**
   * The English text.
   *
   * @return the English text
   */
  @Override
  public String toString() {
    return english;
  }
}
