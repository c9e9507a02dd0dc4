/**
 * Scenarios, format version 2: the model (population, behaviour, policy) separate from the
 * experiment (horizon, replications, seed, design, comparison); reading and checking scenario
 * files against the bundled JSON Schema; design points.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation.scenario;
