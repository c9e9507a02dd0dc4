package nl.voorzorgcirkel.simulation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.report.Reports;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code simulate} command and its subcommands. */
@Command(name = "simulate", mixinStandardHelpOptions = true, version = "circle-simulation 0.1.0",
    description = {"The circle-load simulation for researchers.",
        "Scenario files are JSON, format version 2: see 'simulate schema' for every field, its"
            + " default, unit and source, and 'simulate example NAME' for complete files."},
    subcommands = {SimulateCommand.Run.class, SimulateCommand.Check.class, SimulateCommand.Schema.class,
        SimulateCommand.Example.class})
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
    CommandLine line = new CommandLine(new SimulateCommand());
    line.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
    line.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof ScenarioException) {
        Locale locale = cmd.getCommand() instanceof Localised ? ((Localised) cmd.getCommand()).locale() : Locale.ENGLISH;
        cmd.getErr().println(((ScenarioException) e).message(locale));
        return 2;
      }
      if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("simulate: cannot write the results: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return line;
  }

  /** A subcommand whose errors come in English or Dutch. */
  interface Localised {
    Locale locale();
  }

  /** Options for reading a scenario. */
  static class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO",
        description = "a scenario file (.json) or a built-in scenario: muziekwijk, land-van-cuijk,"
            + " netherlands, queueing, fairness-grid")
    String scenario;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
        description = "set a field, such as --set behaviour.acceptance.probability=0.5 or"
            + " --set policy.fairness.strategy=leximin (the value in JSON, or plain text); repeatable")
    List<String> settings = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", description = "replications (sets experiment.replications)")
    Integer replications;

    @Option(names = "--days", paramLabel = "N", description = "days measured (sets experiment.days)")
    Integer days;

    @Option(names = "--seed", paramLabel = "N", description = "the master seed (sets experiment.seed)")
    Long seed;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
        description = "the language of error messages: en (default) or nl")
    String lang;

    Scenario read() {
      Scenario s = scenario.endsWith(".json") ? ScenarioFiles.read(Path.of(scenario)) : ScenarioFiles.builtIn(scenario);
      ObjectMapper json = new ObjectMapper();
      List<String> all = new ArrayList<>(settings);
      if (replications != null) {
        all.add("experiment.replications=" + replications);
      }
      if (days != null) {
        all.add("experiment.days=" + days);
      }
      if (seed != null) {
        all.add("experiment.seed=" + seed);
      }
      if (all.isEmpty()) {
        return s;
      }
      String text = ScenarioFiles.toJson(s);
      try {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
            (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(text);
        for (String setting : all) {
          int eq = setting.indexOf('=');
          if (eq < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--set needs FIELD=VALUE, got '" + setting + "'");
          }
          String field = setting.substring(0, eq);
          String value = setting.substring(eq + 1);
          com.fasterxml.jackson.databind.JsonNode node;
          try {
            node = json.readTree(value);
          } catch (IOException notJson) {
            node = json.getNodeFactory().textNode(value);
          }
          com.fasterxml.jackson.databind.node.ObjectNode at = tree;
          String[] parts = field.split("\\.", -1);
          for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) && at.get(parts[i]).isObject()
                ? (com.fasterxml.jackson.databind.node.ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
          }
          at.set(parts[parts.length - 1], node);
        }
        return ScenarioFiles.parse(json.writeValueAsString(tree), scenario + " with " + String.join(", ", all));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    Locale locale() {
      return "nl".equals(lang) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Runs a scenario's experiment and prints the summary (means with 95%% intervals,"
          + " paired differences); with --out, writes scenario.json, summary.txt, CSV files, charts and"
          + " report.html.", "Exit code 0 on success, 2 for bad options or a scenario with errors, 1"
          + " when the results cannot be written."})
  static final class Run implements Callable<Integer>, Localised {
    @CommandLine.Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "write the reports to this folder")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "circles simulated at once (default: the"
        + " processors); results do not depend on it")
    Integer threads;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Locale locale() {
      return options.locale();
    }

    @Override
    public Integer call() throws IOException {
      PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, java.nio.charset.StandardCharsets.UTF_8);
      Scenario scenario = options.read();
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
      }
      List<DesignPoint> points = Simulation.points(scenario);
      long total = 0;
      for (DesignPoint p : points) {
        total += (long) p.scenario().population().circles() * scenario.experiment().replications();
      }
      long started = System.nanoTime();
      ExperimentResult result;
      if (noProgress) {
        result = Simulation.run(scenario, n, (done, all) -> { });
      } else {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("circle runs").setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).continuousUpdate()
            .setConsumer(new ConsoleProgressBarConsumer(err)).build()) {
          result = Simulation.run(scenario, n, (done, all) -> bar.stepTo(done));
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long requests = 0;
      for (DesignPoint p : points) {
        for (double v : result.values(p.index(), Output.REQUESTS)) {
          requests += (long) v;
        }
      }
      // on the error stream: the summary stays the same from run to run, timings do not
      err.println(String.format(Locale.ROOT, "simulate: %d circle runs, %d requests after the warm-up in %.1f s,"
          + " %.0f a second", total, requests, seconds, requests / seconds));
      java.io.PrintWriter out = spec.commandLine().getOut();
      out.print(Summary.of(result));
      if (this.out != null) {
        List<String> files = Reports.write(this.out, result);
        out.println();
        out.println("written to " + this.out + ": " + String.join(", ", files.stream()
            .filter(f -> !f.startsWith("charts/")).toArray(String[]::new)) + " and "
            + files.stream().filter(f -> f.startsWith("charts/")).count() + " charts in charts/");
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks a scenario and lists every error at once, or its design points.")
  static final class Check implements Callable<Integer>, Localised {
    @CommandLine.Mixin
    ScenarioOptions options = new ScenarioOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Locale locale() {
      return options.locale();
    }

    @Override
    public Integer call() {
      Scenario scenario = options.read();
      List<DesignPoint> points = Simulation.points(scenario);
      java.io.PrintWriter out = spec.commandLine().getOut();
      out.println(scenario.name() + ": valid; " + points.size() + " point(s), "
          + scenario.experiment().replications() + " replication(s)");
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
