/**
 * Voorzorgcirkel matching: who in a circle could take a help request, ranked and explained;
 * fairness strategies and measures; exact batch assignment.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.matching {
  requires transitive nl.voorzorgcirkel.core;
  requires static org.immutables.value;

  exports nl.voorzorgcirkel.matching.ranking;
  exports nl.voorzorgcirkel.matching.fairness;
  exports nl.voorzorgcirkel.matching.assignment;
  exports nl.voorzorgcirkel.matching.formation;
}
