/**
 * Reports of an experiment: a text summary with intervals, CSV files that pandas and R read as
 * they are, charts (XChart) with 95 % bands, and a one-page HTML report with the charts embedded.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation.report;
