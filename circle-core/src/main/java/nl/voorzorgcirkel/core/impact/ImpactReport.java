package nl.voorzorgcirkel.core.impact;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.MachineCsv;

/**
 * What a set of circles did in a period: a list of {@linkplain ImpactFigure figures} in {@link
 * ImpactMeasure} order, with no member in it and every figure about fewer than k members
 * suppressed. Made by {@link ImpactReporter}; written as CSV here, as versioned JSON by
 * circle-matching's {@code ResultJson}, as a printable HTML page by circle-simulation's {@code
 * ImpactPage}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImpactReport {

  /** The CSV header, in column order. */
  public static final List<String> CSV_COLUMNS =
      List.of("from", "to", "k", "measure", "key", "value", "unit", "members", "suppressed");

  private final Instant from;
  private final Instant to;
  private final int k;
  private final List<ImpactFigure> figures;

  /**
   * A report from its parts, as read back from JSON.
   *
   * @param from the start of the period, inclusive, not null
   * @param to the end of the period, exclusive, not null, not before {@code from}
   * @param k the smallest group shown, 2 to 1000
   * @param figures the figures, not null, without nulls; a figure about 1 to k-1 members must be
   *     suppressed
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public ImpactReport(Instant from, Instant to, int k, List<ImpactFigure> figures) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Arguments.invalid("ImpactReport", "to", "periodOrder", java.util.Map.of());
    }
    this.k = (int) Arguments.between(k, 2, 1000, "ImpactReport", "k");
    this.figures = Arguments.noNulls(figures, "figures");
    for (int i = 0; i < this.figures.size(); i++) {
      ImpactFigure f = this.figures.get(i);
      if (f.members().isPresent() && f.members().getAsInt() > 0 && f.members().getAsInt() < k) {
        throw Arguments.invalid("ImpactReport", "figures[" + i + "].members", "atLeast",
            java.util.Map.of("min", k));
      }
    }
  }

  /**
   * The start of the period.
   *
   * @return the instant, inclusive, never null
   */
  public Instant from() {
    return from;
  }

  /**
   * The end of the period.
   *
   * @return the instant, exclusive, never null
   */
  public Instant to() {
    return to;
  }

  /**
   * The smallest group shown: figures about 1 to k-1 members are suppressed.
   *
   * @return k, 2 to 1000
   */
  public int k() {
    return k;
  }

  /**
   * Every figure, in measure order and within a measure in key order.
   *
   * @return an unmodifiable list, never null
   */
  public List<ImpactFigure> figures() {
    return figures;
  }

  /**
   * The figures of one measure.
   *
   * @param measure the measure, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<ImpactFigure> figures(ImpactMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return figures.stream().filter(f -> f.measure() == measure).toList();
  }

  /**
   * One figure.
   *
   * @param measure the measure, not null
   * @param key the key, for example {@link ImpactFigure#ALL}, not null
   * @return the figure, or empty if the report has none for this key
   */
  public Optional<ImpactFigure> figure(ImpactMeasure measure, String key) {
    Objects.requireNonNull(key, "key");
    return figures(measure).stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * One figure's value.
   *
   * @param measure the measure, not null
   * @param key the key, not null
   * @return the value, or empty if suppressed, not measurable or not in the report
   */
  public OptionalDouble value(ImpactMeasure measure, String key) {
    return figure(measure, key).map(ImpactFigure::value).orElse(OptionalDouble.empty());
  }

  /**
   * A value as the CSV and the HTML page write it: at most four decimals, no exponent.
   *
   * @param value a finite value
   * @return the text, for example {@code 12.25} or {@code 3}
   */
  public static String format(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /**
   * A figure's key for readers: a kind of help, an outcome, a referral, a statistic.
   *
   * @param figure the figure, not null
   * @param locale English, or Dutch for {@code nl}; not null
   * @return the label, never null
   */
  public static String keyLabel(ImpactFigure figure, Locale locale) {
    String key = figure.key();
    String own = "impact.key." + key;
    return switch (figure.measure()) {
      case HELP_HOURS -> key.equals(ImpactFigure.ALL) ? Messages.format(own, locale)
          : nl.voorzorgcirkel.core.model.Capability.of(key).label(locale);
      case OUTCOMES -> key.equals("OPEN") ? Messages.format(own, locale)
          : nl.voorzorgcirkel.core.lifecycle.RequestState.valueOf(key).label(locale);
      case REFERRED_TO -> nl.voorzorgcirkel.core.scope.ReferralTarget.valueOf(key).label(locale);
      case AFTER_EXPIRY -> nl.voorzorgcirkel.core.lifecycle.NextStep.valueOf(key).advice(locale);
      default -> Messages.has(own) ? Messages.format(own, locale) : key;
    };
  }

  /**
   * Writes the figures as CSV, a machine format the same for every reader: {@code from} and {@code
   * to} as UTC instants ({@code to} exclusive; the HTML page gives the days in a zone), then
   * comma-separated, LF line ends, no byte order mark, a header row of {@link
   * #CSV_COLUMNS}, values in English notation with at most four decimals); a suppressed figure has
   * empty value and members cells and {@code true} under suppressed, a figure with nothing to
   * measure an empty value.
   *
   * @param out where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Writer out) {
    MachineCsv.write(out, CSV_COLUMNS, figures, f -> new String[] {from.toString(), to.toString(),
        Integer.toString(k), f.measure().name(), f.key(), f.value().isPresent() ? format(f.value().getAsDouble()) : "",
        f.measure().unit(), f.members().isPresent() ? Integer.toString(f.members().getAsInt()) : "",
        Boolean.toString(f.suppressed())}, "the impact report");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactReport that && from.equals(that.from) && to.equals(that.to)
        && k == that.k && figures.equals(that.figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, k, figures);
  }

  /**
   * The period and counts; no personal data.
   *
   * @return for example {@code ImpactReport[2026-01-01T00:00:00Z..2027-01-01T00:00:00Z, k=5, 60
   *     figures, 4 suppressed]}
   */
  @Override
  public String toString() {
    return "ImpactReport[" + from + ".." + to + ", k=" + k + ", " + figures.size() + " figures, "
        + figures.stream().filter(ImpactFigure::suppressed).count() + " suppressed]";
  }
}
