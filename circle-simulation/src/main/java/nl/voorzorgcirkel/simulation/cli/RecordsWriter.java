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
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.impact.CircleHistory;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.impact.ImpactReporter;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.json.ResultJson;
import nl.voorzorgcirkel.simulation.SimulatedCircle;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.report.ImpactPage;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;

/**
 * Writes what a platform would have kept of the first replication of each design point (each
 * circle's members, ledger and request lifecycles, as {@link CircleJson} writes them) and the
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
        document.put("point", c.point());
        document.put("replication", c.replication());
        document.put("circle", c.index());
        document.put("from", c.from());
        document.put("to", c.to());
        document.put("members", c.circle());
        document.put("ledger", c.ledger().records());
        document.put("lifecycles", c.lifecycles());
        String name = String.format(Locale.ROOT, "point-%d-circle-%d.json", c.point(), c.index());
        json.writeValue(records.resolve(name).toFile(), document);
        files.add("records/" + name);
        histories.add(CircleHistory.builder(new CircleRecords(c.circle(), c.ledger(),
            ConsentRegister.empty())).lifecycles(c.lifecycles()).build());
      }
      if (circles.isEmpty()) {
        continue;
      }
      ImpactReport report = ImpactReporter.standard().report(histories, circles.get(0).from(),
          circles.get(0).to());
      String base = "records/impact-point-" + point.index();
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
}
