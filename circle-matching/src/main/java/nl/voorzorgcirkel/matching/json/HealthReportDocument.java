package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.assessment.Severity;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A circle's {@link HealthReport} as JSON (schema {@code health-report}, version {@value
 * #VERSION}): its findings, most severe first, with the members they concern by id and the
 * figures behind them. For the connectors and the welfare organisation, who read the report
 * itself.
 *
 * @param schemaVersion {@value #VERSION}
 * @param circle the circle, not null
 * @param date the day of the check, not null
 * @param findings the findings in the report's order, not null
 * @since 0.1.0
 */
public record HealthReportDocument(
    @JsonProperty(required = true) int schemaVersion,
    CircleId circle,
    LocalDate date,
    List<Finding> findings) implements ResultDocument {

  /** The current version of the health report schema. */
  public static final int VERSION = 1;

  private static final String TYPE = "HealthReport";

  /**
   * Checks every field.
   *
   * @param schemaVersion see the record description
   * @param circle see the record description
   * @param date see the record description
   * @param findings see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public HealthReportDocument {
    schemaVersion = Rules.atLeast(schemaVersion, 1, TYPE, "schemaVersion");
    Rules.given(circle, TYPE, "circle");
    Rules.given(date, TYPE, "date");
    findings = Rules.list(findings, TYPE, "findings");
  }

  /**
   * A report as a document.
   *
   * @param report the report, not null
   * @return the document, in the current version
   */
  public static HealthReportDocument of(HealthReport report) {
    Objects.requireNonNull(report, "report");
    return new HealthReportDocument(VERSION, report.circle(), report.date(), Finding.of(report));
  }

  /**
   * One finding of a health check.
   *
   * @param severity how serious, not null
   * @param code what was found, not null
   * @param capability the kind of help it concerns, if any
   * @param members the members it concerns, by id, not null
   * @param figures the figures behind it, by name: numbers, texts or true/false; not null
   * @since 0.1.0
   */
  public record Finding(Severity severity, HealthCode code, Optional<Capability> capability,
      List<MemberId> members, Map<String, Object> figures) {

    /**
     * Checks every field; the figures are kept ordered by name.
     *
     * @param severity see the record description
     * @param code see the record description
     * @param capability see the record description
     * @param members see the record description
     * @param figures see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Finding {
      Rules.given(severity, "Finding", "severity");
      Rules.given(code, "Finding", "code");
      Rules.given(capability, "Finding", "capability");
      members = Rules.list(members, "Finding", "members");
      figures = Rules.figures(figures, "Finding", "figures", true);
    }

    static List<Finding> of(HealthReport report) {
      List<Finding> findings = new ArrayList<>();
      report.findings().forEach(f -> findings.add(new Finding(f.severity(), f.code(), f.capability(),
          f.members(), Rules.figures(f.figures(), "Finding", "figures", false))));
      return findings;
    }
  }
}
