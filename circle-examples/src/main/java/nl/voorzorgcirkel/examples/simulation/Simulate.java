package nl.voorzorgcirkel.examples.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code simulate} command for researchers. Run with {@code --help} for the options:
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Ddemo.mainClass=nl.voorzorgcirkel.examples.simulation.Simulate \
 *     -Dexec.args="--help"
 * </pre>
 *
 * @since 0.1.0
 */
public final class Simulate {

  static final String HELP = String.join(System.lineSeparator(),
      "simulate: the circle-load simulation",
      "",
      "Usage: simulate [options]",
      "",
      "  --scenario NAME|FILE  a built-in scenario (muziekwijk, the default; land-van-cuijk;",
      "                        netherlands, under three minutes on two cores)",
      "                        or a JSON scenario file;",
      "                        a file's fields are those of Scenario, each optional (see ScenarioFile)",
      "  --days N              simulated days after the warm-up (overrides the scenario)",
      "  --replications N      independent replications (overrides the scenario)",
      "  --seed N              the master seed (overrides the scenario)",
      "  --threads N           circles simulated at once (default: the number of processors);",
      "                        results do not depend on it",
      "  --out DIR             write replications.csv, summary.txt and PNG charts of the monthly",
      "                        series to DIR (with --sweep: sweep.csv)",
      "  --sweep FIELD=V1,V2,...  run the scenario once per value of a field (acceptProbability,",
      "                        circles, youngest, oldest, days) and compare the results",
      "  --help                this text",
      "",
      "The summary gives each figure's mean over replications with its 95% confidence interval.");

  private Simulate() {}

  /**
   * Runs the command.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command with the given streams.
   *
   * @param args the options
   * @param out where the summary goes, not null
   * @param err where errors and progress go, not null
   * @return the exit code: 0 on success, 2 for bad options or scenario files
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Scenario scenario = Scenario.muziekwijk();
    Integer days = null;
    Integer replications = null;
    Long seed = null;
    int threads = Runtime.getRuntime().availableProcessors();
    Path outDir = null;
    String sweep = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help")) {
          out.println(HELP);
          return 0;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + option + " needs a value");
        }
        String value = args[++i];
        switch (option) {
          case "--scenario":
            scenario = value.endsWith(".json") ? ScenarioFile.read(Path.of(value)) : ScenarioFile.builtIn(value);
            break;
          case "--days":
            days = positive(option, value);
            break;
          case "--replications":
            replications = positive(option, value);
            break;
          case "--seed":
            seed = Long.parseLong(value);
            break;
          case "--threads":
            threads = positive(option, value);
            break;
          case "--out":
            outDir = Path.of(value);
            break;
          case "--sweep":
            sweep = value;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + option + "; see --help");
        }
      }
    } catch (IllegalArgumentException | ScenarioFile.ScenarioException e) {
      err.println("simulate: " + e.getMessage());
      return 2;
    }
    Scenario chosen = scenario
        .withHorizon(days == null ? scenario.days() : days,
            replications == null ? scenario.replications() : replications)
        .withSeed(seed == null ? scenario.seed() : seed);
    if (sweep != null) {
      try {
        return sweep(chosen, sweep, threads, outDir, out);
      } catch (IllegalArgumentException e) {
        err.println("simulate: " + e.getMessage());
        return 2;
      }
    }
    long started = System.nanoTime();
    int[] shownPercent = {-1};
    SimulationReport report = Simulation.run(chosen, threads, (done, total) -> {
      // redrawn at most once per percent, and only once a run has taken two seconds
      int percent = (int) (100L * done / total);
      if (percent != shownPercent[0] && System.nanoTime() - started > 2_000_000_000L) {
        shownPercent[0] = percent;
        int width = 30;
        int filled = width * percent / 100;
        err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% of %d circle runs", "#".repeat(filled),
            ".".repeat(width - filled), percent, total));
        if (done == total) {
          err.println();
        }
      }
    });
    double seconds = (System.nanoTime() - started) / 1e9;
    long requests = report.replications().stream().mapToLong(SimulationReport.Replication::created).sum();
    // on the error stream: the summary stays the same from run to run, timings do not
    err.println(String.format(Locale.ROOT, "simulate: %d requests after the warm-up in %.1f s, %.0f a second",
        requests, seconds, requests / seconds));
    out.print(report.summary());
    if (outDir != null) {
      write(outDir, report);
      Charts.write(outDir, report);
      out.println("written to " + outDir + ": replications.csv, summary.txt, fulfilled.png, "
          + "circle-size.png, help-hours.png, coverage.png");
    }
    return 0;
  }

  /** Runs the scenario once per value of one field; prints and writes one line per value. */
  static int sweep(Scenario base, String spec, int threads, Path outDir, PrintStream out) {
    int eq = spec.indexOf('=');
    if (eq < 1) {
      throw new IllegalArgumentException("--sweep needs FIELD=V1,V2,...");
    }
    String field = spec.substring(0, eq);
    List<String> lines = new ArrayList<>();
    lines.add(field + ",created,fulfilled_share,fulfilled_share_ci95,mean_hours_to_help,utilisation,gini,"
        + "max_over_mean,weeks_over_capacity");
    for (String value : spec.substring(eq + 1).split(",")) {
      Scenario s = with(base, field, value.strip());
      SimulationReport report = Simulation.run(s, threads);
      double[] created = mean(report, r -> r.created());
      double[] fulfilled = mean(report, SimulationReport.Replication::fulfilledShare);
      double[] hours = mean(report, SimulationReport.Replication::meanHoursToHelp);
      double[] use = mean(report, SimulationReport.Replication::utilisation);
      double[] gini = mean(report, SimulationReport.Replication::gini);
      double[] max = mean(report, SimulationReport.Replication::maxOverMean);
      double[] over = mean(report, r -> r.weeksOverCapacity());
      String line = String.format(Locale.ROOT, "%s,%.1f,%.4f,%.4f,%.3f,%.4f,%.4f,%.3f,%.2f", value.strip(),
          created[0], fulfilled[0], fulfilled[1], hours[0], use[0], gini[0], max[0], over[0]);
      lines.add(line);
      out.println(String.format(Locale.ROOT, "%s=%s: fulfilled %.3f ± %.3f, hours until help %.2f, utilisation %.3f, Gini %.3f",
          field, value.strip(), fulfilled[0], fulfilled[1], hours[0], use[0], gini[0]));
    }
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
        Files.write(outDir.resolve("sweep.csv"), lines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the results to " + outDir, e);
      }
    }
    return 0;
  }

  private static double[] mean(SimulationReport report, java.util.function.ToDoubleFunction<SimulationReport.Replication> f) {
    return SimulationReport.meanAndHalfWidth(report.replications().stream().mapToDouble(f).toArray());
  }

  private static Scenario with(Scenario s, String field, String value) {
    try {
      switch (field) {
        case "acceptProbability":
          return s.withAcceptProbability(Double.parseDouble(value));
        case "circles":
          return s.withCircles(Integer.parseInt(value));
        case "youngest":
          return s.withAges(Integer.parseInt(value), s.oldest());
        case "oldest":
          return s.withAges(s.youngest(), Integer.parseInt(value));
        case "days":
          return s.withHorizon(Integer.parseInt(value), s.replications());
        default:
          throw new IllegalArgumentException("--sweep cannot vary '" + field
              + "'; it can vary acceptProbability, circles, youngest, oldest, days");
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--sweep value '" + value + "' for " + field + " is not a number");
    }
  }

  private static int positive(String option, String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number");
    }
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return n;
  }

  static void write(Path dir, SimulationReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("replication,created,fulfilled_share,expired,open,mean_hours_to_help,p90_hours_to_help,"
        + "utilisation,gini,jain,max_over_mean,weeks_over_capacity,mean_final_size,circles_below_minimum");
    int n = 0;
    for (SimulationReport.Replication r : report.replications()) {
      lines.add(String.format(Locale.ROOT, "%d,%d,%.6f,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%d,%.6f,%d",
          ++n, r.created(), r.fulfilledShare(), r.expired(), r.open(), r.meanHoursToHelp(),
          r.p90HoursToHelp(), r.utilisation(), r.gini(), r.jain(), r.maxOverMean(),
          r.weeksOverCapacity(), r.meanFinalSize(), r.circlesBelowMinimum()));
    }
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve("replications.csv"), lines, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.txt"), report.summary(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + dir, e);
    }
  }
}
