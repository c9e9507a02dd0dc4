package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.impact.CircleHistory;
import nl.voorzorgcirkel.core.impact.ImpactFigure;
import nl.voorzorgcirkel.core.impact.ImpactMeasure;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.impact.ImpactReporter;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.loneliness.LonelinessScore;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.matching.json.ResultJson;
import nl.voorzorgcirkel.simulation.report.ImpactPage;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's impact report example, and checks the README shows exactly this code. */
class ReadmeImpactExampleTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/examples/ReadmeImpactExampleTest.java");

  @Test
  void theReadmeImpactExampleRuns() {
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    LocalDate today = LocalDate.of(2026, 11, 26);
    Instant now = today.atStartOfDay(zone).toInstant();
    Instant from = now.minus(Duration.ofDays(60));
    Instant to = now.plus(Duration.ofDays(1));
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = SampleCircles.lastMonth(circle, now);
    ConsentRegister consents = ConsentRegister.empty();
    List<RequestLifecycle> lifecycles = List.of();
    AuditTrail trail = AuditTrail.empty();
    List<LonelinessScore> scores = List.of(LonelinessScore.parse(circle.members().get(0).id(), today,
        List.of("nee", "ja", "ja", "nee", "ja", "min of meer"), "row 2"));
    StringWriter writer = new StringWriter();

    // README-BEGIN
    ImpactReport report = ImpactReporter.standard()          // k = 5, standard data policy
        .report(List.of(CircleHistory.builder(new CircleRecords(circle, ledger, consents))
            .lifecycles(lifecycles).audit(trail).loneliness(scores).build()), from, to);
    report.writeCsv(writer);                                  // one row per figure
    String json = ResultJson.create().write(report);          // impact-report v1, schema pinned
    String page = ImpactPage.of(report, Locale.forLanguageTag("nl"), zone);  // printable HTML, charts
    // README-END

    double given = ledger.records().stream().mapToLong(r -> r.effort().toMinutes()).sum() / 60.0;
    assertEquals(given, report.value(ImpactMeasure.HELP_HOURS, ImpactFigure.ALL).orElseThrow(), 1e-9,
        "every hour of the sample month counted");
    assertEquals(report.figures().size() + 1, writer.toString().split("\n", -1).length - 1,
        "a header and one row per figure");
    assertTrue(json.startsWith("{\"schemaVersion\":1,") && json.contains("\"measure\":\"HELP_HOURS\""), json);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("lang=\"nl\""), page.substring(0, 200));
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(SELF);
  }
}
