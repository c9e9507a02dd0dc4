package nl.voorzorgcirkel.core.csv;

import java.util.Objects;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import org.jspecify.annotations.Nullable;

/**
 * How a member list is read, beyond which rows to keep ({@link ImportMode}): the vocabulary the
 * offers in people's own words are read against, what to do with words it does not know, and how
 * to find homes in a file without coordinates.
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
      new ImportOptions(CapabilityVocabulary.standard(), OfferMode.STRICT, null);

  private final CapabilityVocabulary vocabulary;
  private final OfferMode offers;
  private final @Nullable HomeReader homes;

  private ImportOptions(CapabilityVocabulary vocabulary, OfferMode offers, @Nullable HomeReader homes) {
    this.vocabulary = vocabulary;
    this.offers = offers;
    this.homes = homes;
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
    return new ImportOptions(Objects.requireNonNull(vocabulary, "vocabulary"), offers, homes);
  }

  /**
   * A copy with another treatment of offers the vocabulary does not know.
   *
   * @param offers the mode, not null
   * @return the changed options
   */
  public ImportOptions withOffers(OfferMode offers) {
    return new ImportOptions(vocabulary, Objects.requireNonNull(offers, "offers"), homes);
  }

  /**
   * A copy that finds homes from other columns than latitude and longitude (an address), for a
   * file without coordinates; the coordinate columns become optional.
   *
   * @param homes how a row's home is found, not null
   * @return the changed options
   */
  public ImportOptions withHomes(HomeReader homes) {
    return new ImportOptions(vocabulary, offers, Objects.requireNonNull(homes, "homes"));
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

  /**
   * How homes are found in a file without coordinates.
   *
   * @return the reader, or empty if the file must have latitude and longitude columns
   */
  public java.util.Optional<HomeReader> homes() {
    return java.util.Optional.ofNullable(homes);
  }

  @Override
  public String toString() {
    return "ImportOptions{" + vocabulary + ", offers=" + offers + "}";
  }
}
