package nl.voorzorgcirkel.simulation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import nl.voorzorgcirkel.simulation.scenario.Setting;

/**
 * Writes every report of an experiment to a folder: {@code scenario.json} (the scenario with every
 * field, to repeat the run), {@code summary.txt}, the CSV files, the charts and {@code
 * report.html}. Stateless.
 *
 * @since 0.1.0
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes all reports.
   *
   * @param dir the folder, created if missing; not null
   * @param result the result, not null
   * @return the files written, relative to {@code dir}, in order
   * @throws IOException if a file cannot be written
   */
  public static List<String> write(Path dir, ExperimentResult result) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(result, "result");
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    Files.writeString(dir.resolve("scenario.json"), ScenarioFiles.toJson(result.scenario()), StandardCharsets.UTF_8);
    written.add("scenario.json");
    Files.writeString(dir.resolve("summary.txt"), Summary.of(result), StandardCharsets.UTF_8);
    written.add("summary.txt");
    written.addAll(CsvFiles.write(dir, result));
    List<Charts.Chart> charts = Charts.of(result);
    Path chartDir = dir.resolve("charts");
    Files.createDirectories(chartDir);
    for (Charts.Chart chart : charts) {
      Files.write(chartDir.resolve(chart.file()), chart.png());
      written.add("charts/" + chart.file());
    }
    Files.writeString(dir.resolve("report.html"), HtmlReport.of(result, charts), StandardCharsets.UTF_8);
    written.add("report.html");
    return written;
  }

  /**
   * A line that tells what {@link #write} wrote: {@code written to DIR: scenario.json, summary.txt,
   * ... and N charts in charts/}.
   *
   * @param dir the folder, not null
   * @param written the files {@link #write} returned, not null
   * @return the line, without a line end
   */
  public static String describe(Path dir, List<String> written) {
    return "written to " + dir + ": " + String.join(", ", written.stream()
        .filter(f -> !f.startsWith("charts/")).toArray(String[]::new)) + " and "
        + written.stream().filter(f -> f.startsWith("charts/")).count() + " charts in charts/";
  }

  static String name(Experiment.DesignType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The compared field and its baseline value, or an empty text. */
  static String baselineLabel(ExperimentResult result) {
    return result.scenario().experiment().compare()
        .map(c -> new Setting(c.field(), c.values().get(0)).toString()).orElse("");
  }

  /** Decimals that show a figure readably: none for counts' means above 100, more for small values. */
  static int decimals(Output o, double value) {
    double a = Math.abs(value);
    if (o.isCount() && a >= 100) {
      return 1;
    }
    return a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
  }

  static String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
