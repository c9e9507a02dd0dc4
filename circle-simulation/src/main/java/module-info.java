/**
 * The circle-load simulation: scenarios, experiments with designs and common random numbers, a
 * queueing validation mode, statistics with intervals, reports (CSV, charts, HTML) and the {@code
 * simulate} command line.
 *
 * @since 0.1.0
 */
// "module": the qualified export below names the Spark module, which is built after this one
@SuppressWarnings("module")
module nl.voorzorgcirkel.simulation {
  requires transitive nl.voorzorgcirkel.core;
  requires transitive nl.voorzorgcirkel.matching;
  requires transitive nl.voorzorgcirkel.coordination;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.networknt.schema;
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.sampling;
  requires xchart;
  requires java.desktop;
  requires java.logging;
  requires de.siegmar.fastcsv;
  requires static info.picocli;
  requires static me.tongfei.progressbar;

  exports nl.voorzorgcirkel.simulation;
  exports nl.voorzorgcirkel.simulation.scenario;
  exports nl.voorzorgcirkel.simulation.statistics;
  exports nl.voorzorgcirkel.simulation.report;
  exports nl.voorzorgcirkel.simulation.cli;
  // what simulate and simulate-spark share (the --out folder's rule, --version); the Spark module
  // runs on the class path (it has no module-info: Spark's jars have no valid module names), so
  // this matters only where it is put on the module path under its Automatic-Module-Name
  exports nl.voorzorgcirkel.simulation.cli.internal to nl.voorzorgcirkel.simulation.spark;

  opens nl.voorzorgcirkel.simulation.scenario to com.fasterxml.jackson.databind;
  opens nl.voorzorgcirkel.simulation.cli to info.picocli;
}
