package nl.voorzorgcirkel.matching.ranking;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.i18n.MessageTable;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * One part of a candidate's score: which score, its weight, its value and what it adds to the
 * total, with the figures that explain it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScorePart {

  private final String code;
  private final double weight;
  private final double value;
  private final double contribution;
  private final Map<String, Object> figures;

  ScorePart(String code, double weight, double value, double contribution, Map<String, ?> figures) {
    this.code = Objects.requireNonNull(code, "code");
    this.weight = weight;
    this.value = value;
    this.contribution = contribution;
    this.figures = Map.copyOf(figures);
  }

  /**
   * The score's code, for example {@code "distance"} or {@code "fairness"}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The weight this score has in the total.
   *
   * @return 0 or more
   */
  public double weight() {
    return weight;
  }

  /**
   * The score's value for this candidate.
   *
   * @return 0 to 1, 1 best
   */
  public double value() {
    return value;
  }

  /**
   * What this part adds to the candidate's total: {@code weight * value / sum of weights}.
   *
   * @return 0 to 1; the parts of a candidate add up to its score
   */
  public double contribution() {
    return contribution;
  }

  /**
   * The figures behind the value, for example {@code distanceMetres=240}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> figures() {
    return figures;
  }

  /**
   * The part explained in the reader's language, for example "240 m away (+0.22)".
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the explanation, never null
   */
  public String explain(Locale locale) {
    String key = "score." + code;
    String text = Texts.has(key) ? Texts.format(key, locale, figures) : code + " " + new TreeMap<>(figures);
    return text + " (+" + MessageTable.number(contribution, "0.00", locale) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScorePart scorePart
        && scorePart.code.equals(code)
        && Double.compare(scorePart.weight, weight) == 0
        && Double.compare(scorePart.value, value) == 0
        && scorePart.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, weight, value, figures);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s=%.3f*%.2f", code, value, weight);
  }
}
