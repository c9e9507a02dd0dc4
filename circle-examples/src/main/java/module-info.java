/**
 * Runnable examples for platform developers, welfare IT teams and researchers.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.examples {
  requires nl.voorzorgcirkel.core;
  requires nl.voorzorgcirkel.matching;
  requires java.logging;
  requires java.desktop;

  exports nl.voorzorgcirkel.examples.simulation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
}
