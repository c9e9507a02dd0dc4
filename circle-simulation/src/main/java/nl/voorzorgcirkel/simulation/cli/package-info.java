/**
 * The {@code simulate} command line (picocli), the runnable jar's entry point. Not exported.
 */
package nl.voorzorgcirkel.simulation.cli;
