/**
 * Intake for welfare organisations: the Dutch national geocoding service (PDOK Locatieserver) as a
 * {@link nl.voorzorgcirkel.core.address.Geocoder}, and the lists a circle needs on paper (member
 * list, phone list for the connectors, welcome sheet) as CSV and HTML.
 *
 * <p>A module of its own so that {@code circle-core} and {@code circle-matching} stay free of an
 * HTTP client, a cache, a CSV writer and a template engine.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.intake {
  requires transitive nl.voorzorgcirkel.matching;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires de.siegmar.fastcsv;
  requires com.github.mustachejava;

  exports nl.voorzorgcirkel.intake.pdok;
  exports nl.voorzorgcirkel.intake.lists;
}
