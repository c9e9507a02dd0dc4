package nl.voorzorgcirkel.simulation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.impact.CircleHistory;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.impact.ImpactReporter;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.json.ResultJson;
import nl.voorzorgcirkel.simulation.SimulatedCircle;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.report.ImpactPage;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;

/**
 * Writes what a platform would have kept of the first replication of each design point (each
 * circle's members with homes rounded to 0.001 degrees, ledger, request lifecycles and audit trail
 * of joins and leaves, as {@link CircleJson} writes them), numbered from 1 like every other
 * output, and the
 * impact report of its measured period over all its circles, as CSV, JSON and HTML in English and
 * Dutch. Simulated members are made up.
 */
final class RecordsWriter {

  private RecordsWriter() {}

  /** Writes into {@code dir}/records and returns the files written, relative to {@code dir}. */
  static List<String> write(Path dir, Scenario scenario) throws IOException {
    ObjectMapper json = CircleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ResultJson results = ResultJson.create();
    List<String> files = new ArrayList<>();
    Path records = Files.createDirectories(dir.resolve("records"));
    for (DesignPoint point : Simulation.points(scenario)) {
      List<SimulatedCircle> circles = new ArrayList<>();
      Simulation.record(point, 0, circles::add);
      List<CircleHistory> histories = new ArrayList<>();
      for (SimulatedCircle c : circles) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("point", c.point() + 1);
        document.put("replication", c.replication() + 1);
        document.put("circle", c.index() + 1);
        document.put("from", c.from());
        document.put("to", c.to());
        document.put("members", coarse(c.circle()));
        document.put("ledger", c.ledger().records());
        document.put("lifecycles", c.lifecycles());
        document.put("audit", c.audit().entries().stream().map(e -> Map.of("at", e.at().toString(),
            "actor", e.actor().value(), "subject", e.subject().value(), "change", e.change().name(),
            "before", e.before(), "after", e.after())).map(TreeMap::new).toList());
        String name = String.format(Locale.ROOT, "point-%d-circle-%d.json", c.point() + 1, c.index() + 1);
        json.writeValue(records.resolve(name).toFile(), document);
        files.add("records/" + name);
        histories.add(c.history());
      }
      if (circles.isEmpty()) {
        continue;
      }
      ImpactReport report = ImpactReporter.standard().report(histories, circles.get(0).from(),
          circles.get(0).to());
      String base = "records/impact-point-" + (point.index() + 1);
      try (Writer out = Files.newBufferedWriter(dir.resolve(base + ".csv"), StandardCharsets.UTF_8)) {
        report.writeCsv(out);
      }
      Files.writeString(dir.resolve(base + ".json"), results.write(report), StandardCharsets.UTF_8);
      for (String lang : List.of("en", "nl")) {
        Files.writeString(dir.resolve(base + "." + lang + ".html"), ImpactPage.of(report,
            Locale.forLanguageTag(lang), WeeklyAvailability.DEFAULT_ZONE), StandardCharsets.UTF_8);
      }
      files.addAll(List.of(base + ".csv", base + ".json", base + ".en.html", base + ".nl.html"));
    }
    return files;
  }

  /** The circle with each home rounded to 0.001 degrees, as a platform keeps homes. */
  private static Circle coarse(Circle circle) {
    return circle.toBuilder().members(circle.members().stream().map(m -> m.toBuilder()
        .home(GeoPoint.coarse(m.home().latitude(), m.home().longitude())).build()).toList()).build();
  }
}
