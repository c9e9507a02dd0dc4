package nl.voorzorgcirkel.simulation.cli;

/**
 * The runnable jar's entry point: {@code java -jar circle-simulation-VERSION-app.jar --help}.
 */
public final class Main {

  /** Held, so that the level set below stays set (loggers are only weakly kept). */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the {@code simulate} command and exits with its code: 0 on success, 2 for bad options,
   * an {@code --out} folder that cannot be created or written, or a scenario with errors, 1 when
   * files cannot be written once the run has started (a full disk), 3 when a run fails although its
   * scenario is valid (a fault of the engine, reported without a stack trace).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Hibernate Validator announces its version on first use: not news for a researcher
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    int code = SimulateCommand.commandLine(System.out, System.err).execute(args);
    System.exit(code);
  }
}
