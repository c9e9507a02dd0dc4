/**
 * The {@code simulate-spark} command line (picocli): the job jar's entry point, {@link
 * nl.voorzorgcirkel.simulation.spark.cli.Main}.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.simulation.spark.cli;

import org.jspecify.annotations.NullMarked;
