/**
 * The circle-load simulation for researchers: how many requests can a circle absorb as its members
 * age, and how does the way helpers are chosen change their load. {@link
 * nl.voorzorgcirkel.examples.simulation.Simulation} runs a {@link
 * nl.voorzorgcirkel.examples.simulation.Scenario} with the real model, lifecycle, ledger and
 * matching strategies, and returns a {@link nl.voorzorgcirkel.examples.simulation.SimulationReport}.
 *
 * <p>First version: the engine, callable from Java. The command-line tool, scenario files,
 * charts and the national-scale scenario are still to come.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.examples.simulation;
