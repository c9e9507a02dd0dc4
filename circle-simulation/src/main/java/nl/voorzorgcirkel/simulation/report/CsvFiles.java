package nl.voorzorgcirkel.simulation.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Month;
import nl.voorzorgcirkel.simulation.MonthlyOutput;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import nl.voorzorgcirkel.simulation.ReplicationResult;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Setting;
import nl.voorzorgcirkel.simulation.statistics.Interval;
import nl.voorzorgcirkel.simulation.statistics.Tally;

/**
 * CSV files that pandas ({@code pd.read_csv}) and R ({@code read.csv}) read as they are: UTF-8
 * without a byte-order mark, commas, a header row, one line per record ending in LF, numbers in
 * plain decimal notation with a dot, {@code true}/{@code false}, and an empty cell where a figure
 * does not exist (NaN in pandas, NA in R). Written with FastCSV. Stateless.
 *
 * <p>Two numbers name a point, from 1, under the same names in every file: {@code point} is the
 * point that ran (a design point with one compared value; the summary's "Point N"), {@code
 * design_point} the design point alone (the design's settings, without the compared value), so
 * that the compared values of one design point share it. Without a comparison they are equal.
 *
 * <ul>
 *   <li>{@code replications.csv}: one row per point and replication, one column per
 *       varied field and per {@link Output};
 *   <li>{@code summary.csv}: one row per design point and figure (long form): n, mean, standard
 *       deviation and the 95 % interval;
 *   <li>{@code monthly.csv}: one row per design point, replication and calendar month, with the
 *       month's days and whether it is partial;
 *   <li>{@code differences.csv} (with a comparison): one row per design point, compared value and
 *       figure: the paired difference and interval, and the unpaired interval; {@code point} is
 *       the compared value's point and {@code baseline_point} the baseline's, as in the other
 *       files.
 * </ul>
 *
 * @since 0.1.0
 */
public final class CsvFiles {

  private CsvFiles() {}

  /**
   * Writes the CSV files.
   *
   * @param dir the folder, which must exist; not null
   * @param result the result, not null
   * @return the names of the files written
   * @throws IOException if a file cannot be written
   */
  public static List<String> write(Path dir, ExperimentResult result) throws IOException {
    List<String> fields = fields(result);
    List<String> files = new ArrayList<>();
    try (CsvWriter csv = writer(dir.resolve("replications.csv"))) {
      List<String> header = new ArrayList<>(List.of("point", "design_point"));
      header.addAll(fields);
      header.add("replication");
      for (Output o : result.outputs()) {
        header.add(o.column());
      }
      csv.writeRecord(header);
      for (DesignPoint p : result.points()) {
        for (ReplicationResult r : result.replications().get(p.index())) {
          List<String> row = start(p, fields);
          row.add(String.valueOf(r.replication() + 1));
          for (Output o : result.outputs()) {
            row.add(number(r.value(o)));
          }
          csv.writeRecord(row);
        }
      }
    }
    files.add("replications.csv");
    try (CsvWriter csv = writer(dir.resolve("summary.csv"))) {
      List<String> header = new ArrayList<>(List.of("point", "design_point"));
      header.addAll(fields);
      header.addAll(List.of("output", "unit", "n", "n_missing", "mean", "sd", "ci95_low", "ci95_high"));
      csv.writeRecord(header);
      for (DesignPoint p : result.points()) {
        for (Output o : result.outputs()) {
          Tally t = result.tally(p.index(), o);
          Optional<Interval> ci = o.interval(t, p.scenario());
          List<String> row = start(p, fields);
          row.addAll(List.of(o.column(), o.unit(), String.valueOf(t.count()), String.valueOf(t.missing()),
              number(t.mean()), number(t.standardDeviation()),
              ci.map(i -> number(i.low())).orElse(""), ci.map(i -> number(i.high())).orElse("")));
          csv.writeRecord(row);
        }
      }
    }
    files.add("summary.csv");
    try (CsvWriter csv = writer(dir.resolve("monthly.csv"))) {
      List<String> header = new ArrayList<>(List.of("point", "design_point"));
      header.addAll(fields);
      header.addAll(List.of("replication", "month", "days", "partial"));
      for (MonthlyOutput o : result.monthlyOutputs()) {
        header.add(o.column());
      }
      csv.writeRecord(header);
      for (DesignPoint p : result.points()) {
        for (ReplicationResult r : result.replications().get(p.index())) {
          for (int m = 0; m < result.months().size(); m++) {
            Month month = result.months().get(m);
            List<String> row = start(p, fields);
            row.addAll(List.of(String.valueOf(r.replication() + 1), month.month().toString(),
                String.valueOf(month.days()), String.valueOf(month.partial())));
            for (MonthlyOutput o : result.monthlyOutputs()) {
              row.add(number(r.monthly(o, m)));
            }
            csv.writeRecord(row);
          }
        }
      }
    }
    files.add("monthly.csv");
    if (result.hasComparison()) {
      try (CsvWriter csv = writer(dir.resolve("differences.csv"))) {
        List<String> header = new ArrayList<>(List.of("design_point", "point", "baseline_point"));
        header.addAll(fields.subList(0, fields.size() - 1));
        header.addAll(List.of("compared_field", "baseline", "value", "output", "n", "difference",
            "ci95_low", "ci95_high", "unpaired_ci95_low", "unpaired_ci95_high"));
        csv.writeRecord(header);
        for (PairedDifference d : result.differences()) {
          List<String> row = new ArrayList<>(List.of(String.valueOf(d.baseline().design() + 1),
              String.valueOf(d.treatment().index() + 1), String.valueOf(d.baseline().index() + 1)));
          List<Setting> settings = d.treatment().settings();
          for (int i = 0; i < settings.size() - 1; i++) {
            row.add(settings.get(i).valueText());
          }
          Setting compared = settings.get(settings.size() - 1);
          Setting baseline = d.baseline().settings().get(settings.size() - 1);
          row.addAll(List.of(compared.field(), baseline.valueText(), compared.valueText(), d.output().column(),
              d.paired().map(i -> String.valueOf(i.observations())).orElse(""),
              d.paired().map(i -> number(i.estimate())).orElse(""),
              d.paired().map(i -> number(i.low())).orElse(""),
              d.paired().map(i -> number(i.high())).orElse(""),
              d.unpaired().map(i -> number(i.low())).orElse(""),
              d.unpaired().map(i -> number(i.high())).orElse("")));
          csv.writeRecord(row);
        }
      }
      files.add("differences.csv");
    }
    return files;
  }

  private static CsvWriter writer(Path file) throws IOException {
    return CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF)
        .build(file, StandardCharsets.UTF_8);
  }

  /** The varied fields, in the design's order, the compared field last. */
  static List<String> fields(ExperimentResult result) {
    Set<String> fields = new LinkedHashSet<>();
    for (DesignPoint p : result.points()) {
      p.settings().forEach(s -> fields.add(s.field()));
    }
    return new ArrayList<>(fields);
  }

  private static List<String> start(DesignPoint p, List<String> fields) {
    List<String> row = new ArrayList<>(List.of(String.valueOf(p.index() + 1), String.valueOf(p.design() + 1)));
    for (String field : fields) {
      row.add(p.settings().stream().filter(s -> s.field().equals(field)).findFirst()
          .map(Setting::valueText).orElse(""));
    }
    return row;
  }

  /** Plain decimal notation (no exponent), shortest that reads back the same; empty for NaN. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
