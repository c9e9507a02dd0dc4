package nl.voorzorgcirkel.matching.json;

/**
 * A result as a JSON document: what a service returns to a client, in any language. Every
 * document has a {@link #schemaVersion()} and a published JSON Schema ({@link
 * ResultJson#schema(Class)}).
 *
 * <p>Documents are immutable records whose fields are checked when they are made, from a result
 * or from JSON alike; thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ResultDocument
    permits RankingDocument, AssignmentPlanDocument, HealthReportDocument, FormationDocument,
        ImpactReportDocument {

  /**
   * The version of the document's schema it was written in. A document read from an earlier
   * version is upgraded on reading and carries the current version.
   *
   * @return 1 or more
   */
  int schemaVersion();
}
