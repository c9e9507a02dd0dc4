/**
 * Voorzorgcirkel matching: who in a circle could take a help request, ranked and explained;
 * fairness strategies and measures; exact batch assignment.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.matching {
  requires transitive nl.voorzorgcirkel.core;
  requires static org.immutables.value;
  // Optional, as in the core: only nl.voorzorgcirkel.matching.json needs Jackson.
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static com.fasterxml.jackson.datatype.jdk8;

  exports nl.voorzorgcirkel.matching.ranking;
  exports nl.voorzorgcirkel.matching.fairness;
  exports nl.voorzorgcirkel.matching.assignment;
  exports nl.voorzorgcirkel.matching.formation;
  exports nl.voorzorgcirkel.matching.json;

  // Jackson reads and writes the result documents (records) of the json package.
  opens nl.voorzorgcirkel.matching.json to com.fasterxml.jackson.databind;
}
