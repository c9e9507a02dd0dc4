package nl.voorzorgcirkel.matching.benchmarks;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs every benchmark of this module; the JSON results go to target/jmh-result.json. */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder()
        .include(args.length > 0 ? args[0] : "nl\\.voorzorgcirkel\\.matching\\..*Benchmark")
        .resultFormat(ResultFormatType.JSON)
        .result("target/jmh-result.json")
        .build()).run();
  }
}
