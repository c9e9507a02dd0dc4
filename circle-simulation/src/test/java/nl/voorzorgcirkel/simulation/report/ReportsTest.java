package nl.voorzorgcirkel.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  private static ExperimentResult grid;

  @BeforeAll
  static void run() {
    grid = grid();
  }

  /** The fairness grid, small: run once for the report tests of this package. */
  static synchronized ExperimentResult grid() {
    if (shared == null) {
      System.setProperty("java.awt.headless", "true");
      Scenario s = ScenarioFiles.builtIn("fairness-grid").with("population.circles", 4)
          .with("experiment.days", 60).with("experiment.replications", 3);
      shared = Simulation.run(s, 2, (d, t) -> { });
    }
    return shared;
  }

  private static ExperimentResult shared;

  private static List<CsvRecord> read(Path file) throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      return csv.stream().collect(Collectors.toList());
    }
  }

  @Test
  void everyReportIsWrittenAndTheCsvFilesReadAsTables(@TempDir Path dir) throws IOException {
    List<String> files = Reports.write(dir, grid);
    assertTrue(files.containsAll(List.of("scenario.json", "summary.txt", "replications.csv", "summary.csv",
        "monthly.csv", "differences.csv", "report.html")), files.toString());
    List<CsvRecord> replications = read(dir.resolve("replications.csv"));
    // 9 grid points x 2 strategies x 3 replications, and a header
    assertEquals(1 + 18 * 3, replications.size());
    List<String> header = replications.get(0).getFields();
    assertEquals(List.of("point", "design_point", "population.membersPerCircle", "behaviour.acceptance.probability",
        "policy.fairness.strategy", "replication"), header.subList(0, 6));
    for (CsvRecord row : replications) {
      assertEquals(header.size(), row.getFieldCount());
    }
    byte[] bytes = Files.readAllBytes(dir.resolve("summary.csv"));
    assertFalse(bytes[0] == (byte) 0xEF, "no byte-order mark");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "LF line ends");
    assertFalse(text.contains("NaN") || text.contains("E-") || text.contains("n/a"),
        "plain numbers, missing as empty cells");
    List<CsvRecord> differences = read(dir.resolve("differences.csv"));
    assertEquals(1 + 9 * grid.outputs().size(), differences.size());
    List<String> differencesHeader = differences.get(0).getFields();
    assertEquals("leximin", differences.get(1).getField(differencesHeader.indexOf("value")));
    assertEquals("least-loaded", differences.get(1).getField(differencesHeader.indexOf("baseline")));
    List<CsvRecord> monthly = read(dir.resolve("monthly.csv"));
    assertTrue(monthly.stream().skip(1).anyMatch(r -> r.getField(r.getFieldCount() - 6 - 1).equals("true")),
        "a partial month is marked");
  }

  /** The rows of a CSV file as maps from the header's names. */
  private static List<Map<String, String>> table(Path file) throws IOException {
    List<CsvRecord> rows = read(file);
    List<String> header = rows.get(0).getFields();
    return rows.stream().skip(1).map(r -> {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.getField(i));
      }
      return row;
    }).collect(Collectors.toList());
  }

  /**
   * Usertest 4, G12: {@code differences.csv} numbered its rows {@code design_point} 1..9 (the grid
   * points) and the other files {@code point} 1..18 (grid point and strategy), so a join on the
   * number paired the wrong rows without an error. Every file now carries both numbers under the
   * same names, and a join on either finds the rows the difference was made of.
   */
  @Test
  void everyCsvFileNumbersItsPointsAlikeSoThatAJoinFindsTheComparedRows(@TempDir Path dir) throws IOException {
    Reports.write(dir, grid);
    String compared = "policy.fairness.strategy";
    Map<String, Map<String, String>> summaryByPoint = new java.util.HashMap<>();
    for (Map<String, String> row : table(dir.resolve("summary.csv"))) {
      summaryByPoint.putIfAbsent(row.get("point"), row);
    }
    assertEquals(18, summaryByPoint.size());
    List<Map<String, String>> differences = table(dir.resolve("differences.csv"));
    assertEquals(9 * grid.outputs().size(), differences.size());
    for (Map<String, String> d : differences) {
      Map<String, String> treatment = summaryByPoint.get(d.get("point"));
      Map<String, String> baseline = summaryByPoint.get(d.get("baseline_point"));
      assertTrue(treatment != null && baseline != null, "summary rows of the points of " + d);
      assertEquals(d.get("design_point"), treatment.get("design_point"), d.toString());
      assertEquals(d.get("design_point"), baseline.get("design_point"), d.toString());
      assertEquals(d.get("value"), treatment.get(compared), d.toString());
      assertEquals(d.get("baseline"), baseline.get(compared), d.toString());
      for (String field : List.of("population.membersPerCircle", "behaviour.acceptance.probability")) {
        assertEquals(d.get(field), treatment.get(field), d.toString());
      }
    }
    // the same numbers in the per-replication and monthly files
    for (String file : List.of("replications.csv", "monthly.csv")) {
      for (Map<String, String> row : table(dir.resolve(file))) {
        assertEquals(summaryByPoint.get(row.get("point")).get("design_point"), row.get("design_point"), file);
      }
    }
  }

  @Test
  void theSameResultWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    Reports.write(a, grid);
    Reports.write(b, grid);
    for (String f : List.of("summary.txt", "replications.csv", "summary.csv", "monthly.csv", "differences.csv",
        "scenario.json")) {
      assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
    }
  }

  @Test
  void chartsArePngsWithReadableTitlesAndTheHtmlEmbedsThem() throws IOException {
    List<Charts.Chart> charts = Charts.of(grid);
    Map<String, Charts.Chart> byFile = charts.stream().collect(Collectors.toMap(Charts.Chart::file, c -> c));
    assertTrue(byFile.containsKey("share_helped-vs-population.membersPerCircle.png"), byFile.keySet().toString());
    assertTrue(byFile.containsKey("share_helped-vs-behaviour.acceptance.probability.png"));
    assertTrue(byFile.containsKey("difference-load_gini.png"));
    for (Charts.Chart c : charts) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(c.png()));
      assertEquals(900, image.getWidth(), c.file());
      assertEquals(520, image.getHeight(), c.file());
    }
    // a grid's chart against one factor averages over the other: title and caption say so
    Charts.Chart size = byFile.get("share_helped-vs-population.membersPerCircle.png");
    assertTrue(size.title().endsWith("against population.membersPerCircle, averaged over the other factors"),
        size.title());
    assertTrue(size.caption().contains("the mean over the other factors' values (behaviour.acceptance.probability)"),
        size.caption());
    String html = HtmlReport.of(grid, charts);
    assertTrue(html.contains("<figcaption>" + HtmlReport.escape(size.caption()) + "</figcaption>"));
    assertEquals(charts.size(), html.split("data:image/png;base64,", -1).length - 1);
    assertTrue(html.contains("Paired differences"));
    assertFalse(html.contains("<script"));
  }

  /** User test 3, finding 13: the charts' titles, captions and legends follow the language. */
  @Test
  void chartsAndThePageAreInDutchForDutchReaders() {
    Locale dutch = Locale.forLanguageTag("nl");
    List<Charts.Chart> charts = Charts.of(grid, dutch);
    Map<String, Charts.Chart> byFile = charts.stream().collect(Collectors.toMap(Charts.Chart::file, c -> c));
    assertEquals(Charts.of(grid).stream().map(Charts.Chart::file).toList(),
        charts.stream().map(Charts.Chart::file).toList(), "the same files in both languages");
    Charts.Chart size = byFile.get("share_helped-vs-population.membersPerCircle.png");
    assertEquals("Aandeel geholpen hulpvragen tegen population.membersPerCircle, gemiddeld over de andere factoren",
        size.title());
    assertTrue(size.caption().startsWith("Bij elke waarde van population.membersPerCircle: het gemiddelde"),
        size.caption());
    assertTrue(byFile.get("difference-load_gini.png").title().startsWith("Gini van de inzet van helpers"),
        byFile.get("difference-load_gini.png").title());
    String html = HtmlReport.of(grid, charts, dutch);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html.substring(0, 60));
    for (String heading : new String[] {"<h2>Cijfers</h2>", "<h2>Gepaarde verschillen</h2>", "<h2>Grafieken</h2>",
        "<h2>Samenvatting</h2>", "<th>punt</th>", "<th>95%-interval (gepaard)</th>"}) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(html.contains(Summary.of(grid, dutch).lines().findFirst().orElseThrow()));
  }

  @Test
  void theSummaryShowsIntervalsAndNaForMissingFigures() {
    String text = Summary.of(grid);
    assertTrue(text.startsWith("Scenario fairness-grid: 4 circles, 60 days"), text);
    assertTrue(text.contains("Paired differences (value minus policy.fairness.strategy=least-loaded)"), text);
    assertTrue(text.contains("["), text);
    ExperimentResult single = Simulation.run(Scenario.defaults().with("experiment.replications", 1)
        .with("experiment.days", 30).with("behaviour.dynamics.enabled", false), 1, (d, t) -> { });
    String one = Summary.of(single);
    assertTrue(one.contains("One replication: no intervals (n/a)"), one);
    assertTrue(one.matches("(?s).*days until a circle lost a kind of help \\(mean\\)\\s+n/a.*"), one);
    assertFalse(one.contains("± 0.000"));
  }

  @Test
  void csvNumbersAreOrdinaryDecimals() {
    assertEquals("0.1", CsvFiles.number(0.1));
    assertEquals("12", CsvFiles.number(12.0));
    assertEquals("0.00001", CsvFiles.number(1e-5));
    assertEquals("", CsvFiles.number(Double.NaN));
  }
}
