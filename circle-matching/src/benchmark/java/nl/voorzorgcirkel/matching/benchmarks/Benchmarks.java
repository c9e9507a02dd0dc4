package nl.voorzorgcirkel.matching.benchmarks;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of this module; the JSON results go to target/jmh-result.json. Takes JMH's
 * own command line (for example {@code RankingBenchmark -wi 2 -i 3}); without a benchmark
 * pattern it runs them all.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(command);
    if (command.getIncludes().isEmpty()) {
      options.include("nl\\.voorzorgcirkel\\.matching\\..*Benchmark");
    }
    new Runner(options
        .resultFormat(ResultFormatType.JSON)
        .result("target/jmh-result.json")
        .build()).run();
  }
}
