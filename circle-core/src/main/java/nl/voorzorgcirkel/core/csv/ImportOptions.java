package nl.voorzorgcirkel.core.csv;

import java.util.Objects;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;

/**
 * How a member list is read, beyond which rows to keep ({@link ImportMode}): the vocabulary the
 * offers in people's own words are read against, and what to do with words it does not know.
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return changed copies. Example:
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.standard()
 *     .withVocabulary(CapabilityVocabulary.standard().withSynonyms(Capability.MEALS, "soep"))
 *     .withOffers(OfferMode.LENIENT);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ImportOptions {

  private static final ImportOptions STANDARD =
      new ImportOptions(CapabilityVocabulary.standard(), OfferMode.STRICT);

  private final CapabilityVocabulary vocabulary;
  private final OfferMode offers;

  private ImportOptions(CapabilityVocabulary vocabulary, OfferMode offers) {
    this.vocabulary = vocabulary;
    this.offers = offers;
  }

  /**
   * The standard options: the {@linkplain CapabilityVocabulary#standard() standard vocabulary},
   * unknown offers refused ({@link OfferMode#STRICT}).
   *
   * @return the options
   */
  public static ImportOptions standard() {
    return STANDARD;
  }

  /**
   * A copy that reads offers against another vocabulary, for example one with an organisation's
   * own kinds of help or synonyms.
   *
   * @param vocabulary the vocabulary, not null
   * @return the changed options
   */
  public ImportOptions withVocabulary(CapabilityVocabulary vocabulary) {
    return new ImportOptions(Objects.requireNonNull(vocabulary, "vocabulary"), offers);
  }

  /**
   * A copy with another treatment of offers the vocabulary does not know.
   *
   * @param offers the mode, not null
   * @return the changed options
   */
  public ImportOptions withOffers(OfferMode offers) {
    return new ImportOptions(vocabulary, Objects.requireNonNull(offers, "offers"));
  }

  /**
   * The vocabulary offers are read against.
   *
   * @return the vocabulary, never null
   */
  public CapabilityVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * What happens to offers the vocabulary does not know.
   *
   * @return the mode, never null
   */
  public OfferMode offers() {
    return offers;
  }

  @Override
  public String toString() {
    return "ImportOptions{" + vocabulary + ", offers=" + offers + "}";
  }
}
