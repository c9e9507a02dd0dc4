package nl.voorzorgcirkel.simulation.spark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Shard;
import nl.voorzorgcirkel.simulation.cli.internal.BuildVersion;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
import nl.voorzorgcirkel.simulation.cli.ScenarioOptions;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.spark.SparkExperiment;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code simulate-spark} command: {@code run}, as {@code simulate run} but as a Spark job. */
@Command(name = "simulate-spark", mixinStandardHelpOptions = true, versionProvider = SparkCommand.Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = {"The circle-load simulation as an Apache Spark job: the same scenarios, options and"
        + " reports as 'simulate run', byte for byte, and a row per circle run as Parquet.",
        "Start it with spark-submit (the master and resources come from there)."},
    subcommands = SparkCommand.Run.class)
final class SparkCommand implements Callable<Integer> {

  @SuppressWarnings("NullAway.Init") // picocli injects it before call()
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /**
   * The version {@code --version} prints: the build's own, read as {@code simulate --version}
   * reads it (a constant printed 0.1.0 for a 0.1.0-SNAPSHOT jar; user test 11).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"circle-simulation-spark " + BuildVersion.of(SparkCommand.class)};
    }
  }

  /** The command line, printing to the given streams. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    return ScenarioOptions.commandLine(new SparkCommand(), out, err);
  }

  /**
   * {@code --circle-runs PATH} or {@code --no-circle-runs}, not both: given together, picocli
   * refuses them as a usage error, one line in the language of {@code --lang} (before, {@code
   * --no-circle-runs} silently won).
   */
  static final class CircleRunsOption {
    @Option(names = "--circle-runs", paramLabel = "PATH", description = "write the circle runs as Parquet"
        + " here, a folder that does not exist yet (hdfs:, s3a:, file: or the cluster's default file"
        + " system); default: DIR/circle-runs with --out")
    @Nullable String circleRuns;

    @Option(names = "--no-circle-runs", description = "no circle-run rows")
    boolean noCircleRuns;

    /** The folder for the rows, or null for none. */
    @Nullable String rows() {
      return noCircleRuns ? null : circleRuns;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Runs a scenario's experiment as a Spark job and prints the summary; with --out,"
          + " writes the same scenario.json, summary.txt, CSV files, charts and report.html as"
          + " 'simulate run', and the circle runs as Parquet in circle-runs/ (one folder per design"
          + " point).", "--out takes a new or empty folder, so that two runs' files are never mixed;"
          + " --overwrite replaces the files of an earlier run there (and nothing else).",
          "Exit code 0 on success, 2 for bad options (an --out folder that already holds files or cannot be"
          + " created or written among them) or a scenario with errors, 1 when the results cannot be"
          + " written once the run has started (a full disk)."})
  static final class Run implements Callable<Integer> {
    /** The folder under --out that the circle runs go to unless --circle-runs says otherwise. */
    private static final String CIRCLE_RUNS = "circle-runs";

    @CommandLine.Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "write the reports to this folder (on the"
        + " driver's file system): a new or empty one")
    @Nullable Path out;

    @Option(names = "--overwrite", description = "replace the files an earlier run wrote to --out (listed in its "
        + OutputFolder.MANIFEST + ", the circle runs' Parquet files too); refused if the folder holds anything else")
    boolean overwrite;

    /** Where the circle runs go, or none: the two options exclude each other (a usage error). */
    @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable CircleRunsOption circleRunsOption;

    @Option(names = "--tasks", paramLabel = "N", description = "Spark tasks (default: "
        + SparkExperiment.TASKS_PER_CORE + " per core, and more where a task would run over "
        + SparkExperiment.CIRCLE_RUNS_PER_TASK + " circles); results do not depend on it")
    @Nullable Integer tasks;

    @SuppressWarnings("NullAway.Init") // picocli injects it before call()
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Scenario scenario = options.read();
      SparkExperiment job = SparkExperiment.of(scenario);
      if (tasks != null) {
        if (tasks < 1 || tasks > Shard.MAX_COUNT) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              SparkTexts.tasksOutOfRange(Shard.MAX_COUNT, tasks, options.locale()));
        }
        job = job.withTasks(tasks);
      }
      if (overwrite && out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), OutputFolder.overwriteNeedsOut(options.locale()));
      }
      if (out != null) {
        // before Spark starts, as 'simulate run' does: never beside another run's files
        try {
          OutputFolder.prepareForReports(out, overwrite);
        } catch (OutputFolder.Occupied e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.message(options.locale()));
        }
      }
      boolean rowsInOut = circleRunsOption == null && out != null;
      @Nullable String rows = circleRunsOption != null ? circleRunsOption.rows()
          : out != null ? out.resolve(CIRCLE_RUNS).toString() : null;
      if (rows != null) {
        job = job.withCircleRuns(rows);
      }
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      ExperimentResult result;
      SparkSession spark = SparkSession.builder().appName("circle-simulation: " + scenario.name()).getOrCreate();
      try {
        result = job.run(spark);
      } finally {
        spark.stop();
      }
      // on the error stream: the summary stays the same from run to run, timings do not
      err.println(SparkTexts.timing(job.circleRuns(), (System.nanoTime() - started) / 1e9, options.locale()));
      PrintWriter print = spec.commandLine().getOut();
      print.print(Summary.of(result, options.locale()));
      if (out != null) {
        List<String> files = Reports.write(out, result, options.locale());
        print.println();
        print.println(Reports.describe(out, files, options.locale()));
        List<String> written = new ArrayList<>(files);
        if (rowsInOut) {
          written.addAll(OutputFolder.filesUnder(out, CIRCLE_RUNS)); // Spark names the parts
        }
        OutputFolder.writeManifest(out, written);
      }
      if (rows != null) {
        print.println(SparkTexts.circleRuns(rows, options.locale()));
      }
      print.flush();
      return 0;
    }
  }
}
