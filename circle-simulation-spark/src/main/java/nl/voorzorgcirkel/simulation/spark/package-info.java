/**
 * Circle-load experiments on Apache Spark: {@link nl.voorzorgcirkel.simulation.spark.SparkExperiment}
 * runs a scenario's experiment as a Spark job with the same engine, random streams and reports as a
 * local run, byte for byte, and writes a row per circle run as Parquet.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.simulation.spark;

import org.jspecify.annotations.NullMarked;
