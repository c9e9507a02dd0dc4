/**
 * Runnable examples for platform developers, welfare IT teams and researchers.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.examples {
  requires nl.voorzorgcirkel.core;
  requires nl.voorzorgcirkel.matching;
  requires nl.voorzorgcirkel.coordination;
  requires nl.voorzorgcirkel.simulation;
  requires nl.voorzorgcirkel.intake;
  requires java.logging;
}
