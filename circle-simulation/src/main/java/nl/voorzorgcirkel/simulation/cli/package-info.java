/**
 * The {@code simulate} command line (picocli), the runnable jar's entry point ({@link
 * nl.voorzorgcirkel.simulation.cli.Main}), and {@link nl.voorzorgcirkel.simulation.cli.ScenarioOptions},
 * the options of any command that runs a scenario (the Spark module's command line takes them too).
 * Exported for that mixin; the commands themselves are package-private.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation.cli;
