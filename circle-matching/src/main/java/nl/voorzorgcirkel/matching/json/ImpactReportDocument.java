package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.voorzorgcirkel.core.impact.ImpactFigure;
import nl.voorzorgcirkel.core.impact.ImpactMeasure;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.validation.InvalidValueException;

/**
 * An {@link ImpactReport} as JSON (schema {@code impact-report}, version {@value #VERSION}): the
 * period, k and every figure, suppressed ones with neither value nor member count. For the welfare
 * organisation, the municipality and funders; it names no member.
 *
 * @param schemaVersion {@value #VERSION}
 * @param from the start of the period, inclusive, not null
 * @param to the end of the period, exclusive, not null, not before {@code from}
 * @param k the smallest group shown, 2 to 1000
 * @param figures the figures in the report's order, not null
 * @since 0.1.0
 */
public record ImpactReportDocument(
    @JsonProperty(required = true) int schemaVersion,
    Instant from,
    Instant to,
    @JsonProperty(required = true) int k,
    List<Figure> figures) implements ResultDocument {

  /** The current version of the impact report schema. */
  public static final int VERSION = 1;

  private static final String TYPE = "ImpactReport";

  /**
   * Checks every field, and the report's own rules (a period in order, k in range, no shown figure
   * about fewer than k members).
   *
   * @param schemaVersion see the record description
   * @param from see the record description
   * @param to see the record description
   * @param k see the record description
   * @param figures see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public ImpactReportDocument {
    schemaVersion = Rules.atLeast(schemaVersion, 1, TYPE, "schemaVersion");
    Rules.given(from, TYPE, "from");
    Rules.given(to, TYPE, "to");
    figures = Rules.list(figures, TYPE, "figures");
    toReport(from, to, k, figures);
  }

  /**
   * A report as a document.
   *
   * @param report the report, not null
   * @return the document, in the current version
   */
  public static ImpactReportDocument of(ImpactReport report) {
    Objects.requireNonNull(report, "report");
    List<Figure> figures = new ArrayList<>(report.figures().size());
    for (ImpactFigure f : report.figures()) {
      figures.add(new Figure(f.measure(), f.key(),
          f.value().isPresent() ? Optional.of(f.value().getAsDouble()) : Optional.empty(),
          f.members().isPresent() ? Optional.of(f.members().getAsInt()) : Optional.empty(),
          f.suppressed()));
    }
    return new ImpactReportDocument(VERSION, report.from(), report.to(), report.k(), figures);
  }

  /**
   * The report this document shows.
   *
   * @return the report, never null
   */
  public ImpactReport toReport() {
    return toReport(from, to, k, figures);
  }

  private static ImpactReport toReport(Instant from, Instant to, int k, List<Figure> figures) {
    List<ImpactFigure> out = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      try {
        out.add(new ImpactFigure(f.measure(), f.key(),
            f.value().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
            f.members().map(OptionalInt::of).orElse(OptionalInt.empty()), f.suppressed()));
      } catch (InvalidValueException e) {
        throw Rules.at(e, TYPE, "figures[" + i + "]");
      }
    }
    return new ImpactReport(from, to, k, out);
  }

  /**
   * One figure.
   *
   * @param measure what is measured, not null
   * @param key the key within the measure, not null, not blank
   * @param value the value in the measure's unit, finite, 0 or more; empty if suppressed or if
   *     there was nothing to measure
   * @param members how many members it is about; empty if suppressed or not about members
   * @param suppressed whether it is hidden because it is about fewer than k members
   * @since 0.1.0
   */
  public record Figure(ImpactMeasure measure, String key, Optional<Double> value,
      Optional<Integer> members, @JsonProperty(required = true) boolean suppressed) {

    /**
     * Checks every field.
     *
     * @param measure see the record description
     * @param key see the record description
     * @param value see the record description
     * @param members see the record description
     * @param suppressed see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Figure {
      Rules.given(measure, "Figure", "measure");
      Rules.notBlank(key, "Figure", "key");
      Rules.given(value, "Figure", "value");
      Rules.given(members, "Figure", "members");
      value.ifPresent(v -> Rules.notNegative(Rules.finite(v, "Figure", "value"), "Figure", "value"));
      members.ifPresent(n -> Rules.atLeast(n, 0, "Figure", "members"));
    }
  }
}
