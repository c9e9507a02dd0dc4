package nl.voorzorgcirkel.simulation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.Shard;
import nl.voorzorgcirkel.simulation.ShardResult;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.WorkUnit;
import nl.voorzorgcirkel.simulation.cli.internal.BuildVersion;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioError;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code simulate} command and its subcommands, which inherit its {@code --help} and {@code
 * --version} (the scope {@code INHERIT}: {@code run --version} printed nothing, user test 11).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = SimulateCommand.Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = {"The circle-load simulation for researchers.",
        "Scenario files are JSON, format version 2: see 'simulate schema' for every field, its"
            + " default, unit and source, and 'simulate example NAME' for complete files."},
    subcommands = {SimulateCommand.Run.class, SimulateCommand.Merge.class, SimulateCommand.Check.class,
        SimulateCommand.Schema.class, SimulateCommand.Example.class})
final class SimulateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The command line, printing to the given streams. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    return ScenarioOptions.commandLine(new SimulateCommand(), out, err);
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Runs a scenario's experiment and prints the summary (means with 95%% intervals,"
          + " paired differences); with --out, writes scenario.json, summary.txt, CSV files, charts and"
          + " report.html. The summary, charts and report.html follow --lang; the CSV files' columns are"
          + " English identifiers in every language.", "With --shard i/n, runs only the i-th of n slices of the work and writes"
          + " it to --out as shard-i-of-n.shard; 'simulate merge' combines all n into the same files"
          + " as one run.", "--out takes a new or empty folder, so that two runs' files are never mixed;"
          + " --overwrite replaces the files of an earlier run there (and nothing else).",
          "Exit code 0 on success, 2 for bad options (an --out folder that already holds files or cannot be"
          + " created or written among them) or a scenario with errors, 1"
          + " when the results cannot be written once the run has started (a full disk), 3 when a run fails although the scenario is valid (a"
          + " fault in circle-simulation: please report it).",
          "A progress bar is drawn on the error stream only when the command runs in a terminal (no"
          + " input or output redirected), so a log file or pipe gets no carriage returns; --progress"
          + " draws it anyway, --no-progress never."})
  static final class Run implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "write the reports (or the shard) to this folder:"
        + " a new or empty one (with --shard, one that holds only shards)")
    Path out;

    @Option(names = "--overwrite", description = OVERWRITE_DESCRIPTION)
    boolean overwrite;

    @Option(names = "--shard", paramLabel = "i/n", converter = ShardConverter.class,
        description = "run only shard i of n (i from 1 to n), such as --shard $${SLURM_ARRAY_TASK_ID}/16;"
            + " needs --out")
    Shard shard;

    @Option(names = "--threads", paramLabel = "N", converter = ScenarioOptions.CountConverter.class, description = "circles simulated at once (default: the"
        + " processors); results do not depend on it")
    Integer threads;

    @Option(names = "--no-progress", description = "no progress bar, also in a terminal")
    boolean noProgress;

    @Option(names = "--progress", description = "a progress bar also when the command does not run in a"
        + " terminal (the error stream a file or pipe)")
    boolean progress;

    @Option(names = "--records", description = "with --out, also write what a platform would have kept"
        + " of replication 1 of each design point: records/point-P-circle-C.json (members, ledger and"
        + " request lifecycles) and the impact report of the measured period over its circles"
        + " (records/impact-point-P.csv, .json, .en.html, .nl.html)")
    boolean records;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, java.nio.charset.StandardCharsets.UTF_8);
      Scenario scenario = options.read();
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.format("cli.usage.threads", options.locale()));
      }
      if (records && (out == null || shard != null)) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.format("cli.usage.records", options.locale()));
      }
      if (shard != null && out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.format("cli.usage.shard", options.locale()));
      }
      if (overwrite && out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), OutputFolder.overwriteNeedsOut(options.locale()));
      }
      if (out != null) {
        // before the run: hours of work must not end in "cannot write", nor beside another run's files
        try {
          if (shard == null) {
            OutputFolder.prepareForReports(out, overwrite);
          } else {
            OutputFolder.prepareForShard(out, ShardResult.fileName(shard), ShardResult.SUFFIX, overwrite);
          }
        } catch (OutputFolder.Occupied e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.message(options.locale()));
        }
      }
      List<DesignPoint> points = Simulation.points(scenario);
      long total = 0;
      for (WorkUnit unit : (shard == null ? new Shard(1, 1) : shard).units(points)) {
        total += unit.circles();
      }
      long started = System.nanoTime();
      ProgressBar bar = !showsProgress(progress, noProgress, runsInATerminal()) ? null : new ProgressBarBuilder()
          .setTaskName(Texts.format("cli.progress", options.locale())).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).continuousUpdate()
          .setConsumer(new ConsoleProgressBarConsumer(err)).build();
      Simulation.Progress progress = bar == null ? (done, all) -> { } : (done, all) -> bar.stepTo(done);
      ExperimentResult result = null;
      ShardResult part = null;
      try {
        if (shard == null) {
          result = Simulation.run(scenario, n, progress);
        } else {
          part = Simulation.run(scenario, shard, n, progress);
        }
      } finally {
        if (bar != null) {
          bar.close();
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      java.io.PrintWriter out = spec.commandLine().getOut();
      // timings on the error stream: the summary stays the same from run to run, timings do not
      if (part != null) {
        err.println(Texts.format("cli.shardTiming", options.locale(), Map.of("shard", shard, "runs", total,
            "seconds", seconds)));
        java.nio.file.Files.createDirectories(this.out);
        Path file = this.out.resolve(part.fileName());
        part.write(file);
        out.println(Texts.format("cli.shardDone", options.locale(), Map.of("shard", shard, "runs", total,
            "file", file)));
        out.println(Texts.format("cli.shardNext", options.locale(), Map.of("count", shard.count(),
            "dir", this.out)));
      } else {
        long requests = 0;
        for (DesignPoint p : points) {
          for (double v : result.values(p.index(), Output.REQUESTS)) {
            requests += (long) v;
          }
        }
        err.println(Texts.format("cli.timing", options.locale(), Map.of("runs", total, "requests", requests,
            "seconds", seconds, "perSecond", requests / seconds)));
        List<String> written = new ArrayList<>(report(result, this.out, out, options.locale()));
        if (records) {
          List<String> files = RecordsWriter.write(this.out, scenario);
          written.addAll(files);
          out.println(Texts.format("cli.records", options.locale(), Map.of("files", files.size(),
              "dir", this.out.resolve("records"))));
        }
        if (this.out != null) {
          OutputFolder.writeManifest(this.out, written);
        }
      }
      out.flush();
      return 0;
    }
  }

  /**
   * Whether {@code run} draws its progress bar: only in a terminal, where carriage returns redraw
   * one line, as a file or pipe would keep every one of them (user test 16, L7); {@code --progress}
   * draws it anyway and {@code --no-progress}, which wins, never. Java 17 cannot ask whether the
   * error stream alone is a terminal: {@link #runsInATerminal()} asks whether input and output are.
   *
   * @param progress whether {@code --progress} was given
   * @param noProgress whether {@code --no-progress} was given
   * @param terminal whether the command runs in a terminal ({@link #runsInATerminal()})
   * @return true to draw the bar
   */
  static boolean showsProgress(boolean progress, boolean noProgress, boolean terminal) {
    return !noProgress && (progress || terminal);
  }

  /**
   * Whether this JVM runs in a terminal: on Java 17 to 21 whenever it has a {@link System#console()};
   * from Java 22, which gives a console also to redirected streams, only when its {@code
   * isTerminal()} says so (called by reflection, as this code is compiled for Java 17).
   */
  @SuppressWarnings("SystemConsoleNull") // the Java 22 case is handled: see isTerminal
  static boolean runsInATerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(java.io.Console.class.getMethod("isTerminal").invoke(console));
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console exists only for a terminal
    }
  }

  /** What {@code --overwrite} does, for {@code run} and {@code merge}. */
  static final String OVERWRITE_DESCRIPTION = "replace the files an earlier run or merge wrote to --out (listed"
      + " in its " + OutputFolder.MANIFEST + "); refused if the folder holds anything else. With --shard,"
      + " replace this shard's file";

  /**
   * Prints the summary and, with a folder, writes every report there and lists them, in the
   * language of {@code --lang}; returns the files written, relative to the folder (none without one).
   */
  static List<String> report(ExperimentResult result, Path dir, java.io.PrintWriter out, Locale locale)
      throws IOException {
    out.print(Summary.of(result, locale));
    if (dir == null) {
      return List.of();
    }
    List<String> files = Reports.write(dir, result, locale);
    out.println();
    out.println(Reports.describe(dir, files, locale));
    return files;
  }

  /**
   * Reads {@code --shard i/n}, refusing a text that is not {@code i/n} or a shard out of range with
   * the rule in English and Dutch ({@link Shard}'s own refusal is English only).
   */
  static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      int slash = value.indexOf('/');
      int index;
      int count;
      try {
        if (slash < 1) {
          throw new NumberFormatException();
        }
        index = Integer.parseInt(value.substring(0, slash).strip());
        count = Integer.parseInt(value.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        throw new UsageErrors.Refusal("a shard is i/n, such as 3/16 for the third of 16 (i from 1 to n)",
            "een shard is i/n, zoals 3/16 voor de derde van 16 (i van 1 tot en met n)");
      }
      if (count < 1 || count > Shard.MAX_COUNT) {
        throw new UsageErrors.Refusal("the number of shards n must be 1 to " + Shard.MAX_COUNT,
            "het aantal shards n moet 1 tot en met " + Shard.MAX_COUNT + " zijn");
      }
      if (index < 1 || index > count) {
        throw new UsageErrors.Refusal("the shard must be 1 to " + count + " (i of i/n)",
            "de shard moet 1 tot en met " + count + " zijn (i van i/n)");
      }
      return new Shard(index, count);
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Combines the shards of a run ('simulate run --shard i/n') into its results: the"
          + " same summary and, with --out, the same files, byte for byte, as one run of the scenario.",
          "--out takes a new or empty folder; --overwrite replaces the files of an earlier run or merge"
          + " there (and nothing else).",
          "Exit code 0 on success, 2 when a shard is missing, given twice, of another scenario or"
          + " damaged, or --out already holds files or cannot be created or written, 1 when the results"
          + " cannot be written once the merge has started (a full disk)."})
  static final class Merge implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARDS",
        description = "shard files (shard-i-of-n.shard), or folders holding them")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", description = "write the reports to this folder: a new or"
        + " empty one")
    Path out;

    @Option(names = "--overwrite", description = OVERWRITE_DESCRIPTION)
    boolean overwrite;

    @Option(names = ScenarioOptions.LANG, paramLabel = "en|nl", defaultValue = "en",
        description = ScenarioOptions.LANG_DESCRIPTION, converter = ScenarioOptions.LanguageConverter.class)
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      List<ShardResult> parts = new ArrayList<>();
      List<ScenarioError> unreadable = new ArrayList<>();
      for (Path path : shards) {
        List<Path> files = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(path)) {
          try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(path)) {
            list.filter(f -> f.getFileName().toString().endsWith(ShardResult.SUFFIX)).sorted().forEach(files::add);
          }
          if (files.isEmpty()) {
            unreadable.add(new ScenarioError(path.toString(), "", 0, 0, "holds no shard files (*.shard)",
                "bevat geen shardbestanden (*.shard)"));
          }
        } else {
          files.add(path);
        }
        for (Path file : files) {
          try {
            parts.add(ShardResult.read(file));
          } catch (ScenarioException e) {
            unreadable.addAll(e.errors());
          } catch (IOException e) {
            unreadable.add(ScenarioFiles.unreadable(file, e));
          }
        }
      }
      if (!unreadable.isEmpty()) {
        throw new ScenarioException(unreadable);
      }
      Locale locale = ScenarioOptions.locale(lang);
      if (overwrite && this.out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), OutputFolder.overwriteNeedsOut(locale));
      }
      ExperimentResult merged = ShardResult.merge(parts); // the shards' errors before the folder's
      if (this.out != null) {
        try {
          OutputFolder.prepareForReports(this.out, overwrite);
        } catch (OutputFolder.Occupied e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.message(locale));
        }
      }
      java.io.PrintWriter out = spec.commandLine().getOut();
      List<String> written = report(merged, this.out, out, locale);
      if (this.out != null) {
        OutputFolder.writeManifest(this.out, written);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks a scenario and lists every error at once, or its design points.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions options = new ScenarioOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Scenario scenario = options.read();
      List<DesignPoint> points = Simulation.points(scenario);
      java.io.PrintWriter out = spec.commandLine().getOut();
      int replications = scenario.experiment().replications();
      out.println(Texts.format("cli.valid", options.locale(), Map.of("name", scenario.name(),
          "points", points.size(), "replications", replications)));
      for (DesignPoint p : points) {
        out.println("  " + (p.index() + 1) + ": " + p.label());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "schema", mixinStandardHelpOptions = true,
      description = "Prints the JSON Schema of scenario files (format version 2): every field with its"
          + " type, range, default, unit and source.")
  static final class Schema implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(ScenarioFiles.schema());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "example", mixinStandardHelpOptions = true,
      description = "Prints a built-in scenario file, to start one's own from.")
  static final class Example implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", defaultValue = "fairness-grid",
        description = "muziekwijk, land-van-cuijk, netherlands, queueing or fairness-grid (default)")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(ScenarioFiles.builtInText(name));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /**
   * The version {@code --version} prints: the build's own ({@code 0.1.0-SNAPSHOT} for a snapshot),
   * read from a resource the build fills in, not a constant in the code (user test 10, 13).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"circle-simulation " + BuildVersion.of(SimulateCommand.class)};
    }
  }

  /** An output stream over a writer, so the progress bar writes where picocli's errors go. */
  private static final class WriterStream extends java.io.OutputStream {
    private final java.io.PrintWriter writer;
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    WriterStream(java.io.PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
      pending.write(b);
    }

    @Override
    public synchronized void flush() {
      writer.print(pending.toString(java.nio.charset.StandardCharsets.UTF_8));
      writer.flush();
      pending.reset();
    }
  }
}
