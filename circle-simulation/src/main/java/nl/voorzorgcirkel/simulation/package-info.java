/**
 * The circle-load simulation for researchers. {@link nl.voorzorgcirkel.simulation.Simulation}
 * runs a {@link nl.voorzorgcirkel.simulation.scenario.Scenario}'s experiment over the library's own
 * model, ledger and matching strategies, with random streams per source of randomness (common
 * random numbers across design points), and returns an {@link
 * nl.voorzorgcirkel.simulation.ExperimentResult}: every replication's {@link
 * nl.voorzorgcirkel.simulation.Output}s and monthly figures, tallies with intervals and paired
 * differences. Reports are in {@code nl.voorzorgcirkel.simulation.report}; the command line is
 * {@code simulate} (the runnable jar).
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation;
