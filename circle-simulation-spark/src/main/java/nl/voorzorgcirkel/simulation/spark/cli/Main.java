package nl.voorzorgcirkel.simulation.spark.cli;

/**
 * The job jar's entry point, for {@code spark-submit --class
 * nl.voorzorgcirkel.simulation.spark.cli.Main circle-simulation-spark-VERSION-job.jar run
 * SCENARIO --out DIR}; {@code --help} lists the options.
 *
 * @since 0.1.0
 */
public final class Main {

  /** Held, so that the level set below stays set (loggers are only weakly kept). */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the {@code simulate-spark} command and exits with its code: 0 on success, 2 for bad
   * options or a scenario with errors, 1 when the results cannot be written or the job fails.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Hibernate Validator announces its version on first use: not news for a researcher
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(SparkCommand.commandLine(System.out, System.err).execute(args));
  }
}
