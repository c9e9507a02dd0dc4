package nl.voorzorgcirkel.core.assessment;

import nl.voorzorgcirkel.core.i18n.Messages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.CircleId;

/**
 * The outcome of a circle health check: every finding, most serious first.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthReport {

  private final CircleId circle;
  private final LocalDate date;
  private final List<HealthFinding> findings;

  HealthReport(CircleId circle, LocalDate date, List<HealthFinding> findings) {
    this.circle = Objects.requireNonNull(circle, "circle");
    this.date = Objects.requireNonNull(date, "date");
    this.findings = findings.stream()
        .sorted(Comparator.comparing(HealthFinding::severity).reversed()
            .thenComparing(HealthFinding::code)
            .thenComparing(f -> f.capability().map(c -> c.code()).orElse("")))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The circle that was checked.
   *
   * @return its id, never null
   */
  public CircleId circle() {
    return circle;
  }

  /**
   * The day the circle was checked for.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Every finding: by severity (most serious first), then code, then capability.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<HealthFinding> findings() {
    return findings;
  }

  /**
   * The findings of one code.
   *
   * @param code the code, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<HealthFinding> findings(HealthCode code) {
    Objects.requireNonNull(code, "code");
    return findings.stream().filter(f -> f.code() == code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether the circle meets its policy: no finding of severity {@link Severity#PROBLEM}.
   *
   * @return true if there is no problem
   */
  public boolean meetsPolicy() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.PROBLEM);
  }

  /**
   * The report as text, one finding per line.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String toText(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(Messages.format("health.heading", locale, Map.of("circle", circle, "date", date)))
        .append(System.lineSeparator());
    if (findings.isEmpty()) {
      out.append("  ").append(Messages.format("health.none", locale)).append(System.lineSeparator());
    }
    for (HealthFinding finding : findings) {
      out.append("  ").append(finding.severity().label(locale)).append(' ').append(finding.message(locale))
          .append(System.lineSeparator());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthReport healthReport
        && healthReport.circle.equals(circle)
        && healthReport.date.equals(date)
        && healthReport.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(circle, date, findings);
  }

  @Override
  public String toString() {
    return "HealthReport{circle=" + circle + ", date=" + date + ", findings=" + findings + "}";
  }
}
