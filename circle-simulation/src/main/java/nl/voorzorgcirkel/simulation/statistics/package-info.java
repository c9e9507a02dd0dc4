/**
 * Statistics as objects (after SSJ's {@code Tally}): a tally of observations with its confidence
 * interval, and paired and unpaired differences between two tallies; built on Apache Commons
 * Statistics.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation.statistics;
