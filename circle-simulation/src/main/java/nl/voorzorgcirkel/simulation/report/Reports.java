package nl.voorzorgcirkel.simulation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import nl.voorzorgcirkel.simulation.scenario.Setting;
import nl.voorzorgcirkel.simulation.statistics.Interval;

/**
 * Writes every report of an experiment to a folder: {@code scenario.json} (the scenario with every
 * field, to repeat the run), {@code summary.txt}, the CSV files, the charts and {@code
 * report.html}. The summary, the charts and the page are in English or Dutch; the CSV files are
 * the same in every language: their column names are stable English identifiers (such as {@code
 * share_helped}) and their numbers have a decimal point, for programs to read. Stateless.
 *
 * @since 0.1.0
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes all reports, in English.
   *
   * @param dir the folder, created if missing; not null
   * @param result the result, not null
   * @return the files written, relative to {@code dir}, in order
   * @throws IOException if a file cannot be written
   */
  public static List<String> write(Path dir, ExperimentResult result) throws IOException {
    return write(dir, result, Locale.ENGLISH);
  }

  /**
   * Writes all reports, the summary, charts and page in a language.
   *
   * @param dir the folder, created if missing; not null
   * @param result the result, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the files written, relative to {@code dir}, in order
   * @throws IOException if a file cannot be written
   * @since 0.1.0
   */
  public static List<String> write(Path dir, ExperimentResult result, Locale locale) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    Files.writeString(dir.resolve("scenario.json"), ScenarioFiles.toJson(result.scenario()), StandardCharsets.UTF_8);
    written.add("scenario.json");
    Files.writeString(dir.resolve("summary.txt"), Summary.of(result, locale), StandardCharsets.UTF_8);
    written.add("summary.txt");
    written.addAll(CsvFiles.write(dir, result));
    List<Charts.Chart> charts = Charts.of(result, locale);
    Path chartDir = dir.resolve("charts");
    Files.createDirectories(chartDir);
    for (Charts.Chart chart : charts) {
      Files.write(chartDir.resolve(chart.file()), chart.png());
      written.add("charts/" + chart.file());
    }
    Files.writeString(dir.resolve("report.html"), HtmlReport.of(result, charts, locale), StandardCharsets.UTF_8);
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
    return describe(dir, written, Locale.ENGLISH);
  }

  /**
   * The line of {@link #describe(Path, List)} in a language.
   *
   * @param dir the folder, not null
   * @param written the files {@link #write} returned, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the line, without a line end
   * @since 0.1.0
   */
  public static String describe(Path dir, List<String> written, Locale locale) {
    return Texts.format("cli.written", locale, Map.of("dir", dir, "files", String.join(", ", written.stream()
        .filter(f -> !f.startsWith("charts/")).toArray(String[]::new)),
        "charts", written.stream().filter(f -> f.startsWith("charts/")).count()));
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

  /** A figure in a language's notation with grouping, or n/a for NaN. */
  static String number(double value, int decimals, Locale lang) {
    if (Double.isNaN(value)) {
      return Texts.format("summary.notAvailable", lang);
    }
    return Texts.number(value, decimals, lang);
  }

  /** {@code [low, high]}, in Dutch {@code [low; high]}: a comma is Dutch's decimal mark. */
  static String interval(Interval ci, int decimals, Locale lang) {
    return Texts.format("summary.interval", lang, Map.of("low", number(ci.low(), decimals, lang),
        "high", number(ci.high(), decimals, lang)));
  }
}
