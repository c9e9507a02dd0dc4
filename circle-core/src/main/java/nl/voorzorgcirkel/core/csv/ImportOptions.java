package nl.voorzorgcirkel.core.csv;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import org.jspecify.annotations.Nullable;

/**
 * How a member list is read, beyond which rows to keep ({@link ImportMode}): the vocabulary the
 * offers in people's own words are read against, what to do with words it does not know, how to
 * find homes in a file without coordinates, and the clock that says which day the import is on.
 *
 * <p><b>The import's day.</b> A join date after the day of the import is refused (rule {@code
 * joined-future}) only when the options have a {@linkplain #withClock(Clock) clock}: the day is
 * the clock's date in the clock's zone, taken once when the import starts. The {@linkplain
 * #standard() standard options} have none, and an import without a clock does not check join
 * dates against today: it cannot know today without reading the system clock, and then the same
 * file would be read differently from one day, or one server's time zone, to the next (a date of
 * today is still tomorrow in UTC until 01:00 in Amsterdam, 02:00 in summer). Give the clock of
 * your application, in the organisation's zone, to have the check: {@code
 * ImportOptions.standard().withClock(Clock.system(ZoneId.of("Europe/Amsterdam")))}.
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
      new ImportOptions(CapabilityVocabulary.standard(), OfferMode.STRICT, null, null);

  private final CapabilityVocabulary vocabulary;
  private final OfferMode offers;
  private final @Nullable HomeReader homes;
  private final @Nullable Clock clock;

  private ImportOptions(CapabilityVocabulary vocabulary, OfferMode offers, @Nullable HomeReader homes,
      @Nullable Clock clock) {
    this.vocabulary = vocabulary;
    this.offers = offers;
    this.homes = homes;
    this.clock = clock;
  }

  /**
   * The standard options: the {@linkplain CapabilityVocabulary#standard() standard vocabulary},
   * unknown offers refused ({@link OfferMode#STRICT}), homes from the coordinate columns, and no
   * clock: join dates are not checked against today (see {@link #withClock(Clock)}).
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
    return new ImportOptions(Objects.requireNonNull(vocabulary, "vocabulary"), offers, homes, clock);
  }

  /**
   * A copy with another treatment of offers the vocabulary does not know.
   *
   * @param offers the mode, not null
   * @return the changed options
   */
  public ImportOptions withOffers(OfferMode offers) {
    return new ImportOptions(vocabulary, Objects.requireNonNull(offers, "offers"), homes, clock);
  }

  /**
   * A copy that finds homes from other columns than latitude and longitude (an address), for a
   * file without coordinates; the coordinate columns become optional.
   *
   * @param homes how a row's home is found, not null
   * @return the changed options
   */
  public ImportOptions withHomes(HomeReader homes) {
    return new ImportOptions(vocabulary, offers, Objects.requireNonNull(homes, "homes"), clock);
  }

  /**
   * A copy that knows the day of the import from a clock, and refuses a join date after it (rule
   * {@code joined-future}, a problem of its row like any other, so {@link ImportMode} decides what
   * happens to the other rows). The day is {@code LocalDate.now(clock)}: the clock's date in the
   * clock's zone, taken once when the import starts. The library reads time only from the clock it
   * is given.
   *
   * @param clock the clock, not null; for example {@code Clock.system(ZoneId.of("Europe/Amsterdam"))}
   *     in an application, {@code Clock.fixed(...)} in a test
   * @return the changed options
   * @throws NullPointerException if the clock is null
   * @since 0.1.0
   */
  public ImportOptions withClock(Clock clock) {
    return new ImportOptions(vocabulary, offers, homes, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The clock that gives the import's day, against which join dates are checked.
   *
   * @return the clock, or empty (the standard) if join dates are not checked against today
   * @since 0.1.0
   */
  public Optional<Clock> clock() {
    return Optional.ofNullable(clock);
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
  public Optional<HomeReader> homes() {
    return Optional.ofNullable(homes);
  }

  @Override
  public String toString() {
    return "ImportOptions{" + vocabulary + ", offers=" + offers + (clock == null ? "" : ", clock=" + clock) + "}";
  }
}
